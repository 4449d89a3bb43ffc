import type { Item } from '../domain/item.ts';
import { listForumItems } from '../store/items.ts';
import { type AppContext, authorize, type Caller, forumResource, resolveForum } from './context.ts';

/** The forum's queue: approved items waiting for a meeting, oldest first; late items are marked. */
export async function listQueue(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
): Promise<Item[]> {
  const { forum } = await resolveForum(ctx.db, caller, orgSlug, shortName);
  authorize(caller, 'agenda.manage', forumResource(forum), 'Forum');
  return listForumItems(ctx.db, forum.id, ['queued']);
}
