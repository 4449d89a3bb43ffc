import { z } from 'zod';
import { type Attachment, insertAttachment } from '../store/attachments.ts';
import type { DbOrTx } from '../store/db.ts';
import { type AppContext, audit, type Caller } from './context.ts';
import { loadItem } from './item-access.ts';
import { type AttachmentView, attachmentView } from './list-attachments.ts';
import { parseInput } from './validate.ts';

/** A reference is never a file on disk, so its name is kept as printed: only control characters go. */
export const referenceSchema = z.object({
  name: z
    .string()
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
    .transform((s) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').trim())
    .pipe(z.string().min(1, 'must not be empty').max(255)),
});

/**
 * Lists an attachment whose file is kept elsewhere (imported minutes, the case-management system):
 * it appears in the documents' Bilag list and in the packet as a reference, but cannot be downloaded.
 */
export async function addAttachmentReference(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  itemId: string,
  input: unknown,
): Promise<AttachmentView> {
  const { org, item } = await loadItem(ctx.db, caller, orgSlug, itemId, 'item.update');
  const { name } = parseInput(referenceSchema, input);
  return ctx.db.transaction(async (tx) =>
    attachmentView(await insertAttachmentReference(tx, caller, org.id, item.id, name)),
  );
}

/** Inserts the reference and its audit row (`attachment.reference`) in the caller's transaction. */
export async function insertAttachmentReference(
  tx: DbOrTx,
  caller: Caller,
  orgId: string,
  itemId: string,
  name: string,
  detail: Record<string, unknown> = {},
): Promise<Attachment> {
  const a = await insertAttachment(tx, {
    orgId,
    itemId,
    name,
    storageKey: null,
    mediaType: 'application/octet-stream',
    sizeBytes: 0,
    sha256: '',
    extractedText: null,
    extraction: 'none',
    createdByPersonId: caller.actor.kind === 'person' ? caller.actor.personId : null,
  });
  await audit(tx, caller, {
    orgId,
    action: 'attachment.reference',
    objectType: 'attachment',
    objectId: a.id,
    detail: { itemId, name: a.name, ...detail },
  });
  return a;
}
