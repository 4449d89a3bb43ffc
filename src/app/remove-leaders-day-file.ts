import { deleteLeadersDayFile } from '../store/leaders-day-files.ts';
import { type AppContext, audit, type Caller } from './context.ts';
import { loadLeadersDay } from './leaders-day-access.ts';
import { findDayFile } from './leaders-day-files.ts';

/**
 * The organisers remove a material file: the row with its audit row in one transaction, then the
 * file (should that fail, a file without a row is left, which `fora fsck` finds).
 */
export async function removeLeadersDayFile(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  dayId: string,
  fileId: string,
): Promise<void> {
  const { org, forum, day } = await loadLeadersDay(
    ctx.db,
    caller,
    orgSlug,
    shortName,
    dayId,
    'leadersday.manage',
  );
  const removed = await ctx.db.transaction(async (tx) => {
    const f = await findDayFile(tx, day, fileId);
    await deleteLeadersDayFile(tx, day.id, f.id);
    await audit(tx, caller, {
      orgId: org.id,
      action: 'leadersday.file.remove',
      objectType: 'leaders_day_file',
      objectId: f.id,
      detail: { forumId: forum.id, leadersDayId: day.id, title: f.title, name: f.name, sha256: f.sha256 },
    });
    return f;
  });
  await ctx.files.delete(removed.storageKey);
}
