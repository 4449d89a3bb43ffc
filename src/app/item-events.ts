/** Recording an item's transitions: the audit row with from, to and comment. */
import type { Item, ItemState } from '../domain/item.ts';
import type { DbOrTx } from '../store/db.ts';
import { audit, type Caller } from './context.ts';

export async function recordTransition(
  db: DbOrTx,
  caller: Caller,
  item: Pick<Item, 'id' | 'orgId' | 'forumId'>,
  action: string,
  from: ItemState | null,
  to: ItemState,
  detail: Record<string, unknown> = {},
): Promise<void> {
  await audit(db, caller, {
    orgId: item.orgId,
    action: `item.${action}`,
    objectType: 'item',
    objectId: item.id,
    detail: { forumId: item.forumId, from, to, ...detail },
  });
}
