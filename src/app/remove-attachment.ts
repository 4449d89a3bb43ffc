import { deleteAttachment } from '../store/attachments.ts';
import { type AppContext, audit, type Caller } from './context.ts';
import { loadItem } from './item-access.ts';
import { findItemAttachment } from './read-attachment.ts';

/**
 * Removes an attachment: the row with its audit row in one transaction, then the file. Should the
 * file's deletion fail, what is left is a file without a row (which `fora fsck` finds), never a
 * row without its file.
 */
export async function removeAttachment(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  itemId: string,
  attachmentId: string,
): Promise<void> {
  const { org, item } = await loadItem(ctx.db, caller, orgSlug, itemId, 'attachment.create');
  const removed = await ctx.db.transaction(async (tx) => {
    const a = await findItemAttachment(tx, item, attachmentId);
    await deleteAttachment(tx, org.id, a.id);
    await audit(tx, caller, {
      orgId: org.id,
      action: 'attachment.remove',
      objectType: 'attachment',
      objectId: a.id,
      detail: { itemId: item.id, name: a.name, sha256: a.sha256 },
    });
    return a;
  });
  if (removed.storageKey) await ctx.files.delete(removed.storageKey);
}
