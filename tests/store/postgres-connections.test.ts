/**
 * PostgreSQL only (the PostgreSQL half of `npm test`; PGlite has no server connections to lose):
 * when the server ends the pool's idle connections (a restart, pg_terminate_backend, a database
 * dropped WITH (FORCE)), the process keeps running and the next query opens a new connection.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase, testDatabase } from '../support/db.ts';

const onPostgres = process.env.FORA_TEST_DB === 'postgres';
type Rows = { rows: Record<string, unknown>[] };

describe.runIf(onPostgres)('PostgreSQL connections ended by the server', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await testDatabase();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('survives its idle connections being terminated, and queries again', async () => {
    const uncaught: unknown[] = [];
    const record = (err: unknown) => uncaught.push(err);
    process.on('uncaughtException', record);
    try {
      // Open a few pool connections, then let them go idle.
      await Promise.all([1, 2, 3].map(() => t.db.execute(sql`select pg_sleep(0.05)`)));
      const terminated = (await t.db.execute(
        sql`select pg_terminate_backend(pid) as done from pg_stat_activity
            where datname = current_database() and pid <> pg_backend_pid() and state = 'idle'`,
      )) as unknown as Rows;
      expect(terminated.rows.length).toBeGreaterThan(0);
      const again = (await t.db.execute(sql`select 41 + 1 as answer`)) as unknown as Rows;
      expect(again.rows[0]).toEqual({ answer: 42 });
      expect(uncaught).toEqual([]);
    } finally {
      process.off('uncaughtException', record);
    }
  });
});
