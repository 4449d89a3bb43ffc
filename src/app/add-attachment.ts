import { Readable } from 'node:stream';
import { z } from 'zod';
import { extractText, zipInflationProblem } from '../documents/extract-text.ts';
import { ForaError, invalid } from '../domain/errors.ts';
import {
  type AllowedMediaType,
  detectMediaType,
  nameForContent,
  safeFileName,
  ZIP_BASED_TYPES,
} from '../domain/file-type.ts';
import { QUOTA_PROBLEMS } from '../domain/upload-quota.ts';
import { inspectZip, zipBombProblem } from '../domain/zip-inspect.ts';
import {
  insertAttachment,
  lockUploadQuota,
  orgStorageUsed,
  personUploadedSince,
} from '../store/attachments.ts';
import type { DbOrTx } from '../store/db.ts';
import { orgLeadersDayFilesBytes, personLeadersDayFilesSince } from '../store/leaders-day-files.ts';
import {
  type AppContext,
  audit,
  type Caller,
  DEFAULT_ORG_STORAGE_QUOTA_BYTES,
  DEFAULT_PERSON_DAILY_UPLOAD_BYTES,
} from './context.ts';
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
export function checkContent(name: string, bytes: Buffer): { name: string; mediaType: AllowedMediaType } {
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

const MB = 1024 * 1024;
const mb = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10} MB`;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Refuses an upload of `adding` bytes that would take the organisation's stored files (attachments
 * and leaders' day material) past its storage quota, or the person's uploads of the last 24 hours
 * past their daily quota (a quota of 0 is none). With `adding` 0 it refuses only when a quota is
 * used up already.
 */
export async function checkQuotas(
  ctx: AppContext,
  db: DbOrTx,
  orgId: string,
  personId: string | null,
  adding: number,
): Promise<void> {
  const orgQuota = ctx.settings.orgStorageQuotaBytes ?? DEFAULT_ORG_STORAGE_QUOTA_BYTES;
  if (orgQuota > 0) {
    const used = (await orgStorageUsed(db, orgId)) + (await orgLeadersDayFilesBytes(db, orgId));
    if (used + adding > orgQuota || used >= orgQuota)
      throw new ForaError('quota_exceeded', "The organisation's storage quota is used up", [
        {
          path: 'file',
          problem: `${QUOTA_PROBLEMS.org} of ${mb(orgQuota)} (${mb(used)} used)`,
        },
      ]);
  }
  const dailyQuota = ctx.settings.personDailyUploadBytes ?? DEFAULT_PERSON_DAILY_UPLOAD_BYTES;
  if (personId && dailyQuota > 0) {
    const since = new Date(ctx.now().getTime() - DAY_MS);
    const used =
      (await personUploadedSince(db, personId, since)) +
      (await personLeadersDayFilesSince(db, personId, since));
    if (used + adding > dailyQuota || used >= dailyQuota)
      throw new ForaError('quota_exceeded', 'Your upload quota for the last 24 hours is used up', [
        {
          path: 'file',
          problem: `${QUOTA_PROBLEMS.daily} of ${mb(dailyQuota)} per person (${mb(used)} uploaded in the last 24 hours)`,
        },
      ]);
  }
}

/**
 * Attaches a file (bilag) to an item. The body is streamed into file storage under a generated
 * key with its SHA-256 and the size limit, then typed by its content; a refused file is deleted
 * before the answer, so nothing is left on disk or in the database; so is one beyond the
 * organisation's storage quota or the person's daily upload quota. The row is written only after
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
  const personId = caller.actor.kind === 'person' ? caller.actor.personId : null;
  // A quota used up already refuses before a byte is stored; otherwise the stored size is checked below.
  await checkQuotas(ctx, ctx.db, org.id, personId, 0);
  const stored = await ctx.files.put(input.body, ctx.settings.maxUploadBytes);
  try {
    const bytes = await ctx.files.readAll(stored.key);
    const { name, mediaType } = checkContent(safeName, bytes);
    const extraction = await extractText(bytes, mediaType);
    const attachment = await ctx.db.transaction(async (tx) => {
      await lockUploadQuota(tx, org.id);
      await checkQuotas(ctx, tx, org.id, personId, stored.sizeBytes);
      const a = await insertAttachment(
        tx,
        {
          orgId: org.id,
          itemId: item.id,
          name,
          storageKey: stored.key,
          mediaType,
          sizeBytes: stored.sizeBytes,
          sha256: stored.sha256,
          extractedText: extraction.text,
          extraction: extraction.status,
          createdByPersonId: personId,
        },
        ctx.now(),
      );
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
