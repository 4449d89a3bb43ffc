/**
 * The route table test: read generically from `apiRoutes`, so a route added without a policy check
 * (or with the wrong one) fails here. Every route declares an action of the policy module whose
 * resource is the one its path names; without sign-in every route answers 401; a person of another
 * organisation gets 404 (never 403) and changes nothing; a calendar feed answers only to its own
 * token. Plus: the server's own guard against a use case that checked another action (or none),
 * isolation between two organisations, and production mode ignoring the development header.
 * What a person of the organisation may do is in route-permissions.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getForum } from '../../src/app/get-forum.ts';
import type { Resource } from '../../src/domain/policy.ts';
import { ACTIONS } from '../../src/domain/policy.ts';
import type { Route } from '../../src/http/route.ts';
import { apiRoutes, buildServer } from '../../src/http/server.ts';
import { chefforumCharter, forumFactory, orgFactory, personFactory } from '../support/factories.ts';
import { as, type TestServer, testServer } from '../support/http.ts';
import {
  BODIES,
  describeRes,
  expectError,
  fill,
  isFeed,
  isItemRoute,
  keyOf,
  type OrgFixture,
  organisationFixture,
  PARAMS,
  QUERIES,
  reads,
  resourceOf,
  send,
  snapshot,
  stagesOf,
  unfold,
} from './route-fixtures.ts';

/** The resource a route's action must protect, from its path; the first rule that matches decides. */
const RESOURCE_RULES: [RegExp, Resource['type']][] = [
  // The minutes of an item are the forum's, written by its managers.
  [/\/meetings\/:meeting\/items\/:item\/minutes(\/finalise|\/correction)?$/, 'forum'],
  [/\/items\/:item(\/|$)/, 'item'],
  // One's own absence (the forum's managers may report a member's).
  [/\/absence$/, 'person'],
  [/\/people\/:person\/feed-token$/, 'person'],
  // One's own password, or another's as the admin.
  [/\/people\/:person\/password$/, 'person'],
  // One's own follow-ups (the forum's managers may complete them too).
  [/\/people\/:person\/follow-ups$/, 'person'],
  [/\/people\/:person\/work$/, 'person'],
  [/\/people\/:person\/groups$/, 'person'],
  [/^\/api\/orgs\/:org\/follow-ups\/:followUp\/complete$/, 'person'],
  [/^\/feeds\/:token\/mine\.ics$/, 'person'],
  // Also the forum's calendar feed.
  [/:forum/, 'forum'],
  [/:org/, 'organisation'],
  [/^\/api\/orgs$/, 'installation'],
];

let s: TestServer;
let A: OrgFixture;
let B: OrgFixture;
beforeAll(async () => {
  s = await testServer();
  A = await organisationFixture(s.t.ctx, {
    slug: 'albertslund',
    word: 'Albertslund',
    org: 'Albertslund Kommune',
    forum: 'Chefforum',
    chair: 'Anders Albertsen',
    unit: 'Albertslund Rådhus',
  });
  B = await organisationFixture(s.t.ctx, {
    slug: 'ishoej',
    word: 'Ishøj',
    org: 'Ishøj Kommune',
    forum: 'Ishøj Direktionsforum',
    chair: 'Bodil Ishøjgaard',
    unit: 'Ishøj Rådhus',
  });
  // A forum only A has, to show that a feed token never reaches into another organisation.
  await forumFactory(s.t.ctx, A.org, { shortName: 'ALB', name: 'Albertslund Lederforum' });
});
afterAll(() => s.close());

describe('the route table', () => {
  it('declares for every route an action of the policy module, never public, for the resource its path names', () => {
    expect(apiRoutes.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    for (const r of apiRoutes) {
      const key = keyOf(r);
      expect(seen.has(key), `${key} twice`).toBe(false);
      seen.add(key);
      expect(r.action, key).not.toBe('public');
      expect(Object.keys(ACTIONS), key).toContain(r.action);
      const rule = RESOURCE_RULES.find(([pattern]) => pattern.test(r.path));
      expect(rule, `${key}: no resource rule matches; add one`).toBeDefined();
      expect(resourceOf(r), key).toBe(rule?.[1]);
      if (r.path.endsWith('/absence')) expect(r.action, key).toBe('attendance.report');
      // Feeds, and only feeds, are signed by the token in their path.
      expect(isFeed(r), key).toBe(r.path.startsWith('/feeds/'));
      if (r.method === 'GET') expect(r.body, key).toBeUndefined();
      if (r.body) expect(BODIES[key], `body fixture for ${key}`).toBeDefined();
      // Every path parameter has a fixture (this throws, naming it, if not).
      fill(r.path, { ...A.params, item: A.items.draft.id, attachment: A.items.draft.attachment });
      // A forum's route that names an item still acts on the forum's behalf (minutes).
      if (isItemRoute(r) && resourceOf(r) !== 'item') expect(r.path, key).toContain(':forum');
    }
    // No fixture for a route that is gone.
    for (const key of [...Object.keys(BODIES), ...Object.keys(QUERIES), ...Object.keys(PARAMS)])
      expect(seen, `fixture for ${key}, which is no route`).toContain(key);
  });

  it('answers 401 to every route without an actor, before parsing input or looking anything up', async () => {
    for (const route of apiRoutes.filter((r) => !isFeed(r))) {
      expectError(route, await send(s, route, A), 401, 'unauthenticated');
      // An unknown identity is no identity.
      for (const identity of ['00000000-0000-4000-8000-000000000000', 'nobody@example.dk'])
        expectError(route, await send(s, route, A, as(identity)), 401, 'unauthenticated');
      // Nothing about the organisation, the item or the input is revealed.
      const unknown = { org: 'no-such-org', item: '00000000-0000-4000-8000-000000000000' };
      expectError(route, await send(s, route, A, {}, { params: unknown }), 401, 'unauthenticated');
      if (route.method !== 'GET')
        expectError(route, await send(s, route, A, {}, { body: { nonsense: true } }), 401, 'unauthenticated');
    }
  });

  it('answers 401 to every feed with a wrong token, whatever sign-in header comes with it', async () => {
    const wrong = ['A'.repeat(43), 'kort', `${A.token.slice(0, -1)}${A.token.endsWith('A') ? 'B' : 'A'}`];
    for (const route of apiRoutes.filter(isFeed))
      for (const token of wrong)
        for (const headers of [{}, as('operator'), as(A.people.director.id)])
          expectError(route, await send(s, route, A, headers, { params: { token } }), 401, 'unauthenticated');
  });

  it('serves a feed only to its token’s holder: another person’s token never yields it, the header is ignored', async () => {
    for (const route of apiRoutes.filter(isFeed))
      for (const [own, other] of [
        [A, B],
        [B, A],
      ] as const)
        for (const headers of [{}, as(other.people.director.id), as('operator')]) {
          const res = await send(s, route, own, headers);
          expect(res.statusCode, describeRes(route, res)).toBe(200);
          const text = unfold(res.body);
          expect(
            own.markers.some((m) => text.includes(m)),
            `${keyOf(route)}: own feed`,
          ).toBe(true);
          for (const marker of other.markers)
            expect(text, `${keyOf(route)} leaks ${marker}`).not.toContain(marker);
        }
    for (const route of apiRoutes.filter((r) => isFeed(r) && r.path.includes(':forum')))
      expectError(
        route,
        await send(s, route, B, as(A.people.chair.id), { params: { forum: 'ALB' } }),
        404,
        'not_found',
      );
  });

  it('answers 404 (never 403) to a person of another organisation on every route, and saves nothing', async () => {
    const before = await snapshot(s, B);
    for (const route of apiRoutes.filter((r) => !isFeed(r)))
      for (const stage of stagesOf(route))
        for (const identity of [A.people.chair.id, A.people.admin.id]) {
          const res = await send(s, route, B, as(identity), { stage });
          if (resourceOf(route) === 'installation') {
            // Installation-wide routes: listing answers only the caller's own; creating is the operator's.
            if (route.method === 'GET') expect(res.statusCode, describeRes(route, res)).toBe(200);
            else expectError(route, res, 403, 'forbidden');
          } else {
            expectError(route, res, 404, 'not_found', stage);
          }
          for (const marker of B.markers)
            expect(res.body, describeRes(route, res, stage)).not.toContain(marker);
        }
    expect(await snapshot(s, B)).toEqual(before);
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
      getForum(caller.ctx, caller.caller, A.org.slug, A.forum.shortName).then((f) => ({ name: f.name }));
    const routes = [
      forumRoute('/api/test/right', 'forum.read', read),
      forumRoute('/api/test/wrong', 'forum.update', read),
      forumRoute('/api/test/none', 'forum.read', async () => ({ secret: 'unchecked' })),
    ];
    const app = await buildServer(s.t.ctx, { ...options, databaseKind: s.t.kind }, routes);
    try {
      const headers = as(A.people.chair.id);
      const right = await app.inject({ method: 'GET', url: '/api/test/right', headers });
      expect(right.statusCode, right.body).toBe(200);
      for (const url of ['/api/test/wrong', '/api/test/none']) {
        const res = await app.inject({ method: 'GET', url, headers });
        expect(res.statusCode, res.body).toBe(500);
        expect(res.json()).toEqual({ error: 'internal', message: 'Internal error', details: [] });
      }
      // The API document is generated from the same table.
      const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      // (/api/session and /api/session/providers are the server's own, outside the table, as /api/health.)
      expect(Object.keys(doc.paths).sort()).toEqual([
        '/api/session',
        '/api/session/providers',
        '/api/test/none',
        '/api/test/right',
        '/api/test/wrong',
      ]);
    } finally {
      await app.close();
    }
  });
});

describe('isolation between two organisations', () => {
  const slugs = async (identity: string) =>
    (await s.app.inject({ method: 'GET', url: '/api/orgs', headers: as(identity) }))
      .json()
      .items.map((o: { slug: string }) => o.slug);

  it('lists only the caller’s own organisation; the operator sees both', async () => {
    expect(await slugs(A.people.chair.id)).toEqual([A.org.slug]);
    expect(await slugs('operator')).toEqual(expect.arrayContaining([A.org.slug, B.org.slug]));
    expect(await slugs(B.people.chair.email)).toEqual([B.org.slug]);
  });

  it('answers every read of the own organisation, items in every stage, without anything of the other', async () => {
    for (const route of reads.filter((r) => !isFeed(r)))
      for (const stage of stagesOf(route)) {
        // A person's own pages (their follow-ups) as the chair's own; a person's audit events, the
        // admins' only read the chair may not make, as the admin.
        const params = { person: A.people.chair.id };
        const reader = route.action === 'audit.read' ? A.people.admin : A.people.chair;
        const res = await send(s, route, A, as(reader.id), { stage, params });
        expect(res.statusCode, describeRes(route, res, stage)).toBe(200);
        for (const marker of B.markers)
          expect(res.body, `${keyOf(route)} [${stage}] leaks ${marker}`).not.toContain(marker);
      }
  });

  it('answers 404 to every read of the other organisation, also by e-mail identity', async () => {
    for (const route of reads.filter((r) => r.path.includes(':org')))
      for (const stage of stagesOf(route))
        for (const identity of [A.people.chair.id, A.people.chair.email, A.people.admin.email]) {
          const res = await send(s, route, B, as(identity), { stage });
          expectError(route, res, 404, 'not_found', stage);
          for (const marker of B.markers) expect(res.body).not.toContain(marker);
        }
  });

  it('answers 404 for the other organisation’s items, cases and units addressed through the own', async () => {
    const own = { org: A.org.slug, forum: A.forum.shortName };
    for (const route of apiRoutes.filter((r) => isItemRoute(r) || /:case|:unit/.test(r.path)))
      for (const stage of stagesOf(route)) {
        // The chair reads every item of the own forum; the admin manages units and reads cases.
        const who = isItemRoute(route) ? A.people.chair : A.people.admin;
        const res = await send(s, route, A, as(who.id), {
          item: B.items[stage ?? 'draft'],
          params: { ...own, case: B.params.case ?? '', unit: B.params.unit ?? '' },
        });
        expectError(route, res, 404, 'not_found', stage);
      }
  });

  it('refuses references to the other organisation’s people, units and cases inside the own', async () => {
    const base = `/api/orgs/${A.org.slug}`;
    const admin = as(A.people.admin.id);
    const member = await s.app.inject({
      method: 'POST',
      url: `${base}/forums/${A.forum.shortName}/memberships`,
      headers: admin,
      payload: { personId: B.people.chair.id, role: 'member', startDate: '2025-01-01' },
    });
    expect(member.statusCode).toBe(400);
    expect(member.json().details.map((d: { path: string }) => d.path)).toEqual(['personId']);
    const moved = await s.app.inject({
      method: 'PATCH',
      url: `${base}/people/${A.people.chair.id}`,
      headers: admin,
      payload: { unitId: B.params.unit },
    });
    expect(moved.statusCode).toBe(400);
    const person = await s.app.inject({
      method: 'PATCH',
      url: `${base}/people/${B.people.chair.id}`,
      headers: admin,
      payload: { title: 'Overtaget' },
    });
    expect(person.statusCode).toBe(404);
    const charter = await s.app.inject({
      method: 'POST',
      url: `${base}/forums/${A.forum.shortName}/charters`,
      headers: admin,
      payload: chefforumCharter({
        effectiveFrom: '2031-01-01',
        secretariatUnitId: B.params.unit,
        leaderRule: { kind: 'rotation', personIds: [B.people.chair.id] },
      }),
    });
    expect(charter.statusCode).toBe(400);
    expect(
      charter
        .json()
        .details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['leaderRule.personIds.0', 'secretariatUnitId']);
    const item = await s.app.inject({
      method: 'POST',
      url: `${base}/forums/${A.forum.shortName}/items`,
      headers: as(A.people.member.id),
      payload: {
        type: 'information',
        title: 'Lånt sag',
        caseId: B.params.case,
        presenters: [{ personId: B.people.chair.id, name: 'Fremmed' }],
      },
    });
    expect(item.statusCode, item.body).toBe(400);
    expect(item.json().details.map((d: { path: string }) => d.path)).toEqual(['caseId']);
    const edited = await s.app.inject({
      method: 'PATCH',
      url: `${base}/items/${A.items.draft.id}`,
      headers: as(A.people.member.id),
      payload: { version: A.items.draft.version, presenters: [{ personId: B.people.chair.id, name: 'X' }] },
    });
    expect(edited.statusCode, edited.body).toBe(400);
    expect(edited.json().details.map((d: { path: string }) => d.path)).toEqual(['presenters.0.personId']);
    const referenced = [B.people.chair.id, B.params.unit, B.params.case];
    for (const res of [member, moved, person, charter, item, edited])
      for (const marker of B.markers.filter((m) => !referenced.includes(m)))
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
