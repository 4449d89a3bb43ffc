import { type Charter, charterInForce } from '../domain/charter.ts';
import { type Forum, isActiveOn, type Membership } from '../domain/organisation.ts';
import { listCharters, listMemberships } from '../store/forums.ts';
import { findPeopleByIds } from '../store/people.ts';
import { type AppContext, authorize, type Caller, forumResource, resolveForum, today } from './context.ts';

export interface ForumView extends Forum {
  /** The charter in force today (or the first future one), null if none yet. */
  charter: Charter | null;
  members: (Membership & { name: string; title: string })[];
}

/** A forum with its charter in force and its current members. */
export async function getForum(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
): Promise<ForumView> {
  const { forum } = await resolveForum(ctx.db, caller, orgSlug, shortName);
  authorize(caller, 'forum.read', forumResource(forum), 'Forum');
  const date = today(ctx);
  const charters = await listCharters(ctx.db, forum.id);
  const memberships = (await listMemberships(ctx.db, forum.id)).filter((m) => isActiveOn(m, date));
  const people = new Map(
    (
      await findPeopleByIds(
        ctx.db,
        forum.orgId,
        memberships.map((m) => m.personId),
      )
    ).map((p) => [p.id, p]),
  );
  return {
    ...forum,
    charter: charterInForce(charters, date) ?? charters[0] ?? null,
    members: memberships.map((m) => ({
      ...m,
      name: people.get(m.personId)?.name ?? '',
      title: people.get(m.personId)?.title ?? '',
    })),
  };
}
