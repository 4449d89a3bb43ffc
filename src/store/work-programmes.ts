/** Work programmes and their initiatives: the only SQL for them. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Initiative, InitiativeInput, WorkProgramme } from '../domain/work-programme.ts';
import type { DbOrTx } from './db.ts';
import { programmeInitiatives, workProgrammes } from './schema.ts';

type InitiativeRow = typeof programmeInitiatives.$inferSelect;
const toInitiative = (r: InitiativeRow): Initiative => ({
  id: r.id,
  programmeId: r.programmeId,
  title: r.title,
  description: r.description,
  ownerPersonId: r.ownerPersonId,
  status: r.status,
  milestones: r.milestones,
  position: r.position,
});

export type ProgrammeHead = Omit<WorkProgramme, 'initiatives'>;

export async function insertProgramme(db: DbOrTx, input: Omit<ProgrammeHead, 'id'>): Promise<ProgrammeHead> {
  const [row] = await db.insert(workProgrammes).values(input).returning();
  if (!row) throw new Error('insert returned no row');
  return { id: row.id, orgId: row.orgId, forumId: row.forumId, year: row.year, title: row.title };
}

/** The forum's programme of a year, with its initiatives in order. */
export async function findProgramme(
  db: DbOrTx,
  forumId: string,
  year: number,
): Promise<WorkProgramme | undefined> {
  const [row] = await db
    .select()
    .from(workProgrammes)
    .where(and(eq(workProgrammes.forumId, forumId), eq(workProgrammes.year, year)));
  if (!row) return undefined;
  const initiatives = await db
    .select()
    .from(programmeInitiatives)
    .where(eq(programmeInitiatives.programmeId, row.id))
    .orderBy(asc(programmeInitiatives.position), asc(programmeInitiatives.createdAt));
  return {
    id: row.id,
    orgId: row.orgId,
    forumId: row.forumId,
    year: row.year,
    title: row.title,
    initiatives: initiatives.map(toInitiative),
  };
}

export async function insertInitiative(
  db: DbOrTx,
  orgId: string,
  programmeId: string,
  input: InitiativeInput,
): Promise<Initiative> {
  const [row] = await db
    .insert(programmeInitiatives)
    .values({
      ...input,
      orgId,
      programmeId,
      position: sql`(select coalesce(max(position), 0) + 1 from programme_initiatives where programme_id = ${programmeId})`,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return toInitiative(row);
}

export async function updateInitiative(
  db: DbOrTx,
  programmeId: string,
  id: string,
  patch: Partial<InitiativeInput>,
): Promise<Initiative | undefined> {
  const [row] = await db
    .update(programmeInitiatives)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(and(eq(programmeInitiatives.programmeId, programmeId), eq(programmeInitiatives.id, id)))
    .returning();
  return row && toInitiative(row);
}

/** Removes an initiative of the programme; undefined when it has none of that id. */
export async function deleteInitiative(
  db: DbOrTx,
  programmeId: string,
  id: string,
): Promise<Initiative | undefined> {
  const [row] = await db
    .delete(programmeInitiatives)
    .where(and(eq(programmeInitiatives.programmeId, programmeId), eq(programmeInitiatives.id, id)))
    .returning();
  return row && toInitiative(row);
}
