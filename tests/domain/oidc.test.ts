/**
 * The pure OpenID Connect rules: where sign-in may return to, the state cookie (attributes, round
 * trip, tampering), and the configuration from the environment.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import {
  clearedOidcStateCookie,
  OIDC_DEFAULT_LABEL,
  type OidcState,
  oidcRedirectUri,
  oidcStateCookie,
  oidcStateOf,
  safeReturnTo,
} from '../../src/domain/oidc.ts';

describe('safeReturnTo', () => {
  it.each([
    ['/', '/'],
    ['/fora/chefforum', '/fora/chefforum'],
    ['/fora/chefforum?tab=kalender#punkt-3', '/fora/chefforum?tab=kalender#punkt-3'],
    ['//evil.example', '/'],
    ['//evil.example/fora', '/'],
    ['/\\evil.example', '/'],
    ['/fora\\..\\x', '/'],
    ['https://evil.example/', '/'],
    ['javascript:alert(1)', '/'],
    ['fora/chefforum', '/'],
    ['/fora\r\nSet-Cookie: x=y', '/'],
    ['', '/'],
    [undefined, '/'],
    [['/a', '/b'], '/'],
    [`/${'a'.repeat(3000)}`, '/'],
  ])('%j → %s', (value, expected) => {
    expect(safeReturnTo(value)).toBe(expected);
  });
});

describe('the state cookie', () => {
  const state: OidcState = {
    state: 'tilstand',
    nonce: 'engangsværdi',
    verifier: 'v'.repeat(43),
    returnTo: '/fora',
  };

  it('is HttpOnly, SameSite=Lax, only for /auth/oidc, ten minutes, Secure over https', () => {
    const header = oidcStateCookie(state, true);
    expect(header).toMatch(
      /^fora_oidc=[A-Za-z0-9_-]+; Path=\/auth\/oidc; Max-Age=600; HttpOnly; SameSite=Lax; Secure$/,
    );
    expect(oidcStateCookie(state, false)).not.toContain('Secure');
    expect(clearedOidcStateCookie(false)).toBe(
      'fora_oidc=; Path=/auth/oidc; Max-Age=0; HttpOnly; SameSite=Lax',
    );
  });

  it('reads back what was written, among other cookies', () => {
    const value = /^fora_oidc=([^;]+);/.exec(oidcStateCookie(state, false))?.[1];
    expect(oidcStateOf(`fora_session=abc; fora_oidc=${value}`)).toEqual(state);
  });

  it.each([
    ['missing', 'fora_session=abc'],
    ['not base64url JSON', 'fora_oidc=aGVq'],
    ['JSON of the wrong shape', `fora_oidc=${Buffer.from('{"state":"x"}').toString('base64url')}`],
    ['not a token', 'fora_oidc=a.b'],
    ['no header', undefined],
  ])('is no state when %s', (_what, header) => {
    expect(oidcStateOf(header)).toBeUndefined();
  });

  it('the redirect URI is the public URL and the callback path', () => {
    expect(oidcRedirectUri('https://fora.kommune.dk/')).toBe('https://fora.kommune.dk/auth/oidc/callback');
  });
});

describe('OIDC configuration from the environment', () => {
  const env = {
    OIDC_ISSUER: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0',
    OIDC_CLIENT_ID: 'klient',
    OIDC_CLIENT_SECRET: 'hemmelighed',
    OIDC_ORG: 'aarhus',
  };

  it('is off without OIDC_ISSUER', () => {
    expect(loadConfig({}).settings.oidc).toBeNull();
  });

  it('takes the defaults for the label and the e-mail claim', () => {
    expect(loadConfig(env).settings.oidc).toEqual({
      issuer: env.OIDC_ISSUER,
      clientId: 'klient',
      clientSecret: 'hemmelighed',
      label: OIDC_DEFAULT_LABEL,
      emailClaim: 'email',
      org: 'aarhus',
    });
    expect(
      loadConfig({ ...env, OIDC_LABEL: 'Log ind med OS2faktor', OIDC_EMAIL_CLAIM: 'upn' }).settings.oidc,
    ).toMatchObject({ label: 'Log ind med OS2faktor', emailClaim: 'upn' });
  });

  it.each([
    [{ OIDC_CLIENT_ID: '' }, /OIDC_CLIENT_ID: required/],
    [{ OIDC_CLIENT_SECRET: undefined }, /OIDC_CLIENT_SECRET: required/],
    [{ OIDC_ORG: undefined }, /OIDC_ORG: required/],
    [{ OIDC_ORG: 'Aarhus Kommune' }, /OIDC_ORG: not an organisation slug/],
    [{ OIDC_ISSUER: 'http://idp.example.dk' }, /OIDC_ISSUER: must be https/],
    [{ OIDC_ISSUER: 'ikke en adresse' }, /OIDC_ISSUER: not a URL/],
  ])('refuses %j', (over, message) => {
    expect(() => loadConfig({ ...env, ...over })).toThrow(message);
  });

  it('allows plain http only for a provider on this machine', () => {
    expect(loadConfig({ ...env, OIDC_ISSUER: 'http://127.0.0.1:8080' }).settings.oidc?.issuer).toBe(
      'http://127.0.0.1:8080',
    );
  });
});
