/** The agenda as data: what a published version freezes and what the live view shows. */
import { DateTime } from 'luxon';
import type { SnapshotPerson } from '../domain/agenda.ts';
import { type AgendaSnapshot, type TimePlan, timePlan } from '../domain/agenda.ts';
import type { Charter } from '../domain/charter.ts';
import type { Item } from '../domain/item.ts';
import { formatInstant, ZONE } from '../domain/local-date.ts';
import type { StoredMeeting } from '../domain/meeting.ts';
import type { Forum } from '../domain/organisation.ts';
import { isActiveOn } from '../domain/organisation.ts';
import { listAttachments } from '../store/attachments.ts';
import { listAttendance } from '../store/attendance.ts';
import { findCase } from '../store/cases.ts';
import type { DbOrTx } from '../store/db.ts';
import { listMemberships } from '../store/forums.ts';
import { findPeopleByIds } from '../store/people.ts';

const ROLE_ORDER: Record<SnapshotPerson['role'], number> = { chair: 0, member: 1, guest: 2, secretary: 3 };

/** The members on the meeting day (chair first) and the reported absences. */
async function peopleOf(db: DbOrTx, forum: Forum, meeting: StoredMeeting) {
  const date = meeting.start.slice(0, 10);
  const members = (await listMemberships(db, forum.id)).filter((m) => isActiveOn(m, date));
  const attendance = await listAttendance(db, meeting.id);
  const people = new Map(
    (
      await findPeopleByIds(db, forum.orgId, [
        ...members.map((m) => m.personId),
        ...attendance.map((a) => a.personId),
      ])
    ).map((p) => [p.id, p]),
  );
  const absentIds = new Set(attendance.filter((a) => a.kind === 'absent').map((a) => a.personId));
  // The secretary takes the minutes and is not listed among the participants (as in the forums' minutes).
  const participants: SnapshotPerson[] = members
    .filter((m) => !absentIds.has(m.personId) && m.role !== 'secretary')
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role])
    .map((m) => ({
      name: people.get(m.personId)?.name ?? '',
      title: people.get(m.personId)?.title ?? '',
      role: m.role,
    }));
  const absent = attendance
    .filter((a) => a.kind === 'absent')
    .map((a) => ({
      name: people.get(a.personId)?.name ?? '',
      title: people.get(a.personId)?.title ?? '',
      reason: a.reason,
    }));
  return { participants, absent };
}

export async function buildSnapshot(
  db: DbOrTx,
  forum: Forum,
  meeting: StoredMeeting,
  charter: Charter,
  items: readonly Item[],
  options: { minutes?: boolean } = {},
): Promise<{ snapshot: AgendaSnapshot; plan: TimePlan }> {
  const start = DateTime.fromISO(meeting.start, { zone: ZONE });
  const plan = timePlan(
    start,
    DateTime.fromISO(meeting.end, { zone: ZONE }),
    items.map((i) => ({ itemId: i.id, type: i.type, durationMinutes: i.durationMinutes })),
  );
  const snapshotItems: AgendaSnapshot['items'] = [];
  for (const [index, item] of items.entries()) {
    const kase = item.caseId ? await findCase(db, forum.orgId, item.caseId) : undefined;
    const files = await listAttachments(db, item.id);
    snapshotItems.push({
      itemId: item.id,
      number: index + 1,
      title: item.title,
      type: item.type,
      closed: item.closed,
      closedBasis: item.closedBasis,
      caseNumber: kase?.caseNumber ?? null,
      presenters: item.presenters,
      durationMinutes: item.durationMinutes,
      start: formatInstant(plan.slots[index]?.start ?? start),
      sections: charter.template
        .filter((s) => item.sections[s.key] !== undefined)
        .map((s) => ({
          key: s.key,
          heading: s.heading,
          body: item.sections[s.key] as NonNullable<Item['sections'][string]>,
        })),
      recommendations: item.recommendations,
      attachments: files.map((f) => ({ id: f.id, name: f.name, sha256: f.sha256 })),
      standing: item.standingTitle !== null,
      ...(options.minutes && { decision: item.decision }),
    });
  }
  return {
    snapshot: {
      meeting: {
        id: meeting.id,
        forum: forum.shortName,
        forumName: forum.name,
        start: meeting.start,
        end: meeting.end,
        location: meeting.location,
        ...(await peopleOf(db, forum, meeting)),
      },
      template: charter.template.map((s) => ({ key: s.key, heading: s.heading })),
      showClosedTitles: charter.showClosedTitles,
      items: snapshotItems,
    },
    plan,
  };
}
