import { conflict } from '../domain/errors.ts';
import { canTransition, type Item } from '../domain/item.ts';
import { updateItem } from '../store/items.ts';
import type { AppContext, Caller } from './context.ts';
import { loadItem } from './item-access.ts';
import { recordTransition } from './item-events.ts';
import { withdrawItemSchema } from './item-input.ts';
import { parseInput } from './validate.ts';

/** The submitter or the secretariat withdraws an item that is not yet on a published agenda. */
export async function withdrawItem(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  itemId: string,
  input: unknown,
): Promise<Item> {
  const { item } = await loadItem(ctx.db, caller, orgSlug, itemId, 'item.withdraw');
  const { comment } = parseInput(withdrawItemSchema, input);
  if (!canTransition(item.state, 'withdraw'))
    throw conflict('state', `a ${item.state} item cannot be withdrawn`);
  return ctx.db.transaction(async (tx) => {
    const updated = await updateItem(tx, item, { state: 'withdrawn', meetingId: null, position: null });
    await recordTransition(tx, caller, item, 'withdraw', item.state, 'withdrawn', { comment });
    return updated;
  });
}
