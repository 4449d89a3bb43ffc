import { z } from 'zod';
import { safeFileName } from '../domain/file-type.ts';
import { insertAttachment } from '../store/attachments.ts';
import { type AppContext, audit, type Caller } from './context.ts';
import { loadItem } from './item-access.ts';
import { type AttachmentView, attachmentView } from './list-attachments.ts';
import { parseInput } from './validate.ts';

export const referenceSchema = z.object({ name: z.string().trim().min(1).max(255) });

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
  return ctx.db.transaction(async (tx) => {
    const a = await insertAttachment(tx, {
      orgId: org.id,
      itemId: item.id,
      name: safeFileName(name),
      storageKey: null,
      mediaType: 'application/octet-stream',
      sizeBytes: 0,
      sha256: '',
      extractedText: null,
      extraction: 'none',
      createdByPersonId: caller.actor.kind === 'person' ? caller.actor.personId : null,
    });
    await audit(tx, caller, {
      orgId: org.id,
      action: 'attachment.reference',
      objectType: 'attachment',
      objectId: a.id,
      detail: { itemId: item.id, name: a.name },
    });
    return attachmentView(a);
  });
}
