/**
 * The OParl 1.1 read API (ADR 0016) under /oparl/v1.1: public, for anonymous callers and other
 * systems alike, with CORS for any origin (no credentials). The routes are 'public': the use cases
 * serve only the organisation's public record, decided by policy.ts `isPublicRecord`.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  getOParlBody,
  getOParlObject,
  getOParlSystem,
  listOParlBodies,
  listOParlObjects,
  readOParlFile,
} from '../../app/get-oparl.ts';
import { OPARL_KINDS, type OParlKind } from '../../domain/oparl.ts';
import { oparlListQuerySchema } from '../../domain/oparl-list.ts';
import type { Actor } from '../../domain/policy.ts';
import { defineRoute, type Route } from '../route.ts';
import { fileDownload } from './attachments.ts';

export const OPARL_PREFIX = '/oparl/v1.1';
const bodyParams = z.object({ body: z.guid() });
/** Object ids: uuids, `<item id>~<meeting id>` for an item's later visits, `<body>-<year>` for terms. */
const objectParams = z.object({
  id: z
    .string()
    .min(1)
    .max(80)
    .regex(/^[0-9a-f~-]+$/),
});
/** Everyone reads the same public record: a session or the development header changes nothing. */
const anonymous = async (): Promise<Actor> => ({ kind: 'anonymous' });
const embedQuery = z.object({ omit_internal: z.string().max(10).optional() });

const listRoute = (kind: OParlKind): Route =>
  defineRoute({
    method: 'GET',
    path: `${OPARL_PREFIX}/body/:body/${kind}`,
    summary: `OParl: the body's ${kind} list`,
    tag: 'oparl',
    action: 'public',
    actor: anonymous,
    params: bodyParams,
    query: oparlListQuerySchema,
    handler: ({ ctx, params, query }) => listOParlObjects(ctx, params.body, kind, query),
  });

const objectRoute = (kind: OParlKind): Route =>
  defineRoute({
    method: 'GET',
    path: `${OPARL_PREFIX}/${kind}/:id`,
    summary: `OParl: one ${kind}`,
    tag: 'oparl',
    action: 'public',
    actor: anonymous,
    params: objectParams,
    query: embedQuery,
    handler: ({ ctx, params, query }) => getOParlObject(ctx, kind, params.id, query),
  });

export const oparlRoutes: readonly Route[] = [
  defineRoute({
    method: 'GET',
    path: OPARL_PREFIX,
    summary: 'OParl: the System',
    tag: 'oparl',
    action: 'public',
    actor: anonymous,
    handler: ({ ctx }) => getOParlSystem(ctx),
  }),
  defineRoute({
    method: 'GET',
    path: `${OPARL_PREFIX}/body`,
    summary: 'OParl: the bodies (one per organisation)',
    tag: 'oparl',
    action: 'public',
    actor: anonymous,
    query: oparlListQuerySchema,
    handler: ({ ctx, query }) => listOParlBodies(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    path: `${OPARL_PREFIX}/body/:body`,
    summary: 'OParl: a body',
    tag: 'oparl',
    action: 'public',
    actor: anonymous,
    params: bodyParams,
    handler: ({ ctx, params }) => getOParlBody(ctx, params.body),
  }),
  ...OPARL_KINDS.map(listRoute),
  ...OPARL_KINDS.map(objectRoute),
  defineRoute({
    method: 'GET',
    path: `${OPARL_PREFIX}/file/:id/download`,
    summary: "OParl: a public file's bytes",
    tag: 'oparl',
    action: 'public',
    actor: anonymous,
    params: z.object({ id: z.guid() }),
    handler: async ({ ctx, params }) => {
      const file = await readOParlFile(ctx, params.id);
      return fileDownload(file, 'public');
    },
  }),
];

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, OPTIONS',
  'access-control-allow-headers': 'Accept, Content-Type',
  'access-control-max-age': '86400',
};

/** CORS for the OParl paths: any origin may read, never with credentials; OPTIONS preflight. */
export function registerOParlCors(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    if (
      request.url === OPARL_PREFIX ||
      request.url.startsWith(`${OPARL_PREFIX}/`) ||
      request.url.startsWith(`${OPARL_PREFIX}?`)
    )
      reply.headers(CORS);
  });
  app.options(`${OPARL_PREFIX}`, async (_request, reply) => reply.status(204).send());
  app.options(`${OPARL_PREFIX}/*`, async (_request, reply) => reply.status(204).send());
}
