import { updateMeeting } from '../store/meetings.ts';
import { type AppContext, audit, authorize, type Caller, forumResource, resolveForum } from './context.ts';
import type { CalendarEntry } from './get-calendar.ts';
import { cancelMeetingSchema } from './meeting-input.ts';
import { assertChangeable, calendarEntryOf, materialiseMeeting } from './meeting-occurrence.ts';
import { parseInput } from './validate.ts';

/** Cancels a meeting; the cancellation survives regeneration and shows in the calendar as cancelled. */
export async function cancelMeeting(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  key: string,
  input: unknown,
): Promise<CalendarEntry> {
  const { org, forum } = await resolveForum(ctx.db, caller, orgSlug, shortName);
  authorize(caller, 'meeting.manage', forumResource(forum));
  const { reason } = parseInput(cancelMeetingSchema, input);
  return ctx.db.transaction(async (tx) => {
    const m = await materialiseMeeting(tx, forum, key);
    assertChangeable(m);
    await updateMeeting(tx, forum.id, m.id, { state: 'cancelled', note: reason || m.note });
    await audit(tx, caller, {
      orgId: org.id,
      action: 'meeting.cancel',
      objectType: 'meeting',
      objectId: m.id,
      detail: { start: m.start, reason },
    });
    return calendarEntryOf(tx, forum, m);
  });
}
