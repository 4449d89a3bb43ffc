/** Working groups of a forum: the only SQL for them. */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { WorkingGroup } from '../domain/working-group.ts';
import type { DbOrTx } from './db.ts';
import { workingGroups } from './schema.ts';

type Row = typeof workingGroups.$inferSelect;
const toGroup = (r: Row): WorkingGroup => ({
  id: r.id,
  orgId: r.orgId,
  parentForumId: r.parentForumId,
  name: r.name,
  mandate: r.mandate,
  deadline: r.deadline,
  status: r.status,
  members: r.members,
  reportItemId: r.reportItemId,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

export type GroupWrite = Pick<
  WorkingGroup,
  'orgId' | 'parentForumId' | 'name' | 'mandate' | 'deadline' | 'members'
>;

export async function insertGroup(db: DbOrTx, input: GroupWrite): Promise<WorkingGroup> {
  const [row] = await db.insert(workingGroups).values(input).returning();
  if (!row) throw new Error('insert returned no row');
  return toGroup(row);
}

export async function findGroup(
  db: DbOrTx,
  parentForumId: string,
  id: string,
  forUpdate = false,
): Promise<WorkingGroup | undefined> {
  const q = db
    .select()
    .from(workingGroups)
    .where(and(eq(workingGroups.parentForumId, parentForumId), eq(workingGroups.id, id)));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row && toGroup(row);
}

export async function findGroupByName(
  db: DbOrTx,
  parentForumId: string,
  name: string,
): Promise<WorkingGroup | undefined> {
  const [row] = await db
    .select()
    .from(workingGroups)
    .where(and(eq(workingGroups.parentForumId, parentForumId), eq(workingGroups.name, name)));
  return row && toGroup(row);
}

export async function listGroups(db: DbOrTx, parentForumId: string): Promise<WorkingGroup[]> {
  const rows = await db
    .select()
    .from(workingGroups)
    .where(eq(workingGroups.parentForumId, parentForumId))
    .orderBy(asc(workingGroups.deadline), asc(workingGroups.name));
  return rows.map(toGroup);
}

/** Every working group of the organisation with this person among its members, by deadline. */
export async function listGroupsOfPerson(
  db: DbOrTx,
  orgId: string,
  personId: string,
): Promise<WorkingGroup[]> {
  const rows = await db
    .select()
    .from(workingGroups)
    .where(
      and(
        eq(workingGroups.orgId, orgId),
        sql`${workingGroups.members} @> ${JSON.stringify([{ personId }])}::jsonb`,
      ),
    )
    .orderBy(asc(workingGroups.deadline), asc(workingGroups.name));
  return rows.map(toGroup);
}

export async function updateGroup(
  db: DbOrTx,
  id: string,
  patch: Partial<Pick<WorkingGroup, 'name' | 'mandate' | 'deadline' | 'status' | 'members'>>,
): Promise<WorkingGroup> {
  const [row] = await db
    .update(workingGroups)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(workingGroups.id, id))
    .returning();
  if (!row) throw new Error('update returned no row');
  return toGroup(row);
}

/** Sets the report-back item only if none is set yet; false when another call set it first. */
export async function setReportItem(db: DbOrTx, id: string, itemId: string): Promise<boolean> {
  const rows = await db
    .update(workingGroups)
    .set({ reportItemId: itemId })
    .where(and(eq(workingGroups.id, id), isNull(workingGroups.reportItemId)))
    .returning({ id: workingGroups.id });
  return rows.length === 1;
}
