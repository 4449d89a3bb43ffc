/** Queries of the annual wheel and the theme plan. Every query filters on the organisation or forum. */
import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { WheelEntry, WheelEntryInput } from '../domain/annual-wheel.ts';
import type { ThemeAssignment, ThemeStatus } from '../domain/theme-plan.ts';
import type { DbOrTx } from './db.ts';
import { meetings, themeAssignments, wheelEntries, wheelPlaceholders } from './schema.ts';

type EntryRow = typeof wheelEntries.$inferSelect;
const toEntry = (r: EntryRow): WheelEntry => ({
  id: r.id,
  orgId: r.orgId,
  forumId: r.forumId,
  title: r.title,
  description: r.description,
  when: r.when,
  responsiblePersonId: r.responsiblePersonId,
  leadWeeks: r.leadWeeks,
  itemType: r.itemType,
  active: r.active,
  createdAt: r.createdAt.toISOString(),
});

export async function insertWheelEntry(
  db: DbOrTx,
  orgId: string,
  forumId: string,
  input: WheelEntryInput,
): Promise<WheelEntry> {
  const [row] = await db
    .insert(wheelEntries)
    .values({ ...input, orgId, forumId })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return toEntry(row);
}

export async function updateWheelEntry(
  db: DbOrTx,
  forumId: string,
  id: string,
  patch: Partial<WheelEntryInput>,
): Promise<WheelEntry | undefined> {
  const [row] = await db
    .update(wheelEntries)
    .set(patch)
    .where(and(eq(wheelEntries.forumId, forumId), eq(wheelEntries.id, id)))
    .returning();
  return row && toEntry(row);
}

export async function deleteWheelEntry(db: DbOrTx, forumId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(wheelEntries)
    .where(and(eq(wheelEntries.forumId, forumId), eq(wheelEntries.id, id)))
    .returning({ id: wheelEntries.id });
  return rows.length > 0;
}

export async function findWheelEntry(
  db: DbOrTx,
  forumId: string,
  id: string,
): Promise<WheelEntry | undefined> {
  const [row] = await db
    .select()
    .from(wheelEntries)
    .where(and(eq(wheelEntries.forumId, forumId), eq(wheelEntries.id, id)));
  return row && toEntry(row);
}

export async function listWheelEntries(db: DbOrTx, forumId: string): Promise<WheelEntry[]> {
  const rows = await db
    .select()
    .from(wheelEntries)
    .where(eq(wheelEntries.forumId, forumId))
    .orderBy(asc(wheelEntries.createdAt), asc(wheelEntries.id));
  return rows.map(toEntry);
}

/** Every active entry of the organisation (the placeholder job walks them). */
export async function listActiveWheelEntries(db: DbOrTx, orgId: string): Promise<WheelEntry[]> {
  const rows = await db
    .select()
    .from(wheelEntries)
    .where(and(eq(wheelEntries.orgId, orgId), eq(wheelEntries.active, true)))
    .orderBy(asc(wheelEntries.createdAt), asc(wheelEntries.id));
  return rows.map(toEntry);
}

export interface WheelPlaceholder {
  entryId: string;
  year: number;
  meetingId: string;
  itemId: string;
}

export async function findWheelPlaceholder(
  db: DbOrTx,
  entryId: string,
  year: number,
): Promise<WheelPlaceholder | undefined> {
  const [row] = await db
    .select()
    .from(wheelPlaceholders)
    .where(and(eq(wheelPlaceholders.entryId, entryId), eq(wheelPlaceholders.year, year)));
  return row && { entryId: row.entryId, year: row.year, meetingId: row.meetingId, itemId: row.itemId };
}

/** Every placeholder made for an entry, by year (a removed entry's audit row names them). */
export async function listWheelPlaceholders(db: DbOrTx, entryId: string): Promise<WheelPlaceholder[]> {
  const rows = await db
    .select()
    .from(wheelPlaceholders)
    .where(eq(wheelPlaceholders.entryId, entryId))
    .orderBy(asc(wheelPlaceholders.year));
  return rows.map((r) => ({ entryId: r.entryId, year: r.year, meetingId: r.meetingId, itemId: r.itemId }));
}

/** Records the placeholder; false if the entry already has one for the year (a concurrent run). */
export async function insertWheelPlaceholder(
  db: DbOrTx,
  orgId: string,
  p: WheelPlaceholder,
): Promise<boolean> {
  const rows = await db
    .insert(wheelPlaceholders)
    .values({ ...p, orgId })
    .onConflictDoNothing()
    .returning({ id: wheelPlaceholders.id });
  return rows.length > 0;
}

type AssignmentRow = typeof themeAssignments.$inferSelect & { meetingStart: Date };
const toAssignment = (r: AssignmentRow): ThemeAssignment => ({
  id: r.id,
  orgId: r.orgId,
  forumId: r.forumId,
  meetingId: r.meetingId,
  meetingStart: r.meetingStart.toISOString(),
  theme: r.theme,
  presenterPersonId: r.presenterPersonId,
  status: r.status,
  note: r.note,
});

const assignmentColumns = {
  id: themeAssignments.id,
  orgId: themeAssignments.orgId,
  forumId: themeAssignments.forumId,
  meetingId: themeAssignments.meetingId,
  theme: themeAssignments.theme,
  presenterPersonId: themeAssignments.presenterPersonId,
  status: themeAssignments.status,
  note: themeAssignments.note,
  createdAt: themeAssignments.createdAt,
  meetingStart: meetings.startsAt,
};

export async function insertThemeAssignment(
  db: DbOrTx,
  a: {
    orgId: string;
    forumId: string;
    meetingId: string;
    theme: string;
    presenterPersonId: string;
    status: ThemeStatus;
    note: string;
  },
): Promise<string> {
  const [row] = await db.insert(themeAssignments).values(a).returning({ id: themeAssignments.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function updateThemeAssignment(
  db: DbOrTx,
  forumId: string,
  id: string,
  patch: Partial<Pick<ThemeAssignment, 'theme' | 'presenterPersonId' | 'status' | 'note'>>,
): Promise<boolean> {
  const rows = await db
    .update(themeAssignments)
    .set(patch)
    .where(and(eq(themeAssignments.forumId, forumId), eq(themeAssignments.id, id)))
    .returning({ id: themeAssignments.id });
  return rows.length > 0;
}

export async function findThemeAssignment(
  db: DbOrTx,
  forumId: string,
  id: string,
): Promise<ThemeAssignment | undefined> {
  const [row] = await db
    .select(assignmentColumns)
    .from(themeAssignments)
    .innerJoin(meetings, eq(meetings.id, themeAssignments.meetingId))
    .where(and(eq(themeAssignments.forumId, forumId), eq(themeAssignments.id, id)));
  return row && toAssignment(row);
}

/** A forum's theme plan, by meeting start. */
export async function listThemeAssignments(
  db: DbOrTx,
  forumIds: readonly string[],
): Promise<ThemeAssignment[]> {
  if (forumIds.length === 0) return [];
  const rows = await db
    .select(assignmentColumns)
    .from(themeAssignments)
    .innerJoin(meetings, eq(meetings.id, themeAssignments.meetingId))
    .where(inArray(themeAssignments.forumId, [...forumIds]))
    .orderBy(asc(meetings.startsAt), asc(themeAssignments.createdAt));
  return rows.map(toAssignment);
}

/** Assignments of meetings starting in [from, to), in every forum of the organisation. */
export async function listUpcomingThemeAssignments(
  db: DbOrTx,
  orgId: string,
  from: Date,
  to: Date,
): Promise<ThemeAssignment[]> {
  const rows = await db
    .select(assignmentColumns)
    .from(themeAssignments)
    .innerJoin(meetings, eq(meetings.id, themeAssignments.meetingId))
    .where(and(eq(themeAssignments.orgId, orgId), gte(meetings.startsAt, from), lt(meetings.startsAt, to)))
    .orderBy(asc(meetings.startsAt));
  return rows.map(toAssignment);
}
