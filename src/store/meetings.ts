import { and, asc, eq, gte, isNotNull, lt, or } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { StoredMeeting } from '../domain/meeting.ts';
import type { DbOrTx } from './db.ts';
import { uniqueViolation } from './errors.ts';
import { meetings } from './schema.ts';

const ZONE = 'Europe/Copenhagen';
const toLocalIso = (d: Date): string =>
  DateTime.fromJSDate(d, { zone: ZONE }).toISO({ suppressMilliseconds: true }) ?? d.toISOString();

const columns = {
  id: meetings.id,
  forumId: meetings.forumId,
  occurrenceDate: meetings.occurrenceDate,
  startsAt: meetings.startsAt,
  endsAt: meetings.endsAt,
  state: meetings.state,
  location: meetings.location,
  leaderPersonId: meetings.leaderPersonId,
  note: meetings.note,
};
type Row = typeof meetings.$inferSelect;
const toStored = (r: Pick<Row, keyof typeof columns>): StoredMeeting => ({
  id: r.id,
  forumId: r.forumId,
  occurrenceDate: r.occurrenceDate,
  start: toLocalIso(r.startsAt),
  end: toLocalIso(r.endsAt),
  state: r.state,
  location: r.location,
  leaderPersonId: r.leaderPersonId,
  note: r.note,
});

export type MeetingWrite = Omit<StoredMeeting, 'id' | 'forumId'>;
const toRow = (m: Partial<MeetingWrite>) => ({
  ...(m.occurrenceDate !== undefined && { occurrenceDate: m.occurrenceDate }),
  ...(m.start !== undefined && { startsAt: new Date(m.start) }),
  ...(m.end !== undefined && { endsAt: new Date(m.end) }),
  ...(m.state !== undefined && { state: m.state }),
  ...(m.location !== undefined && { location: m.location }),
  ...(m.leaderPersonId !== undefined && { leaderPersonId: m.leaderPersonId }),
  ...(m.note !== undefined && { note: m.note }),
});

const occurrenceTaken = {
  meetings_forum_occurrence: ['occurrenceDate', 'this occurrence already has a stored meeting'] as [
    string,
    string,
  ],
};

export async function insertMeeting(
  db: DbOrTx,
  orgId: string,
  forumId: string,
  m: MeetingWrite,
): Promise<StoredMeeting> {
  try {
    const [row] = await db
      .insert(meetings)
      .values({ orgId, forumId, startsAt: new Date(m.start), endsAt: new Date(m.end), ...toRow(m) })
      .returning(columns);
    if (!row) throw new Error('insert returned no row');
    return toStored(row);
  } catch (err) {
    throw uniqueViolation(err, occurrenceTaken);
  }
}

export async function updateMeeting(
  db: DbOrTx,
  forumId: string,
  id: string,
  patch: Partial<MeetingWrite>,
): Promise<StoredMeeting | undefined> {
  const [row] = await db
    .update(meetings)
    .set({ ...toRow(patch), updatedAt: new Date() })
    .where(and(eq(meetings.forumId, forumId), eq(meetings.id, id)))
    .returning(columns);
  return row && toStored(row);
}

export async function findMeeting(
  db: DbOrTx,
  forumId: string,
  id: string,
): Promise<StoredMeeting | undefined> {
  const [row] = await db
    .select(columns)
    .from(meetings)
    .where(and(eq(meetings.forumId, forumId), eq(meetings.id, id)));
  return row && toStored(row);
}

export async function findMeetingByOccurrence(
  db: DbOrTx,
  forumId: string,
  occurrenceDate: string,
): Promise<StoredMeeting | undefined> {
  const [row] = await db
    .select(columns)
    .from(meetings)
    .where(and(eq(meetings.forumId, forumId), eq(meetings.occurrenceDate, occurrenceDate)));
  return row && toStored(row);
}

/**
 * Stored meetings a calendar for [from, to) needs: those starting in the period, plus every one
 * that replaces a series occurrence (few: exceptions and held meetings), since a moved meeting may
 * replace an occurrence inside the period while itself lying outside it, and rotation counts need
 * the cancelled ones.
 */
export async function listStoredMeetings(
  db: DbOrTx,
  forumId: string,
  period: { from: Date; to: Date },
): Promise<StoredMeeting[]> {
  const rows = await db
    .select(columns)
    .from(meetings)
    .where(
      and(
        eq(meetings.forumId, forumId),
        or(
          and(gte(meetings.startsAt, period.from), lt(meetings.startsAt, period.to)),
          isNotNull(meetings.occurrenceDate),
        ),
      ),
    )
    .orderBy(asc(meetings.startsAt));
  return rows.map(toStored);
}
