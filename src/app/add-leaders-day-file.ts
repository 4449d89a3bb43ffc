import { Readable } from 'node:stream';
import { z } from 'zod';
import { invalid } from '../domain/errors.ts';
import { safeFileName } from '../domain/file-type.ts';
import { lockUploadQuota } from '../store/attachments.ts';
import { insertLeadersDayFile } from '../store/leaders-day-files.ts';
import { checkContent, checkQuotas } from './add-attachment.ts';
import { type AppContext, audit, type Caller } from './context.ts';
import { loadLeadersDay } from './leaders-day-access.ts';
import { type LeadersDayFileView, leadersDayFileView } from './leaders-day-files.ts';
import { parseInput } from './validate.ts';

export const addLeadersDayFileSchema = z.object({
  name: z.string({ error: 'expected the file name' }).max(1000),
  /** What the material is called on the day's page; the file name when left out or blank. */
  title: z.string().trim().max(300).optional(),
});

/**
 * The organisers upload a material file to a leaders' day. As an attachment: the body is streamed
 * into file storage with the size limit, typed by its content against the same allow-list (zip
 * bombs refused), counted in the same storage and daily quotas; a refused file is deleted before
 * the answer, and the row is written only after the file is stored.
 */
export async function addLeadersDayFile(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  dayId: string,
  input: { name: unknown; title?: unknown; body: unknown },
): Promise<LeadersDayFileView> {
  const { org, forum, day } = await loadLeadersDay(
    ctx.db,
    caller,
    orgSlug,
    shortName,
    dayId,
    'leadersday.manage',
  );
  const data = parseInput(addLeadersDayFileSchema, { name: input.name, title: input.title });
  const safeName = safeFileName(data.name);
  if (!(input.body instanceof Readable))
    throw invalid(
      'file',
      'expected the file as the request body, with content-type application/octet-stream',
    );
  const personId = caller.actor.kind === 'person' ? caller.actor.personId : null;
  await checkQuotas(ctx, ctx.db, org.id, personId, 0);
  const stored = await ctx.files.put(input.body, ctx.settings.maxUploadBytes);
  try {
    const { name, mediaType } = checkContent(safeName, await ctx.files.readAll(stored.key));
    const title = data.title || name;
    const file = await ctx.db.transaction(async (tx) => {
      await lockUploadQuota(tx, org.id);
      await checkQuotas(ctx, tx, org.id, personId, stored.sizeBytes);
      const f = await insertLeadersDayFile(
        tx,
        {
          orgId: org.id,
          leadersDayId: day.id,
          title,
          name,
          mediaType,
          sizeBytes: stored.sizeBytes,
          sha256: stored.sha256,
          storageKey: stored.key,
          uploadedByPersonId: personId,
        },
        ctx.now(),
      );
      await audit(tx, caller, {
        orgId: org.id,
        action: 'leadersday.file.add',
        objectType: 'leaders_day_file',
        objectId: f.id,
        detail: {
          forumId: forum.id,
          leadersDayId: day.id,
          title,
          name,
          mediaType,
          sizeBytes: f.sizeBytes,
          sha256: f.sha256,
        },
      });
      return f;
    });
    return leadersDayFileView(file);
  } catch (err) {
    await ctx.files.delete(stored.key);
    throw err;
  }
}
