/** Uploaded material of leaders' days: the rows that point at stored files. */
import { and, asc, eq, gte, sql } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';
import { leadersDayFiles } from './schema.ts';

export interface LeadersDayFile {
  id: string;
  orgId: string;
  leadersDayId: string;
  title: string;
  /** The download's file name only, never a path. */
  name: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  uploadedByPersonId: string | null;
  uploadedAt: string;
  position: number;
}

type Row = typeof leadersDayFiles.$inferSelect;
const toFile = (r: Row): LeadersDayFile => ({ ...r, uploadedAt: r.uploadedAt.toISOString() });

/** Inserts a file after the day's last one; `at` is its upload time. */
export async function insertLeadersDayFile(
  db: DbOrTx,
  input: Omit<LeadersDayFile, 'id' | 'position' | 'uploadedAt'>,
  at: Date,
): Promise<LeadersDayFile> {
  const [row] = await db
    .insert(leadersDayFiles)
    .values({
      ...input,
      uploadedAt: at,
      position: sql`(select coalesce(max(${leadersDayFiles.position}), 0) + 1 from ${leadersDayFiles} where ${leadersDayFiles.leadersDayId} = ${input.leadersDayId})`,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return toFile(row);
}

/** A day's files in order. */
export async function listLeadersDayFiles(db: DbOrTx, dayId: string): Promise<LeadersDayFile[]> {
  const rows = await db
    .select()
    .from(leadersDayFiles)
    .where(eq(leadersDayFiles.leadersDayId, dayId))
    .orderBy(asc(leadersDayFiles.position), asc(leadersDayFiles.uploadedAt));
  return rows.map(toFile);
}

/** The file if it belongs to this day; undefined otherwise. */
export async function findLeadersDayFile(
  db: DbOrTx,
  dayId: string,
  id: string,
): Promise<LeadersDayFile | undefined> {
  const [row] = await db
    .select()
    .from(leadersDayFiles)
    .where(and(eq(leadersDayFiles.leadersDayId, dayId), eq(leadersDayFiles.id, id)));
  return row && toFile(row);
}

/** Deletes the row; the caller deletes the file after commit. */
export async function deleteLeadersDayFile(db: DbOrTx, dayId: string, id: string): Promise<void> {
  await db
    .delete(leadersDayFiles)
    .where(and(eq(leadersDayFiles.leadersDayId, dayId), eq(leadersDayFiles.id, id)));
}

/** Bytes the organisation's leaders' day files take together (part of its storage quota). */
export async function orgLeadersDayFilesBytes(db: DbOrTx, orgId: string): Promise<number> {
  const [row] = await db
    .select({ bytes: sql<string>`coalesce(sum(${leadersDayFiles.sizeBytes}), 0)::bigint` })
    .from(leadersDayFiles)
    .where(eq(leadersDayFiles.orgId, orgId));
  return Number(row?.bytes ?? 0);
}

/** Bytes of leaders' day files the person has uploaded since `since` (part of their daily quota). */
export async function personLeadersDayFilesSince(db: DbOrTx, personId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ bytes: sql<string>`coalesce(sum(${leadersDayFiles.sizeBytes}), 0)::bigint` })
    .from(leadersDayFiles)
    .where(and(eq(leadersDayFiles.uploadedByPersonId, personId), gte(leadersDayFiles.uploadedAt, since)));
  return Number(row?.bytes ?? 0);
}
