import { invalid } from '../domain/errors.ts';
import { type LeadersDay, leadersDayInputSchema } from '../domain/leaders-day.ts';
import { findForumByShortName } from '../store/forums.ts';
import { insertLeadersDay } from '../store/leadership.ts';
import { type AppContext, audit, authorize, type Caller, forumResource, resolveForum } from './context.ts';
import { parseInput } from './validate.ts';

/**
 * The organisers (chair and secretary of the forum, by convention an event forum such as LEDERDAG
 * whose members are the invited leaders) create the year's leaders' day: date, place, seats, registration deadline, programme and material, and the forum that
 * evaluates it (Direktørforum).
 */
export async function createLeadersDay(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  input: unknown,
): Promise<LeadersDay> {
  const { org, forum } = await resolveForum(ctx.db, caller, orgSlug, shortName);
  authorize(caller, 'leadersday.manage', forumResource(forum));
  const { evaluationForum, ...content } = parseInput(leadersDayInputSchema, input);
  const evaluating = await findForumByShortName(ctx.db, org.id, evaluationForum);
  if (!evaluating) throw invalid('evaluationForum', 'no such forum in this organisation');
  return ctx.db.transaction(async (tx) => {
    const day = await insertLeadersDay(tx, {
      ...content,
      orgId: org.id,
      forumId: forum.id,
      evaluationForumId: evaluating.id,
    });
    await audit(tx, caller, {
      orgId: org.id,
      action: 'leadersday.create',
      objectType: 'leaders_day',
      objectId: day.id,
      detail: { forumId: forum.id, date: day.date, seats: day.seats },
    });
    return day;
  });
}
