/**
 * OpenID Connect sign-in (ADR 0013), registered by the server itself like /api/session: the routes
 * set cookies and need no policy action.
 *
 * GET /auth/oidc/start?returnTo=/path   302 to the provider; the state cookie (fora_oidc) keeps the
 *                                        PKCE verifier, state, nonce and where to return
 * GET /auth/oidc/callback               the provider's redirect back: a session cookie and 302 to
 *                                        returnTo, or a short page in Danish saying what went wrong
 * GET /api/session/providers            the sign-in methods, for the sign-in page
 *
 * The two /auth routes are browser navigations, so their errors are pages, not JSON.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type AppContext, callerOf } from '../../app/context.ts';
import { finishOidcSignIn } from '../../app/finish-oidc-sign-in.ts';
import { getSignInMethods } from '../../app/get-sign-in-methods.ts';
import { startOidcSignIn } from '../../app/start-oidc-sign-in.ts';
import { ForaError } from '../../domain/errors.ts';
import {
  clearedOidcStateCookie,
  OIDC_CALLBACK_PATH,
  OIDC_PATH,
  oidcStateCookie,
  oidcStateOf,
} from '../../domain/oidc.ts';
import { isSecureUrl, sessionCookie, sessionTokenOf } from '../../domain/session.ts';
import { STATUS } from '../errors.ts';

export function registerOidcRoutes(app: FastifyInstance, ctx: AppContext): void {
  const secure = () => isSecureUrl(ctx.settings.publicUrl);

  app.get('/api/session/providers', async () => getSignInMethods(ctx));

  app.get(`${OIDC_PATH}/start`, async (request, reply) => {
    try {
      const query = request.query as Record<string, unknown>;
      const { url, saved } = await startOidcSignIn(ctx, { returnTo: query.returnTo });
      reply.header('set-cookie', oidcStateCookie(saved, secure()));
      return reply.redirect(url, 302);
    } catch (err) {
      return errorPage(request, reply, err);
    }
  });

  app.get(OIDC_CALLBACK_PATH, async (request, reply) => {
    // The state is good for one callback, whatever its outcome.
    reply.header('set-cookie', clearedOidcStateCookie(secure()));
    try {
      const q = request.url.indexOf('?');
      const result = await finishOidcSignIn(
        ctx,
        callerOf({ kind: 'anonymous' }, request.ip),
        {
          userAgent: request.headers['user-agent'] ?? null,
          previousToken: sessionTokenOf(request.headers.cookie),
        },
        { query: q < 0 ? '' : request.url.slice(q + 1), saved: oidcStateOf(request.headers.cookie) },
      );
      // (Fastify adds a second Set-Cookie header, it does not replace the first.)
      reply.header('set-cookie', sessionCookie(result.token, secure()));
      return reply.redirect(result.returnTo, 302);
    } catch (err) {
      return errorPage(request, reply, err);
    }
  });
}

/** A short page in Danish with a way back; unknown errors are logged in full and told nothing. */
function errorPage(request: FastifyRequest, reply: FastifyReply, err: unknown): FastifyReply {
  let status = 500;
  let message = 'Log ind kunne ikke gennemføres lige nu. Prøv igen om lidt.';
  if (err instanceof ForaError && err.code !== 'internal') {
    status = STATUS[err.code];
    message = err.message;
    request.log.info({ code: err.code, details: err.details }, 'OpenID Connect sign-in refused');
  } else request.log.error({ err }, 'OpenID Connect sign-in failed');
  const html = `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Log ind mislykkedes – Fora</title></head>
<body><main><h1>Log ind mislykkedes</h1><p>${escapeHtml(message)}</p>
<p><a href="/">Tilbage til Fora</a></p></main></body></html>
`;
  return reply.status(status).type('text/html; charset=utf-8').send(html);
}

const escapeHtml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** The OpenAPI entry for GET /api/session/providers (registered by the server, like /api/session). */
export const signInMethodsOpenApi = {
  get: {
    summary: 'How one can sign in: password, and OpenID Connect with its button text when configured',
    tags: ['session'],
    'x-fora-action': 'public',
    responses: {
      '200': {
        description: 'The sign-in methods',
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['password', 'oidc'],
              properties: {
                password: { const: true },
                oidc: {
                  oneOf: [
                    { type: 'null' },
                    {
                      type: 'object',
                      required: ['label', 'startUrl'],
                      properties: { label: { type: 'string' }, startUrl: { type: 'string' } },
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
  },
};
