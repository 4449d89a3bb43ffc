import type { Item } from '../domain/item.ts';
import { auditClosedItemRead } from './audit-closed-read.ts';
import type { AppContext, Caller } from './context.ts';
import { loadItem } from './item-access.ts';
import { type Citation, citationsOf } from './item-citations.ts';

/** An item with the decisions of other forums it cites (those the reader may read); reading a closed one is audited. */
export async function getItem(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  itemId: string,
): Promise<Item & { citations: Citation[] }> {
  const { item } = await loadItem(ctx.db, caller, orgSlug, itemId, 'item.read');
  const citations = await citationsOf(ctx.db, caller.actor, item);
  await auditClosedItemRead(ctx.db, caller, item, 'item');
  return { ...item, citations };
}
