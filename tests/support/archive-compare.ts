/**
 * Content hashes for comparing two databases after an archive round trip: per table, the SHA-256
 * of the canonical JSON of its rows (read straight from the database, sorted), and per stored
 * attachment the SHA-256 of the bytes file storage gives back.
 */
import { createHash } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { AppContext } from '../../src/app/context.ts';
import * as schema from '../../src/store/schema.ts';

/** The tables an archive carries, by the name the comparison reports. */
export const COMPARED = {
  units: schema.units,
  people: schema.people,
  forums: schema.forums,
  memberships: schema.memberships,
  charters: schema.charters,
  meetings: schema.meetings,
  cases: schema.cases,
  items: schema.items,
  attachments: schema.attachments,
  attendance: schema.attendance,
  agendaVersions: schema.agendaVersions,
  itemMinutes: schema.itemMinutes,
  followUps: schema.followUps,
  minutesApprovals: schema.minutesApprovals,
} as const;
export type Compared = keyof typeof COMPARED;

/** JSON with object keys sorted, so equal content gives equal text. */
export function canonical(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** The rows of one table of an organisation, minus the storage key (a new one is made on import). */
export async function rowsOf(
  ctx: AppContext,
  table: Compared,
  orgId: string,
  forumIds?: string[],
): Promise<Record<string, unknown>[]> {
  const t = COMPARED[table] as PgTable & { orgId: PgColumn };
  const rows = (await ctx.db
    .select()
    .from(t as PgTable)
    .where(eq(t.orgId, orgId))) as Record<string, unknown>[];
  const forumOf = (r: Record<string, unknown>) => (table === 'forums' ? r.id : r.forumId) as string;
  const kept = forumIds ? rows.filter((r) => forumIds.includes(forumOf(r))) : rows;
  if (table !== 'attachments') return kept;
  return kept.map(({ storageKey, ...rest }) => ({ ...rest, stored: storageKey !== null }));
}

/** Per table: the row count and the SHA-256 of the sorted canonical rows. */
export async function tableHashes(
  ctx: AppContext,
  orgId: string,
  tables: readonly Compared[] = Object.keys(COMPARED) as Compared[],
  forumIds?: string[],
): Promise<Record<string, { rows: number; sha256: string }>> {
  const out: Record<string, { rows: number; sha256: string }> = {};
  for (const table of tables) {
    const rows = (await rowsOf(ctx, table, orgId, forumIds)).map(canonical).sort();
    out[table] = { rows: rows.length, sha256: sha256(rows.join('\n')) };
  }
  return out;
}

/** Attachment id → SHA-256 of the bytes file storage gives back, for every stored attachment. */
export async function fileHashes(ctx: AppContext, orgId: string): Promise<Record<string, string>> {
  const rows = await ctx.db
    .select({ id: schema.attachments.id, key: schema.attachments.storageKey })
    .from(schema.attachments)
    .where(eq(schema.attachments.orgId, orgId));
  const out: Record<string, string> = {};
  for (const r of rows) if (r.key) out[r.id] = sha256(await ctx.files.readAll(r.key));
  return out;
}

/** Rows of the given ids, for the forum export's people and cases. */
export async function idsPresent(
  ctx: AppContext,
  table: 'people' | 'cases',
  ids: string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const t = table === 'people' ? schema.people : schema.cases;
  const rows = await ctx.db.select({ id: t.id }).from(t).where(inArray(t.id, ids));
  return rows.map((r) => r.id).sort();
}
