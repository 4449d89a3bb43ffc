/** Lederforum's themes and the leaders' day with its registrations. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { LeadersDay, Registration, RegistrationStatus } from '../domain/leaders-day.ts';
import type { Theme } from '../domain/themes.ts';
import type { DbOrTx } from './db.ts';
import { uniqueViolation } from './errors.ts';
import { forumThemes, leadersDayRegistrations, leadersDays } from './schema.ts';

type ThemeRow = typeof forumThemes.$inferSelect;
const toTheme = (r: ThemeRow): Theme => ({
  ...r,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

export async function insertTheme(
  db: DbOrTx,
  input: Pick<Theme, 'orgId' | 'forumId' | 'title' | 'description' | 'proposerPersonId'>,
): Promise<Theme> {
  const [row] = await db.insert(forumThemes).values(input).returning();
  if (!row) throw new Error('insert returned no row');
  return toTheme(row);
}

export async function findTheme(db: DbOrTx, forumId: string, id: string): Promise<Theme | undefined> {
  const [row] = await db
    .select()
    .from(forumThemes)
    .where(and(eq(forumThemes.forumId, forumId), eq(forumThemes.id, id)));
  return row && toTheme(row);
}

export async function listThemes(db: DbOrTx, forumId: string): Promise<Theme[]> {
  const rows = await db
    .select()
    .from(forumThemes)
    .where(eq(forumThemes.forumId, forumId))
    .orderBy(asc(forumThemes.createdAt), asc(forumThemes.id));
  return rows.map(toTheme);
}

/**
 * Locks the meeting's row and counts its selected themes, so two selections for one meeting at
 * once are serialised (the second sees the first).
 */
export async function lockMeetingThemes(db: DbOrTx, meetingId: string): Promise<number> {
  await db.execute(sql`select id from meetings where id = ${meetingId} for update`);
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(forumThemes)
    .where(and(eq(forumThemes.meetingId, meetingId), eq(forumThemes.status, 'selected')));
  return row?.n ?? 0;
}

export async function updateTheme(
  db: DbOrTx,
  id: string,
  patch: Partial<Pick<Theme, 'status' | 'meetingId' | 'itemId'>>,
): Promise<Theme> {
  const [row] = await db
    .update(forumThemes)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(forumThemes.id, id))
    .returning();
  if (!row) throw new Error('theme vanished');
  return toTheme(row);
}

type DayRow = typeof leadersDays.$inferSelect;
const toDay = (r: DayRow): LeadersDay => ({ ...r, createdAt: r.createdAt.toISOString() });

export async function insertLeadersDay(
  db: DbOrTx,
  input: Omit<LeadersDay, 'id' | 'createdAt' | 'evaluationItemId'>,
): Promise<LeadersDay> {
  try {
    const [row] = await db.insert(leadersDays).values(input).returning();
    if (!row) throw new Error('insert returned no row');
    return toDay(row);
  } catch (err) {
    throw uniqueViolation(err, {
      leaders_days_forum_date_idx: ['date', 'the forum has a leaders day on that date'],
    });
  }
}

export async function findLeadersDay(
  db: DbOrTx,
  forumId: string,
  id: string,
): Promise<LeadersDay | undefined> {
  const [row] = await db
    .select()
    .from(leadersDays)
    .where(and(eq(leadersDays.forumId, forumId), eq(leadersDays.id, id)));
  return row && toDay(row);
}

export async function listLeadersDays(db: DbOrTx, forumId: string): Promise<LeadersDay[]> {
  const rows = await db
    .select()
    .from(leadersDays)
    .where(eq(leadersDays.forumId, forumId))
    .orderBy(asc(leadersDays.date));
  return rows.map(toDay);
}

/** Changes what the organisers may change of a day; undefined if it is not the forum's. */
export async function updateLeadersDay(
  db: DbOrTx,
  forumId: string,
  id: string,
  patch: Partial<Pick<LeadersDay, 'place' | 'seats' | 'registrationDeadline' | 'programme' | 'material'>>,
): Promise<LeadersDay | undefined> {
  const [row] = await db
    .update(leadersDays)
    .set(patch)
    .where(and(eq(leadersDays.forumId, forumId), eq(leadersDays.id, id)))
    .returning();
  return row && toDay(row);
}

/** Leaders' days in [from, to] whose evaluation item is not yet placed, in every organisation. */
export async function listUnevaluatedLeadersDays(
  db: DbOrTx,
  period: { from: string; to: string },
): Promise<LeadersDay[]> {
  const rows = await db
    .select()
    .from(leadersDays)
    .where(
      and(
        sql`${leadersDays.evaluationItemId} is null`,
        sql`${leadersDays.date} between ${period.from} and ${period.to}`,
      ),
    )
    .orderBy(asc(leadersDays.date));
  return rows.map(toDay);
}

/** Sets the evaluation item unless one is set already; false if another run was first. */
export async function setEvaluationItem(db: DbOrTx, dayId: string, itemId: string): Promise<boolean> {
  const rows = await db
    .update(leadersDays)
    .set({ evaluationItemId: itemId })
    .where(and(eq(leadersDays.id, dayId), sql`${leadersDays.evaluationItemId} is null`))
    .returning({ id: leadersDays.id });
  return rows.length > 0;
}

/** Locks the day's row: registrations and cancellations of one day are serialised by it. */
export async function lockLeadersDay(db: DbOrTx, dayId: string): Promise<void> {
  await db.execute(sql`select id from leaders_days where id = ${dayId} for update`);
}

type RegRow = typeof leadersDayRegistrations.$inferSelect;
const toReg = (r: RegRow): Registration => ({
  id: r.id,
  leadersDayId: r.leadersDayId,
  personId: r.personId,
  status: r.status,
  dietaryNeeds: r.dietaryNeeds,
  registeredAt: r.registeredAt.toISOString(),
});

export async function listRegistrations(db: DbOrTx, dayId: string): Promise<Registration[]> {
  const rows = await db
    .select()
    .from(leadersDayRegistrations)
    .where(eq(leadersDayRegistrations.leadersDayId, dayId))
    .orderBy(asc(leadersDayRegistrations.registeredAt), asc(leadersDayRegistrations.id));
  return rows.map(toReg);
}

/**
 * Registers (or re-registers after a cancellation) a person; the time of arrival is the database's
 * clock at the statement, so the waitlist keeps the order in which registrations came in.
 */
export async function upsertRegistration(
  db: DbOrTx,
  input: {
    orgId: string;
    leadersDayId: string;
    personId: string;
    status: RegistrationStatus;
    dietaryNeeds: string;
  },
): Promise<Registration> {
  const [row] = await db
    .insert(leadersDayRegistrations)
    .values({ ...input, registeredAt: sql`clock_timestamp()` })
    .onConflictDoUpdate({
      target: [leadersDayRegistrations.leadersDayId, leadersDayRegistrations.personId],
      set: { status: input.status, dietaryNeeds: input.dietaryNeeds, registeredAt: sql`clock_timestamp()` },
    })
    .returning();
  if (!row) throw new Error('upsert returned no row');
  return toReg(row);
}

export async function setRegistrationStatus(
  db: DbOrTx,
  id: string,
  status: RegistrationStatus,
): Promise<void> {
  await db.update(leadersDayRegistrations).set({ status }).where(eq(leadersDayRegistrations.id, id));
}
