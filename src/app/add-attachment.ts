import { Readable } from 'node:stream';
import { z } from 'zod';
import { extractText, zipInflationProblem } from '../documents/extract-text.ts';
import { invalid } from '../domain/errors.ts';
import {
  type AllowedMediaType,
  detectMediaType,
  nameForContent,
  safeFileName,
  ZIP_BASED_TYPES,
} from '../domain/file-type.ts';
import { inspectZip, zipBombProblem } from '../domain/zip-inspect.ts';
import { insertAttachment } from '../store/attachments.ts';
import { type AppContext, audit, type Caller } from './context.ts';
import { loadItem } from './item-access.ts';
import { type AttachmentView, attachmentView } from './list-attachments.ts';
import { parseInput } from './validate.ts';

export const addAttachmentSchema = z.object({
  name: z.string({ error: 'expected the file name' }).max(1000),
});

/**
 * What the bytes are, checked against the allow-list and the name; ZIP-based documents are also
 * checked for zip bombs, from their table of contents and by inflating within the declared sizes.
 */
function checkContent(name: string, bytes: Buffer): { name: string; mediaType: AllowedMediaType } {
  if (bytes.length === 0) throw invalid('file', 'is empty');
  const detected = detectMediaType(bytes);
  if (!detected.allowed) throw invalid('file', `content is ${detected.mediaType}, which is not allowed`);
  const fitted = nameForContent(name, detected);
  if (ZIP_BASED_TYPES.includes(fitted.mediaType)) {
    const listing = inspectZip(bytes);
    const problem = zipBombProblem(listing) ?? zipInflationProblem(bytes, listing.entries);
    if (problem) throw invalid('file', `refused as a possible zip bomb: ${problem}`);
  }
  return fitted;
}

/**
 * Attaches a file (bilag) to an item. The body is streamed into file storage under a generated
 * key with its SHA-256 and the size limit, then typed by its content; a refused file is deleted
 * before the answer, so nothing is left on disk or in the database. The row is written only after
 * the file is durably stored, so a crash never leaves a row without its file (at worst a file
 * without a row, which `fora fsck` finds).
 */
export async function addAttachment(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  itemId: string,
  input: { name: unknown; body: unknown },
): Promise<AttachmentView> {
  const { org, item } = await loadItem(ctx.db, caller, orgSlug, itemId, 'attachment.create');
  const data = parseInput(addAttachmentSchema, { name: input.name });
  const safeName = safeFileName(data.name);
  if (!(input.body instanceof Readable))
    throw invalid(
      'file',
      'expected the file as the request body, with content-type application/octet-stream',
    );
  const stored = await ctx.files.put(input.body, ctx.settings.maxUploadBytes);
  try {
    const bytes = await ctx.files.readAll(stored.key);
    const { name, mediaType } = checkContent(safeName, bytes);
    const extraction = await extractText(bytes, mediaType);
    const attachment = await ctx.db.transaction(async (tx) => {
      const a = await insertAttachment(tx, {
        orgId: org.id,
        itemId: item.id,
        name,
        storageKey: stored.key,
        mediaType,
        sizeBytes: stored.sizeBytes,
        sha256: stored.sha256,
        extractedText: extraction.text,
        extraction: extraction.status,
        createdByPersonId: caller.actor.kind === 'person' ? caller.actor.personId : null,
      });
      await audit(tx, caller, {
        orgId: org.id,
        action: 'attachment.add',
        objectType: 'attachment',
        objectId: a.id,
        detail: { itemId: item.id, name, mediaType, sizeBytes: a.sizeBytes, sha256: a.sha256 },
      });
      return a;
    });
    return attachmentView(attachment);
  } catch (err) {
    await ctx.files.delete(stored.key);
    throw err;
  }
}
