/**
 * The HTTP server: registers the route table, resolves the actor, parses input, checks that the
 * use case authorised the route's action, and presents errors in the one shape.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { type AppContext, callerOf, type RateLimitSettings } from '../app/context.ts';
import { resolveActor } from '../app/resolve-actor.ts';
import { parseInput } from '../app/validate.ts';
import { ForaError } from '../domain/errors.ts';
import { handleError } from './errors.ts';
import { registerInputGuard } from './input-guard.ts';
import { openApiDocument } from './openapi.ts';
import { registerRateLimits } from './rate-limit.ts';
import { RawResponse, type Route } from './route.ts';
import { agendaRoutes } from './routes/agenda.ts';
import { attachmentRoutes } from './routes/attachments.ts';
import { auditRoutes } from './routes/audit.ts';
import { caseRoutes } from './routes/cases.ts';
import { dashboardRoutes } from './routes/dashboard.ts';
import { documentRoutes } from './routes/documents.ts';
import { feedRoutes } from './routes/feeds.ts';
import { forumRoutes } from './routes/forums.ts';
import { itemRoutes } from './routes/items.ts';
import { leadershipRoutes } from './routes/leadership.ts';
import { meetingRoutes } from './routes/meetings.ts';
import { minutesRoutes } from './routes/minutes.ts';
import { minutesReleaseRoutes } from './routes/minutes-release.ts';
import { myWorkRoutes } from './routes/my-work.ts';
import { noteRoutes } from './routes/notes.ts';
import { registerOidcRoutes, signInMethodsOpenApi } from './routes/oidc.ts';
import { oparlRoutes, registerOParlCors } from './routes/oparl.ts';
import { organisationRoutes } from './routes/organisations.ts';
import { planningRoutes } from './routes/planning.ts';
import { searchRoutes } from './routes/search.ts';
import {
  passwordRoutes,
  registerSessionRoutes,
  requireCsrf,
  sessionOf,
  sessionOpenApi,
} from './routes/session.ts';
import { workProgrammeRoutes } from './routes/work-programmes.ts';
import { workingGroupRoutes } from './routes/working-groups.ts';
import { securityHeaders } from './security-headers.ts';
import { registerWebApp } from './web-app.ts';

export const VERSION = '0.1.0';

/** Every API route; the OpenAPI document and the route-table test read this list. */
export const apiRoutes: readonly Route[] = [
  ...organisationRoutes,
  ...forumRoutes,
  ...meetingRoutes,
  ...caseRoutes,
  ...itemRoutes,
  ...attachmentRoutes,
  ...agendaRoutes,
  ...minutesRoutes,
  ...myWorkRoutes,
  ...noteRoutes,
  ...minutesReleaseRoutes,
  ...documentRoutes,
  ...feedRoutes,
  ...passwordRoutes,
  ...searchRoutes,
  ...auditRoutes,
  ...planningRoutes,
  ...leadershipRoutes,
  ...workingGroupRoutes,
  ...workProgrammeRoutes,
  ...dashboardRoutes,
];

export interface ServerOptions {
  /** In production the development actor header is ignored. */
  production: boolean;
  /** Log level (pino: fatal, error, warn, info, debug, trace) or false for no log. */
  logger?: string | false;
  databaseKind: 'pglite' | 'postgres';
  /** Where the log goes (default: standard output); tests read it. */
  logStream?: NodeJS.WritableStream;
  /** The built web app (default dist/ui); tests point it elsewhere. */
  webAppDir?: string;
  /** Rate limits (src/http/rate-limit.ts); default ctx.settings.http.rateLimits; null or absent there: none. */
  rateLimits?: RateLimitSettings | null;
  /** Proxies to trust for the client address; default ctx.settings.http.trustProxy (TRUST_PROXY), else none. */
  trustProxy?: false | number | string[];
}

export const DEV_ACTOR_HEADER = 'x-fora-actor';

/**
 * A request's URL as the log keeps it: calendar feed URLs carry a secret token, and search terms
 * may name people or closed matters, so neither is logged.
 */
export const loggedUrl = (url: string): string =>
  url.replace(/\/feeds\/[^/]+\//, '/feeds/***/').replace(/([?&](?:q|query)=)[^&#]*/g, '$1***');

/** A route as the server registered it: every method and path it answers. */
export interface RegisteredRoute {
  method: string;
  url: string;
}
const registries = new WeakMap<FastifyInstance, RegisteredRoute[]>();
/** Every route the server answers, as registered (the route-registry test reads it). */
export const registeredRoutes = (app: FastifyInstance): readonly RegisteredRoute[] =>
  registries.get(app) ?? [];
/** A hop count as fastify wants it typed: trust the n proxies nearest the server. */
const trustProxyOption = (t: false | number | string[]) =>
  typeof t === 'number' ? (_address: string, hop: number) => hop < t : t;

export async function buildServer(
  ctx: AppContext,
  options: ServerOptions,
  /** The route table; tests pass their own to exercise the server's guards. */
  routes: readonly Route[] = apiRoutes,
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger
      ? {
          level: options.logger,
          ...(options.logStream && { stream: options.logStream }),
          redact: ['req.headers.cookie', 'req.headers.authorization'],
          serializers: {
            req: (req: { method: string; url: string }) => ({ method: req.method, url: loggedUrl(req.url) }),
          },
        }
      : false,
    bodyLimit: 1024 * 1024,
    trustProxy: trustProxyOption(options.trustProxy ?? ctx.settings.http?.trustProxy ?? false),
  });
  const registered: RegisteredRoute[] = [];
  registries.set(app, registered);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) registered.push({ method, url: route.url });
  });
  app.setErrorHandler(handleError);
  app.removeContentTypeParser('text/plain');
  // Uploads arrive as a raw stream; file storage enforces the size limit while streaming.
  app.addContentTypeParser('application/octet-stream', (_req, payload, done) => done(null, payload));
  app.setNotFoundHandler((_req, reply) => {
    reply.status(404).send({ error: 'not_found', message: 'No such route', details: [] });
  });
  app.addHook('onSend', securityHeaders(ctx.settings.publicUrl));
  registerInputGuard(app);
  const limits = registerRateLimits(
    app,
    options.rateLimits === undefined ? ctx.settings.http?.rateLimits : options.rateLimits,
    () => ctx.now().getTime(),
  );

  registerOParlCors(app);
  // The OParl routes are public (ADR 0016), so they stay out of the API's route table and document.
  for (const route of [...routes, ...oparlRoutes]) {
    app.route({
      method: route.method,
      url: route.path,
      config: { tableRoute: true },
      handler: async (request, reply) => {
        // The session cookie first; the development header only outside production.
        const session = route.actor ? undefined : await sessionOf(ctx, request);
        const header = options.production ? undefined : request.headers[DEV_ACTOR_HEADER];
        const actor = route.actor
          ? await route.actor(ctx, request.params)
          : (session?.actor ?? (await resolveActor(ctx, typeof header === 'string' ? header : undefined)));
        limits.checkApi(actor, request.ip);
        const caller = callerOf(actor, request.ip, route.action === 'public' ? null : route.action);
        if (session) {
          caller.sessionId = session.id;
          requireCsrf(session, request);
        }
        // Sign-in comes first: before input is parsed and before anything is looked up.
        if (route.action !== 'public' && actor.kind === 'anonymous')
          throw new ForaError('unauthenticated', 'Sign-in required');
        const params = route.params ? parseInput(route.params, request.params) : {};
        const query = route.query ? parseInput(route.query, request.query) : {};
        const body = request.body ?? {};
        const result = await route.handler({ ctx, caller, params, query, body });
        if (route.action !== 'public' && !caller.checks.includes(route.action)) {
          request.log.error({ route: route.path }, 'route answered without checking its policy action');
          throw new ForaError('internal', 'policy check missing');
        }
        reply.status(route.status ?? 200);
        if (result instanceof RawResponse) {
          reply.type(result.contentType).headers(result.headers);
          return reply.send(result.body);
        }
        return result;
      },
    });
  }

  registerSessionRoutes(app, ctx);
  registerOidcRoutes(app, ctx);
  const document = openApiDocument(routes, VERSION);
  document.paths['/api/session'] = sessionOpenApi;
  document.paths['/api/session/providers'] = signInMethodsOpenApi;
  app.get('/api/openapi.json', async () => document);
  app.get('/api/health', async () => ({ status: 'ok', database: options.databaseKind, version: VERSION }));
  registerWebApp(app, options.webAppDir);
  return app;
}
