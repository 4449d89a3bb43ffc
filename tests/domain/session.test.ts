import { describe, expect, it } from 'vitest';
import {
  afterFailedAttempt,
  changesState,
  clearedSessionCookie,
  csrfMatches,
  isLocked,
  isSecureUrl,
  needsTouch,
  parseCookieHeader,
  passwordSchema,
  sessionCookie,
  sessionExpiry,
  sessionState,
  sessionTokenOf,
} from '../../src/domain/session.ts';

const T0 = new Date('2025-04-01T08:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const TOKEN = `${'A'.repeat(21)}-_${'b'.repeat(20)}`;

describe('session lifetime: idle 30 minutes, absolute 12 hours', () => {
  const signedIn = { lastSeenAt: T0, expiresAt: sessionExpiry(T0) };
  it.each([
    ['just signed in', signedIn, 0, 'valid'],
    ['29 minutes idle', signedIn, 29, 'valid'],
    ['30 minutes idle', signedIn, 30, 'idle'],
    ['active a minute ago, 11:59 after sign-in', { ...signedIn, lastSeenAt: at(718) }, 719, 'valid'],
    ['active a minute ago, 12 hours after sign-in', { ...signedIn, lastSeenAt: at(719) }, 720, 'expired'],
  ] as const)('%s: %s', (_name, session, minutes, state) => {
    expect(sessionState(session, at(minutes))).toBe(state);
  });

  it.each([
    [0, false],
    [0.99, false],
    [1, true],
    [5, true],
  ])('last seen %s minutes ago: written again %s', (minutes, touch) => {
    expect(needsTouch(T0, at(minutes))).toBe(touch);
  });
});

describe('lockout: 5 failures in a row lock for 15 minutes', () => {
  const fresh = { failedAttempts: 0, lockedUntil: null };
  const fail = (n: number, from = fresh, minute = 0) => {
    let s: ReturnType<typeof afterFailedAttempt> = { ...from, lockedNow: false };
    for (let i = 0; i < n; i++) s = afterFailedAttempt(s, at(minute));
    return s;
  };

  it.each([
    [1, 1, false],
    [4, 4, false],
    [5, 5, true],
  ])('%s failures: count %s, locked %s', (n, count, locked) => {
    const s = fail(n);
    expect(s.failedAttempts).toBe(count);
    expect(s.lockedNow).toBe(locked);
    expect(isLocked(s, at(0))).toBe(locked);
  });

  it.each([
    [14.9, true],
    [15, false],
  ])('%s minutes after the fifth failure: locked %s', (minutes, locked) => {
    expect(isLocked(fail(5), at(minutes))).toBe(locked);
  });

  it('a failure after the lock ran out starts the count again; one during it does not extend it', () => {
    const lockedAccount = fail(5);
    const during = afterFailedAttempt(lockedAccount, at(10));
    expect(during.lockedUntil).toEqual(lockedAccount.lockedUntil);
    expect(during.lockedNow).toBe(false);
    const after = afterFailedAttempt(lockedAccount, at(16));
    expect(after).toEqual({ failedAttempts: 1, lockedUntil: null, lockedNow: false });
  });
});

describe('the session cookie', () => {
  it.each([
    [false, `fora_session=${TOKEN}; Path=/; Max-Age=43200; HttpOnly; SameSite=Lax`],
    [true, `fora_session=${TOKEN}; Path=/; Max-Age=43200; HttpOnly; SameSite=Lax; Secure`],
  ])('secure %s', (secure, expected) => {
    expect(sessionCookie(TOKEN, secure)).toBe(expected);
  });

  it('is cleared with Max-Age=0, and only a token of the right form is ever written', () => {
    expect(clearedSessionCookie(true)).toBe(
      'fora_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax; Secure',
    );
    expect(() => sessionCookie('x; Domain=evil.example', false)).toThrow();
  });

  it.each([
    ['https://fora.albertslund.dk', true],
    ['HTTPS://fora.example', true],
    ['http://localhost:3000', false],
  ])('%s is secure: %s', (url, secure) => {
    expect(isSecureUrl(url)).toBe(secure);
  });

  it.each([
    [undefined, undefined],
    ['', undefined],
    [`fora_session=${TOKEN}`, TOKEN],
    [`theme=dark; fora_session=${TOKEN}; lang=da`, TOKEN],
    [`fora_session="${TOKEN}"`, TOKEN],
    [`fora_session=${TOKEN}x`, undefined],
    ['fora_session=kort', undefined],
    [`fora_session=${TOKEN}; fora_session=${TOKEN}`, undefined],
    [`garbage; fora_session=${TOKEN}`, undefined],
    [`bad name=1; fora_session=${TOKEN}`, undefined],
    [`other_session=${TOKEN}`, undefined],
  ])('Cookie %j gives token %j', (header, token) => {
    expect(sessionTokenOf(header)).toBe(token);
  });

  it('parses the pairs of a header', () => {
    expect([...parseCookieHeader('a=1; b=two=2;c=')]).toEqual([
      ['a', '1'],
      ['b', 'two=2'],
      ['c', ''],
    ]);
  });
});

describe('CSRF', () => {
  it.each([
    ['same', 'abc123', 'abc123', true],
    ['missing', 'abc123', undefined, false],
    ['empty', 'abc123', '', false],
    ['shorter', 'abc123', 'abc12', false],
    ['longer', 'abc123', 'abc1234', false],
    ['one character off', 'abc123', 'abc124', false],
    ['no session token', '', '', false],
  ])('%s', (_name, expected, given, ok) => {
    expect(csrfMatches(expected, given)).toBe(ok);
  });

  it.each([
    ['GET', false],
    ['HEAD', false],
    ['POST', true],
    ['PUT', true],
    ['PATCH', true],
    ['DELETE', true],
  ])('%s changes state: %s', (method, changes) => {
    expect(changesState(method)).toBe(changes);
  });
});

describe('passwords', () => {
  it.each([
    ['a'.repeat(11), false],
    ['a'.repeat(12), true],
    ['æøå'.repeat(4), true],
    ['a'.repeat(256), true],
    ['a'.repeat(257), false],
  ])('%s is accepted: %s', (password, ok) => {
    expect(passwordSchema.safeParse(password).success).toBe(ok);
  });
});
