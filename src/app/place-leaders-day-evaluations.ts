/**
 * "Der evalueres på den årlige lederdag på det førstkommende møde i Direktørforum": once a leaders'
 * day is over, an evaluation item is placed on the evaluating forum's first meeting after the day
 * (the first one still to come if the job runs late). Run by the operator from the schedule; the
 * day's row is locked and its `evaluationItemId` set once, so a second run places nothing.
 */
import { addDays } from '../domain/local-date.ts';
import { paragraphsDoc } from '../domain/rich-text.ts';
import { findForum } from '../store/forums.ts';
import {
  findLeadersDay,
  listUnevaluatedLeadersDays,
  lockLeadersDay,
  setEvaluationItem,
} from '../store/leadership.ts';
import { type AppContext, audit, authorize, type Caller, today } from './context.ts';
import { calendarOf } from './get-calendar.ts';
import { materialiseMeeting } from './meeting-occurrence.ts';
import { placeOnMeeting } from './place-on-meeting.ts';

/** How far ahead of today the evaluating forum's next meeting is looked for. */
const LOOKAHEAD_DAYS = 180;
/**
 * Days over for longer than this are not evaluated any more (e.g. last years' days restored from an
 * archive, or from before this job existed): their evaluation would not be "the first meeting after".
 */
const STALE_AFTER_DAYS = 60;

export async function placeLeadersDayEvaluations(
  ctx: AppContext,
  caller: Caller,
): Promise<{ placed: number }> {
  authorize(caller, 'reminder.send', { type: 'installation' });
  const now = today(ctx);
  let placed = 0;
  for (const day of await listUnevaluatedLeadersDays(ctx.db, {
    from: addDays(now, -STALE_AFTER_DAYS),
    to: addDays(now, -1),
  })) {
    if (!day.evaluationForumId) continue;
    const forum = await findForum(ctx.db, day.orgId, day.evaluationForumId);
    const host = await findForum(ctx.db, day.orgId, day.forumId);
    if (!forum || !host) continue;
    const period = { from: addDays(day.date, 1), to: addDays(now, LOOKAHEAD_DAYS) };
    const next = (await calendarOf(ctx.db, forum, period)).find(
      (m) =>
        !m.cancelled &&
        new Date(m.start) > ctx.now() &&
        (m.state === 'planned' || m.state === 'agenda_published'),
    );
    const key = next?.meetingId ?? next?.occurrenceDate;
    if (!key) continue;
    placed += await ctx.db.transaction(async (tx) => {
      await lockLeadersDay(tx, day.id);
      const fresh = await findLeadersDay(tx, day.forumId, day.id);
      if (!fresh || fresh.evaluationItemId) return 0;
      const meeting = await materialiseMeeting(tx, forum, key);
      const item = await placeOnMeeting(
        tx,
        caller,
        meeting,
        {
          orgId: day.orgId,
          type: 'theme',
          title: `Evaluering af ${host.name.toLowerCase()} ${day.date}`,
          sections: { sagsfremstilling: paragraphsDoc(`Evaluering af ${host.name} den ${day.date}.`) },
          submitterPersonId: null,
        },
        { leadersDayId: day.id },
      );
      if (!(await setEvaluationItem(tx, day.id, item.id))) throw new Error('evaluation placed twice');
      await audit(tx, caller, {
        orgId: day.orgId,
        action: 'leadersday.evaluation',
        objectType: 'leaders_day',
        objectId: day.id,
        detail: { forumId: forum.id, meetingId: meeting.id, itemId: item.id },
      });
      return 1;
    });
  }
  return { placed };
}
