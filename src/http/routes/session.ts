/**
 * Sign-in for the browser app: a session cookie (HttpOnly, SameSite=Lax, Secure over https) and a
 * CSRF token that every change signed in by the cookie must carry in `X-CSRF-Token`.
 *
 * POST/GET/DELETE /api/session set and clear the cookie, so they are registered by the server
 * itself (like /api/health), outside the policy route table. Setting a password is an ordinary
 * route of the table (`password.set`).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type AppContext, callerOf } from '../../app/context.ts';
import { getSessionPerson, type ResolvedSession, resolveSession } from '../../app/resolve-session.ts';
import { setPassword, setPasswordSchema } from '../../app/set-password.ts';
import { signIn, signInSchema } from '../../app/sign-in.ts';
import { signOut } from '../../app/sign-out.ts';
import { ForaError } from '../../domain/errors.ts';
import { slugSchema } from '../../domain/organisation.ts';
import {
  CSRF_HEADER,
  changesState,
  clearedSessionCookie,
  csrfMatches,
  isSecureUrl,
  sessionCookie,
  sessionTokenOf,
} from '../../domain/session.ts';
import { defineRoute } from '../route.ts';

export const passwordRoutes = [
  defineRoute({
    method: 'POST',
    path: '/api/orgs/:org/people/:person/password',
    summary: "Set a password for local sign-in: one's own (with the current one), or as the admin",
    tag: 'session',
    action: 'password.set',
    params: z.object({ org: slugSchema, person: z.string().uuid() }),
    body: setPasswordSchema,
    status: 204,
    handler: async ({ ctx, caller, params, body }) => {
      await setPassword(ctx, caller, params.org, params.person, body);
      return undefined;
    },
  }),
];

/** The session the request's cookie names, if it is valid. */
export const sessionOf = (ctx: AppContext, request: FastifyRequest): Promise<ResolvedSession | undefined> =>
  resolveSession(ctx, sessionTokenOf(request.headers.cookie));

/** A change signed in by a session cookie must carry the session's CSRF token. */
export function requireCsrf(session: ResolvedSession, request: FastifyRequest): void {
  if (!changesState(request.method)) return;
  const given = request.headers[CSRF_HEADER];
  const value = typeof given === 'string' ? given : undefined;
  if (csrfMatches(session.csrfToken, value)) return;
  throw new ForaError('forbidden', 'CSRF token missing or wrong', [
    { path: 'X-CSRF-Token', problem: value === undefined ? 'missing' : 'does not match the session' },
  ]);
}

export function registerSessionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const secure = () => isSecureUrl(ctx.settings.publicUrl);

  app.post('/api/session', async (request, reply) => {
    const userAgent = request.headers['user-agent'] ?? null;
    const result = await signIn(
      ctx,
      callerOf({ kind: 'anonymous' }, request.ip),
      { userAgent, previousToken: sessionTokenOf(request.headers.cookie) },
      request.body ?? {},
    );
    reply.header('set-cookie', sessionCookie(result.token, secure()));
    return { person: result.person, csrfToken: result.csrfToken };
  });

  app.get('/api/session', async (request) => {
    const session = await sessionOf(ctx, request);
    if (!session) throw new ForaError('unauthenticated', 'Sign-in required');
    return getSessionPerson(ctx, session);
  });

  app.delete('/api/session', async (request, reply) => {
    const session = await sessionOf(ctx, request);
    if (!session) throw new ForaError('unauthenticated', 'Sign-in required');
    requireCsrf(session, request);
    await signOut(ctx, callerOf(session.actor, request.ip), session);
    reply.header('set-cookie', clearedSessionCookie(secure()));
    reply.status(204);
    return reply.send();
  });
}

const errorResponse = {
  description: 'Error',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};
const personSchema = {
  type: 'object',
  properties: Object.fromEntries(
    ['id', 'name', 'email', 'title', 'orgSlug', 'orgName', 'role'].map((k) => [k, { type: 'string' }]),
  ),
};
const sessionBody = {
  description: 'The signed-in person and the CSRF token for changes',
  content: {
    'application/json': {
      schema: { type: 'object', properties: { person: personSchema, csrfToken: { type: 'string' } } },
    },
  },
};

/** The OpenAPI entry for /api/session (not in the route table: it sets and clears the cookie). */
export const sessionOpenApi = {
  post: {
    summary: 'Sign in with e-mail and password; sets the session cookie (fora_session)',
    tags: ['session'],
    'x-fora-action': 'public',
    requestBody: {
      required: true,
      content: { 'application/json': { schema: z.toJSONSchema(signInSchema, { io: 'input' }) } },
    },
    responses: { '200': sessionBody, '400': errorResponse, '401': errorResponse },
  },
  get: {
    summary: 'The signed-in person of the session cookie, and the CSRF token',
    tags: ['session'],
    'x-fora-action': 'public',
    responses: { '200': sessionBody, '401': errorResponse },
  },
  delete: {
    summary: 'Sign out (needs the X-CSRF-Token header); clears the cookie',
    tags: ['session'],
    'x-fora-action': 'public',
    responses: { '204': { description: 'Signed out' }, '401': errorResponse, '403': errorResponse },
  },
};
