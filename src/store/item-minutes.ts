/** The minutes of agenda items as written so far, with optimistic concurrency per item. */
import { and, asc, eq, sql } from 'drizzle-orm';
import { conflict } from '../domain/errors.ts';
import type { DbOrTx } from './db.ts';
import { itemMinutes } from './schema.ts';

export interface StoredItemMinutes {
  itemId: string;
  orgId: string;
  meetingId: string;
  /** The ItemMinutes (src/domain/minutes.ts) as saved; parse before use. */
  record: Record<string, unknown>;
  version: number;
  finalisedAt: string | null;
  updatedByPersonId: string | null;
  updatedAt: string;
}

type Row = typeof itemMinutes.$inferSelect;
const toStored = (r: Row): StoredItemMinutes => ({
  itemId: r.itemId,
  orgId: r.orgId,
  meetingId: r.meetingId,
  record: r.record,
  version: r.version,
  finalisedAt: r.finalisedAt?.toISOString() ?? null,
  updatedByPersonId: r.updatedByPersonId,
  updatedAt: r.updatedAt.toISOString(),
});

export async function findItemMinutes(
  db: DbOrTx,
  itemId: string,
  meetingId: string,
): Promise<StoredItemMinutes | undefined> {
  const [row] = await db
    .select()
    .from(itemMinutes)
    .where(and(eq(itemMinutes.itemId, itemId), eq(itemMinutes.meetingId, meetingId)));
  return row && toStored(row);
}

const staleVersion = (current: number) =>
  conflict('version', `the minutes of this item were changed by someone else (current version ${current})`);

/**
 * Saves an item's minutes. `expectedVersion` null means "there are none yet" (insert); otherwise
 * the row is updated only if it is still at that version, and the version is bumped. A stale
 * writer gets a conflict naming the current version.
 */
export async function saveItemMinutes(
  db: DbOrTx,
  input: {
    itemId: string;
    orgId: string;
    meetingId: string;
    record: Record<string, unknown>;
    expectedVersion: number | null;
    personId: string | null;
  },
): Promise<StoredItemMinutes> {
  if (input.expectedVersion === null) {
    const [row] = await db
      .insert(itemMinutes)
      .values({
        itemId: input.itemId,
        orgId: input.orgId,
        meetingId: input.meetingId,
        record: input.record,
        updatedByPersonId: input.personId,
      })
      .onConflictDoNothing()
      .returning();
    if (row) return toStored(row);
  } else {
    const [row] = await db
      .update(itemMinutes)
      .set({
        record: input.record,
        version: sql`${itemMinutes.version} + 1`,
        updatedByPersonId: input.personId,
        updatedAt: new Date(),
      })
      .where(
        and(
          eq(itemMinutes.itemId, input.itemId),
          eq(itemMinutes.meetingId, input.meetingId),
          eq(itemMinutes.version, input.expectedVersion),
        ),
      )
      .returning();
    if (row) return toStored(row);
  }
  const current = await findItemMinutes(db, input.itemId, input.meetingId);
  if (!current)
    throw conflict('version', 'the minutes of this item do not exist yet; save with version null');
  throw staleVersion(current.version);
}

export async function listMeetingItemMinutes(db: DbOrTx, meetingId: string): Promise<StoredItemMinutes[]> {
  const rows = await db
    .select()
    .from(itemMinutes)
    .where(eq(itemMinutes.meetingId, meetingId))
    .orderBy(asc(itemMinutes.updatedAt));
  return rows.map(toStored);
}

/** Marks the minutes final; false when they were already final (or do not exist). */
export async function markFinalised(
  db: DbOrTx,
  itemId: string,
  meetingId: string,
  at: Date,
): Promise<boolean> {
  const rows = await db
    .update(itemMinutes)
    .set({ finalisedAt: at })
    .where(
      and(
        eq(itemMinutes.itemId, itemId),
        eq(itemMinutes.meetingId, meetingId),
        sql`${itemMinutes.finalisedAt} is null`,
      ),
    )
    .returning({ itemId: itemMinutes.itemId });
  return rows.length > 0;
}
