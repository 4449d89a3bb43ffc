/** Planner statistics for the tables search reads (ADR 0015). */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';

export async function analyzeSearchTables(db: DbOrTx): Promise<void> {
  await db.execute(sql`analyze items, attachments, item_minutes, meetings`);
}

/** How many columns of a table the planner has statistics for (pg_stats). */
export async function countColumnStatistics(db: DbOrTx, table: string): Promise<number> {
  const result = (await db.execute(
    sql`select count(*)::int as n from pg_stats where schemaname = 'public' and tablename = ${table}`,
  )) as unknown as { rows: { n: number }[] };
  return Number(result.rows[0]?.n ?? 0);
}
