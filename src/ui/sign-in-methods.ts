/**
 * Where the sign-in page's OpenID Connect button leads: the start URL from GET
 * /api/session/providers with the page the user wanted as `returnTo`.
 */

/** `startUrl?returnTo=<path, query and fragment of the page the user wanted>` */
export function oidcStartHref(
  startUrl: string,
  wanted: { pathname: string; search: string; hash: string },
): string {
  const returnTo = `${wanted.pathname}${wanted.search}${wanted.hash}`;
  const separator = startUrl.includes('?') ? '&' : '?';
  return `${startUrl}${separator}returnTo=${encodeURIComponent(returnTo)}`;
}
