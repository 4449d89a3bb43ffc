import type { AttachmentSummary } from '../store/attachments.ts';
import { listAttachments as storeListAttachments } from '../store/attachments.ts';
import { auditClosedItemRead } from './audit-closed-read.ts';
import type { AppContext, Caller } from './context.ts';
import { loadItem } from './item-access.ts';

/** What the API shows of an attachment: never the storage key. */
export interface AttachmentView {
  id: string;
  name: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  extraction: 'ok' | 'none' | 'failed';
  position: number;
  createdAt: string;
}

export const attachmentView = (a: AttachmentSummary): AttachmentView => ({
  id: a.id,
  name: a.name,
  mediaType: a.mediaType,
  sizeBytes: a.sizeBytes,
  sha256: a.sha256,
  extraction: a.extraction,
  position: a.position,
  createdAt: a.createdAt,
});

/** An item's attachments, in order, for anyone who may read the item (audited for a closed item). */
export async function listAttachments(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  itemId: string,
): Promise<AttachmentView[]> {
  const { item } = await loadItem(ctx.db, caller, orgSlug, itemId, 'item.read');
  const list = (await storeListAttachments(ctx.db, item.id)).map(attachmentView);
  await auditClosedItemRead(ctx.db, caller, item, 'attachments');
  return list;
}
