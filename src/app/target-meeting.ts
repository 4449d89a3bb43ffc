/**
 * Which meeting a submitted item goes to: the wished one if its submission deadline has not
 * passed, otherwise the following meeting (the secretary may still take a late item in by
 * scheduling it); without a wish, the next meeting whose deadline is still open.
 */
import { DateTime } from 'luxon';
import { conflict } from '../domain/errors.ts';
import { addDays, ZONE } from '../domain/local-date.ts';
import type { StoredMeeting } from '../domain/meeting.ts';
import type { Forum } from '../domain/organisation.ts';
import type { DbOrTx } from '../store/db.ts';
import { findMeeting } from '../store/meetings.ts';
import { type CalendarEntry, calendarOf } from './get-calendar.ts';
import { materialiseMeeting } from './meeting-occurrence.ts';

const HORIZON_DAYS = 400;

export interface Target {
  meeting: StoredMeeting;
  entry: CalendarEntry;
  late: boolean;
}

const open = (e: CalendarEntry, now: Date): boolean =>
  !e.cancelled &&
  new Date(e.start) > now &&
  (e.deadlines.submission === null || new Date(e.deadlines.submission) > now) &&
  (e.state === 'planned' || e.state === 'agenda_published');

export async function targetMeeting(
  db: DbOrTx,
  forum: Forum,
  now: Date,
  wishedMeetingId: string | null,
): Promise<Target> {
  const today = DateTime.fromJSDate(now, { zone: ZONE }).toISODate() ?? '';
  const wished = wishedMeetingId ? await findMeeting(db, forum.id, wishedMeetingId) : undefined;
  const wishedDate = wished?.start.slice(0, 10);
  const from = wishedDate && wishedDate < today ? wishedDate : today;
  // A wished meeting beyond the horizon is still in range, and so is the one after it.
  const horizon = addDays(today, HORIZON_DAYS);
  const to = wishedDate && wishedDate > horizon ? addDays(wishedDate, HORIZON_DAYS) : horizon;
  const entries = await calendarOf(db, forum, { from, to });
  let late = false;
  let chosen: CalendarEntry | undefined;
  if (wished) {
    const entry = entries.find((e) => e.meetingId === wished.id);
    if (entry && open(entry, now)) chosen = entry;
    else {
      late = true;
      chosen = entries.find((e) => e.start > (entry?.start ?? wished.start) && open(e, now));
    }
  } else chosen = entries.find((e) => open(e, now));
  if (!chosen) throw conflict('meeting', 'the forum has no meeting open for items in the coming year');
  const key = chosen.meetingId ?? chosen.occurrenceDate;
  if (!key) throw new Error('calendar entry without key');
  return { meeting: await materialiseMeeting(db, forum, key), entry: chosen, late };
}
