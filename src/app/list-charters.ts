import type { Charter } from '../domain/charter.ts';
import { listCharters as listAll } from '../store/forums.ts';
import { type AppContext, authorize, type Caller, forumResource, resolveForum } from './context.ts';

/** Every version of a forum's terms of reference, oldest first. */
export async function listCharters(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
): Promise<Charter[]> {
  const { forum } = await resolveForum(ctx.db, caller, orgSlug, shortName);
  authorize(caller, 'charter.read', forumResource(forum), 'Forum');
  return listAll(ctx.db, forum.id);
}
