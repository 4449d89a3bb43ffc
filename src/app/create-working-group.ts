/** A manager of a forum sets up a working group under it; its report-back item is drafted at once. */
import { conflict, invalid } from '../domain/errors.ts';
import { createGroupSchema, type GroupMember, type WorkingGroup } from '../domain/working-group.ts';
import type { DbOrTx } from '../store/db.ts';
import { findPeopleByIds } from '../store/people.ts';
import { findGroup, findGroupByName, insertGroup } from '../store/working-groups.ts';
import { type AppContext, audit, authorize, type Caller, forumResource, resolveForum } from './context.ts';
import { ensureReportItem } from './report-back-item.ts';
import { parseInput } from './validate.ts';

/** Every member is a person of the organisation. */
export async function checkGroupMembers(
  db: DbOrTx,
  orgId: string,
  members: readonly GroupMember[],
): Promise<void> {
  const found = new Set(
    (
      await findPeopleByIds(
        db,
        orgId,
        members.map((m) => m.personId),
      )
    ).map((p) => p.id),
  );
  for (const [i, m] of members.entries())
    if (!found.has(m.personId)) throw invalid(`members.${i}.personId`, 'no such person in this organisation');
}

export async function createWorkingGroup(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  forumShortName: string,
  input: unknown,
): Promise<WorkingGroup> {
  const { org, forum } = await resolveForum(ctx.db, caller, orgSlug, forumShortName);
  authorize(caller, 'group.manage', forumResource(forum), 'Forum');
  const data = parseInput(createGroupSchema, input);
  return ctx.db.transaction(async (tx) => {
    await checkGroupMembers(tx, org.id, data.members);
    if (await findGroupByName(tx, forum.id, data.name))
      throw conflict('name', 'the forum already has a working group of that name');
    const group = await insertGroup(tx, { ...data, orgId: org.id, parentForumId: forum.id });
    await audit(tx, caller, {
      orgId: org.id,
      action: 'group.create',
      objectType: 'working_group',
      objectId: group.id,
      detail: {
        forumId: forum.id,
        name: group.name,
        deadline: group.deadline,
        members: group.members.length,
      },
    });
    await ensureReportItem(tx, caller, forum, group);
    const saved = await findGroup(tx, forum.id, group.id);
    if (!saved) throw new Error('group vanished');
    return saved;
  });
}
