import { invalid } from '../domain/errors.ts';
import { isActiveOn } from '../domain/organisation.ts';
import { type AttendanceRow, deleteAttendance, upsertAttendance } from '../store/attendance.ts';
import { listMemberships } from '../store/forums.ts';
import { findPerson } from '../store/people.ts';
import { absenceSchema } from './attendance-input.ts';
import { type AppContext, audit, authorize, type Caller, resolveForum } from './context.ts';
import { materialiseMeeting } from './meeting-occurrence.ts';
import { parseInput } from './validate.ts';

/** A member reports absence (afbud) from a meeting, with a reason and optionally a substitute. */
export async function reportAbsence(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  key: string,
  input: unknown,
  withdraw = false,
): Promise<AttendanceRow | { withdrawn: boolean }> {
  const { org, forum } = await resolveForum(ctx.db, caller, orgSlug, shortName);
  const raw = (input ?? {}) as { personId?: unknown };
  const self = caller.actor.kind === 'person' ? caller.actor.personId : '';
  const personId = typeof raw.personId === 'string' ? raw.personId : self;
  authorize(
    caller,
    'attendance.report',
    { type: 'person', orgId: org.id, personId, forumId: forum.id },
    'Meeting',
  );
  const data = parseInput(absenceSchema, input ?? {});
  return ctx.db.transaction(async (tx) => {
    const meeting = await materialiseMeeting(tx, forum, key);
    if (withdraw) {
      const removed = await deleteAttendance(tx, meeting.id, personId, 'absent');
      if (removed)
        await audit(tx, caller, {
          orgId: org.id,
          action: 'attendance.absence_withdrawn',
          objectType: 'meeting',
          objectId: meeting.id,
          detail: { personId },
        });
      return { withdrawn: removed };
    }
    const date = meeting.start.slice(0, 10);
    const member = (await listMemberships(tx, forum.id)).some(
      (m) => m.personId === personId && isActiveOn(m, date),
    );
    if (!member) throw invalid('personId', 'is not a member of the forum on the day of the meeting');
    if (data.substitutePersonId && !(await findPerson(tx, org.id, data.substitutePersonId)))
      throw invalid('substitutePersonId', 'no such person in this organisation');
    const row = await upsertAttendance(tx, org.id, {
      meetingId: meeting.id,
      personId,
      kind: 'absent',
      reason: data.reason,
      substitutePersonId: data.substitutePersonId,
      itemIds: [],
    });
    await audit(tx, caller, {
      orgId: org.id,
      action: 'attendance.absent',
      objectType: 'meeting',
      objectId: meeting.id,
      detail: { personId, substitutePersonId: data.substitutePersonId },
    });
    return row;
  });
}
