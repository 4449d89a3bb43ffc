/**
 * The OParl 1.1 read API (ADR 0016): the System, the bodies (one per organisation), their external
 * lists and every object by its URL, and a public file's bytes. Anyone may read it, signed in or
 * not: it serves only the public record (policy.ts `isPublicRecord`, applied in oparl-record.ts).
 * Off with FORA_OPARL=off: then everything here is not found.
 */
import type { Readable } from 'node:stream';
import { notFound } from '../domain/errors.ts';
import { type OParlKind, type OParlObject, oparlLinks, toSystem } from '../domain/oparl.ts';
import { type OParlListQuery, type OParlPage, omitsInternal, oparlList } from '../domain/oparl-list.ts';
import { auditLogMarker, listOParlOrganisations, type OParlOrgRecord } from '../store/oparl.ts';
import type { AppContext } from './context.ts';
import { oparlBaseUrl } from './get-case-oparl.ts';
import { buildOParlRecord, type OParlRecord } from './oparl-record.ts';

const links = (ctx: AppContext) => oparlLinks(oparlBaseUrl(ctx.settings.publicUrl));

function requireOn(ctx: AppContext): void {
  if (ctx.settings.oparl === false) throw notFound('OParl API');
}

export async function getOParlSystem(ctx: AppContext): Promise<Record<string, unknown>> {
  requireOn(ctx);
  return toSystem(links(ctx), 'Fora');
}

/**
 * Built records per database, organisation, base URL and omit_internal. A record is built again
 * only when the organisation's audit log has grown since (every change writes an audit row), so a
 * crawler's thousands of requests do not each rebuild the whole record.
 */
const built = new WeakMap<object, Map<string, { marker: string; record: Promise<OParlRecord> }>>();

async function recordOf(ctx: AppContext, org: OParlOrgRecord, omitInternal: boolean): Promise<OParlRecord> {
  const u = links(ctx);
  const cache = built.get(ctx.db) ?? new Map();
  built.set(ctx.db, cache);
  const key = `${org.id} ${u.system} ${omitInternal}`;
  const marker = await auditLogMarker(ctx.db, org.id);
  const hit = cache.get(key);
  if (hit && hit.marker === marker) return hit.record;
  const record = buildOParlRecord(ctx.db, org, u, omitInternal);
  cache.set(key, { marker, record });
  record.catch(() => cache.delete(key));
  return record;
}

async function records(ctx: AppContext, omitInternal: boolean, bodyId?: string): Promise<OParlRecord[]> {
  const orgs = (await listOParlOrganisations(ctx.db)).filter((o) => !bodyId || o.id === bodyId);
  return Promise.all(orgs.map((o) => recordOf(ctx, o, omitInternal)));
}

export async function listOParlBodies(ctx: AppContext, query: OParlListQuery): Promise<OParlPage> {
  requireOn(ctx);
  const bodies = (await records(ctx, omitsInternal(query))).map((r) => r.body);
  return oparlList(links(ctx).bodies, bodies, query);
}

export async function getOParlBody(ctx: AppContext, bodyId: string): Promise<OParlObject> {
  requireOn(ctx);
  const [record] = await records(ctx, false, bodyId);
  if (!record) throw notFound('Body');
  return record.body;
}

export async function listOParlObjects(
  ctx: AppContext,
  bodyId: string,
  kind: OParlKind,
  query: OParlListQuery,
): Promise<OParlPage> {
  requireOn(ctx);
  const [record] = await records(ctx, omitsInternal(query), bodyId);
  if (!record) throw notFound('Body');
  const u = links(ctx);
  let objects = record.lists[kind];
  if (kind === 'meeting' && query.organization) {
    const forum = u.organization(query.organization);
    objects = objects.filter((o) => (o.organization as string[]).includes(forum));
  }
  return oparlList(u.list(bodyId, kind), objects, query);
}

/** An object by its URL; a deleted one is still served, with `deleted: true`. */
export async function getOParlObject(
  ctx: AppContext,
  kind: OParlKind,
  id: string,
  query: { omit_internal?: string | undefined },
): Promise<OParlObject> {
  requireOn(ctx);
  const url = links(ctx).object(kind, id);
  for (const record of await records(ctx, omitsInternal(query))) {
    const found = record.lists[kind].find((o) => o.id === url);
    if (found) return found;
  }
  throw notFound('OParl object');
}

export interface OParlFileContent {
  name: string;
  mediaType: string;
  size: number;
  stream: Readable;
}

/** The bytes of a file of the public record; a deleted or closed item's file is not found. */
export async function readOParlFile(ctx: AppContext, fileId: string): Promise<OParlFileContent> {
  requireOn(ctx);
  for (const record of await records(ctx, true)) {
    const file = record.downloads.get(fileId);
    if (file)
      return {
        name: file.name,
        mediaType: file.mediaType,
        size: file.size,
        stream: ctx.files.read(file.storageKey),
      };
  }
  throw notFound('File');
}
