/**
 * The HTTP contract of search: 200 with hits whose snippets are plain segments, 400 naming the field
 * and reason for bad filters, 404 for another organisation.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphsDoc } from '../../src/domain/rich-text.ts';
import { searchRoutes } from '../../src/http/routes/search.ts';
import { buildServer } from '../../src/http/server.ts';
import { insertItem } from '../../src/store/items.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { forumFactory, orgFactory, personFactory } from '../support/factories.ts';
import { as, type ErrorBody } from '../support/http.ts';

let t: TestDatabase;
let app: FastifyInstance;
let A: string;
let aPerson: string;
let bPerson: string;
beforeAll(async () => {
  t = await testDatabase();
  app = await buildServer(t.ctx, { production: false, logger: false, databaseKind: t.kind }, [
    ...searchRoutes,
  ]);
  await app.ready();
  const a = await orgFactory(t.ctx, { name: 'Albertslund Kommune' });
  const b = await orgFactory(t.ctx, { name: 'Ishøj Kommune' });
  A = `/api/orgs/${a.slug}/search`;
  aPerson = (await personFactory(t.ctx, a, { role: 'staff' })).id;
  bPerson = (await personFactory(t.ctx, b, { role: 'staff' })).id;
  const forum = await forumFactory(t.ctx, a, { shortName: 'DIF', name: 'Direktionsforum' });
  await insertItem(t.db, {
    orgId: a.id,
    forumId: forum.id,
    type: 'decision',
    state: 'published',
    title: 'Skolernes <b>budget</b>',
    sections: { baggrund: paragraphsDoc('Budgettet for skolerne <script>alert(1)</script> øges.') },
  });
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const get = (query: string, who = aPerson) =>
  app.inject({ method: 'GET', url: `${A}${query}`, headers: as(who) });

describe('GET /api/orgs/:org/search', () => {
  it('answers hits with the snippet as text segments (ts_headline drops tag-like text), title as stored', async () => {
    const res = await get('?q=budgettet&forum=DIF&type=decision&state=published&limit=5');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.page).toEqual({ limit: 5, offset: 0, total: 1 });
    expect(body.items[0]).toMatchObject({ title: 'Skolernes <b>budget</b>', forum: { shortName: 'DIF' } });
    const snippet = body.items[0].snippet as { text: string; hit: boolean }[];
    expect(snippet.every((s) => typeof s.text === 'string' && typeof s.hit === 'boolean')).toBe(true);
    expect(snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['Budgettet']);
    expect(snippet.map((s) => s.text).join('')).toMatch(/^Budgettet for skolerne +alert\(1\) +øges$/);
  });

  it.each([
    ['?from=2025-01-01', 'q'],
    ['?q=budget&from=13-03-2025', 'from'],
    ['?q=budget&from=2025-04-01&to=2025-03-01', 'to'],
    ['?q=budget&type=vote', 'type'],
    ['?q=budget&state=lost', 'state'],
    ['?q=budget&kle=abc', 'kle'],
    ['?q=budget&limit=1000', 'limit'],
  ])('answers 400 naming the field for %s', async (query, path) => {
    const res = await get(query);
    expect(res.statusCode, res.body).toBe(400);
    const body = res.json<ErrorBody>();
    expect(body.error).toBe('validation_failed');
    expect([...new Set(body.details.map((d) => d.path))]).toEqual([path]);
    expect(body.details[0]?.problem).toBeTruthy();
  });

  it('answers 404 for an unknown forum and to a person of another organisation', async () => {
    expect((await get('?q=budget&forum=NOPE')).statusCode).toBe(404);
    expect((await get('?q=budget', bPerson)).statusCode).toBe(404);
  });
});
