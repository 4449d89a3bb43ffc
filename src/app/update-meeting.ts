import { invalid } from '../domain/errors.ts';
import { formatInstant } from '../domain/local-date.ts';
import { parseDateTime } from '../domain/time.ts';
import { updateMeeting as updateRow } from '../store/meetings.ts';
import { findPerson } from '../store/people.ts';
import { type AppContext, audit, authorize, type Caller, forumResource, resolveForum } from './context.ts';
import type { CalendarEntry } from './get-calendar.ts';
import { updateMeetingSchema } from './meeting-input.ts';
import { assertChangeable, calendarEntryOf, materialiseMeeting } from './meeting-occurrence.ts';
import { parseInput } from './validate.ts';

/**
 * Moves a meeting (new start/end), or changes its location, leader or note. `key` is a series date
 * (the occurrence's original date) or a stored meeting's id. The change is stored as an exception
 * that survives regeneration of the series and later charter versions.
 */
export async function updateMeeting(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  key: string,
  input: unknown,
): Promise<CalendarEntry> {
  const { org, forum } = await resolveForum(ctx.db, caller, orgSlug, shortName);
  authorize(caller, 'meeting.manage', forumResource(forum));
  const data = parseInput(updateMeetingSchema, input);
  return ctx.db.transaction(async (tx) => {
    const m = await materialiseMeeting(tx, forum, key);
    assertChangeable(m);
    const oldStart = parseDateTime(m.start);
    const start = data.start ? parseDateTime(data.start) : oldStart;
    // Moving the start keeps the duration unless a new end is given.
    const end = data.end ? parseDateTime(data.end) : start.plus(parseDateTime(m.end).diff(oldStart));
    if (end <= start) throw invalid('end', 'is not after start');
    if (data.leaderPersonId && !(await findPerson(tx, org.id, data.leaderPersonId)))
      throw invalid('leaderPersonId', 'no such person');
    const updated = await updateRow(tx, forum.id, m.id, {
      start: formatInstant(start),
      end: formatInstant(end),
      ...(data.location !== undefined && { location: data.location }),
      ...(data.leaderPersonId !== undefined && { leaderPersonId: data.leaderPersonId }),
      ...(data.note !== undefined && { note: data.note }),
    });
    if (!updated) throw new Error('meeting vanished inside its transaction');
    await audit(tx, caller, {
      orgId: org.id,
      action: 'meeting.update',
      objectType: 'meeting',
      objectId: m.id,
      detail: {
        from: { start: m.start, end: m.end },
        to: { start: updated.start, end: updated.end },
        fields: Object.keys(data),
      },
    });
    return calendarEntryOf(tx, forum, updated);
  });
}
