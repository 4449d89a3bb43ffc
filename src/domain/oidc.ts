/**
 * OpenID Connect sign-in rules, pure: the configuration's shape, the short-lived cookie that keeps
 * the PKCE verifier, state and nonce between the redirect to the provider and its callback, and the
 * check that the address to return to after sign-in is a path of this site.
 */
import { z } from 'zod';
import { parseCookieHeader } from './session.ts';

export interface OidcSettings {
  /** The provider's issuer identifier (its discovery document is under it). */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The sign-in button's text. */
  label: string;
  /** The claim that carries the person's e-mail address (`email`, `preferred_username`, `upn`). */
  emailClaim: string;
  /** The slug of the organisation whose people sign in with this provider. */
  org: string;
}

export const OIDC_DEFAULT_LABEL = 'Log ind med organisationens konto';
export const OIDC_PATH = '/auth/oidc';
export const OIDC_CALLBACK_PATH = `${OIDC_PATH}/callback`;
export const OIDC_STATE_COOKIE = 'fora_oidc';
/** The state cookie lives this long: the person has ten minutes to sign in at the provider. */
export const OIDC_STATE_MAX_AGE_S = 600;

/** The address the provider sends the browser back to. */
export const oidcRedirectUri = (publicUrl: string): string =>
  `${publicUrl.replace(/\/+$/, '')}${OIDC_CALLBACK_PATH}`;

/**
 * Where to go after sign-in: a local path only (starts with one `/`, not `//` or `/\`, which
 * browsers read as another host, and no control characters); anything else is `/`.
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2048) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return '/';
  return value;
}

const stateSchema = z.object({
  state: z.string().min(1).max(200),
  nonce: z.string().min(1).max(200),
  verifier: z.string().min(43).max(128),
  returnTo: z.string().max(2048),
});
export type OidcState = z.infer<typeof stateSchema>;

/** The state cookie's value: the JSON of the state in base64url (a cookie-safe token). */
export const encodeOidcState = (s: OidcState): string =>
  Buffer.from(JSON.stringify(s), 'utf8').toString('base64url');

/** The state a Cookie header carries, or undefined when it is missing or malformed. */
export function oidcStateOf(header: string | undefined): OidcState | undefined {
  const value = parseCookieHeader(header).get(OIDC_STATE_COOKIE);
  if (!value || value.length > 4096 || !/^[A-Za-z0-9_-]+$/.test(value)) return undefined;
  try {
    const parsed = stateSchema.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Set-Cookie for the state: only sent to /auth/oidc, HttpOnly, SameSite=Lax (the provider's
 *  redirect back is a top-level GET, which Lax lets through), Secure over https. */
export const oidcStateCookie = (s: OidcState, secure: boolean): string =>
  cookie(encodeOidcState(s), OIDC_STATE_MAX_AGE_S, secure);

/** Set-Cookie that removes the state cookie (it is good for one callback only). */
export const clearedOidcStateCookie = (secure: boolean): string => cookie('', 0, secure);

function cookie(value: string, maxAge: number, secure: boolean): string {
  const parts = [`${OIDC_STATE_COOKIE}=${value}`, `Path=${OIDC_PATH}`, `Max-Age=${maxAge}`, 'HttpOnly'];
  parts.push('SameSite=Lax');
  if (secure) parts.push('Secure');
  return parts.join('; ');
}
