/**
 * Reading and closing entries of the follow-up register (opfølgning). Rows are written from the
 * minutes by `insertFollowUp` in follow-ups.ts; this module holds the register's queries.
 */
import { and, asc, eq, inArray, isNull, ne } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { FollowUp } from '../domain/follow-up.ts';
import type { DbOrTx } from './db.ts';
import { followUps, items, meetings } from './schema.ts';

type Row = typeof followUps.$inferSelect;

/** A register entry as stored: the domain's follow-up plus where it belongs. */
export interface StoredFollowUp extends FollowUp {
  orgId: string;
  forumId: string;
  /** The target meeting, also kept when the entry has a due date as well. */
  targetMeetingId: string | null;
}

const ZONE = 'Europe/Copenhagen';
const toLocalIso = (d: Date): string =>
  DateTime.fromJSDate(d, { zone: ZONE }).toISO({ suppressMilliseconds: true }) ?? d.toISOString();

/**
 * The target meeting wins when both are set (the agenda item depends on it); an entry whose meeting
 * was deleted and that has no date gets an unknown meeting: open, due date unknown.
 */
const toFollowUp = (r: Row): StoredFollowUp => ({
  id: r.id,
  orgId: r.orgId,
  forumId: r.forumId,
  title: r.title,
  ownerPersonId: r.ownerPersonId ?? '',
  due: r.targetMeetingId
    ? { meetingId: r.targetMeetingId }
    : r.dueDate
      ? { date: r.dueDate }
      : { meetingId: '' },
  targetMeetingId: r.targetMeetingId,
  note: r.note,
  evidence: r.evidence,
  doneAt: r.doneAt ? r.doneAt.toISOString() : null,
  sourceItemId: r.sourceItemId,
  createdAt: r.createdAt.toISOString(),
  seq: r.seq,
});

const order = [asc(followUps.seq)];

export async function listForumFollowUps(db: DbOrTx, forumId: string): Promise<StoredFollowUp[]> {
  const rows = await db
    .select()
    .from(followUps)
    .where(eq(followUps.forumId, forumId))
    .orderBy(...order);
  return rows.map(toFollowUp);
}

export async function listPersonFollowUps(
  db: DbOrTx,
  orgId: string,
  personId: string,
): Promise<StoredFollowUp[]> {
  const rows = await db
    .select()
    .from(followUps)
    .where(and(eq(followUps.orgId, orgId), eq(followUps.ownerPersonId, personId)))
    .orderBy(...order);
  return rows.map(toFollowUp);
}

/** Every entry not yet done, in every organisation: what the reminder job looks at. */
export async function listOpenFollowUps(db: DbOrTx): Promise<StoredFollowUp[]> {
  const rows = await db
    .select()
    .from(followUps)
    .where(isNull(followUps.doneAt))
    .orderBy(...order);
  return rows.map(toFollowUp);
}

export async function listFollowUpsForMeeting(db: DbOrTx, meetingId: string): Promise<StoredFollowUp[]> {
  const rows = await db
    .select()
    .from(followUps)
    .where(eq(followUps.targetMeetingId, meetingId))
    .orderBy(...order);
  return rows.map(toFollowUp);
}

export async function findFollowUp(
  db: DbOrTx,
  orgId: string,
  id: string,
): Promise<StoredFollowUp | undefined> {
  const [row] = await db
    .select()
    .from(followUps)
    .where(and(eq(followUps.orgId, orgId), eq(followUps.id, id)));
  return row && toFollowUp(row);
}

export async function markFollowUpDone(
  db: DbOrTx,
  id: string,
  done: { evidence: string; doneAt: Date },
): Promise<StoredFollowUp> {
  const [row] = await db
    .update(followUps)
    .set({ evidence: done.evidence, doneAt: done.doneAt })
    .where(eq(followUps.id, id))
    .returning();
  if (!row) throw new Error('follow-up not found');
  return toFollowUp(row);
}

/** Open again; the evidence note is kept as a record of what was claimed. */
export async function reopenFollowUp(db: DbOrTx, id: string): Promise<StoredFollowUp> {
  const [row] = await db.update(followUps).set({ doneAt: null }).where(eq(followUps.id, id)).returning();
  if (!row) throw new Error('follow-up not found');
  return toFollowUp(row);
}

/** Start (local ISO with offset) of each of these meetings that is not cancelled. */
export async function meetingStartsOf(
  db: DbOrTx,
  meetingIds: readonly string[],
): Promise<Map<string, string>> {
  const ids = [...new Set(meetingIds.filter((id) => id !== ''))];
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: meetings.id, startsAt: meetings.startsAt })
    .from(meetings)
    .where(and(inArray(meetings.id, ids), ne(meetings.state, 'cancelled')));
  return new Map(rows.map((r) => [r.id, toLocalIso(r.startsAt)]));
}

/** Title and closedness of the items follow-ups came from. */
export async function sourceItemsOf(
  db: DbOrTx,
  itemIds: readonly string[],
): Promise<Map<string, { title: string; closed: boolean }>> {
  const ids = [...new Set(itemIds)];
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: items.id, title: items.title, closed: items.closed })
    .from(items)
    .where(inArray(items.id, ids));
  return new Map(rows.map((r) => [r.id, { title: r.title, closed: r.closed }]));
}
