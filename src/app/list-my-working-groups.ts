/**
 * "Mine arbejdsgrupper": the working groups a person is a member of, across the organisation's
 * forums, with the parent forum named; for a member who sits in no parent forum this is the way in.
 */
import { findForum } from '../store/forums.ts';
import { listGroupsOfPerson } from '../store/working-groups.ts';
import { type AppContext, authorize, type Caller, resolveOrganisation } from './context.ts';
import { viewGroups, type WorkingGroupView } from './get-working-group.ts';

export interface MyWorkingGroup extends WorkingGroupView {
  forum: { id: string; shortName: string; name: string };
}

export async function listMyWorkingGroups(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  personId: string,
): Promise<MyWorkingGroup[]> {
  const org = await resolveOrganisation(ctx.db, caller, orgSlug);
  authorize(caller, 'work.read', { type: 'person', orgId: org.id, personId }, 'Person');
  const groups = await viewGroups(ctx.db, caller, await listGroupsOfPerson(ctx.db, org.id, personId));
  const forums = new Map<string, MyWorkingGroup['forum']>();
  for (const id of new Set(groups.map((g) => g.parentForumId))) {
    const f = await findForum(ctx.db, org.id, id);
    if (f) forums.set(id, { id: f.id, shortName: f.shortName, name: f.name });
  }
  return groups.flatMap((g) => {
    const forum = forums.get(g.parentForumId);
    return forum ? [{ ...g, forum }] : [];
  });
}
