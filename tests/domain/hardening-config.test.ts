/** The hardening settings from the environment: TRUST_PROXY, rate limits and upload quotas. */
import { describe, expect, it } from 'vitest';
import { loadConfig, trustProxyFromEnv } from '../../src/config.ts';

describe('TRUST_PROXY', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['off', false],
    ['0', false],
    ['1', 1],
    ['2', 2],
    ['10.0.0.5', ['10.0.0.5']],
    ['10.0.0.0/8, 192.168.1.1', ['10.0.0.0/8', '192.168.1.1']],
    ['loopback,::1,fd00::/8', ['loopback', '::1', 'fd00::/8']],
  ])('%j → %j', (value, expected) => {
    expect(trustProxyFromEnv(value)).toEqual(expected);
  });

  it.each(['true', 'proxy.example.dk', '10.0.0.0/33', '10.0.0.1/8/2', '1.5'])('refuses %j', (value) => {
    expect(() => trustProxyFromEnv(value)).toThrow(/TRUST_PROXY/);
  });
});

describe('rate limits and quotas', () => {
  it('defaults: generous limits on, 20 GiB per organisation, 500 MB per person and day, no proxy', () => {
    const { settings } = loadConfig({});
    expect(settings.http).toEqual({
      trustProxy: false,
      rateLimits: {
        signInFailures: 10,
        signInFailuresPerAddress: 100,
        signInWindowMs: 15 * 60_000,
        apiRequests: 600,
        apiWindowMs: 60_000,
      },
    });
    expect(settings.orgStorageQuotaBytes).toBe(20480 * 1024 * 1024);
    expect(settings.personDailyUploadBytes).toBe(500 * 1024 * 1024);
  });

  it('from the environment; 0 turns a limit off', () => {
    const { settings } = loadConfig({
      TRUST_PROXY: '1',
      SIGNIN_MAX_FAILURES: '5',
      SIGNIN_MAX_FAILURES_PER_ADDRESS: '0',
      SIGNIN_WINDOW_MINUTES: '30',
      API_RATE_LIMIT: '0',
      ORG_STORAGE_QUOTA_MB: '0',
      PERSON_DAILY_UPLOAD_MB: '1.5',
    });
    expect(settings.http?.trustProxy).toBe(1);
    expect(settings.http?.rateLimits).toMatchObject({
      signInFailures: 5,
      signInFailuresPerAddress: 0,
      signInWindowMs: 30 * 60_000,
      apiRequests: 0,
    });
    expect(settings.orgStorageQuotaBytes).toBe(0);
    expect(settings.personDailyUploadBytes).toBe(Math.round(1.5 * 1024 * 1024));
  });

  it.each([
    ['API_RATE_LIMIT', '-1'],
    ['API_RATE_LIMIT', 'many'],
    ['SIGNIN_MAX_FAILURES', '2.5'],
    ['SIGNIN_WINDOW_MINUTES', '0'],
    ['ORG_STORAGE_QUOTA_MB', '-5'],
    ['PERSON_DAILY_UPLOAD_MB', 'lots'],
  ])('refuses %s=%s, naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });
});
