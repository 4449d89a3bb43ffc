/** Finding one meeting of a forum by its key: a stored meeting's id, or a series date. */
import { conflict, notFound } from '../domain/errors.ts';
import { atLocal, localDateOf, parseInstant } from '../domain/local-date.ts';
import type { StoredMeeting } from '../domain/meeting.ts';
import type { Forum } from '../domain/organisation.ts';
import type { DbOrTx } from '../store/db.ts';
import { findMeeting, findMeetingByOccurrence, insertMeeting } from '../store/meetings.ts';
import { type CalendarEntry, calendarOf } from './get-calendar.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The series occurrence with this original date, as the calendar generates it. */
async function generatedOccurrence(
  db: DbOrTx,
  forum: Forum,
  date: string,
): Promise<CalendarEntry | undefined> {
  const d = atLocal(date, '00:00');
  if (!d.isValid) return undefined;
  // A holiday rule may have moved it a few days; look around the date.
  const around = await calendarOf(db, forum, {
    from: d.minus({ days: 10 }).toISODate() ?? date,
    to: d.plus({ days: 10 }).toISODate() ?? date,
  });
  return around.find((m) => m.occurrenceDate === date);
}

/**
 * Returns the stored meeting for a key, storing the generated occurrence first if the key is a
 * series date that has no stored meeting yet (so that an exception can be recorded on it).
 */
export async function materialiseMeeting(db: DbOrTx, forum: Forum, key: string): Promise<StoredMeeting> {
  if (UUID.test(key)) {
    const m = await findMeeting(db, forum.id, key);
    if (!m) throw notFound('Meeting');
    return m;
  }
  if (!DATE.test(key)) throw notFound('Meeting');
  const stored = await findMeetingByOccurrence(db, forum.id, key);
  if (stored) return stored;
  const occurrence = await generatedOccurrence(db, forum, key);
  if (!occurrence) throw notFound('Meeting');
  return insertMeeting(db, forum.orgId, forum.id, {
    occurrenceDate: key,
    start: occurrence.start,
    end: occurrence.end,
    state: 'planned',
    location: '',
    leaderPersonId: null,
    note: '',
  });
}

/** Held meetings and meetings with published minutes are history: they do not move. */
export function assertChangeable(m: StoredMeeting): void {
  if (m.state !== 'planned' && m.state !== 'agenda_published' && m.state !== 'cancelled')
    throw conflict('state', `the meeting is ${m.state} and cannot be changed`);
}

/** The calendar entry of a stored meeting, with deadlines and leader. */
export async function calendarEntryOf(db: DbOrTx, forum: Forum, m: StoredMeeting): Promise<CalendarEntry> {
  const date = localDateOf(parseInstant(m.start));
  const entry = (await calendarOf(db, forum, { from: date, to: date })).find((e) => e.meetingId === m.id);
  if (!entry) throw new Error(`stored meeting ${m.id} missing from its calendar`);
  return entry;
}
