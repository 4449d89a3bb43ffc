import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';
import { attendance } from './schema.ts';

export interface AttendanceRow {
  id: string;
  meetingId: string;
  personId: string;
  kind: 'absent' | 'guest';
  reason: string;
  substitutePersonId: string | null;
  itemIds: string[];
}

const columns = {
  id: attendance.id,
  meetingId: attendance.meetingId,
  personId: attendance.personId,
  kind: attendance.kind,
  reason: attendance.reason,
  substitutePersonId: attendance.substitutePersonId,
  itemIds: attendance.itemIds,
};

/** Records absence or a guest invitation; a second report for the same person replaces the first. */
export async function upsertAttendance(
  db: DbOrTx,
  orgId: string,
  row: Omit<AttendanceRow, 'id'>,
): Promise<AttendanceRow> {
  const [saved] = await db
    .insert(attendance)
    .values({ ...row, orgId })
    .onConflictDoUpdate({
      target: [attendance.meetingId, attendance.personId, attendance.kind],
      set: { reason: row.reason, substitutePersonId: row.substitutePersonId, itemIds: row.itemIds },
    })
    .returning(columns);
  if (!saved) throw new Error('upsert returned no row');
  return saved;
}

export async function deleteAttendance(
  db: DbOrTx,
  meetingId: string,
  personId: string,
  kind: 'absent' | 'guest',
): Promise<boolean> {
  const rows = await db
    .delete(attendance)
    .where(
      and(eq(attendance.meetingId, meetingId), eq(attendance.personId, personId), eq(attendance.kind, kind)),
    )
    .returning({ id: attendance.id });
  return rows.length > 0;
}

export async function listAttendance(db: DbOrTx, meetingId: string): Promise<AttendanceRow[]> {
  return db.select(columns).from(attendance).where(eq(attendance.meetingId, meetingId));
}
