import type { Readable } from 'node:stream';
import { notFound } from '../domain/errors.ts';
import type { Item } from '../domain/item.ts';
import { type Attachment, findAttachment } from '../store/attachments.ts';
import type { DbOrTx } from '../store/db.ts';
import { type AppContext, audit, type Caller } from './context.ts';
import { loadItem } from './item-access.ts';

/** The attachment if it belongs to this item; another item's (or organisation's) is not found. */
export async function findItemAttachment(db: DbOrTx, item: Item, attachmentId: string): Promise<Attachment> {
  const a = await findAttachment(db, item.orgId, attachmentId);
  if (!a || a.itemId !== item.id) throw notFound('Attachment');
  return a;
}

export interface AttachmentContent {
  name: string;
  mediaType: string;
  size: number;
  stream: Readable;
}

/** An attachment's bytes, for anyone who may read the item; reading a closed item's is audited. */
export async function readAttachment(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  itemId: string,
  attachmentId: string,
): Promise<AttachmentContent> {
  const { org, item } = await loadItem(ctx.db, caller, orgSlug, itemId, 'item.read');
  const a = await findItemAttachment(ctx.db, item, attachmentId);
  if (item.closed)
    await audit(ctx.db, caller, {
      orgId: org.id,
      action: 'attachment.read',
      objectType: 'attachment',
      objectId: a.id,
      detail: { itemId: item.id, name: a.name },
    });
  if (!a.storageKey)
    throw notFound('Attachment file (the attachment is a reference to a file kept elsewhere)');
  return { name: a.name, mediaType: a.mediaType, size: a.sizeBytes, stream: ctx.files.read(a.storageKey) };
}
