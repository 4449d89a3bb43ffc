import { invalid } from '../domain/errors.ts';
import { type AttendanceRow, upsertAttendance } from '../store/attendance.ts';
import { listMeetingItems } from '../store/items.ts';
import { findPerson } from '../store/people.ts';
import { guestSchema } from './attendance-input.ts';
import { type AppContext, audit, type Caller } from './context.ts';
import { loadMeetingForAgenda } from './meeting-agenda-access.ts';
import { parseInput } from './validate.ts';

/** The secretary invites a guest for single items of a meeting. */
export async function inviteGuest(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  key: string,
  input: unknown,
): Promise<AttendanceRow> {
  const m = await loadMeetingForAgenda(ctx.db, caller, orgSlug, shortName, key, 'agenda.manage');
  const data = parseInput(guestSchema, input);
  return ctx.db.transaction(async (tx) => {
    if (!(await findPerson(tx, m.org.id, data.personId)))
      throw invalid('personId', 'no such person in this organisation');
    const onAgenda = new Set((await listMeetingItems(tx, m.meeting.id)).map((i) => i.id));
    data.itemIds.forEach((id, i) => {
      if (!onAgenda.has(id)) throw invalid(`itemIds.${i}`, 'is not on the agenda of this meeting');
    });
    const row = await upsertAttendance(tx, m.org.id, {
      meetingId: m.meeting.id,
      personId: data.personId,
      kind: 'guest',
      reason: '',
      substitutePersonId: null,
      itemIds: data.itemIds,
    });
    await audit(tx, caller, {
      orgId: m.org.id,
      action: 'attendance.guest',
      objectType: 'meeting',
      objectId: m.meeting.id,
      detail: data,
    });
    return row;
  });
}
