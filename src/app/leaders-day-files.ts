/**
 * Uploaded material of a leaders' day: who sees it (the same rule as the programme) and how a file
 * is shown. The use cases are add-, read- and remove-leaders-day-file.ts.
 */
import { notFound } from '../domain/errors.ts';
import { isReleased, type LeadersDay } from '../domain/leaders-day.ts';
import type { DbOrTx } from '../store/db.ts';
import { findLeadersDayFile, type LeadersDayFile } from '../store/leaders-day-files.ts';
import { listRegistrations } from '../store/leadership.ts';
import type { Caller } from './context.ts';
import { type AppContext, today } from './context.ts';

export interface LeadersDayFileView {
  id: string;
  title: string;
  /** The download's file name. */
  name: string;
  mediaType: string;
  sizeBytes: number;
  uploadedAt: string;
}

export const leadersDayFileView = (f: LeadersDayFile): LeadersDayFileView => ({
  id: f.id,
  title: f.title,
  name: f.name,
  mediaType: f.mediaType,
  sizeBytes: f.sizeBytes,
  uploadedAt: f.uploadedAt,
});

/**
 * Programme and material (links and files) are the organisers' always, and from the release date
 * (14 days before) also of those registered with a seat; nobody else's.
 */
export const materialVisible = (organiser: boolean, released: boolean, registered: boolean): boolean =>
  organiser || (released && registered);

/** Whether the caller may see the day's programme and material now. */
export async function mayReadMaterial(
  ctx: AppContext,
  caller: Caller,
  day: LeadersDay,
  organiser: boolean,
): Promise<boolean> {
  if (organiser) return true;
  const me = caller.actor.kind === 'person' ? caller.actor.personId : null;
  if (!me || !isReleased(day, today(ctx))) return false;
  const mine = (await listRegistrations(ctx.db, day.id)).find((r) => r.personId === me);
  return materialVisible(organiser, true, mine?.status === 'registered');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The file if it is this day's; another day's (or none) is not found. */
export async function findDayFile(db: DbOrTx, day: LeadersDay, fileId: string): Promise<LeadersDayFile> {
  const f = UUID.test(fileId) ? await findLeadersDayFile(db, day.id, fileId) : undefined;
  if (!f) throw notFound('Material file');
  return f;
}
