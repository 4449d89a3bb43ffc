import { itemMinutesSchema } from '../domain/minutes.ts';
import { listMeetingItemMinutes } from '../store/item-minutes.ts';
import { listMeetingItems } from '../store/items.ts';
import { auditClosedMeetingRead } from './audit-closed-read.ts';
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
 * resumes from them (after a reload, or when another secretary saved first). Reading those of closed
 * items is audited.
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
  const closed = new Set(
    (await listMeetingItems(ctx.db, m.meeting.id)).filter((i) => i.closed).map((i) => i.id),
  );
  await auditClosedMeetingRead(ctx.db, caller, {
    orgId: m.org.id,
    meetingId: m.meeting.id,
    action: 'minutes.read_closed',
    items: rows.map((r) => r.itemId).filter((id) => closed.has(id)),
    detail: { working: true },
  });
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
