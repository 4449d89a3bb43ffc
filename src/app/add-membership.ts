import { invalid } from '../domain/errors.ts';
import { type Membership, membershipInputSchema } from '../domain/organisation.ts';
import { insertMembership } from '../store/forums.ts';
import { findPerson } from '../store/people.ts';
import { type AppContext, audit, authorize, type Caller, forumResource, resolveForum } from './context.ts';
import { parseInput } from './validate.ts';

export async function addMembership(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  input: unknown,
): Promise<Membership> {
  const { org, forum } = await resolveForum(ctx.db, caller, orgSlug, shortName);
  authorize(caller, 'membership.manage', forumResource(forum));
  const data = parseInput(membershipInputSchema, input);
  return ctx.db.transaction(async (tx) => {
    if (!(await findPerson(tx, org.id, data.personId)))
      throw invalid('personId', 'no such person in this organisation');
    const membership = await insertMembership(tx, org.id, { forumId: forum.id, ...data });
    await audit(tx, caller, {
      orgId: org.id,
      action: 'membership.add',
      objectType: 'membership',
      objectId: membership.id,
      detail: { forumId: forum.id, ...data },
    });
    return membership;
  });
}
