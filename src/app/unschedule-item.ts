import { conflict } from '../domain/errors.ts';
import { canTransition, type Item } from '../domain/item.ts';
import { updateItem } from '../store/items.ts';
import { orderAgenda } from './agenda-builder.ts';
import type { AppContext, Caller } from './context.ts';
import { loadItem } from './item-access.ts';
import { recordTransition } from './item-events.ts';

/** Takes an item off a meeting that has not published it, back to the forum's queue. */
export async function unscheduleItem(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  itemId: string,
): Promise<Item> {
  const { item } = await loadItem(ctx.db, caller, orgSlug, itemId, 'item.schedule');
  if (!canTransition(item.state, 'unschedule') || item.standingTitle)
    throw conflict(
      'state',
      `a ${item.standingTitle ? 'standing' : item.state} item cannot be taken off the agenda`,
    );
  return ctx.db.transaction(async (tx) => {
    const updated = await updateItem(tx, item, { state: 'queued', meetingId: null, position: null });
    await recordTransition(tx, caller, item, 'unschedule', item.state, 'queued', {
      meetingId: item.meetingId,
    });
    if (item.meetingId) await orderAgenda(tx, item.meetingId);
    return updated;
  });
}
