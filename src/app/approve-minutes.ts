import { conflict, invalid } from '../domain/errors.ts';
import type { Item } from '../domain/item.ts';
import type { ItemMinutes } from '../domain/minutes.ts';
import type { Forum } from '../domain/organisation.ts';
import { latestAgendaVersion } from '../store/agenda.ts';
import type { DbOrTx } from '../store/db.ts';
import { findMeeting, updateMeeting } from '../store/meetings.ts';
import { insertMinutesApproval, listMinutesApprovals } from '../store/minutes-approvals.ts';
import { type AppContext, audit, type Caller } from './context.ts';
import { loadMeetingForAgenda } from './meeting-agenda-access.ts';
import { approvingMemberIds } from './minutes-release.ts';

export interface MinutesApprovalResult {
  meetingId: string;
  version: number;
  approvedAt: string;
  /** True when this approval completed the minutes' approval. */
  minutesApproved: boolean;
}

/**
 * A member approves the published minutes digitally: a timestamped approval of the latest version.
 * When every member who was at the meeting (chair and members, less those with afbud) has approved
 * it, the minutes are approved. A correction publishes a new version, which is approved anew.
 */
export async function approveMinutes(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  key: string,
): Promise<MinutesApprovalResult> {
  const m = await loadMeetingForAgenda(ctx.db, caller, orgSlug, shortName, key, 'minutes.approve');
  if (caller.actor.kind !== 'person') throw invalid('actor', 'only a member approves minutes');
  const personId = caller.actor.personId;
  if (m.meeting.state === 'minutes_approved') throw conflict('minutes', 'the minutes are already approved');
  if (m.meeting.state !== 'minutes_published')
    throw conflict('minutes', `the meeting is ${m.meeting.state}; only published minutes are approved`);
  return ctx.db.transaction(async (tx) => {
    const version = await latestAgendaVersion(tx, m.meeting.id, 'minutes');
    if (!version) throw conflict('minutes', 'no minutes have been published');
    const approvers = await approvingMemberIds(tx, m);
    if (!approvers.includes(personId))
      throw conflict('minutes', 'only members who were at the meeting approve its minutes');
    const approval = await insertMinutesApproval(tx, m.org.id, {
      meetingId: m.meeting.id,
      version: version.version,
      via: 'member',
      personId,
      atMeetingId: null,
      approvedAt: ctx.now(),
    });
    const approved = new Set(
      (await listMinutesApprovals(tx, m.meeting.id, version.version)).map((a) => a.personId),
    );
    const complete = approvers.every((id) => approved.has(id));
    if (complete) await updateMeeting(tx, m.forum.id, m.meeting.id, { state: 'minutes_approved' });
    await audit(tx, caller, {
      orgId: m.org.id,
      action: 'minutes.approve',
      objectType: 'meeting',
      objectId: m.meeting.id,
      detail: { version: version.version, via: 'member', complete },
    });
    return {
      meetingId: m.meeting.id,
      version: version.version,
      approvedAt: approval.approvedAt,
      minutesApproved: complete,
    };
  });
}

/** The recommendation of the approval item that approves the previous minutes ("at referat ..."). */
const minutesRecommendation = (item: Item): number => {
  const i = item.recommendations.findIndex((r) => /referat/i.test(r));
  return i === -1 ? item.recommendations.length - 1 : i;
};

/**
 * The meeting approved the previous meeting's minutes through its standing item "Godkendelse af
 * dagsorden og referat": called when that item's minutes are finalised. Records the approval of
 * the latest published version when the minutes recommendation was approved (with or without
 * changes); returns the approved meeting's id, or null when there was nothing to approve.
 */
export async function approveMinutesAtMeeting(
  tx: DbOrTx,
  ctx: AppContext,
  caller: Caller,
  forum: Forum,
  item: Item,
  minutes: Pick<ItemMinutes, 'outcomes'>,
  atMeetingId: string,
): Promise<string | null> {
  if (!item.previousMeetingId || !item.standingTitle) return null;
  const outcome = minutes.outcomes[Math.max(0, minutesRecommendation(item))];
  if (!outcome || (outcome.kind !== 'approved' && outcome.kind !== 'approved_with_changes')) return null;
  const previous = await findMeeting(tx, forum.id, item.previousMeetingId);
  if (previous?.state !== 'minutes_published') return null;
  const version = await latestAgendaVersion(tx, previous.id, 'minutes');
  if (!version) return null;
  await insertMinutesApproval(tx, forum.orgId, {
    meetingId: previous.id,
    version: version.version,
    via: 'meeting',
    personId: caller.actor.kind === 'person' ? caller.actor.personId : null,
    atMeetingId,
    approvedAt: ctx.now(),
  });
  await updateMeeting(tx, forum.id, previous.id, { state: 'minutes_approved' });
  await audit(tx, caller, {
    orgId: forum.orgId,
    action: 'minutes.approve',
    objectType: 'meeting',
    objectId: previous.id,
    detail: { version: version.version, via: 'meeting', atMeetingId, itemId: item.id },
  });
  return previous.id;
}
