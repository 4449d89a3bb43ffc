/**
 * Reading working groups: one group (parent forum's members, the group's members, admins), a
 * forum's list, or the groups a person is a member of. Each group comes with its members' names and
 * its report-back item on the parent forum (titled in full only for those who may read the item)
 * with the meeting it is meant for.
 */
import { notFound } from '../domain/errors.ts';
import type { ItemState } from '../domain/item.ts';
import type { Forum } from '../domain/organisation.ts';
import { can, type Resource } from '../domain/policy.ts';
import { type GroupMember, reportBackTitle, type WorkingGroup } from '../domain/working-group.ts';
import type { DbOrTx } from '../store/db.ts';
import { findItems } from '../store/items.ts';
import { findMeeting } from '../store/meetings.ts';
import { findPeopleByIds } from '../store/people.ts';
import { findGroup, listGroups } from '../store/working-groups.ts';
import { type AppContext, authorize, type Caller, forumResource, resolveForum } from './context.ts';
import { itemResource } from './item-access.ts';

/** The parent forum as the resource, with the group's members, who may read the group too. */
export const groupResource = (
  forum: Pick<Forum, 'id' | 'orgId'>,
  group: WorkingGroup | undefined,
): Resource => ({
  type: 'forum',
  orgId: forum.orgId,
  forumId: forum.id,
  groupMemberIds: group?.members.map((m) => m.personId) ?? [],
});

export interface ReportBackView {
  itemId: string;
  /** The item's title when the caller may read the item; else the title it was drafted with. */
  title: string;
  /** Whether the caller may open the item (a draft is for its submitter and the forum's managers). */
  readable: boolean;
  state: ItemState | null;
  /** The parent forum's meeting the item is on, or meant for. */
  meeting: { id: string; start: string } | null;
}

export interface WorkingGroupView extends Omit<WorkingGroup, 'members'> {
  members: (GroupMember & { name: string; title: string })[];
  reportBack: ReportBackView | null;
}

/** Names the members and finds each group's report-back item and its meeting. */
export async function viewGroups(
  db: DbOrTx,
  caller: Caller,
  groups: readonly WorkingGroup[],
): Promise<WorkingGroupView[]> {
  const [first] = groups;
  if (!first) return [];
  const people = new Map(
    (
      await findPeopleByIds(
        db,
        first.orgId,
        groups.flatMap((g) => g.members.map((m) => m.personId)),
      )
    ).map((p) => [p.id, p]),
  );
  const items = new Map(
    (
      await findItems(
        db,
        first.orgId,
        groups.flatMap((g) => (g.reportItemId ? [g.reportItemId] : [])),
      )
    ).map((i) => [i.id, i]),
  );
  return Promise.all(
    groups.map(async (g): Promise<WorkingGroupView> => {
      const item = g.reportItemId ? items.get(g.reportItemId) : undefined;
      let reportBack: ReportBackView | null = null;
      if (item) {
        const meetingId = item.meetingId ?? item.wishedMeetingId;
        const meeting = meetingId ? await findMeeting(db, g.parentForumId, meetingId) : undefined;
        const readable = can(caller.actor, 'item.read', itemResource(item));
        reportBack = {
          itemId: item.id,
          title: readable ? item.title : reportBackTitle(g),
          readable,
          state: readable ? item.state : null,
          meeting: meeting ? { id: meeting.id, start: meeting.start } : null,
        };
      }
      return {
        ...g,
        members: g.members.map((m) => ({
          ...m,
          name: people.get(m.personId)?.name ?? '',
          title: people.get(m.personId)?.title ?? '',
        })),
        reportBack,
      };
    }),
  );
}

export async function getWorkingGroup(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  forumShortName: string,
  groupId: string,
): Promise<WorkingGroupView> {
  const { forum } = await resolveForum(ctx.db, caller, orgSlug, forumShortName);
  const group = await findGroup(ctx.db, forum.id, groupId);
  authorize(caller, 'group.read', groupResource(forum, group), 'Working group');
  if (!group) throw notFound('Working group');
  const [view] = await viewGroups(ctx.db, caller, [group]);
  if (!view) throw notFound('Working group');
  return view;
}

/** The forum's working groups that the caller may read (all of them for its members and admins). */
export async function listWorkingGroups(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  forumShortName: string,
): Promise<WorkingGroupView[]> {
  const { forum } = await resolveForum(ctx.db, caller, orgSlug, forumShortName);
  authorize(caller, 'group.list', forumResource(forum), 'Forum');
  const groups = await listGroups(ctx.db, forum.id);
  return viewGroups(
    ctx.db,
    caller,
    groups.filter((g) => can(caller.actor, 'group.read', groupResource(forum, g))),
  );
}
