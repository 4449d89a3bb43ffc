/** Writing follow-ups (opfølgning) from finalised minutes. The register's queries live elsewhere. */
import type { DbOrTx } from './db.ts';
import { followUps } from './schema.ts';

export type FollowUpRow = typeof followUps.$inferSelect;
export type FollowUpInsert = typeof followUps.$inferInsert;

export async function insertFollowUp(db: DbOrTx, row: FollowUpInsert): Promise<FollowUpRow> {
  const [inserted] = await db.insert(followUps).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}
