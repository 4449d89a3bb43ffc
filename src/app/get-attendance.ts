import { isActiveOn } from '../domain/organisation.ts';
import { listAttendance } from '../store/attendance.ts';
import { listMemberships } from '../store/forums.ts';
import { findPeopleByIds } from '../store/people.ts';
import type { AppContext, Caller } from './context.ts';
import { loadMeetingForAgenda } from './meeting-agenda-access.ts';

export interface AttendanceView {
  members: {
    personId: string;
    name: string;
    title: string;
    role: string;
    status: 'attending' | 'absent';
    reason: string;
    substitute: string | null;
  }[];
  guests: { personId: string; name: string; title: string; itemIds: string[] }[];
  attending: number;
}

/** Who comes: the forum's members on the day, their absences and substitutes, and the guests. */
export async function getAttendance(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  key: string,
): Promise<AttendanceView> {
  const { org, forum, meeting } = await loadMeetingForAgenda(
    ctx.db,
    caller,
    orgSlug,
    shortName,
    key,
    'attendance.read',
  );
  const date = meeting.start.slice(0, 10);
  const members = (await listMemberships(ctx.db, forum.id)).filter((m) => isActiveOn(m, date));
  const rows = await listAttendance(ctx.db, meeting.id);
  const ids = [
    ...members.map((m) => m.personId),
    ...rows.map((r) => r.personId),
    ...rows.flatMap((r) => (r.substitutePersonId ? [r.substitutePersonId] : [])),
  ];
  const people = new Map((await findPeopleByIds(ctx.db, org.id, [...new Set(ids)])).map((p) => [p.id, p]));
  const absent = new Map(rows.filter((r) => r.kind === 'absent').map((r) => [r.personId, r]));
  const view: AttendanceView = {
    members: members.map((m) => {
      const a = absent.get(m.personId);
      const p = people.get(m.personId);
      return {
        personId: m.personId,
        name: p?.name ?? '',
        title: p?.title ?? '',
        role: m.role,
        status: a ? 'absent' : 'attending',
        reason: a?.reason ?? '',
        substitute: a?.substitutePersonId ? (people.get(a.substitutePersonId)?.name ?? null) : null,
      };
    }),
    guests: rows
      .filter((r) => r.kind === 'guest')
      .map((r) => ({
        personId: r.personId,
        name: people.get(r.personId)?.name ?? '',
        title: people.get(r.personId)?.title ?? '',
        itemIds: r.itemIds,
      })),
    attending: 0,
  };
  view.attending =
    view.members.filter((m) => m.status === 'attending').length +
    view.members.filter((m) => m.substitute).length;
  return view;
}
