import type { Item } from '../domain/item.ts';
import { findForum } from '../store/forums.ts';
import { updateItem as updateRow } from '../store/items.ts';
import { type AppContext, audit, type Caller } from './context.ts';
import { checkItemReferences } from './create-item.ts';
import { loadItem } from './item-access.ts';
import { checkCitations } from './item-citations.ts';
import { updateItemSchema } from './item-input.ts';
import { materialiseMeeting } from './meeting-occurrence.ts';
import { parseInput } from './validate.ts';

/** Edits an item's content (the submitter while it is a draft or returned; the secretariat later). */
export async function updateItem(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  itemId: string,
  input: unknown,
): Promise<Item> {
  const { org, item } = await loadItem(ctx.db, caller, orgSlug, itemId, 'item.update');
  const { version, meeting, ...patch } = parseInput(updateItemSchema, input);
  return ctx.db.transaction(async (tx) => {
    await checkItemReferences(tx, org.id, patch);
    await checkCitations(tx, caller.actor, org.id, item.forumId, patch.citedItemIds, item.citedItemIds);
    let wishedMeetingId: string | null | undefined;
    if (meeting !== undefined) {
      const forum = await findForum(tx, org.id, item.forumId);
      wishedMeetingId = meeting && forum ? (await materialiseMeeting(tx, forum, meeting)).id : null;
    }
    const updated = await updateRow(
      tx,
      { id: item.id, version },
      { ...patch, ...(wishedMeetingId !== undefined && { wishedMeetingId }) },
    );
    await audit(tx, caller, {
      orgId: org.id,
      action: 'item.update',
      objectType: 'item',
      objectId: item.id,
      detail: { fields: Object.keys(patch), version: updated.version },
    });
    return updated;
  });
}
