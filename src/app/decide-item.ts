import { conflict } from '../domain/errors.ts';
import { canTransition, type Item, TRANSITIONS } from '../domain/item.ts';
import { updateItem } from '../store/items.ts';
import type { AppContext, Caller } from './context.ts';
import { loadItem } from './item-access.ts';
import { recordTransition } from './item-events.ts';
import { decideItemSchema } from './item-input.ts';
import { parseInput } from './validate.ts';

/** The approver approves (into the forum's queue), returns it with a comment, or rejects it. */
export async function decideItem(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  itemId: string,
  input: unknown,
): Promise<Item> {
  const { item } = await loadItem(ctx.db, caller, orgSlug, itemId, 'item.decide');
  const { decision, comment } = parseInput(decideItemSchema, input);
  if (!canTransition(item.state, decision))
    throw conflict('state', `a ${item.state} item cannot be given the decision ${decision}`);
  const to = TRANSITIONS[decision].to;
  return ctx.db.transaction(async (tx) => {
    const updated = await updateItem(tx, item, { state: to });
    // The decision's time by the application's clock, for the forum's dashboard (approval latency).
    await recordTransition(tx, caller, item, decision, item.state, to, {
      comment,
      decidedAt: ctx.now().toISOString(),
    });
    return updated;
  });
}
