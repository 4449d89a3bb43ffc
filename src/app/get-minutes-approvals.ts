import { latestAgendaVersion } from '../store/agenda.ts';
import { listMinutesApprovals } from '../store/minutes-approvals.ts';
import { findPeopleByIds } from '../store/people.ts';
import type { AppContext, Caller } from './context.ts';
import { loadMeetingForAgenda } from './meeting-agenda-access.ts';
import { approvingMemberIds } from './minutes-release.ts';

export interface MinutesApprovals {
  meetingId: string;
  state: string;
  /** The latest published version, whose approval this is; null before publication. */
  version: number | null;
  /** Approved by a meeting through its standing item. */
  byMeeting: { atMeetingId: string | null; approvedAt: string } | null;
  /** Each member who approves digitally, with the time of approval or null. */
  members: { personId: string; name: string; approvedAt: string | null }[];
}

/** Who has approved the published minutes, and whether a meeting has. */
export async function getMinutesApprovals(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  key: string,
): Promise<MinutesApprovals> {
  const m = await loadMeetingForAgenda(ctx.db, caller, orgSlug, shortName, key, 'minutes.review');
  const version = await latestAgendaVersion(ctx.db, m.meeting.id, 'minutes');
  const approvals = version ? await listMinutesApprovals(ctx.db, m.meeting.id, version.version) : [];
  const ids = await approvingMemberIds(ctx.db, m);
  const people = new Map((await findPeopleByIds(ctx.db, m.org.id, ids)).map((p) => [p.id, p]));
  const byPerson = new Map(approvals.filter((a) => a.via === 'member').map((a) => [a.personId, a]));
  const meeting = approvals.find((a) => a.via === 'meeting');
  return {
    meetingId: m.meeting.id,
    state: m.meeting.state,
    version: version?.version ?? null,
    byMeeting: meeting ? { atMeetingId: meeting.atMeetingId, approvedAt: meeting.approvedAt } : null,
    members: ids.map((id) => ({
      personId: id,
      name: people.get(id)?.name ?? '',
      approvedAt: byPerson.get(id)?.approvedAt ?? null,
    })),
  };
}
