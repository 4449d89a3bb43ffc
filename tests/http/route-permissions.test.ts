/**
 * What a person of the organisation may do, route by route, read generically from `apiRoutes`:
 * a staff person without roles is refused (403) every write but the few the policy opens to all,
 * and is told an item they may not read does not exist (404, never 403); a member of a forum may
 * propose items and report absence but not run the forum; and for every route a person who should
 * succeed does (chair, secretary, admin, submitter, approver), which shows the fixtures are valid.
 * A new route without an entry in these tables fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finaliseItemMinutes } from '../../src/app/finalise-item-minutes.ts';
import { saveItemMinutes } from '../../src/app/save-item-minutes.ts';
import type { Route } from '../../src/http/route.ts';
import { apiRoutes } from '../../src/http/server.ts';
import { callerFor } from '../support/factories.ts';
import { as, type TestServer, testServer } from '../support/http.ts';
import {
  COMPLETE_MINUTES,
  describeRes,
  expectError,
  isFeed,
  isItemRoute,
  keyOf,
  type OrgFixture,
  organisationFixture,
  type Persona,
  resourceOf,
  STAGES,
  type Stage,
  type StagedItem,
  send,
  snapshot,
  stageItem,
} from './route-fixtures.ts';

const MEETING = '/api/orgs/:org/forums/:forum/meetings/:meeting';
/** Writes the policy deliberately opens to everyone in the organisation, and why. */
const OPEN_WRITES: Record<string, string> = {
  'POST /api/orgs/:org/cases': 'case.create: anyone may register the case an item is about',
  'POST /api/orgs/:org/kle/suggest': 'kle.suggest: suggests topics from the public KLE list, saves nothing',
};
/** Reads that need a role in the forum (or admin), and why. */
const ROLE_READS: Record<string, string> = {
  'GET /api/orgs/:org/forums/:forum/queue': "agenda.manage: the secretariat's working list",
  [`GET ${MEETING}/agenda`]: 'agenda.manage: the agenda being built, before it is published',
  [`GET ${MEETING}/attendance`]: "attendance.read: the forum's members and the organisation's admins",
  'GET /api/orgs/:org/forums/:forum/follow-ups': "followup.read: the forum's members and the admins",
  'GET /api/orgs/:org/people/:person/follow-ups': 'followup.update: one’s own follow-ups',
  'GET /api/orgs/:org/people/:person/work': 'work.read: one’s own items, approvals and meetings',
  'GET /api/orgs/:org/people/:person/groups': 'work.read: one’s own working groups',
  [`GET ${MEETING}/minutes/draft`]: 'minutes.review: the draft minutes are for the members',
  [`GET ${MEETING}/minutes/approvals`]: "minutes.review: who has approved is the members' business",
  [`GET ${MEETING}/minutes/items`]: "minutes.write: the secretariat's working records of the minutes",
  'GET /api/orgs/:org/forums/:forum/groups/:group':
    "group.read: a working group is for the parent forum's members, its own members and the admins",
  'GET /api/orgs/:org/forums/:forum/dashboard': "dashboard.read: the forum's members and the admins",
  'GET /api/orgs/:org/people/:person/audit':
    "audit.read: a person's audit events are for the admins (GDPR requests)",
  'GET /api/orgs/:org/forums/:forum/wheel':
    "wheel.read: the forum's annual wheel is for its members and the admins",
  'GET /api/orgs/:org/forums/:forum/theme-plan': "themeplan.read: the theme plan is for the forum's members",
  'GET /api/orgs/:org/forums/:forum/theme-plan/proposal':
    'themeplan.read: who presents next, for the members',
  'GET /api/orgs/:org/forums/:forum/themes': "theme.read: the forum's members (and admins) follow its themes",
  'GET /api/orgs/:org/forums/:forum/leaders-days':
    "leadersday.read: the invited (the forum's members) and admins",
  'GET /api/orgs/:org/forums/:forum/leaders-days/:day':
    "leadersday.read: the invited (the forum's members) and admins",
  'GET /api/orgs/:org/forums/:forum/leaders-days/:day/files/:file':
    'leadersday.read: the material, for the invited with a seat once released, and the organisers',
};
/** Forum routes a member without a managing role may use, and why. */
const MEMBER_MAY: Record<string, string> = {
  'POST /api/orgs/:org/forums/:forum/items': 'item.create: members propose items',
  [`POST ${MEETING}/absence`]: 'attendance.report: one’s own absence',
  [`DELETE ${MEETING}/absence`]: 'attendance.report: withdrawing it again',
  [`GET ${MEETING}/attendance`]: 'attendance.read: members see who comes',
  'GET /api/orgs/:org/forums/:forum/follow-ups': "followup.read: members follow the forum's follow-ups",
  [`GET ${MEETING}/minutes/draft`]: 'minutes.review: members read the draft sent for review',
  [`GET ${MEETING}/minutes/approvals`]: 'minutes.review: members see who has approved',
  [`POST ${MEETING}/minutes/approve`]: 'minutes.approve: members approve the minutes digitally',
  'GET /api/orgs/:org/forums/:forum/wheel': "wheel.read: members see the forum's annual wheel",
  'GET /api/orgs/:org/forums/:forum/theme-plan': 'themeplan.read: members see who presents which theme',
  'GET /api/orgs/:org/forums/:forum/theme-plan/proposal': 'themeplan.read: members see who is next',
  'GET /api/orgs/:org/forums/:forum/themes': 'theme.read: members see the themes and their status',
  'POST /api/orgs/:org/forums/:forum/themes': 'theme.propose: members propose themes',
  'GET /api/orgs/:org/forums/:forum/leaders-days': "leadersday.read: the invited see the leaders' days",
  'GET /api/orgs/:org/forums/:forum/leaders-days/:day': 'leadersday.read: the invited see the day',
  'GET /api/orgs/:org/forums/:forum/leaders-days/:day/files/:file':
    'leadersday.read: a registrant downloads the released material',
  'POST /api/orgs/:org/forums/:forum/leaders-days/:day/registration':
    'leadersday.register: the invited register',
  'DELETE /api/orgs/:org/forums/:forum/leaders-days/:day/registration':
    'leadersday.register: and cancel again',
  'GET /api/orgs/:org/forums/:forum/groups/:group': "group.read: members read the forum's working groups",
  'GET /api/orgs/:org/forums/:forum/dashboard': "dashboard.read: members follow the forum's dashboard",
};
/** Writes on an item that every reader of it may make, and why. */
const READER_WRITES: Record<string, string> = {
  'PUT /api/orgs/:org/items/:item/notes': 'note.write: every reader keeps private notes',
};
/** An open item on a published agenda is open to the whole organisation; the other stages are not. */
const OPEN_STAGES: readonly Stage[] = ['published'];

interface Check {
  who: Persona | 'operator';
  /** For routes on an item: a fresh item in this stage. */
  stage?: Stage;
  /** Path parameter :person as this persona (oneself). */
  self?: boolean;
  /** Something to do first, on the fresh item if any (publishing needs a change since the last
   *  version; finalising needs minutes). */
  setup?: (fx: OrgFixture, item?: StagedItem) => Promise<unknown>;
}
const by = (who: Check['who'], stage?: Stage): Check => ({ who, ...(stage && { stage }) });
/** For every route, who succeeds with it (and on which item). */
const SUCCEEDS: Record<string, Check[]> = {
  'GET /api/orgs': [by('staff')],
  'POST /api/orgs': [by('operator')],
  'GET /api/orgs/:org': [by('staff')],
  'GET /api/orgs/:org/units': [by('staff')],
  'POST /api/orgs/:org/units': [by('admin')],
  'PATCH /api/orgs/:org/units/:unit': [by('admin')],
  'GET /api/orgs/:org/people': [by('staff')],
  'POST /api/orgs/:org/people': [by('admin')],
  'PATCH /api/orgs/:org/people/:person': [by('admin')],
  'GET /api/orgs/:org/forums': [by('staff')],
  'POST /api/orgs/:org/forums': [by('admin')],
  'GET /api/orgs/:org/forums/:forum': [by('staff')],
  'PATCH /api/orgs/:org/forums/:forum': [by('chair'), by('admin')],
  'GET /api/orgs/:org/forums/:forum/memberships': [by('staff')],
  'POST /api/orgs/:org/forums/:forum/memberships': [by('secretary')],
  'POST /api/orgs/:org/forums/:forum/memberships/:membership/end': [by('chair')],
  'GET /api/orgs/:org/forums/:forum/charters': [by('staff')],
  'POST /api/orgs/:org/forums/:forum/charters': [by('secretary')],
  'GET /api/orgs/:org/forums/:forum/meetings': [by('staff')],
  'POST /api/orgs/:org/forums/:forum/meetings': [by('secretary')],
  [`PATCH ${MEETING}`]: [by('secretary')],
  [`POST ${MEETING}/cancel`]: [by('chair')],
  'GET /api/orgs/:org/cases': [by('staff')],
  'POST /api/orgs/:org/cases': [by('staff')],
  'GET /api/orgs/:org/cases/:case': [by('staff')],
  'PATCH /api/orgs/:org/cases/:case': [by('secretary'), by('admin')],
  'GET /api/orgs/:org/cases/:case/timeline': [by('staff')],
  'GET /api/orgs/:org/cases/:case/oparl': [by('staff')],
  'POST /api/orgs/:org/kle/suggest': [by('staff')],
  'GET /api/orgs/:org/search': [by('staff')],
  'POST /api/orgs/:org/forums/:forum/items': [by('member')],
  'GET /api/orgs/:org/forums/:forum/queue': [by('secretary'), by('admin')],
  'GET /api/orgs/:org/items/:item': [
    by('member', 'draft'),
    by('director', 'submitted'),
    by('director', 'queued'),
    by('staff', 'published'),
  ],
  'GET /api/orgs/:org/items/:item/history': [by('member', 'draft'), by('staff', 'published')],
  'GET /api/orgs/:org/items/:item/notes': [by('member', 'draft'), by('staff', 'published')],
  'PUT /api/orgs/:org/items/:item/notes': [by('member', 'draft'), by('staff', 'published')],
  'PATCH /api/orgs/:org/items/:item': [by('member', 'draft'), by('secretary', 'scheduled')],
  'POST /api/orgs/:org/items/:item/submit': [by('member', 'draft')],
  'POST /api/orgs/:org/items/:item/decision': [by('director', 'submitted')],
  'POST /api/orgs/:org/items/:item/withdraw': [by('member', 'draft'), by('secretary', 'queued')],
  'POST /api/orgs/:org/items/:item/schedule': [by('secretary', 'queued')],
  'POST /api/orgs/:org/items/:item/unschedule': [by('chair', 'scheduled')],
  'POST /api/orgs/:org/items/:item/attachments': [by('member', 'draft'), by('secretary', 'scheduled')],
  'GET /api/orgs/:org/items/:item/attachments': [by('member', 'draft'), by('staff', 'published')],
  'GET /api/orgs/:org/items/:item/attachments/:attachment/content': [
    by('member', 'draft'),
    by('staff', 'published'),
  ],
  'DELETE /api/orgs/:org/items/:item/attachments/:attachment': [
    by('member', 'draft'),
    by('secretary', 'queued'),
  ],
  [`GET ${MEETING}/agenda`]: [by('secretary')],
  [`PUT ${MEETING}/agenda/order`]: [by('secretary')],
  [`POST ${MEETING}/agenda/publish`]: [
    { who: 'secretary', setup: (fx) => stageItem(fx.ctx, fx, 'scheduled') },
  ],
  [`GET ${MEETING}/agenda/versions`]: [by('staff')],
  [`GET ${MEETING}/agenda/versions/:version`]: [by('staff'), by('member')],
  // The organisation's version (staff) and the members' version (member of the forum).
  [`GET ${MEETING}/documents/:kind/:version/:format`]: [by('staff'), by('member')],
  [`GET ${MEETING}/attendance`]: [by('director'), by('admin')],
  [`POST ${MEETING}/absence`]: [by('director')],
  [`DELETE ${MEETING}/absence`]: [by('director')],
  [`POST ${MEETING}/guests`]: [by('secretary')],
  // The feed is the token holder's (the director's), whoever the header names.
  'GET /feeds/:token/mine.ics': [by('director')],
  'GET /feeds/:token/forums/:forum.ics': [by('director')],
  'POST /api/orgs/:org/people/:person/feed-token': [{ who: 'member', self: true }],
  // One's own first (no password yet, so no current one needed), then the admin's reset of it.
  'POST /api/orgs/:org/people/:person/password': [{ who: 'member', self: true }, by('admin')],
  [`PUT ${MEETING}/items/:item/minutes`]: [by('secretary', 'published'), by('chair', 'published')],
  [`POST ${MEETING}/items/:item/minutes/finalise`]: [
    {
      who: 'secretary',
      stage: 'published',
      setup: async (fx, item) =>
        saveItemMinutes(
          fx.ctx,
          await callerFor(fx.ctx, fx.people.secretary),
          fx.org.slug,
          fx.forum.shortName,
          fx.meetingId,
          item?.id ?? '',
          { version: null, minutes: COMPLETE_MINUTES },
        ),
    },
  ],
  'GET /api/orgs/:org/forums/:forum/follow-ups': [by('director'), by('admin')],
  'GET /api/orgs/:org/people/:person/follow-ups': [{ who: 'member', self: true }, by('operator')],
  'GET /api/orgs/:org/people/:person/work': [{ who: 'member', self: true }, by('operator')],
  // Not even one's own: access requests go through the admins.
  'GET /api/orgs/:org/people/:person/audit': [by('admin'), by('operator')],
  // Once only: the fixture's follow-up is then done.
  'POST /api/orgs/:org/follow-ups/:followUp/complete': [by('member')],
  [`GET ${MEETING}/minutes/draft`]: [by('secretary'), by('director')],
  [`GET ${MEETING}/minutes/items`]: [by('secretary'), by('chair')],
  [`POST ${MEETING}/minutes/review`]: [by('secretary')],
  [`POST ${MEETING}/minutes/publish`]: [by('secretary')],
  [`GET ${MEETING}/minutes/versions`]: [by('staff')],
  [`GET ${MEETING}/minutes/versions/:version`]: [by('staff'), by('member')],
  // The director approved in the member test above; the other member approves here.
  [`POST ${MEETING}/minutes/approve`]: [by('member')],
  [`GET ${MEETING}/minutes/approvals`]: [by('director'), by('admin')],
  [`GET ${MEETING}/minutes/communication`]: [by('staff')],
  [`PUT ${MEETING}/items/:item/minutes/correction`]: [
    {
      who: 'secretary',
      stage: 'published',
      setup: async (fx, item) => {
        const secretary = await callerFor(fx.ctx, fx.people.secretary);
        const args = [
          fx.ctx,
          secretary,
          fx.org.slug,
          fx.forum.shortName,
          fx.meetingId,
          item?.id ?? '',
        ] as const;
        await saveItemMinutes(...args, { version: null, minutes: COMPLETE_MINUTES });
        return finaliseItemMinutes(...args);
      },
    },
  ],
  'GET /api/orgs/:org/year': [by('staff'), by('member')],
  'GET /api/orgs/:org/forums/:forum/wheel': [by('director'), by('admin')],
  'POST /api/orgs/:org/forums/:forum/wheel': [by('secretary'), by('chair')],
  'PATCH /api/orgs/:org/forums/:forum/wheel/:wheelEntry': [by('secretary')],
  // Removes the fixture's entry: after the PATCH above, and by one person only.
  'DELETE /api/orgs/:org/forums/:forum/wheel/:wheelEntry': [by('secretary')],
  'GET /api/orgs/:org/forums/:forum/theme-plan': [by('director'), by('admin')],
  'GET /api/orgs/:org/forums/:forum/theme-plan/proposal': [by('member')],
  'POST /api/orgs/:org/forums/:forum/theme-plan': [by('secretary')],
  'PATCH /api/orgs/:org/forums/:forum/theme-plan/:themeAssignment': [by('chair')],
  'GET /api/orgs/:org/forums/:forum/themes': [by('director'), by('admin')],
  'POST /api/orgs/:org/forums/:forum/themes': [by('member')],
  // Only the chair ("kommunaldirektøren udvælger temaerne"); select first, then take it off again.
  'POST /api/orgs/:org/forums/:forum/themes/:theme/select': [by('chair')],
  'POST /api/orgs/:org/forums/:forum/themes/:theme/unselect': [by('chair')],
  'GET /api/orgs/:org/forums/:forum/leaders-days': [by('member'), by('admin')],
  'POST /api/orgs/:org/forums/:forum/leaders-days': [by('secretary'), by('admin')],
  'GET /api/orgs/:org/forums/:forum/leaders-days/:day': [by('member'), by('admin')],
  'PATCH /api/orgs/:org/forums/:forum/leaders-days/:day': [by('secretary'), by('admin')],
  // Register, then cancel again (the director did both in the member test above).
  'POST /api/orgs/:org/forums/:forum/leaders-days/:day/registration': [by('member')],
  'DELETE /api/orgs/:org/forums/:forum/leaders-days/:day/registration': [by('member')],
  'POST /api/orgs/:org/forums/:forum/leaders-days/:day/files': [by('secretary'), by('admin')],
  'GET /api/orgs/:org/forums/:forum/leaders-days/:day/files/:file': [by('director'), by('secretary')],
  // Removes the fixture's file: after the download above, and by one person only.
  'DELETE /api/orgs/:org/forums/:forum/leaders-days/:day/files/:file': [by('secretary')],
  'GET /api/orgs/:org/forums/:forum/groups': [by('staff')],
  'POST /api/orgs/:org/forums/:forum/groups': [by('secretary'), by('admin')],
  'GET /api/orgs/:org/forums/:forum/groups/:group': [by('director'), by('admin')],
  'PATCH /api/orgs/:org/forums/:forum/groups/:group': [by('chair')],
  'POST /api/orgs/:org/forums/:forum/programmes': [by('secretary'), by('admin')],
  'GET /api/orgs/:org/forums/:forum/programmes/:year': [by('staff')],
  'GET /api/orgs/:org/forums/:forum/programmes/:year/export': [by('staff')],
  'POST /api/orgs/:org/forums/:forum/programmes/:year/initiatives': [by('secretary'), by('admin')],
  'PATCH /api/orgs/:org/forums/:forum/programmes/:year/initiatives/:initiative': [by('chair')],
  // Once only: the fixture's initiative is then gone.
  'DELETE /api/orgs/:org/forums/:forum/programmes/:year/initiatives/:initiative': [by('secretary')],
  'GET /api/orgs/:org/people/:person/groups': [{ who: 'member', self: true }, by('operator')],
  'GET /api/orgs/:org/forums/:forum/dashboard': [by('director'), by('admin')],
  // Last: it moves every untreated item of the fixture's meeting back to the queue.
  [`POST ${MEETING}/postpone-remaining`]: [by('secretary')],
};

const routeOf = (key: string): Route => {
  const route = apiRoutes.find((r) => keyOf(r) === key);
  if (!route) throw new Error(`route-permissions: ${key} is no route; remove it from the table`);
  return route;
};
const ok = (route: Route) => route.status ?? 200;

let s: TestServer;
let A: OrgFixture;
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
});
afterAll(() => s.close());

describe('a staff person without roles in any forum', () => {
  const staff = () => as(A.people.staff.id);

  it('gets 403 on every write but those open to all, 200 on every read open to the organisation, and saves nothing', async () => {
    for (const key of [...Object.keys(OPEN_WRITES), ...Object.keys(ROLE_READS)]) routeOf(key);
    const before = await snapshot(s, A);
    for (const route of apiRoutes.filter((r) => !isFeed(r) && !isItemRoute(r) && !OPEN_WRITES[keyOf(r)])) {
      const res = await send(s, route, A, staff());
      if (route.method === 'GET' && !ROLE_READS[keyOf(route)])
        expect(res.statusCode, describeRes(route, res)).toBe(200);
      else expectError(route, res, 403, 'forbidden');
    }
    expect(await snapshot(s, A)).toEqual(before);
  });

  it('gets 404 (never 403) on every route of an item they may not read, 403 on the writes of one they may', async () => {
    const before = await snapshot(s, A);
    for (const route of apiRoutes.filter(isItemRoute))
      for (const stage of STAGES) {
        const res = await send(s, route, A, staff(), { stage });
        // The forum's routes on an item (minutes) ask the forum first: refused whatever the item.
        if (resourceOf(route) !== 'item') expectError(route, res, 403, 'forbidden', stage);
        else if (!OPEN_STAGES.includes(stage)) expectError(route, res, 404, 'not_found', stage);
        else if (route.method === 'GET' || READER_WRITES[keyOf(route)])
          expect(res.statusCode, describeRes(route, res, stage)).toBe(200);
        else expectError(route, res, 403, 'forbidden', stage);
      }
    expect(await snapshot(s, A)).toEqual(before);
  });

  it('succeeds with the writes the policy opens to everyone in the organisation', async () => {
    for (const [key, reason] of Object.entries(OPEN_WRITES)) {
      const route = routeOf(key);
      const res = await send(s, route, A, staff());
      expect(res.statusCode, `${reason}: ${describeRes(route, res)}`).toBe(ok(route));
    }
  });
});

describe('a member of the forum without a managing role', () => {
  const member = () => as(A.people.director.id);
  const forumRoutes = () => apiRoutes.filter((r) => r.path.includes(':forum') && !isFeed(r));

  it('gets 403 on running the forum and on its working lists, and saves nothing', async () => {
    const before = await snapshot(s, A);
    for (const route of forumRoutes().filter((r) => !MEMBER_MAY[keyOf(r)])) {
      const res = await send(s, route, A, member());
      if (route.method === 'GET' && !ROLE_READS[keyOf(route)])
        expect(res.statusCode, describeRes(route, res)).toBe(200);
      else expectError(route, res, 403, 'forbidden');
    }
    expect(await snapshot(s, A)).toEqual(before);
  });

  it('may propose items, report absence and see who comes', async () => {
    for (const [key, reason] of Object.entries(MEMBER_MAY)) {
      const route = routeOf(key);
      const res = await send(s, route, A, member());
      expect(res.statusCode, `${reason}: ${describeRes(route, res)}`).toBe(ok(route));
    }
  });
});

describe('the people who should succeed do (the fixtures are valid)', () => {
  it('names for every route who succeeds with it', () => {
    for (const route of apiRoutes)
      expect(SUCCEEDS[keyOf(route)], `who succeeds with ${keyOf(route)}?`).toBeDefined();
    for (const key of Object.keys(SUCCEEDS)) routeOf(key);
    for (const route of apiRoutes.filter(isItemRoute))
      for (const check of SUCCEEDS[keyOf(route)] ?? [])
        expect(check.stage, `${keyOf(route)}: on an item in which stage?`).toBeDefined();
  });

  it('answers each of them with the route’s success status', async () => {
    for (const [key, checks] of Object.entries(SUCCEEDS))
      for (const check of checks) {
        const route = routeOf(key);
        const who = check.who === 'operator' ? 'operator' : A.people[check.who].id;
        const item = check.stage ? await stageItem(s.t.ctx, A, check.stage) : undefined;
        await check.setup?.(A, item);
        const res = await send(s, route, A, as(who), {
          ...(item && { item }),
          ...(check.self && { params: { person: who } }),
        });
        expect(res.statusCode, `${check.who}: ${describeRes(route, res, check.stage)}`).toBe(ok(route));
      }
  });
});
