import { notFound } from '../domain/errors.ts';
import type { AppContext, Caller } from './context.ts';
import { loadLeadersDay } from './leaders-day-access.ts';
import { findDayFile, mayReadMaterial } from './leaders-day-files.ts';
import type { AttachmentContent } from './read-attachment.ts';

/**
 * A material file's bytes: for the organisers always, for those registered with a seat from the
 * release date; to anyone else it does not exist (404), as the programme is not shown to them.
 * Not audited: the material is not closed (as an open item's attachment, whose reads are not).
 */
export async function readLeadersDayFile(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  dayId: string,
  fileId: string,
): Promise<AttachmentContent> {
  const { day, organiser } = await loadLeadersDay(
    ctx.db,
    caller,
    orgSlug,
    shortName,
    dayId,
    'leadersday.read',
  );
  if (!(await mayReadMaterial(ctx, caller, day, organiser))) throw notFound('Material file');
  const f = await findDayFile(ctx.db, day, fileId);
  return { name: f.name, mediaType: f.mediaType, size: f.sizeBytes, stream: ctx.files.read(f.storageKey) };
}
