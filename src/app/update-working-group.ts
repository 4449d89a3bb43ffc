/**
 * A manager of the parent forum changes a working group: name, mandate, deadline, members, status
 * (active → reported → closed). When it reports and has no report-back item, one is drafted.
 */
import { conflict, notFound } from '../domain/errors.ts';
import { canChangeStatus, updateGroupSchema, type WorkingGroup } from '../domain/working-group.ts';
import { findGroup, findGroupByName, updateGroup } from '../store/working-groups.ts';
import { type AppContext, audit, authorize, type Caller, forumResource, resolveForum } from './context.ts';
import { checkGroupMembers } from './create-working-group.ts';
import { ensureReportItem } from './report-back-item.ts';
import { parseInput } from './validate.ts';

export async function updateWorkingGroup(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  forumShortName: string,
  groupId: string,
  input: unknown,
): Promise<WorkingGroup> {
  const { org, forum } = await resolveForum(ctx.db, caller, orgSlug, forumShortName);
  authorize(caller, 'group.manage', forumResource(forum), 'Forum');
  const patch = parseInput(updateGroupSchema, input);
  return ctx.db.transaction(async (tx) => {
    const group = await findGroup(tx, forum.id, groupId, true);
    if (!group) throw notFound('Working group');
    if (group.status === 'closed') throw conflict('status', 'a closed working group does not change');
    if (patch.status && !canChangeStatus(group.status, patch.status))
      throw conflict('status', `a working group cannot go from ${group.status} to ${patch.status}`);
    if (patch.members) await checkGroupMembers(tx, org.id, patch.members);
    if (patch.name && patch.name !== group.name && (await findGroupByName(tx, forum.id, patch.name)))
      throw conflict('name', 'the forum already has a working group of that name');
    const updated = await updateGroup(tx, group.id, patch);
    await audit(tx, caller, {
      orgId: org.id,
      action: 'group.update',
      objectType: 'working_group',
      objectId: group.id,
      detail: { forumId: forum.id, fields: Object.keys(patch), from: group.status, to: updated.status },
    });
    if (updated.status === 'reported') await ensureReportItem(tx, caller, forum, updated);
    return (await findGroup(tx, forum.id, group.id)) ?? updated;
  });
}
