import { z } from 'zod';
import { invalid, notFound } from '../domain/errors.ts';
import type { Membership } from '../domain/organisation.ts';
import { findMembership, updateMembership } from '../store/forums.ts';
import { type AppContext, audit, authorize, type Caller, forumResource, resolveForum } from './context.ts';
import { parseInput } from './validate.ts';

export const endMembershipSchema = z.object({
  endDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'),
});

/** Ends a membership on a date (inclusive); history stays. */
export async function endMembership(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  membershipId: string,
  input: unknown,
): Promise<Membership> {
  const { org, forum } = await resolveForum(ctx.db, caller, orgSlug, shortName);
  authorize(caller, 'membership.manage', forumResource(forum));
  const { endDate } = parseInput(endMembershipSchema, input);
  return ctx.db.transaction(async (tx) => {
    const m = await findMembership(tx, forum.id, membershipId);
    if (!m) throw notFound('Membership');
    if (endDate < m.startDate) throw invalid('endDate', 'ends before it starts');
    const updated = await updateMembership(tx, forum.id, m.id, { endDate });
    if (!updated) throw notFound('Membership');
    await audit(tx, caller, {
      orgId: org.id,
      action: 'membership.end',
      objectType: 'membership',
      objectId: m.id,
      detail: { endDate },
    });
    return updated;
  });
}
