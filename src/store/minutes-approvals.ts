/** Approvals of published minutes versions: by members digitally, or by the next meeting. */
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';
import { uniqueViolation } from './errors.ts';
import { minutesApprovals } from './schema.ts';

export interface MinutesApproval {
  id: string;
  meetingId: string;
  version: number;
  via: 'member' | 'meeting';
  /** The approving member ('member'), or who recorded the meeting's approval ('meeting'). */
  personId: string | null;
  /** For 'meeting': the meeting whose standing item approved the minutes. */
  atMeetingId: string | null;
  approvedAt: string;
}

type Row = typeof minutesApprovals.$inferSelect;
const toApproval = (r: Row): MinutesApproval => ({
  id: r.id,
  meetingId: r.meetingId,
  version: r.version,
  via: r.via,
  personId: r.personId,
  atMeetingId: r.atMeetingId,
  approvedAt: r.approvedAt.toISOString(),
});

export async function insertMinutesApproval(
  db: DbOrTx,
  orgId: string,
  input: Omit<MinutesApproval, 'id' | 'approvedAt'> & { approvedAt: Date },
): Promise<MinutesApproval> {
  try {
    const [row] = await db
      .insert(minutesApprovals)
      .values({ orgId, ...input })
      .returning();
    if (!row) throw new Error('insert returned no row');
    return toApproval(row);
  } catch (err) {
    throw uniqueViolation(err, {
      minutes_approvals_member: ['minutes', 'you have already approved this version of the minutes'],
      minutes_approvals_meeting: ['minutes', 'a meeting has already approved this version of the minutes'],
    });
  }
}

export async function listMinutesApprovals(
  db: DbOrTx,
  meetingId: string,
  version: number,
): Promise<MinutesApproval[]> {
  const rows = await db
    .select()
    .from(minutesApprovals)
    .where(and(eq(minutesApprovals.meetingId, meetingId), eq(minutesApprovals.version, version)))
    .orderBy(asc(minutesApprovals.approvedAt));
  return rows.map(toApproval);
}
