/**
 * The annual wheel's placeholders, run hourly by the operator (src/reminder-schedule.ts): for every
 * active wheel entry whose target meeting is `leadWeeks` weeks away or nearer (and still ahead),
 * a draft item in the responsible person's drafts, wished for that meeting. Once per entry and
 * year (`wheel_placeholders` is unique on both), so a second run creates nothing.
 */
import { isPlaceholderDue, type WheelEntry, wheelPeriod, wheelTarget } from '../domain/annual-wheel.ts';
import type { Organisation } from '../domain/organisation.ts';
import { findForum } from '../store/forums.ts';
import { insertItem } from '../store/items.ts';
import { listOrganisations } from '../store/organisations.ts';
import { findPerson } from '../store/people.ts';
import { findWheelPlaceholder, insertWheelPlaceholder, listActiveWheelEntries } from '../store/planning.ts';
import { type AppContext, authorize, type Caller, today } from './context.ts';
import { calendarOf } from './get-calendar.ts';
import { recordTransition } from './item-events.ts';
import { materialiseMeeting } from './meeting-occurrence.ts';

class AlreadyMade extends Error {}

export async function createWheelPlaceholders(ctx: AppContext, caller: Caller): Promise<{ created: number }> {
  authorize(caller, 'reminder.send', { type: 'installation' });
  const year = Number(today(ctx).slice(0, 4));
  let created = 0;
  // A meeting early next year may be due already in this year's December.
  for (const org of await listOrganisations(ctx.db))
    for (const entry of await listActiveWheelEntries(ctx.db, org.id))
      for (const y of [year, year + 1]) if (await placeholderFor(ctx, caller, org, entry, y)) created++;
  return { created };
}

async function placeholderFor(
  ctx: AppContext,
  caller: Caller,
  org: Organisation,
  entry: WheelEntry,
  year: number,
): Promise<boolean> {
  if (await findWheelPlaceholder(ctx.db, entry.id, year)) return false;
  const forum = await findForum(ctx.db, org.id, entry.forumId);
  if (!forum) return false;
  const target = wheelTarget(
    entry.when,
    year,
    await calendarOf(ctx.db, forum, wheelPeriod(entry.when, year)),
  );
  if (!target || !isPlaceholderDue(target.start, entry.leadWeeks, ctx.now())) return false;
  if (!(await findPerson(ctx.db, org.id, entry.responsiblePersonId))) return false;
  try {
    return await ctx.db.transaction(async (tx) => {
      const meeting = await materialiseMeeting(tx, forum, target.meetingId ?? target.occurrenceDate ?? '');
      const item = await insertItem(tx, {
        orgId: org.id,
        forumId: forum.id,
        type: entry.itemType,
        title: entry.title,
        state: 'draft',
        submitterPersonId: entry.responsiblePersonId,
        wishedMeetingId: meeting.id,
      });
      const placeholder = { entryId: entry.id, year, meetingId: meeting.id, itemId: item.id };
      if (!(await insertWheelPlaceholder(tx, org.id, placeholder))) throw new AlreadyMade();
      await recordTransition(tx, caller, item, 'create', null, 'draft', {
        wheelEntryId: entry.id,
        year,
        meetingId: meeting.id,
        leadWeeks: entry.leadWeeks,
      });
      return true;
    });
  } catch (err) {
    if (err instanceof AlreadyMade) return false; // a concurrent run made it first; this one rolled back
    throw err;
  }
}
