import { charterInForce } from '../domain/charter.ts';
import { invalid } from '../domain/errors.ts';
import { formatInstant, localDateOf } from '../domain/local-date.ts';
import { parseDateTime } from '../domain/time.ts';
import { listCharters } from '../store/forums.ts';
import { insertMeeting } from '../store/meetings.ts';
import { findPerson } from '../store/people.ts';
import { type AppContext, audit, authorize, type Caller, forumResource, resolveForum } from './context.ts';
import type { CalendarEntry } from './get-calendar.ts';
import { addMeetingSchema } from './meeting-input.ts';
import { calendarEntryOf } from './meeting-occurrence.ts';
import { parseInput } from './validate.ts';

/** Adds a meeting outside the series (an extra meeting); it keeps its place when the series is regenerated. */
export async function addMeeting(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  input: unknown,
): Promise<CalendarEntry> {
  const { org, forum } = await resolveForum(ctx.db, caller, orgSlug, shortName);
  authorize(caller, 'meeting.manage', forumResource(forum));
  const data = parseInput(addMeetingSchema, input);
  const start = parseDateTime(data.start);
  const charter = charterInForce(await listCharters(ctx.db, forum.id), localDateOf(start));
  const end = data.end
    ? parseDateTime(data.end)
    : start.plus({ minutes: charter?.cadence.durationMinutes ?? 120 });
  if (end <= start) throw invalid('end', 'is not after start');
  return ctx.db.transaction(async (tx) => {
    if (data.leaderPersonId && !(await findPerson(tx, org.id, data.leaderPersonId)))
      throw invalid('leaderPersonId', 'no such person');
    const m = await insertMeeting(tx, org.id, forum.id, {
      occurrenceDate: null,
      start: formatInstant(start),
      end: formatInstant(end),
      state: 'planned',
      location: data.location,
      leaderPersonId: data.leaderPersonId,
      note: data.note,
    });
    await audit(tx, caller, {
      orgId: org.id,
      action: 'meeting.add',
      objectType: 'meeting',
      objectId: m.id,
      detail: { start: m.start, end: m.end },
    });
    return calendarEntryOf(tx, forum, m);
  });
}
