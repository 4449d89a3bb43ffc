import type { Item } from '../domain/item.ts';
import type { AppContext, Caller } from './context.ts';
import { loadItem } from './item-access.ts';

export async function getItem(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  itemId: string,
): Promise<Item> {
  return (await loadItem(ctx.db, caller, orgSlug, itemId, 'item.read')).item;
}
