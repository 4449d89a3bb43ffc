import type { AgendaSnapshot, TimePlan } from '../domain/agenda.ts';
import { formatInstant } from '../domain/local-date.ts';
import { latestAgendaVersion } from '../store/agenda.ts';
import { listMeetingItems } from '../store/items.ts';
import { buildSnapshot } from './agenda-snapshot.ts';
import { auditClosedMeetingRead } from './audit-closed-read.ts';
import type { AppContext, Caller } from './context.ts';
import { loadMeetingForAgenda } from './meeting-agenda-access.ts';

export interface LiveAgenda {
  agenda: AgendaSnapshot;
  timePlan: { start: string; end: string; itemId: string; number: number }[];
  plannedMinutes: number;
  meetingMinutes: number;
  warnings: string[];
  publishedVersion: number | null;
  state: string;
}

/** The agenda as the secretariat builds it: items in order, the time plan and its warnings. */
export async function getAgenda(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  key: string,
): Promise<LiveAgenda> {
  const { forum, meeting, charter } = await loadMeetingForAgenda(
    ctx.db,
    caller,
    orgSlug,
    shortName,
    key,
    'agenda.manage',
  );
  const items = await listMeetingItems(ctx.db, meeting.id);
  const { snapshot, plan } = await buildSnapshot(ctx.db, forum, meeting, charter, items);
  await auditClosedMeetingRead(ctx.db, caller, {
    orgId: forum.orgId,
    meetingId: meeting.id,
    action: 'agenda.read_closed',
    items: snapshot.items.filter((i) => i.closed).map((i) => i.itemId),
    detail: { working: true },
  });
  return toLive(
    snapshot,
    plan,
    (await latestAgendaVersion(ctx.db, meeting.id))?.version ?? null,
    meeting.state,
  );
}

export const toLive = (
  snapshot: AgendaSnapshot,
  plan: TimePlan,
  publishedVersion: number | null,
  state: string,
): LiveAgenda => ({
  agenda: snapshot,
  timePlan: plan.slots.map((s) => ({
    itemId: s.itemId,
    number: s.number,
    start: formatInstant(s.start),
    end: formatInstant(s.end),
  })),
  plannedMinutes: plan.plannedMinutes,
  meetingMinutes: plan.meetingMinutes,
  warnings: plan.warnings,
  publishedVersion,
  state,
});
