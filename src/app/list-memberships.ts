import type { Membership } from '../domain/organisation.ts';
import { listMemberships as listAll } from '../store/forums.ts';
import { type AppContext, authorize, type Caller, forumResource, resolveForum } from './context.ts';

/** Every membership of a forum, past, present and future. */
export async function listMemberships(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
): Promise<Membership[]> {
  const { forum } = await resolveForum(ctx.db, caller, orgSlug, shortName);
  authorize(caller, 'membership.read', forumResource(forum), 'Forum');
  return listAll(ctx.db, forum.id);
}
