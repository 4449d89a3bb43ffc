import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { conflict } from '../domain/errors.ts';
import type { Item, ItemState } from '../domain/item.ts';
import type { DbOrTx } from './db.ts';
import { items } from './schema.ts';

type Row = typeof items.$inferSelect;
const toItem = (r: Row): Item => ({
  id: r.id,
  orgId: r.orgId,
  forumId: r.forumId,
  caseId: r.caseId,
  type: r.type,
  title: r.title,
  presenters: r.presenters,
  durationMinutes: r.durationMinutes,
  sections: r.sections,
  recommendations: r.recommendations,
  closed: r.closed,
  closedBasis: r.closedBasis,
  state: r.state,
  submitterPersonId: r.submitterPersonId,
  approverPersonId: r.approverPersonId,
  wishedMeetingId: r.wishedMeetingId,
  late: r.late,
  meetingId: r.meetingId,
  position: r.position,
  standingTitle: r.standingTitle,
  previousMeetingId: r.previousMeetingId,
  originItemId: r.originItemId,
  citedItemIds: r.citedItemIds,
  decision: r.decision,
  version: r.version,
  submittedAt: r.submittedAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

export type ItemWrite = Partial<
  Omit<Item, 'id' | 'orgId' | 'forumId' | 'version' | 'createdAt' | 'updatedAt' | 'submittedAt'>
> & {
  submittedAt?: Date | null;
};

export async function insertItem(
  db: DbOrTx,
  input: ItemWrite & Pick<Item, 'orgId' | 'forumId' | 'type' | 'title'>,
): Promise<Item> {
  const [row] = await db.insert(items).values(input).returning();
  if (!row) throw new Error('insert returned no row');
  return toItem(row);
}

export async function findItem(db: DbOrTx, orgId: string, id: string): Promise<Item | undefined> {
  const [row] = await db
    .select()
    .from(items)
    .where(and(eq(items.orgId, orgId), eq(items.id, id)));
  return row && toItem(row);
}

/** Items of the organisation by id (unknown ids are left out). */
export async function findItems(db: DbOrTx, orgId: string, ids: readonly string[]): Promise<Item[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(items)
    .where(and(eq(items.orgId, orgId), inArray(items.id, [...ids])));
  return rows.map(toItem);
}

/** Every item of a case, in every state, oldest first. */
export async function listCaseItems(db: DbOrTx, orgId: string, caseId: string): Promise<Item[]> {
  const rows = await db
    .select()
    .from(items)
    .where(and(eq(items.orgId, orgId), eq(items.caseId, caseId)))
    .orderBy(asc(items.createdAt), asc(items.id));
  return rows.map(toItem);
}

/**
 * Updates an item if it is still at `expectedVersion` (optimistic concurrency), bumping the version.
 * A concurrent change answers conflict: nobody's edit is silently overwritten.
 */
export async function updateItem(
  db: DbOrTx,
  item: Pick<Item, 'id' | 'version'>,
  patch: ItemWrite,
): Promise<Item> {
  const [row] = await db
    .update(items)
    .set({ ...patch, version: sql`${items.version} + 1`, updatedAt: new Date() })
    .where(and(eq(items.id, item.id), eq(items.version, item.version)))
    .returning();
  if (!row) throw conflict('version', 'the item was changed by someone else; reload and try again');
  return toItem(row);
}

export async function listForumItems(
  db: DbOrTx,
  forumId: string,
  states: readonly ItemState[],
): Promise<Item[]> {
  const rows = await db
    .select()
    .from(items)
    .where(and(eq(items.forumId, forumId), inArray(items.state, [...states])))
    .orderBy(asc(items.submittedAt), asc(items.createdAt));
  return rows.map(toItem);
}

/** The items on a meeting's agenda, including those treated there: decided, referred, and postponed
 *  where they stand (a standing item; a postponed item that moved is scheduled or queued elsewhere). */
export async function listMeetingItems(db: DbOrTx, meetingId: string): Promise<Item[]> {
  const rows = await db
    .select()
    .from(items)
    .where(
      and(
        eq(items.meetingId, meetingId),
        inArray(items.state, ['scheduled', 'published', 'decided', 'postponed', 'referred']),
      ),
    )
    .orderBy(asc(items.position), asc(items.createdAt));
  return rows.map(toItem);
}

export async function listItemsBySubmitter(db: DbOrTx, personId: string): Promise<Item[]> {
  const rows = await db
    .select()
    .from(items)
    .where(eq(items.submitterPersonId, personId))
    .orderBy(asc(items.createdAt));
  return rows.map(toItem);
}

export async function listItemsAwaitingApprover(db: DbOrTx, personId: string): Promise<Item[]> {
  const rows = await db
    .select()
    .from(items)
    .where(and(eq(items.approverPersonId, personId), eq(items.state, 'submitted')))
    .orderBy(asc(items.submittedAt));
  return rows.map(toItem);
}
