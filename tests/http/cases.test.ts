/**
 * The HTTP contract of cases and KLE suggestions: 201 with the normalised number, 400 naming
 * caseNumber with nothing saved, 409 for a duplicate, 404 for another organisation's case.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseRoutes } from '../../src/http/routes/cases.ts';
import { buildServer } from '../../src/http/server.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { forumFactory, orgFactory, personFactory } from '../support/factories.ts';
import { as, type ErrorBody } from '../support/http.ts';

let t: TestDatabase;
let app: FastifyInstance;
let A: string;
let B: string;
let aPerson: string;
let aAdmin: string;
let aForum: string;
let bPerson: string;
beforeAll(async () => {
  t = await testDatabase();
  app = await buildServer(t.ctx, { production: false, logger: false, databaseKind: t.kind }, [...caseRoutes]);
  await app.ready();
  const a = await orgFactory(t.ctx, { name: 'Albertslund Kommune' });
  const b = await orgFactory(t.ctx, { name: 'Ishøj Kommune' });
  A = `/api/orgs/${a.slug}`;
  B = `/api/orgs/${b.slug}`;
  aPerson = (await personFactory(t.ctx, a, { role: 'staff' })).id;
  aAdmin = (await personFactory(t.ctx, a, { role: 'admin' })).id;
  aForum = (await forumFactory(t.ctx, a, { shortName: 'DIF', name: 'Direktionsforum' })).id;
  bPerson = (await personFactory(t.ctx, b, { role: 'staff' })).id;
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const call = (method: InjectOptions['method'], url: string, payload?: unknown, headers = as(aPerson)) =>
  app.inject({ method, url, headers, ...(payload !== undefined && { payload: payload as object }) });

function expectError(res: LightMyRequestResponse, status: number, code: string, path?: string): ErrorBody {
  expect(res.statusCode, res.body).toBe(status);
  const body = res.json<ErrorBody>();
  expect(Object.keys(body).sort()).toEqual(['details', 'error', 'message']);
  expect(body.error).toBe(code);
  if (path !== undefined) expect(body.details.map((d) => d.path)).toEqual([path]);
  return body;
}

const total = async (org: string): Promise<number> => {
  const res = await call('GET', `${org}/cases`, undefined, as('operator'));
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ page: { total: number } }>().page.total;
};

describe('cases over HTTP', () => {
  it('201 for a KLE case, then 200 reading it and finding it in the list', async () => {
    const res = await call('POST', `${A}/cases`, {
      title: 'Genindførelse af miljøledelse',
      caseNumber: '09.00.00-g01-27-23',
    });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      caseNumber: '09.00.00-G01-27-23',
      numberKind: 'kle',
      kleTopic: '09.00.00',
      kleTopicTitle: 'Miljøbeskyttelse i almindelighed',
      link: null,
    });
    const read = await call('GET', `${A}/cases/${created.id}`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toEqual(created);
    const list = await call('GET', `${A}/cases?query=09.00&limit=10`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json()).toEqual({ items: [created], page: { limit: 10, offset: 0, total: 1 } });
  });

  it('400 naming caseNumber for a KLE number whose topic does not exist; nothing saved', async () => {
    const before = await total(A);
    const res = await call('POST', `${A}/cases`, { title: 'Forkert', caseNumber: '99.99.99-P35-7-23' });
    const body = expectError(res, 400, 'validation_failed', 'caseNumber');
    expect(body.details[0]?.problem).toContain('99.99.99');
    expect(await total(A)).toBe(before);
  });

  it('409 naming caseNumber for a number the organisation already has; nothing saved', async () => {
    expect(
      (await call('POST', `${A}/cases`, { title: 'Budget', caseNumber: 'EMN-2025-003383' })).statusCode,
    ).toBe(201);
    const before = await total(A);
    const res = await call('POST', `${A}/cases`, { title: 'Budget igen', caseNumber: 'EMN-2025-003383' });
    expectError(res, 409, 'conflict', 'caseNumber');
    expect(await total(A)).toBe(before);
  });

  it("404 for another organisation's case and cases, whoever asks; 400 for a malformed id", async () => {
    const mine = (await call('POST', `${A}/cases`, { title: 'Intern', caseNumber: '23-007005' })).json();
    expectError(await call('GET', `${A}/cases/${mine.id}`, undefined, as(bPerson)), 404, 'not_found');
    expectError(await call('GET', `${B}/cases/${mine.id}`, undefined, as(bPerson)), 404, 'not_found');
    expectError(await call('GET', `${B}/cases/${mine.id}`, undefined, as('operator')), 404, 'not_found');
    expectError(await call('GET', `${A}/cases`, undefined, as(bPerson)), 404, 'not_found');
    const before = await total(A);
    expectError(await call('POST', `${A}/cases`, { title: 'Udefra' }, as(bPerson)), 404, 'not_found');
    expect(await total(A)).toBe(before);
    expectError(await call('GET', `${A}/cases/not-a-uuid`), 400, 'validation_failed', 'case');
  });

  it('401 without an actor', async () => {
    expectError(await app.inject({ method: 'GET', url: `${A}/cases` }), 401, 'unauthenticated');
    expectError(
      await app.inject({ method: 'POST', url: `${A}/cases`, payload: { title: 'x' } }),
      401,
      'unauthenticated',
    );
  });
});

describe("a case's deciding forum, timeline and OParl export over HTTP", () => {
  it('200 with the journey so far; the admin sets the deciding forum (400 naming it for a stranger forum, nothing saved); staff may not (403)', async () => {
    const kase = (await call('POST', `${A}/cases`, { title: 'Miljøledelse' })).json();
    const timeline = await call('GET', `${A}/cases/${kase.id}/timeline`);
    expect(timeline.statusCode, timeline.body).toBe(200);
    expect(timeline.json()).toEqual({ case: kase, decidingForum: null, visits: [] });
    const patch = (body: unknown, who = aAdmin) => call('PATCH', `${A}/cases/${kase.id}`, body, as(who));
    expectError(await patch({ decidingForumId: aForum }, aPerson), 403, 'forbidden');
    expectError(
      await patch({ decidingForumId: '00000000-0000-4000-8000-000000000000' }),
      400,
      'validation_failed',
      'decidingForumId',
    );
    expect((await call('GET', `${A}/cases/${kase.id}`)).json()).toEqual(kase);
    const updated = await patch({ decidingForumId: aForum });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toEqual({ ...kase, decidingForumId: aForum });
    const after = (await call('GET', `${A}/cases/${kase.id}/timeline`)).json();
    expect(after.decidingForum).toEqual({ id: aForum, shortName: 'DIF', source: 'case' });
    const oparl = await call('GET', `${A}/cases/${kase.id}/oparl`);
    expect(oparl.statusCode, oparl.body).toBe(200);
    expect(oparl.json()).toMatchObject({
      paper: { type: 'https://schema.oparl.org/1.1/Paper', name: 'Miljøledelse', consultation: [] },
      agendaItems: [],
    });
    expectError(
      await call('GET', `${B}/cases/${kase.id}/timeline`, undefined, as(bPerson)),
      404,
      'not_found',
    );
  });
});

describe('KLE suggestions over HTTP', () => {
  it('200 with three topics, best first', async () => {
    const res = await call('POST', `${A}/kle/suggest`, {
      text: 'Videre proces for Budget 2026. Der er lavet tidsplan for den resterende del af arbejdet med budgetkatalog 2026.',
    });
    expect(res.statusCode, res.body).toBe(200);
    const { suggestions } = res.json<{ suggestions: { topic: string; title: string; score: number }[] }>();
    expect(suggestions).toHaveLength(3);
    expect(suggestions[0]?.topic).toBe('00.30.00');
  });

  it('400 for an empty text; 404 for another organisation', async () => {
    expectError(await call('POST', `${A}/kle/suggest`, { text: '' }), 400, 'validation_failed', 'text');
    expectError(await call('POST', `${A}/kle/suggest`, { text: 'budget' }, as(bPerson)), 404, 'not_found');
  });

  it('are documented in the API document with their policy actions', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.paths['/api/orgs/{org}/cases'].post['x-fora-action']).toBe('case.create');
    expect(doc.paths['/api/orgs/{org}/cases/{case}'].get['x-fora-action']).toBe('case.read');
    expect(doc.paths['/api/orgs/{org}/cases/{case}'].patch['x-fora-action']).toBe('case.update');
    expect(doc.paths['/api/orgs/{org}/cases/{case}/timeline'].get['x-fora-action']).toBe('case.read');
    expect(doc.paths['/api/orgs/{org}/kle/suggest'].post['x-fora-action']).toBe('kle.suggest');
  });
});
