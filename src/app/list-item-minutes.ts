import { itemMinutesSchema } from '../domain/minutes.ts';
import { listMeetingItemMinutes } from '../store/item-minutes.ts';
import type { AppContext, Caller } from './context.ts';
import { loadMeetingForAgenda } from './meeting-agenda-access.ts';
import type { SavedItemMinutes } from './save-item-minutes.ts';

export interface ItemMinutesRecord extends SavedItemMinutes {
  updatedAt: string;
  updatedByPersonId: string | null;
}

/**
 * The secretariat's working records of a meeting's minutes: every item's minutes as saved so far,
 * with the version to send with the next save and whether they are final. The minute-taking page
 * resumes from them (after a reload, or when another secretary saved first).
 */
export async function listItemMinutes(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  meetingKey: string,
): Promise<ItemMinutesRecord[]> {
  const m = await loadMeetingForAgenda(ctx.db, caller, orgSlug, shortName, meetingKey, 'minutes.write');
  const rows = await listMeetingItemMinutes(ctx.db, m.meeting.id);
  return rows.map((s) => ({
    itemId: s.itemId,
    meetingId: s.meetingId,
    version: s.version,
    minutes: itemMinutesSchema.parse(s.record),
    finalisedAt: s.finalisedAt,
    updatedAt: s.updatedAt,
    updatedByPersonId: s.updatedByPersonId,
  }));
}
