import type { CommunicationLine } from '../domain/agenda.ts';
import { notFound } from '../domain/errors.ts';
import { can, canReadClosed } from '../domain/policy.ts';
import { latestAgendaVersion } from '../store/agenda.ts';
import { auditClosedMeetingRead } from './audit-closed-read.ts';
import { type AppContext, type Caller, forumResource } from './context.ts';
import { loadMeetingForAgenda } from './meeting-agenda-access.ts';
import { buildMinutesSnapshot } from './minutes-snapshot.ts';

export interface MinutesCommunication {
  meetingId: string;
  /** 'published': from the latest published minutes; 'draft': as written so far (members only). */
  source: 'published' | 'draft';
  version: number | null;
  lines: CommunicationLine[];
}

/**
 * "Hvad skal kommunikeres ud": what the departments are told after the meeting, collected from the
 * items the minutes marked for it. Once the minutes are published, everyone in the organisation
 * reads the published summary (lines of closed items only the forum's members); before that, only
 * the members read the draft.
 */
export async function getMinutesCommunication(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  key: string,
): Promise<MinutesCommunication> {
  const m = await loadMeetingForAgenda(ctx.db, caller, orgSlug, shortName, key, 'agenda.read');
  const members = canReadClosed(caller.actor, m.forum.id);
  const published = await latestAgendaVersion(ctx.db, m.meeting.id, 'minutes');
  if (published) {
    const lines = published.content.communication ?? [];
    if (members)
      await auditClosedMeetingRead(ctx.db, caller, {
        orgId: m.org.id,
        meetingId: m.meeting.id,
        action: 'minutes.read_closed',
        items: lines.filter((l) => l.closed).map((l) => l.itemId),
        detail: { communication: true, version: published.version },
      });
    return {
      meetingId: m.meeting.id,
      source: 'published',
      version: published.version,
      lines: members ? lines : lines.filter((l) => !l.closed),
    };
  }
  if (!can(caller.actor, 'minutes.review', forumResource(m.forum))) throw notFound('Minutes');
  const draft = await buildMinutesSnapshot(ctx.db, m.forum, m.meeting, m.charter);
  await auditClosedMeetingRead(ctx.db, caller, {
    orgId: m.org.id,
    meetingId: m.meeting.id,
    action: 'minutes.read_closed',
    items: (draft.communication ?? []).filter((l) => l.closed).map((l) => l.itemId),
    detail: { communication: true, draft: true },
  });
  return { meetingId: m.meeting.id, source: 'draft', version: null, lines: draft.communication ?? [] };
}
