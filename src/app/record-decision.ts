import { z } from 'zod';
import { conflict } from '../domain/errors.ts';
import type { Item } from '../domain/item.ts';
import { richTextDocSchema } from '../domain/rich-text.ts';
import { updateItem } from '../store/items.ts';
import { type AppContext, audit, type Caller } from './context.ts';
import { loadItem } from './item-access.ts';
import { parseInput } from './validate.ts';

export const decisionSchema = z.object({
  decision: richTextDocSchema,
  version: z.number().int().positive().optional(),
});

/**
 * The secretary writes an item's decision (beslutning) for the minutes. A first, plain form: the
 * meeting issue adds outcomes per recommendation, presence and follow-up.
 */
export async function recordDecision(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  itemId: string,
  input: unknown,
): Promise<Item> {
  const { org, item } = await loadItem(ctx.db, caller, orgSlug, itemId, 'item.update');
  const data = parseInput(decisionSchema, input);
  if (item.state !== 'published') throw conflict('state', 'only items on a published agenda get a decision');
  return ctx.db.transaction(async (tx) => {
    const updated = await updateItem(
      tx,
      { id: item.id, version: data.version ?? item.version },
      { decision: data.decision },
    );
    await audit(tx, caller, {
      orgId: org.id,
      action: 'item.decision',
      objectType: 'item',
      objectId: item.id,
    });
    return updated;
  });
}
