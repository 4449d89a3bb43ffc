/**
 * The route table test: read generically from `apiRoutes`, so a route added without a policy check
 * (or with the wrong one) fails here. Every route declares an action of the policy module; without
 * sign-in every route answers 401; a person of another organisation gets 404 (never 403) and
 * changes nothing; a staff person without a managing role gets 403 on every write and 200 on every
 * read. Plus: the server's own guard against a use case that checked another action (or none),
 * isolation between two organisations, and production mode ignoring the development header.
 */
import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUnit } from '../../src/app/create-unit.ts';
import { getForum } from '../../src/app/get-forum.ts';
import type { Forum, Membership, Organisation, Person } from '../../src/domain/organisation.ts';
import { ACTIONS } from '../../src/domain/policy.ts';
import type { Route } from '../../src/http/route.ts';
import { apiRoutes, buildServer } from '../../src/http/server.ts';
import {
  charterFactory,
  chefforumCharter,
  forumFactory,
  memberFactory,
  operator,
  orgFactory,
  personFactory,
  unique,
} from '../support/factories.ts';
import { as, type ErrorBody, type TestServer, testServer } from '../support/http.ts';

/** Values for the path parameters of every route, per organisation. */
interface Fixture {
  org: string;
  forum: string;
  person: string;
  membership: string;
  meeting: string;
}

const keyOf = (r: Pick<Route, 'method' | 'path'>) => `${r.method} ${r.path}`;

/** A valid body for every route that takes one (so a refusal cannot come from the schema). */
const BODIES: Record<string, (fx: Fixture) => unknown> = {
  'POST /api/orgs': () => ({ slug: unique('ny'), name: 'Ny kommune' }),
  'POST /api/orgs/:org/units': () => ({ name: 'Ny enhed' }),
  'POST /api/orgs/:org/people': () => ({ name: 'Ny Person', email: `${unique('ny')}@example.dk` }),
  'PATCH /api/orgs/:org/people/:person': () => ({ title: 'Ny titel' }),
  'POST /api/orgs/:org/forums': () => ({
    shortName: `N${randomBytes(3).toString('hex').toUpperCase()}`,
    name: 'Nyt',
  }),
  'PATCH /api/orgs/:org/forums/:forum': () => ({ name: 'Omdøbt forum' }),
  'POST /api/orgs/:org/forums/:forum/memberships': (fx) => ({
    personId: fx.person,
    role: 'member',
    startDate: '2025-01-01',
  }),
  'POST /api/orgs/:org/forums/:forum/memberships/:membership/end': () => ({ endDate: '2030-01-01' }),
  'POST /api/orgs/:org/forums/:forum/charters': () => chefforumCharter({ effectiveFrom: '2030-01-01' }),
  'POST /api/orgs/:org/forums/:forum/meetings': () => ({ start: '2030-01-10T09:00', location: 'Ny sal' }),
  'PATCH /api/orgs/:org/forums/:forum/meetings/:meeting': () => ({ location: 'Mødelokale 2' }),
  'POST /api/orgs/:org/forums/:forum/meetings/:meeting/cancel': () => ({ reason: 'Aflyst' }),
};
/** A valid query for every route that needs one. */
const QUERIES: Record<string, string> = {
  'GET /api/orgs/:org/forums/:forum/meetings': '?from=2025-05-01&to=2025-06-30',
};

const reads = apiRoutes.filter((r) => r.method === 'GET');
const writes = apiRoutes.filter((r) => r.method !== 'GET');
const resourceOf = (r: Route) => (r.action === 'public' ? 'public' : ACTIONS[r.action]);

function fill(path: string, fx: Fixture): string {
  return path.replace(/:(\w+)/g, (_m, name: string) => {
    const value = (fx as unknown as Record<string, string | undefined>)[name];
    if (!value) throw new Error(`route-table test: no fixture for :${name} in ${path}; add one`);
    return encodeURIComponent(value);
  });
}

let s: TestServer;
let A: Fixture;
let B: Fixture;
/** A's forum where the staff person is only a member, and one where they chair. */
let aMemberForum: Fixture;
let aChairedForum: Fixture;
let aPerson: Person;
let aStaff: Person;
let aAdmin: Person;
let bPerson: Person;
let bUnitId: string;
/** Strings of organisation B that must never appear in an answer to A. */
let bMarkers: string[];

function send(
  route: Route,
  fx: Fixture,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  const key = keyOf(route);
  const body = BODIES[key];
  if (route.body && !body) throw new Error(`route-table test: no body fixture for ${key}; add one`);
  return s.app.inject({
    method: route.method,
    url: fill(route.path, fx) + (QUERIES[key] ?? ''),
    headers,
    ...(route.body && body && { payload: body(fx) as object }),
  });
}

const describeRes = (route: Route, res: LightMyRequestResponse) =>
  `${keyOf(route)} -> ${res.statusCode} ${res.body}`;

function expectError(route: Route, res: LightMyRequestResponse, status: number, code: string): void {
  expect(res.statusCode, describeRes(route, res)).toBe(status);
  const body = res.json<ErrorBody>();
  expect(Object.keys(body).sort()).toEqual(['details', 'error', 'message']);
  expect(body.error).toBe(code);
}

/** Everything the reads of an organisation answer (as the operator), to show that nothing changed. */
async function snapshot(fx: Fixture): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const r of reads)
    if (r.path.includes(':org')) out[keyOf(r)] = (await send(r, fx, as('operator'))).body;
  return out;
}

async function organisation(
  kind: 'albertslund' | 'ishoej',
  names: { org: string; forum: string; person: string; unit: string },
): Promise<{
  org: Organisation;
  forum: Forum;
  fx: Fixture;
  person: Person;
  membership: Membership;
  unitId: string;
}> {
  const ctx = s.t.ctx;
  const org = await orgFactory(ctx, { slug: unique(kind), name: names.org });
  const unit = await createUnit(ctx, operator(), org.slug, { name: names.unit });
  const person = await personFactory(ctx, org, { name: names.person, title: 'Direktør' });
  const forum = await forumFactory(ctx, org, { shortName: 'CF', name: names.forum });
  const membership = await memberFactory(ctx, org, forum, person, 'chair');
  await charterFactory(ctx, org, forum);
  return {
    org,
    forum,
    person,
    membership,
    unitId: unit.id,
    fx: { org: org.slug, forum: 'CF', person: person.id, membership: membership.id, meeting: '2025-05-15' },
  };
}

beforeAll(async () => {
  s = await testServer();
  const ctx = s.t.ctx;
  const a = await organisation('albertslund', {
    org: 'Albertslund Kommune',
    forum: 'Chefforum',
    person: 'Anders Albertsen',
    unit: 'Albertslund Rådhus',
  });
  const b = await organisation('ishoej', {
    org: 'Ishøj Kommune',
    forum: 'Ishøj Direktionsforum',
    person: 'Bodil Ishøjgaard',
    unit: 'Ishøj Rådhus',
  });
  A = a.fx;
  B = b.fx;
  aPerson = a.person;
  bPerson = b.person;
  bUnitId = b.unitId;
  aMemberForum = A;
  aStaff = await personFactory(ctx, a.org, { name: 'Signe Staff', role: 'staff' });
  aAdmin = await personFactory(ctx, a.org, { name: 'Ada Admin', role: 'admin' });
  await memberFactory(ctx, a.org, a.forum, aStaff, 'member');
  const dif = await forumFactory(ctx, a.org, { shortName: 'DIF', name: 'Direktørforum' });
  await charterFactory(ctx, a.org, dif);
  const difChair = await memberFactory(ctx, a.org, dif, aStaff, 'chair');
  aChairedForum = { ...A, forum: 'DIF', membership: difChair.id };
  bMarkers = [
    b.org.slug,
    b.org.id,
    'Ishøj',
    'Ishøjgaard',
    b.person.id,
    b.person.email,
    b.membership.id,
    b.unitId,
  ];
});
afterAll(() => s.close());

describe('the route table', () => {
  it('declares for every route an action of the policy module, never public, matching its path', () => {
    expect(apiRoutes.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    for (const r of apiRoutes) {
      expect(seen.has(keyOf(r)), `${keyOf(r)} twice`).toBe(false);
      seen.add(keyOf(r));
      expect(r.action, keyOf(r)).not.toBe('public');
      expect(Object.keys(ACTIONS), keyOf(r)).toContain(r.action);
      // The resource the action protects is the one the path names.
      const expected = r.path.includes(':forum')
        ? 'forum'
        : r.path.includes(':org')
          ? 'organisation'
          : 'installation';
      expect(resourceOf(r), keyOf(r)).toBe(expected);
      // Reads are GET; writes check an action that is not open to everyone in the organisation.
      if (r.method === 'GET') expect(r.body, keyOf(r)).toBeUndefined();
      if (r.body) expect(BODIES[keyOf(r)], `body fixture for ${keyOf(r)}`).toBeDefined();
    }
  });

  it('answers 401 to every route without an actor, before parsing input or looking anything up', async () => {
    for (const route of apiRoutes) {
      expectError(route, await send(route, A), 401, 'unauthenticated');
      // An unknown identity is no identity.
      expectError(
        route,
        await send(route, A, as('00000000-0000-4000-8000-000000000000')),
        401,
        'unauthenticated',
      );
      expectError(route, await send(route, A, as('nobody@example.dk')), 401, 'unauthenticated');
      // Nothing about the organisation or the input is revealed.
      const unknown = { ...A, org: 'no-such-org' };
      expectError(route, await send(route, unknown), 401, 'unauthenticated');
      if (route.body) {
        const res = await s.app.inject({
          method: route.method,
          url: fill(route.path, A),
          payload: { nonsense: true },
        });
        expectError(route, res, 401, 'unauthenticated');
      }
    }
  });

  it('answers 404 (never 403) to a person of another organisation on every route, and saves nothing', async () => {
    const before = await snapshot(B);
    for (const route of apiRoutes) {
      const res = await send(route, B, as(aPerson.id));
      if (resourceOf(route) === 'installation') {
        // Installation-wide routes: listing answers only the caller's own; creating is the operator's.
        if (route.method === 'GET') expect(res.statusCode, describeRes(route, res)).toBe(200);
        else expectError(route, res, 403, 'forbidden');
      } else {
        expectError(route, res, 404, 'not_found');
      }
      for (const marker of bMarkers) expect(res.body, describeRes(route, res)).not.toContain(marker);
    }
    expect(await snapshot(B)).toEqual(before);
  });

  it('answers 403 to a staff person without a managing role on every write, 200 on every read', async () => {
    const before = await snapshot(aMemberForum);
    for (const route of writes)
      expectError(route, await send(route, aMemberForum, as(aStaff.id)), 403, 'forbidden');
    expect(await snapshot(aMemberForum)).toEqual(before);
    for (const route of reads) {
      const res = await send(route, aMemberForum, as(aStaff.id));
      expect(res.statusCode, describeRes(route, res)).toBe(200);
    }
  });

  it('lets the same staff person run the forum they chair (the fixtures are valid)', async () => {
    for (const route of writes.filter((r) => resourceOf(r) === 'forum')) {
      const res = await send(route, aChairedForum, as(aStaff.id));
      expect(res.statusCode, describeRes(route, res)).toBe(route.status ?? 200);
    }
  });

  it('lets an admin of the organisation make every organisation write; only the operator creates organisations', async () => {
    for (const route of writes) {
      const res = await send(route, A, as(aAdmin.id));
      if (resourceOf(route) === 'installation') expectError(route, res, 403, 'forbidden');
      else expect(res.statusCode, describeRes(route, res)).toBe(route.status ?? 200);
    }
    for (const route of writes.filter((r) => resourceOf(r) === 'installation')) {
      const res = await send(route, A, as('operator'));
      expect(res.statusCode, describeRes(route, res)).toBe(route.status ?? 200);
    }
  });
});

describe("the server's guard: the use case must check the route's declared action", () => {
  const options = { production: false, logger: false } as const;
  const forumRoute = (path: string, action: Route['action'], handler: Route['handler']): Route => ({
    method: 'GET',
    path,
    summary: 'test',
    tag: 'test',
    action,
    params: undefined,
    handler,
  });

  it('answers 500 (revealing nothing) when the check differs or is missing, and serves a correct route', async () => {
    const read = (caller: Parameters<Route['handler']>[0]) =>
      getForum(caller.ctx, caller.caller, A.org, A.forum).then((f) => ({ name: f.name }));
    const routes = [
      forumRoute('/api/test/right', 'forum.read', read),
      forumRoute('/api/test/wrong', 'forum.update', read),
      forumRoute('/api/test/none', 'forum.read', async () => ({ secret: 'unchecked' })),
    ];
    const app = await buildServer(s.t.ctx, { ...options, databaseKind: s.t.kind }, routes);
    try {
      const right = await app.inject({ method: 'GET', url: '/api/test/right', headers: as(aPerson.id) });
      expect(right.statusCode, right.body).toBe(200);
      for (const url of ['/api/test/wrong', '/api/test/none']) {
        const res = await app.inject({ method: 'GET', url, headers: as(aPerson.id) });
        expect(res.statusCode, res.body).toBe(500);
        expect(res.json()).toEqual({ error: 'internal', message: 'Internal error', details: [] });
      }
      // The API document is generated from the same table.
      const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      expect(Object.keys(doc.paths).sort()).toEqual(['/api/test/none', '/api/test/right', '/api/test/wrong']);
    } finally {
      await app.close();
    }
  });
});

describe('isolation between two organisations', () => {
  it('lists only the caller’s own organisation; the operator sees both', async () => {
    const mine = await s.app.inject({ method: 'GET', url: '/api/orgs', headers: as(aPerson.id) });
    expect(mine.json().items.map((o: { slug: string }) => o.slug)).toEqual([A.org]);
    for (const marker of bMarkers) expect(mine.body).not.toContain(marker);
    const all = await s.app.inject({ method: 'GET', url: '/api/orgs', headers: as('operator') });
    expect(all.json().items.map((o: { slug: string }) => o.slug)).toEqual(
      expect.arrayContaining([A.org, B.org]),
    );
    const theirs = await s.app.inject({ method: 'GET', url: '/api/orgs', headers: as(bPerson.email) });
    expect(theirs.json().items.map((o: { slug: string }) => o.slug)).toEqual([B.org]);
  });

  it('answers every read of the own organisation without anything of the other', async () => {
    for (const route of reads) {
      const res = await send(route, A, as(aPerson.id));
      expect(res.statusCode, describeRes(route, res)).toBe(200);
      for (const marker of bMarkers)
        expect(res.body, `${keyOf(route)} leaks ${marker}`).not.toContain(marker);
    }
  });

  it('answers 404 to every read of the other organisation, also by e-mail identity', async () => {
    for (const route of reads.filter((r) => r.path.includes(':org'))) {
      for (const identity of [aPerson.id, aPerson.email, aAdmin.id]) {
        const res = await send(route, B, as(identity));
        expectError(route, res, 404, 'not_found');
        for (const marker of bMarkers) expect(res.body).not.toContain(marker);
      }
    }
  });

  it('refuses references to the other organisation’s people and units inside the own', async () => {
    const base = `/api/orgs/${A.org}`;
    const member = await s.app.inject({
      method: 'POST',
      url: `${base}/forums/${A.forum}/memberships`,
      headers: as(aAdmin.id),
      payload: { personId: bPerson.id, role: 'member', startDate: '2025-01-01' },
    });
    expect(member.statusCode).toBe(400);
    expect(member.json().details.map((d: { path: string }) => d.path)).toEqual(['personId']);
    const moved = await s.app.inject({
      method: 'PATCH',
      url: `${base}/people/${aPerson.id}`,
      headers: as(aAdmin.id),
      payload: { unitId: bUnitId },
    });
    expect(moved.statusCode).toBe(400);
    const person = await s.app.inject({
      method: 'PATCH',
      url: `${base}/people/${bPerson.id}`,
      headers: as(aAdmin.id),
      payload: { title: 'Overtaget' },
    });
    expect(person.statusCode).toBe(404);
    const charter = await s.app.inject({
      method: 'POST',
      url: `${base}/forums/${A.forum}/charters`,
      headers: as(aAdmin.id),
      payload: chefforumCharter({
        effectiveFrom: '2031-01-01',
        secretariatUnitId: bUnitId,
        leaderRule: { kind: 'rotation', personIds: [bPerson.id] },
      }),
    });
    expect(charter.statusCode).toBe(400);
    expect(
      charter
        .json()
        .details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['leaderRule.personIds.0', 'secretariatUnitId']);
    for (const res of [member, moved, person, charter])
      for (const marker of bMarkers.filter((m) => m !== bPerson.id && m !== bUnitId))
        expect(res.body).not.toContain(marker);
  });
});

describe('production mode', () => {
  let prod: TestServer;
  beforeAll(async () => {
    prod = await testServer({ production: true });
  });
  afterAll(() => prod.close());

  it('ignores the development actor header', async () => {
    const admin = await personFactory(prod.t.ctx, await orgFactory(prod.t.ctx), { role: 'admin' });
    for (const identity of ['operator', admin.id, admin.email]) {
      const res = await prod.app.inject({ method: 'GET', url: '/api/orgs', headers: as(identity) });
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toBe('unauthenticated');
    }
    const created = await prod.app.inject({
      method: 'POST',
      url: '/api/orgs',
      headers: as('operator'),
      payload: { slug: 'prod-test', name: 'Prod' },
    });
    expect(created.statusCode).toBe(401);
    expect((await prod.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });
});
