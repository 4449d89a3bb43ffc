/**
 * The HTTP contract: the one error body with the right status (and nothing saved after a rejected
 * write), the happy paths from organisation to calendar, calendar exceptions through the API, the
 * OpenAPI document, and a 500 that reveals nothing.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForaError } from '../../src/domain/errors.ts';
import type { Route } from '../../src/http/route.ts';
import { apiRoutes, buildServer } from '../../src/http/server.ts';
import { testDatabase } from '../support/db.ts';
import { chefforumCharter, forumFactory, orgFactory, personFactory, unique } from '../support/factories.ts';
import { as, type ErrorBody, type TestServer, testServer } from '../support/http.ts';

let s: TestServer;
let app: FastifyInstance;
beforeAll(async () => {
  s = await testServer();
  app = s.app;
});
afterAll(() => s.close());

const operator = as('operator');
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

const call = (method: InjectOptions['method'], url: string, payload?: unknown, headers = operator) =>
  app.inject({ method, url, headers, ...(payload !== undefined && { payload: payload as object }) });

/** Asserts the one error shape, the status and code, and (if given) the path of a detail. */
function expectError(res: LightMyRequestResponse, status: number, code: string, path?: string): ErrorBody {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const body = res.json<ErrorBody>();
  expect(Object.keys(body).sort()).toEqual(['details', 'error', 'message']);
  expect(body.error).toBe(code);
  expect(typeof body.message).toBe('string');
  expect(body.message.length).toBeGreaterThan(0);
  expect(Array.isArray(body.details)).toBe(true);
  for (const d of body.details) {
    expect(Object.keys(d).sort()).toEqual(['path', 'problem']);
    expect(typeof d.path).toBe('string');
    expect(typeof d.problem).toBe('string');
  }
  if (path !== undefined) expect(body.details.map((d) => d.path)).toContain(path);
  return body;
}

interface Page<T> {
  items: T[];
  page: { limit: number; offset: number; total: number };
}
const items = async <T = Record<string, unknown>>(url: string): Promise<T[]> => {
  const res = await call('GET', url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Page<T>>().items;
};

describe('errors: one body shape, the right status, nothing saved', () => {
  let orgSlug: string;
  let forumUrl: string;
  let personId: string;
  beforeAll(async () => {
    const org = await orgFactory(s.t.ctx);
    orgSlug = org.slug;
    const forum = await forumFactory(s.t.ctx, org, { shortName: 'CF', name: 'Chefforum' });
    forumUrl = `/api/orgs/${org.slug}/forums/${forum.shortName}`;
    personId = (await personFactory(s.t.ctx, org)).id;
  });

  it('400 for an invalid RRULE, naming cadence.rrule; no charter version saved', async () => {
    const res = await call(
      'POST',
      `${forumUrl}/charters`,
      chefforumCharter({ cadence: { rrule: 'FREQ=SOMETIMES', startTime: '09:00', durationMinutes: 60 } }),
    );
    expectError(res, 400, 'validation_failed', 'cadence.rrule');
    expect(await items(`${forumUrl}/charters`)).toEqual([]);
  });

  it('400 for a submission deadline after its meeting, naming deadlines.submission; nothing saved', async () => {
    const res = await call(
      'POST',
      `${forumUrl}/charters`,
      chefforumCharter({ deadlines: { submission: { kind: 'days_after', days: 1 } } }),
    );
    expectError(res, 400, 'validation_failed', 'deadlines.submission');
    expect(await items(`${forumUrl}/charters`)).toEqual([]);
    const forum = await call('GET', forumUrl);
    expect(forum.json().charter).toBeNull();
  });

  it('400 for a membership ending before it starts, naming endDate; no membership saved', async () => {
    const res = await call('POST', `${forumUrl}/memberships`, {
      personId,
      role: 'member',
      startDate: '2025-05-01',
      endDate: '2025-04-30',
    });
    const body = expectError(res, 400, 'validation_failed', 'endDate');
    expect(body.details).toEqual([{ path: 'endDate', problem: 'ends before it starts' }]);
    expect(await items(`${forumUrl}/memberships`)).toEqual([]);
    expect((await call('GET', forumUrl)).json().members).toEqual([]);
  });

  it('400 for a malformed JSON body; still one forum', async () => {
    const res = await app.inject({
      method: 'POST',
      url: `/api/orgs/${orgSlug}/forums`,
      headers: { ...operator, 'content-type': 'application/json' },
      payload: '{"shortName": "XF", "name": ',
    });
    expectError(res, 400, 'validation_failed', '(body)');
    const forums = await items<{ shortName: string }>(`/api/orgs/${orgSlug}/forums`);
    expect(forums.map((f) => f.shortName)).toEqual(['CF']);
  });

  it('400 for a body that is not JSON at all, or an empty JSON body', async () => {
    const text = await app.inject({
      method: 'POST',
      url: `/api/orgs/${orgSlug}/forums`,
      headers: { ...operator, 'content-type': 'text/plain' },
      payload: '{"shortName": "XF", "name": "Tekstforum"}',
    });
    // Fastify parses text/plain as a string, which is no object: never read as JSON.
    expectError(text, 400, 'validation_failed');
    const empty = await app.inject({
      method: 'POST',
      url: `/api/orgs/${orgSlug}/forums`,
      headers: { ...operator, 'content-type': 'application/json' },
      payload: '',
    });
    expectError(empty, 400, 'validation_failed');
    expect((await items(`/api/orgs/${orgSlug}/forums`)).length).toBe(1);
  });

  it('400 for a body over the size limit', async () => {
    const res = await call('POST', `/api/orgs/${orgSlug}/forums`, {
      shortName: 'BIG',
      name: 'x'.repeat(1024 * 1024 + 1),
    });
    expectError(res, 400, 'validation_failed', '(body)');
    expect((await items(`/api/orgs/${orgSlug}/forums`)).length).toBe(1);
  });

  it('400 for a body that fails the schema, naming every bad field', async () => {
    const res = await call('POST', `/api/orgs/${orgSlug}/forums`, { shortName: 'chef forum' });
    const body = expectError(res, 400, 'validation_failed');
    expect(body.details.map((d) => d.path).sort()).toEqual(['name', 'shortName']);
    expect((await items(`/api/orgs/${orgSlug}/forums`)).length).toBe(1);
  });

  it('400 for a bad query, naming the parameter', async () => {
    expectError(
      await call('GET', `${forumUrl}/meetings?from=notadate&to=2025-06-30`),
      400,
      'validation_failed',
      'from',
    );
    expectError(await call('GET', `${forumUrl}/meetings?to=2025-06-30`), 400, 'validation_failed', 'from');
    expectError(
      await call('GET', `${forumUrl}/meetings?from=2025-06-30&to=2025-05-01`),
      400,
      'validation_failed',
      'to',
    );
    expectError(await call('GET', `/api/orgs/${orgSlug}/forums?limit=0`), 400, 'validation_failed', 'limit');
    expectError(
      await call('GET', `/api/orgs/${orgSlug}/people?offset=-1`),
      400,
      'validation_failed',
      'offset',
    );
  });

  it('404 for an unknown forum, an unknown organisation, an unknown meeting and an unknown route', async () => {
    expectError(await call('GET', `/api/orgs/${orgSlug}/forums/NOPE`), 404, 'not_found');
    expectError(
      await call('GET', `/api/orgs/${orgSlug}/forums/NOPE/meetings?from=2025-05-01&to=2025-05-31`),
      404,
      'not_found',
    );
    expectError(await call('GET', '/api/orgs/no-such-org'), 404, 'not_found');
    expectError(await call('GET', '/api/orgs/no-such-org/forums/CF'), 404, 'not_found');
    expectError(
      await call('POST', '/api/orgs/no-such-org/forums', { shortName: 'CF', name: 'Chefforum' }),
      404,
      'not_found',
    );
    expectError(await call('PATCH', `${forumUrl}/meetings/2025-05-16`, { location: 'x' }), 404, 'not_found');
    expectError(await call('GET', '/api/no-such-route'), 404, 'not_found');
  });

  it('409 for a duplicate forum short name, naming shortName; still one forum, unchanged', async () => {
    const res = await call('POST', `/api/orgs/${orgSlug}/forums`, { shortName: 'CF', name: 'Andet forum' });
    expectError(res, 409, 'conflict', 'shortName');
    const forums = await items<{ shortName: string; name: string }>(`/api/orgs/${orgSlug}/forums`);
    expect(forums.map((f) => [f.shortName, f.name])).toEqual([['CF', 'Chefforum']]);
  });

  it('409 for a duplicate organisation slug', async () => {
    expectError(await call('POST', '/api/orgs', { slug: orgSlug, name: 'Igen' }), 409, 'conflict');
    const orgs = await items<{ slug: string; name: string }>('/api/orgs');
    expect(orgs.filter((o) => o.slug === orgSlug).map((o) => o.name)).toEqual(['Testkommune']);
  });

  it('401 without an actor, 403 for a person without the right, both in the one shape', async () => {
    expectError(await app.inject({ method: 'GET', url: '/api/orgs' }), 401, 'unauthenticated');
    const staff = await call('POST', `/api/orgs/${orgSlug}/people`, {
      name: 'Sofie Staff',
      email: `${unique('staff')}@example.dk`,
    });
    expect(staff.statusCode).toBe(201);
    const res = await call('POST', `${forumUrl}/charters`, chefforumCharter(), as(staff.json().id));
    expectError(res, 403, 'forbidden');
    expect(await items(`${forumUrl}/charters`)).toEqual([]);
  });
});

describe('happy paths', () => {
  const slug = unique('glostrup');
  const orgUrl = `/api/orgs/${slug}`;
  const forumUrl = `${orgUrl}/forums/CF`;
  let chair: { id: string; email: string };

  it('creates organisation, unit, people, forum, membership and charter', async () => {
    const org = await call('POST', '/api/orgs', { slug, name: 'Glostrup Kommune' });
    expect(org.statusCode, org.body).toBe(201);
    expect(org.json()).toMatchObject({ slug, name: 'Glostrup Kommune' });

    const unit = await call('POST', `${orgUrl}/units`, { name: 'Direktionssekretariatet' });
    expect(unit.statusCode, unit.body).toBe(201);
    const person = await call('POST', `${orgUrl}/people`, {
      name: 'Henrik Harder',
      title: 'Kommunaldirektør',
      email: `${unique('hh')}@Example.dk`,
      unitId: unit.json().id,
    });
    expect(person.statusCode, person.body).toBe(201);
    chair = person.json();
    expect(chair.email).toBe(chair.email.toLowerCase());
    const member = await call('POST', `${orgUrl}/people`, {
      name: 'Rikke Terslev',
      title: 'Direktør',
      email: `${unique('rt')}@example.dk`,
    });
    expect(member.statusCode).toBe(201);

    const forum = await call('POST', `${orgUrl}/forums`, { shortName: 'CF', name: 'Chefforum' });
    expect(forum.statusCode, forum.body).toBe(201);
    expect(forum.json()).toMatchObject({ shortName: 'CF', name: 'Chefforum', kind: 'forum' });

    for (const [personId, role] of [
      [chair.id, 'chair'],
      [member.json().id, 'member'],
    ]) {
      const m = await call('POST', `${forumUrl}/memberships`, { personId, role, startDate: '2019-01-01' });
      expect(m.statusCode, m.body).toBe(201);
    }
    const charter = await call('POST', `${forumUrl}/charters`, {
      ...chefforumCharter(),
      secretariatUnitId: unit.json().id,
    });
    expect(charter.statusCode, charter.body).toBe(201);
    expect(charter.json()).toMatchObject({ version: 1, effectiveFrom: '2019-03-18' });

    expect((await items(`${orgUrl}/units`)).length).toBe(1);
    const people = await call('GET', `${orgUrl}/people?limit=1`);
    expect(people.json().page).toEqual({ limit: 1, offset: 0, total: 2 });
    expect(people.json().items).toHaveLength(1);
    expect((await items(`${orgUrl}/forums`)).length).toBe(1);
  });

  it('GET forum shows the charter in force and the current members; a member may read it by e-mail', async () => {
    const res = await call('GET', forumUrl, undefined, as(chair.email));
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json();
    expect(view.charter).toMatchObject({
      version: 1,
      cadence: { rrule: 'FREQ=MONTHLY;BYDAY=1TH,3TH', startTime: '09:00', durationMinutes: 180 },
    });
    expect(view.members.map((m: { name: string; role: string }) => [m.name, m.role]).sort()).toEqual([
      ['Henrik Harder', 'chair'],
      ['Rikke Terslev', 'member'],
    ]);
    expect((await items(`${forumUrl}/charters`)).length).toBe(1);
    expect((await items(`${forumUrl}/memberships`)).length).toBe(2);
  });

  it('GET meetings answers a page of meetings with leader and deadlines as ISO 8601 with offset', async () => {
    const res = await call('GET', `${forumUrl}/meetings?from=2025-05-01&to=2025-06-30`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.page).toEqual({ limit: 50, offset: 0, total: 4 });
    expect(body.items.map((m: { start: string }) => m.start)).toEqual([
      '2025-05-01T09:00:00+02:00',
      '2025-05-15T09:00:00+02:00',
      '2025-06-05T09:00:00+02:00',
      '2025-06-19T09:00:00+02:00',
    ]);
    const first = body.items[0];
    expect(first).toMatchObject({
      forum: 'CF',
      occurrenceDate: '2025-05-01',
      end: '2025-05-01T12:00:00+02:00',
      origin: 'series',
      cancelled: false,
      charterVersion: 1,
      leader: { id: chair.id, name: 'Henrik Harder' },
      deadlines: {
        submission: '2025-04-24T12:00:00+02:00',
        publication: '2025-04-25T16:00:00+02:00',
        approval: null,
        minutes: null,
      },
    });
    for (const m of body.items) {
      expect(m.start).toMatch(ISO_WITH_OFFSET);
      expect(m.end).toMatch(ISO_WITH_OFFSET);
      for (const d of Object.values(m.deadlines)) if (d !== null) expect(d).toMatch(ISO_WITH_OFFSET);
    }
  });

  it('uses the winter offset in winter', async () => {
    const res = await call('GET', `${forumUrl}/meetings?from=2025-01-01&to=2025-01-31`);
    const starts = res.json().items.map((m: { start: string }) => m.start);
    expect(starts).toEqual(['2025-01-02T09:00:00+01:00', '2025-01-16T09:00:00+01:00']);
  });

  it('paginates the calendar with limit and offset', async () => {
    const all = (await call('GET', `${forumUrl}/meetings?from=2025-05-01&to=2025-06-30`)).json().items;
    const res = await call('GET', `${forumUrl}/meetings?from=2025-05-01&to=2025-06-30&limit=2&offset=2`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ items: all.slice(2, 4), page: { limit: 2, offset: 2, total: 4 } });
    const past = await call('GET', `${forumUrl}/meetings?from=2025-05-01&to=2025-06-30&limit=2&offset=10`);
    expect(past.json()).toEqual({ items: [], page: { limit: 2, offset: 10, total: 4 } });
  });
});

describe('calendar exceptions through the API survive a new charter version', () => {
  const slug = unique('exc');
  const forumUrl = `/api/orgs/${slug}/forums/CF`;
  const window = '?from=2025-05-01&to=2025-06-30';
  type Entry = { start: string; end: string; origin: string; cancelled: boolean; charterVersion: number };

  beforeAll(async () => {
    expect((await call('POST', '/api/orgs', { slug, name: 'Undtagelser' })).statusCode).toBe(201);
    expect(
      (await call('POST', `/api/orgs/${slug}/forums`, { shortName: 'CF', name: 'Chefforum' })).statusCode,
    ).toBe(201);
    expect((await call('POST', `${forumUrl}/charters`, chefforumCharter())).statusCode).toBe(201);
  });

  it('moves, cancels and adds meetings; a new charter version keeps them as exceptions', async () => {
    const moved = await call('PATCH', `${forumUrl}/meetings/2025-05-15`, { start: '2025-05-14T09:00' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({
      occurrenceDate: '2025-05-15',
      start: '2025-05-14T09:00:00+02:00',
      end: '2025-05-14T12:00:00+02:00',
      origin: 'moved',
    });

    const cancelled = await call('POST', `${forumUrl}/meetings/2025-06-05/cancel`, {
      reason: 'Grundlovsdag',
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({
      occurrenceDate: '2025-06-05',
      origin: 'cancelled',
      cancelled: true,
    });

    const added = await call('POST', `${forumUrl}/meetings`, {
      start: '2025-06-26T13:00',
      location: 'Rådhuset',
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({
      occurrenceDate: null,
      start: '2025-06-26T13:00:00+02:00',
      end: '2025-06-26T16:00:00+02:00',
      origin: 'added',
      location: 'Rådhuset',
    });

    const before = (await call('GET', `${forumUrl}/meetings${window}`)).json().items as Entry[];
    expect(before.map((m) => [m.start, m.origin])).toEqual([
      ['2025-05-01T09:00:00+02:00', 'series'],
      ['2025-05-14T09:00:00+02:00', 'moved'],
      ['2025-06-05T09:00:00+02:00', 'cancelled'],
      ['2025-06-19T09:00:00+02:00', 'series'],
      ['2025-06-26T13:00:00+02:00', 'added'],
    ]);

    const v2 = await call(
      'POST',
      `${forumUrl}/charters`,
      chefforumCharter({
        effectiveFrom: '2025-05-01',
        cadence: { rrule: 'FREQ=MONTHLY;BYDAY=1TH,3TH', startTime: '10:00', durationMinutes: 120 },
      }),
    );
    expect(v2.statusCode, v2.body).toBe(201);
    expect(v2.json().version).toBe(2);

    const after = (await call('GET', `${forumUrl}/meetings${window}`)).json().items as Entry[];
    expect(after.map((m) => [m.start, m.end, m.origin, m.cancelled])).toEqual([
      ['2025-05-01T10:00:00+02:00', '2025-05-01T12:00:00+02:00', 'series', false],
      ['2025-05-14T09:00:00+02:00', '2025-05-14T12:00:00+02:00', 'moved', false],
      ['2025-06-05T09:00:00+02:00', '2025-06-05T12:00:00+02:00', 'cancelled', true],
      ['2025-06-19T10:00:00+02:00', '2025-06-19T12:00:00+02:00', 'series', false],
      ['2025-06-26T13:00:00+02:00', '2025-06-26T16:00:00+02:00', 'added', false],
    ]);
    expect(after.filter((m) => m.origin === 'series').map((m) => m.charterVersion)).toEqual([2, 2]);
  });
});

describe('the API document and health', () => {
  it('/api/openapi.json is OpenAPI 3.1 listing every route with its action, and the Error schema', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    let operations = 0;
    for (const r of apiRoutes) {
      const path = r.path.replace(/:(\w+)/g, '{$1}');
      const op = doc.paths[path]?.[r.method.toLowerCase()];
      expect(op, `${r.method} ${path}`).toBeDefined();
      expect(op['x-fora-action']).toBe(r.action);
      expect(op.responses[String(r.status ?? 200)]).toBeDefined();
      const params = (path.match(/\{(\w+)\}/g) ?? []).map((p) => p.slice(1, -1));
      const declared = op.parameters
        .filter((p: { in: string }) => p.in === 'path')
        .map((p: { name: string }) => p.name);
      expect(declared.sort()).toEqual([...params].sort());
      if (r.body) expect(op.requestBody.content['application/json'].schema).toBeDefined();
    }
    for (const methods of Object.values(doc.paths)) operations += Object.keys(methods as object).length;
    // Plus sign-in, sign-out and the session (POST/GET/DELETE /api/session) and the sign-in methods
    // (GET /api/session/providers), the server's own routes.
    expect(Object.keys(doc.paths['/api/session']).sort()).toEqual(['delete', 'get', 'post']);
    expect(Object.keys(doc.paths['/api/session/providers'])).toEqual(['get']);
    expect(operations).toBe(apiRoutes.length + 4);
    expect(doc.components.schemas.Error).toMatchObject({
      type: 'object',
      required: ['error', 'message', 'details'],
    });
    expect(doc.components.schemas.Error.properties.details.items.required).toEqual(['path', 'problem']);
  });

  it('/api/health answers 200 without an actor', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: s.t.kind });
  });

  it('sets the security headers on every answer', async () => {
    for (const url of ['/api/health', '/api/orgs', '/api/no-such-route']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });
});

describe('a 500 reveals nothing', () => {
  const expectBlank500 = (res: LightMyRequestResponse) => {
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: 'internal', message: 'Internal error', details: [] });
    expect(res.body).not.toMatch(/stack|select|insert|from "|pglite|pool|\.ts|at /i);
  };

  it('when the database is gone', async () => {
    const dead = await testDatabase();
    const person = await personFactory(dead.ctx, await orgFactory(dead.ctx));
    await dead.close();
    const broken = await buildServer(dead.ctx, { production: false, logger: false, databaseKind: dead.kind });
    try {
      expectBlank500(await broken.inject({ method: 'GET', url: '/api/orgs', headers: operator }));
      expectBlank500(await broken.inject({ method: 'GET', url: '/api/orgs', headers: as(person.id) }));
      expectBlank500(
        await broken.inject({
          method: 'POST',
          url: '/api/orgs',
          headers: operator,
          payload: { slug: 'abc', name: 'A' },
        }),
      );
    } finally {
      await broken.close();
    }
  });

  it('when a handler throws an error carrying SQL and a stack, or an internal ForaError', async () => {
    const route = (path: string, error: Error): Route => ({
      method: 'GET',
      path,
      summary: 'test',
      tag: 'test',
      action: 'organisation.list',
      handler: async () => {
        throw error;
      },
    });
    const routes = [
      route('/api/boom', new Error('relation "secret" does not exist: SELECT * FROM "secret"')),
      route(
        '/api/internal',
        new ForaError('internal', 'SELECT password FROM people', [{ path: 'x', problem: 'y' }]),
      ),
    ];
    const test = await buildServer(
      s.t.ctx,
      { production: false, logger: false, databaseKind: s.t.kind },
      routes,
    );
    try {
      expectBlank500(await test.inject({ method: 'GET', url: '/api/boom', headers: operator }));
      expectBlank500(await test.inject({ method: 'GET', url: '/api/internal', headers: operator }));
    } finally {
      await test.close();
    }
  });
});
