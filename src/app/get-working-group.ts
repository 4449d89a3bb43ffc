/** Reading working groups: one group (parent forum's members, the group's members, admins), or a forum's list. */
import { notFound } from '../domain/errors.ts';
import type { Forum } from '../domain/organisation.ts';
import { can, type Resource } from '../domain/policy.ts';
import type { WorkingGroup } from '../domain/working-group.ts';
import { findGroup, listGroups } from '../store/working-groups.ts';
import { type AppContext, authorize, type Caller, forumResource, resolveForum } from './context.ts';

/** The parent forum as the resource, with the group's members, who may read the group too. */
const groupResource = (forum: Forum, group: WorkingGroup | undefined): Resource => ({
  type: 'forum',
  orgId: forum.orgId,
  forumId: forum.id,
  groupMemberIds: group?.members.map((m) => m.personId) ?? [],
});

export async function getWorkingGroup(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  forumShortName: string,
  groupId: string,
): Promise<WorkingGroup> {
  const { forum } = await resolveForum(ctx.db, caller, orgSlug, forumShortName);
  const group = await findGroup(ctx.db, forum.id, groupId);
  authorize(caller, 'group.read', groupResource(forum, group), 'Working group');
  if (!group) throw notFound('Working group');
  return group;
}

/** The forum's working groups that the caller may read (all of them for its members and admins). */
export async function listWorkingGroups(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  forumShortName: string,
): Promise<WorkingGroup[]> {
  const { forum } = await resolveForum(ctx.db, caller, orgSlug, forumShortName);
  authorize(caller, 'group.list', forumResource(forum), 'Forum');
  const groups = await listGroups(ctx.db, forum.id);
  return groups.filter((g) => can(caller.actor, 'group.read', groupResource(forum, g)));
}
