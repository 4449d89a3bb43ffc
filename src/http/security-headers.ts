/**
 * The headers every answer carries (an onSend hook): no type sniffing, no referrer, a default CSP
 * that allows nothing (the web app and attachments set their own), no caching unless the route says
 * otherwise, the cross-origin isolation headers, no powerful browser features, and HSTS when Fora
 * is served over https (PUBLIC_URL): the browser then never tries plain http again for a year.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isSecureUrl } from '../domain/session.ts';
import { OPARL_PREFIX } from './routes/oparl.ts';

export const DEFAULT_CSP = "default-src 'none'; frame-ancestors 'none'";
export const HSTS = 'max-age=31536000; includeSubDomains';
/** Features Fora never uses, turned off for its pages and anything they might embed. */
export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';

const isOParl = (url: string) =>
  url === OPARL_PREFIX || url.startsWith(`${OPARL_PREFIX}/`) || url.startsWith(`${OPARL_PREFIX}?`);

export function securityHeaders(publicUrl: string) {
  const https = isSecureUrl(publicUrl);
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    // What frame-ancestors 'none' says, for browsers that predate CSP 2.
    reply.header('x-frame-options', 'DENY');
    // Old browsers' XSS auditor off: it is gone from current ones and could be abused (OWASP's advice).
    reply.header('x-xss-protection', '0');
    // A route may set a stricter policy of its own (attachments: sandbox).
    if (!reply.getHeader('content-security-policy')) reply.header('content-security-policy', DEFAULT_CSP);
    reply.header('cache-control', reply.getHeader('cache-control') ?? 'no-store');
    reply.header('cross-origin-opener-policy', 'same-origin');
    // OParl is a public API other sites' pages may read (ADR 0016); everything else is this origin's.
    reply.header('cross-origin-resource-policy', isOParl(request.url) ? 'cross-origin' : 'same-origin');
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    if (https) reply.header('strict-transport-security', HSTS);
  };
}
