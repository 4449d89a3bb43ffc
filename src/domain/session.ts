/**
 * Sign-in rules, pure: session lifetime (idle and absolute), the lockout after repeated failed
 * sign-ins, the session cookie (parsing and attributes), the CSRF check and the password rules.
 * The use cases pass the time in; nothing here reads the clock or makes tokens.
 */
import { z } from 'zod';

export const SESSION_COOKIE = 'fora_session';
export const CSRF_HEADER = 'x-csrf-token';
/** A session ends after this long without a request. */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
/** A session ends this long after sign-in, however active. */
export const ABSOLUTE_LIFETIME_MS = 12 * 60 * 60 * 1000;
/** `last_seen_at` is written at most this often (a request does not always write). */
export const TOUCH_INTERVAL_MS = 60 * 1000;
/** This many failed sign-ins in a row lock the account ... */
export const MAX_FAILED_ATTEMPTS = 5;
/** ... for this long. */
export const LOCKOUT_MS = 15 * 60 * 1000;

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, `at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `at most ${PASSWORD_MAX} characters`);

/** A session token: 32 random bytes in base64url, 43 characters. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export interface SessionTimes {
  lastSeenAt: Date;
  expiresAt: Date;
}

export type SessionState = 'valid' | 'idle' | 'expired';

/** Whether a session still signs its holder in at `now`. */
export function sessionState(s: SessionTimes, now: Date): SessionState {
  if (now.getTime() >= s.expiresAt.getTime()) return 'expired';
  if (now.getTime() - s.lastSeenAt.getTime() >= IDLE_TIMEOUT_MS) return 'idle';
  return 'valid';
}

/** Whether a request at `now` should write `last_seen_at`. */
export const needsTouch = (lastSeenAt: Date, now: Date): boolean =>
  now.getTime() - lastSeenAt.getTime() >= TOUCH_INTERVAL_MS;

/** The absolute end of a session that starts at `now`. */
export const sessionExpiry = (now: Date): Date => new Date(now.getTime() + ABSOLUTE_LIFETIME_MS);

export interface LockState {
  failedAttempts: number;
  lockedUntil: Date | null;
}

export const isLocked = (s: LockState, now: Date): boolean =>
  s.lockedUntil !== null && s.lockedUntil.getTime() > now.getTime();

/**
 * The account after one more failed sign-in at `now`. A lock that has run out starts the count
 * again; the attempt that reaches the limit locks the account (`lockedNow`).
 */
export function afterFailedAttempt(s: LockState, now: Date): LockState & { lockedNow: boolean } {
  const expired = s.lockedUntil !== null && !isLocked(s, now);
  const failedAttempts = (expired ? 0 : s.failedAttempts) + 1;
  if (failedAttempts >= MAX_FAILED_ATTEMPTS && !isLocked(s, now))
    return { failedAttempts, lockedUntil: new Date(now.getTime() + LOCKOUT_MS), lockedNow: true };
  return { failedAttempts, lockedUntil: expired ? null : s.lockedUntil, lockedNow: false };
}

/** The account after a successful sign-in: the count starts again. */
export const afterSuccess = (): LockState => ({ failedAttempts: 0, lockedUntil: null });

/**
 * The cookie names and values of a Cookie header. Strict: a pair without `=`, or a name that is no
 * token, makes the whole header unreadable (empty), as does a name given twice.
 */
export function parseCookieHeader(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!header || header.length > 8192) return out;
  for (const part of header.split(';')) {
    const pair = part.trim();
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    if (eq <= 0) return new Map();
    const name = pair.slice(0, eq).trim();
    let value = pair.slice(eq + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(name) || out.has(name)) return new Map();
    out.set(name, value);
  }
  return out;
}

/** The session token of a Cookie header, if it holds one of the right form. */
export function sessionTokenOf(header: string | undefined): string | undefined {
  const token = parseCookieHeader(header).get(SESSION_COOKIE);
  return token !== undefined && TOKEN.test(token) ? token : undefined;
}

/** The Set-Cookie value for a new session; `Secure` when the installation is served over https. */
export function sessionCookie(token: string, secure: boolean): string {
  return cookie(token, Math.floor(ABSOLUTE_LIFETIME_MS / 1000), secure);
}

/** The Set-Cookie value that removes the session cookie. */
export const clearedSessionCookie = (secure: boolean): string => cookie('', 0, secure);

function cookie(value: string, maxAge: number, secure: boolean): string {
  if (value !== '' && !TOKEN.test(value)) throw new Error('not a session token');
  const parts = [`${SESSION_COOKIE}=${value}`, 'Path=/', `Max-Age=${maxAge}`, 'HttpOnly', 'SameSite=Lax'];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}

/** Whether the installation's public address is https (the cookie then carries `Secure`). */
export const isSecureUrl = (publicUrl: string): boolean => /^https:\/\//i.test(publicUrl);

/** Compares a CSRF header with the session's token in time that depends only on the length. */
export function csrfMatches(expected: string, given: string | undefined): boolean {
  if (given === undefined || expected.length === 0) return false;
  let diff = expected.length ^ given.length;
  for (let i = 0; i < expected.length; i++)
    diff |= expected.charCodeAt(i) ^ (i < given.length ? given.charCodeAt(i) : 0);
  return diff === 0;
}

/** Methods that change something must carry the CSRF header when a cookie signs the request in. */
export const changesState = (method: string): boolean => !['GET', 'HEAD', 'OPTIONS'].includes(method);
