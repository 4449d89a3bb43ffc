/** Planner statistics for search: gathered by the operator's maintenance run, refused to a person. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/app/load-demo.ts';
import { refreshSearchStatistics } from '../../src/app/refresh-search-statistics.ts';
import { findOrganisationBySlug } from '../../src/store/organisations.ts';
import { listPeople } from '../../src/store/people.ts';
import { countColumnStatistics } from '../../src/store/statistics.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { engine } from '../support/engine.ts';
import { callerFor, operator } from '../support/factories.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await testDatabase();
  await loadDemo(t.ctx, operator());
}, 120_000);
afterAll(async () => {
  await t.close();
});

const itemStatistics = (): Promise<number> => countColumnStatistics(t.db, 'items');

describe('refreshing search statistics', () => {
  it('gives the planner statistics for the items, which an embedded database never gathers alone', async () => {
    // A PostgreSQL server's autovacuum may have been first; PGlite has none.
    if (engine() === 'pglite') expect(await itemStatistics()).toBe(0);
    await refreshSearchStatistics(t.ctx, operator());
    expect(await itemStatistics()).toBeGreaterThan(0);
  });

  it('is the operator’s: a person, even an administrator, is refused', async () => {
    const org = await findOrganisationBySlug(t.db, 'albertslund');
    const { items: people } = await listPeople(t.db, org?.id ?? '', { limit: 500, offset: 0 });
    const admin = people.find((p) => p.role === 'admin');
    if (!admin) throw new Error('the demo has an administrator');
    await expect(refreshSearchStatistics(t.ctx, await callerFor(t.ctx, admin))).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
