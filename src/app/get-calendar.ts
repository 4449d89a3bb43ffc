import { z } from 'zod';
import { buildCalendar } from '../domain/calendar.ts';
import { invalid } from '../domain/errors.ts';
import { addDays, atLocal } from '../domain/local-date.ts';
import type { CalendarMeeting } from '../domain/meeting.ts';
import type { Forum } from '../domain/organisation.ts';
import { daysBetween, localDateSchema } from '../domain/time.ts';
import type { DbOrTx } from '../store/db.ts';
import { listCharters, listMemberships } from '../store/forums.ts';
import { listStoredMeetings } from '../store/meetings.ts';
import { findPeopleByIds } from '../store/people.ts';
import { type AppContext, authorize, type Caller, forumResource, resolveForum } from './context.ts';

export const MAX_CALENDAR_DAYS = 3 * 366;

export const calendarQuerySchema = z.object({ from: localDateSchema, to: localDateSchema });

export interface CalendarEntry extends CalendarMeeting {
  forum: string;
  leader: { id: string; name: string } | null;
}

/** The forum's meetings in [from, to] (local dates), from its charters and stored exceptions. */
export async function getCalendar(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  period: { from: string; to: string },
): Promise<CalendarEntry[]> {
  const { forum } = await resolveForum(ctx.db, caller, orgSlug, shortName);
  authorize(caller, 'calendar.read', forumResource(forum), 'Forum');
  if (period.to < period.from) throw invalid('to', 'is before from');
  if (daysBetween(period.from, period.to) > MAX_CALENDAR_DAYS)
    throw invalid('to', `the period may be at most ${MAX_CALENDAR_DAYS} days`);
  return calendarOf(ctx.db, forum, period);
}

/** Builds the calendar for a forum already authorised by the caller. */
export async function calendarOf(
  db: DbOrTx,
  forum: Forum,
  period: { from: string; to: string },
): Promise<CalendarEntry[]> {
  // One query after the other: `db` may be a transaction, which is a single connection.
  const charters = await listCharters(db, forum.id);
  const memberships = await listMemberships(db, forum.id);
  const stored = await listStoredMeetings(db, forum.id, {
    from: atLocal(period.from, '00:00').toJSDate(),
    to: atLocal(addDays(period.to, 1), '00:00').toJSDate(),
  });
  const meetings = buildCalendar({ charters, stored, memberships, from: period.from, to: period.to });
  const leaderIds = [
    ...new Set(meetings.map((m) => m.leaderPersonId).filter((id): id is string => id !== null)),
  ];
  const names = new Map((await findPeopleByIds(db, forum.orgId, leaderIds)).map((p) => [p.id, p.name]));
  return meetings.map((m) => ({
    ...m,
    forum: forum.shortName,
    leader: m.leaderPersonId ? { id: m.leaderPersonId, name: names.get(m.leaderPersonId) ?? '' } : null,
  }));
}
