/**
 * Fixtures for the route-table and route-permission tests: one organisation with a forum, people
 * in every role, a case, a unit, a stored meeting with a published agenda, an item in each stage of
 * the pipeline (each with an attachment), a follow-up of the member's and a calendar-feed token; plus a valid body and query for
 * every route, so that a refusal can never come from the input. A route whose path names a
 * parameter, or whose body, has no fixture here makes the tests fail loudly: add one.
 */
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { addAttachment } from '../../src/app/add-attachment.ts';
import { addLeadersDayFile } from '../../src/app/add-leaders-day-file.ts';
import type { AppContext } from '../../src/app/context.ts';
import { createCase } from '../../src/app/create-case.ts';
import { createItem } from '../../src/app/create-item.ts';
import { createUnit } from '../../src/app/create-unit.ts';
import { createWorkProgramme } from '../../src/app/create-work-programme.ts';
import { createWorkingGroup } from '../../src/app/create-working-group.ts';
import { decideItem } from '../../src/app/decide-item.ts';
import { finaliseItemMinutes } from '../../src/app/finalise-item-minutes.ts';
import { publishAgenda } from '../../src/app/publish-agenda.ts';
import { publishMinutes } from '../../src/app/publish-minutes.ts';
import { renewFeedToken } from '../../src/app/renew-feed-token.ts';
import { saveItemMinutes } from '../../src/app/save-item-minutes.ts';
import { addProgrammeInitiative } from '../../src/app/save-programme-initiative.ts';
import { scheduleItem } from '../../src/app/schedule-item.ts';
import { submitItem } from '../../src/app/submit-item.ts';
import { updatePerson } from '../../src/app/update-person.ts';
import { updateUnit } from '../../src/app/update-unit.ts';
import type { Item } from '../../src/domain/item.ts';
import type { Forum, Organisation, Person } from '../../src/domain/organisation.ts';
import { ACTIONS } from '../../src/domain/policy.ts';
import type { Route } from '../../src/http/route.ts';
import { apiRoutes } from '../../src/http/server.ts';
import { insertFollowUp } from '../../src/store/follow-ups.ts';
import { listMeetingItems } from '../../src/store/items.ts';
import { insertLeadersDay, insertTheme, upsertRegistration } from '../../src/store/leadership.ts';
import { insertThemeAssignment, insertWheelEntry } from '../../src/store/planning.ts';
import {
  callerFor,
  charterFactory,
  chefforumCharter,
  forumFactory,
  memberFactory,
  operator,
  orgFactory,
  personFactory,
  unique,
} from '../support/factories.ts';
import { as, type ErrorBody, type TestServer } from '../support/http.ts';

/** Where an item is in the pipeline; every route on an item is tried on each. */
export const STAGES = ['draft', 'submitted', 'queued', 'scheduled', 'published'] as const;
export type Stage = (typeof STAGES)[number];
export const PERSONAS = ['chair', 'secretary', 'member', 'director', 'staff', 'admin'] as const;
/** chair/secretary/member/director: of the forum CF; the member submits every item, the director
 *  (head of the member's unit) approves them; staff and admin have no forum role. */
export type Persona = (typeof PERSONAS)[number];
export interface StagedItem {
  id: string;
  version: number;
  attachment: string;
}
export interface OrgFixture {
  ctx: AppContext;
  org: Organisation;
  forum: Forum;
  people: Record<Persona, Person>;
  /** Values for the path parameters that do not depend on the item. */
  params: Record<string, string>;
  items: Record<Stage, StagedItem>;
  /** The stored meeting whose agenda was published (version 1), with items scheduled since. */
  meetingId: string;
  /** The director's secret calendar-feed token. */
  token: string;
  /** Strings of this organisation that must never appear in an answer to another. */
  markers: string[];
}

export const MEETING_DATE = '2025-05-15';
/** A meeting whose minutes are published (the minutes' read and approval routes act on it). */
export const MINUTES_PUBLISHED_DATE = '2025-05-01';
/** A meeting whose item minutes are all final, ready to be sent for review and published. */
export const MINUTES_READY_DATE = '2025-06-05';
export const keyOf = (r: Pick<Route, 'method' | 'path'>) => `${r.method} ${r.path}`;
export const resourceOf = (r: Route) => (r.action === 'public' ? 'public' : ACTIONS[r.action]);
/** Routes signed by a secret token in the path (calendar feeds) instead of the usual sign-in. */
export const isFeed = (r: Route) => r.actor !== undefined;
export const isItemRoute = (r: Route) => r.path.includes(':item');
export const reads = apiRoutes.filter((r) => r.method === 'GET');
export const writes = apiRoutes.filter((r) => r.method !== 'GET');
export const stagesOf = (r: Route): readonly (Stage | undefined)[] => (isItemRoute(r) ? STAGES : [undefined]);

type BodyFn = (fx: OrgFixture, item: StagedItem) => unknown;
/** Minutes an information item (no recommendations) can be finalised with. */
export const COMPLETE_MINUTES = {
  outcomes: [{ kind: 'noted' }],
  decision: {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Taget til efterretning.' }] }],
  },
};
const MEETING = '/api/orgs/:org/forums/:forum/meetings/:meeting';
/** Each new work programme in a fresh year (one programme per forum and year). */
let nextProgrammeYear = 2031;
/** A valid body for every route that takes one; a Readable is sent as a raw upload. */
export const BODIES: Record<string, BodyFn> = {
  'POST /api/orgs': () => ({ slug: unique('ny'), name: 'Ny kommune' }),
  'POST /api/orgs/:org/units': () => ({ name: 'Ny enhed' }),
  'PATCH /api/orgs/:org/units/:unit': () => ({ name: 'Omdøbt enhed' }),
  'POST /api/orgs/:org/people': () => ({ name: 'Ny Person', email: `${unique('ny')}@example.dk` }),
  'PATCH /api/orgs/:org/people/:person': () => ({ title: 'Ny titel' }),
  'POST /api/orgs/:org/forums': () => ({
    shortName: `N${randomBytes(3).toString('hex').toUpperCase()}`,
    name: 'Nyt',
  }),
  'PATCH /api/orgs/:org/forums/:forum': () => ({ name: 'Omdøbt forum' }),
  // Starts in 2030, so nobody's roles today change.
  'POST /api/orgs/:org/forums/:forum/memberships': (fx) => ({
    personId: fx.people.staff.id,
    role: 'member',
    startDate: '2030-01-01',
  }),
  'POST /api/orgs/:org/forums/:forum/memberships/:membership/end': () => ({ endDate: '2030-01-01' }),
  'POST /api/orgs/:org/forums/:forum/charters': () => chefforumCharter({ effectiveFrom: '2030-01-01' }),
  'POST /api/orgs/:org/forums/:forum/meetings': () => ({ start: '2030-01-10T09:00', location: 'Ny sal' }),
  [`PATCH ${MEETING}`]: () => ({ location: 'Mødelokale 2' }),
  [`POST ${MEETING}/cancel`]: () => ({ reason: 'Aflyst' }),
  'POST /api/orgs/:org/cases': () => ({ title: 'Ny sag om vejvedligeholdelse' }),
  'PATCH /api/orgs/:org/cases/:case': (fx) => ({ title: 'Omdøbt sag', decidingForumId: fx.forum.id }),
  'POST /api/orgs/:org/kle/suggest': () => ({ title: 'Vejvedligeholdelse og snerydning' }),
  'POST /api/orgs/:org/forums/:forum/items': () => ({ type: 'information', title: 'Nyt punkt' }),
  'PATCH /api/orgs/:org/items/:item': (_fx, item) => ({ version: item.version, title: 'Nyt navn' }),
  'PUT /api/orgs/:org/items/:item/notes': () => ({ body: 'Husk at spørge til økonomien.', version: null }),
  'POST /api/orgs/:org/items/:item/decision': () => ({ decision: 'approve' }),
  'POST /api/orgs/:org/items/:item/withdraw': () => ({ comment: 'Trukket tilbage' }),
  'POST /api/orgs/:org/items/:item/schedule': () => ({ meeting: MEETING_DATE }),
  'POST /api/orgs/:org/items/:item/attachments': () => Readable.from(Buffer.from('hej')),
  [`PUT ${MEETING}/agenda/order`]: async (fx) => ({
    itemIds: (await listMeetingItems(fx.ctx.db, fx.meetingId)).map((i) => i.id),
  }),
  [`POST ${MEETING}/absence`]: () => ({ reason: 'Ferie' }),
  [`DELETE ${MEETING}/absence`]: () => ({}),
  [`POST ${MEETING}/guests`]: (fx) => ({ personId: fx.people.staff.id, itemIds: [fx.items.published.id] }),
  [`PUT ${MEETING}/items/:item/minutes`]: () => ({ version: null, minutes: COMPLETE_MINUTES }),
  [`POST ${MEETING}/postpone-remaining`]: () => ({ target: { kind: 'queue' } }),
  [`POST ${MEETING}/minutes/publish`]: () => ({}),
  [`PUT ${MEETING}/items/:item/minutes/correction`]: () => ({
    version: 1,
    minutes: {
      ...COMPLETE_MINUTES,
      decision: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Rettet.' }] }],
      },
    },
    note: 'Stavefejl rettet',
  }),
  'POST /api/orgs/:org/follow-ups/:followUp/complete': () => ({ evidence: 'Notatet er sendt ud.' }),
  'POST /api/orgs/:org/people/:person/password': () => ({ newPassword: 'korrekt-hest-batteri-hæfteklamme' }),
  'POST /api/orgs/:org/forums/:forum/wheel': (fx) => ({
    title: 'Budgetproces',
    when: { kind: 'first_in_month', month: 9 },
    responsiblePersonId: fx.people.member.id,
  }),
  'PATCH /api/orgs/:org/forums/:forum/wheel/:wheelEntry': () => ({ leadWeeks: 6 }),
  'POST /api/orgs/:org/forums/:forum/theme-plan': (fx) => ({
    meeting: '2025-06-19',
    theme: 'Rekruttering',
    presenterPersonId: fx.people.director.id,
  }),
  'PATCH /api/orgs/:org/forums/:forum/theme-plan/:themeAssignment': () => ({ status: 'confirmed' }),
  'POST /api/orgs/:org/forums/:forum/themes': () => ({ title: 'Ledelse på tværs', description: 'Et tema' }),
  // A planned Chefforum meeting without themes (1st Thursday of July 2025).
  'POST /api/orgs/:org/forums/:forum/themes/:theme/select': () => ({ meeting: '2025-07-03' }),
  // Each leaders' day of a forum has its own date.
  'POST /api/orgs/:org/forums/:forum/leaders-days': () => ({
    date: `2031-0${1 + (leadersDays % 9)}-${String(10 + Math.floor(leadersDays++ / 9)).padStart(2, '0')}`,
    place: 'Rådhuset',
    seats: 50,
    registrationDeadline: '2030-12-31',
    evaluationForum: 'CF',
  }),
  'POST /api/orgs/:org/forums/:forum/leaders-days/:day/registration': () => ({ dietaryNeeds: 'Vegetar' }),
  'PATCH /api/orgs/:org/forums/:forum/leaders-days/:day': () => ({ place: 'Musikteatret', seats: 60 }),
  'POST /api/orgs/:org/forums/:forum/leaders-days/:day/files': () => Readable.from(Buffer.from('Program')),
  'POST /api/orgs/:org/forums/:forum/groups': () => ({
    name: unique('Arbejdsgruppe'),
    mandate: 'Belys emnet.',
    deadline: '2025-09-01',
  }),
  'PATCH /api/orgs/:org/forums/:forum/groups/:group': () => ({ deadline: '2025-07-15' }),
  'POST /api/orgs/:org/forums/:forum/programmes': () => ({
    year: nextProgrammeYear++,
    title: 'Nyt',
  }),
  'POST /api/orgs/:org/forums/:forum/programmes/:year/initiatives': () => ({ title: 'Nyt initiativ' }),
  'PATCH /api/orgs/:org/forums/:forum/programmes/:year/initiatives/:initiative': () => ({
    status: 'in_progress',
  }),
};
let leadersDays = 0;
/** A valid query for every route that needs one. */
export const QUERIES: Record<string, string> = {
  'GET /api/orgs/:org/forums/:forum/meetings': '?from=2025-05-01&to=2025-06-30',
  'POST /api/orgs/:org/items/:item/attachments': '?name=bilag.txt',
  'POST /api/orgs/:org/forums/:forum/leaders-days/:day/files': '?name=program.txt&title=Program',
  'GET /api/orgs/:org/search': '?q=budget&from=2025-01-01',
  'GET /api/orgs/:org/people/:person/audit': '?format=json',
  'GET /api/orgs/:org/forums/:forum/wheel': '?year=2025',
  'GET /api/orgs/:org/year': '?year=2025',
  'GET /api/orgs/:org/forums/:forum/programmes/:year/export': '?format=csv',
  'GET /api/orgs/:org/forums/:forum/dashboard': '?from=2025-01-01&to=2025-12-31',
};
/** Path parameters a route needs other than the fixture's own: cancelling another meeting. */
export const PARAMS: Record<string, Record<string, string>> = {
  [`POST ${MEETING}/cancel`]: { meeting: '2025-06-19' },
  [`POST ${MEETING}/minutes/review`]: { meeting: MINUTES_READY_DATE },
  [`POST ${MEETING}/minutes/publish`]: { meeting: MINUTES_READY_DATE },
  [`GET ${MEETING}/minutes/versions`]: { meeting: MINUTES_PUBLISHED_DATE },
  [`GET ${MEETING}/minutes/versions/:version`]: { meeting: MINUTES_PUBLISHED_DATE },
  [`GET ${MEETING}/minutes/approvals`]: { meeting: MINUTES_PUBLISHED_DATE },
  [`GET ${MEETING}/minutes/communication`]: { meeting: MINUTES_PUBLISHED_DATE },
  [`POST ${MEETING}/minutes/approve`]: { meeting: MINUTES_PUBLISHED_DATE },
};

export function fill(path: string, values: Record<string, string | undefined>): string {
  return path.replace(/:(\w+)/g, (_m, name: string) => {
    const value = values[name];
    if (!value) throw new Error(`route fixtures: no fixture for :${name} in ${path}; add one`);
    return encodeURIComponent(value);
  });
}

export interface SendOptions {
  /** Which item the route acts on (default: the draft). */
  stage?: Stage;
  item?: StagedItem;
  params?: Record<string, string>;
  /** Replace the body (e.g. nonsense, to show it is not parsed). */
  body?: unknown;
}

export async function send(
  s: TestServer,
  route: Route,
  fx: OrgFixture,
  headers: Record<string, string> = {},
  options: SendOptions = {},
): Promise<LightMyRequestResponse> {
  const key = keyOf(route);
  const bodyFn = BODIES[key];
  if (route.body && !bodyFn) throw new Error(`route fixtures: no body fixture for ${key}; add one`);
  const item = options.item ?? fx.items[options.stage ?? 'draft'];
  const values = {
    ...fx.params,
    // The material file routes act on the released leaders' day (the other one is years ahead).
    ...(route.path.includes('/leaders-days/:day/files') && { day: fx.params.materialDay }),
    item: item.id,
    attachment: item.attachment,
    ...PARAMS[key],
    ...options.params,
  };
  const body = options.body ?? (bodyFn ? await bodyFn(fx, item) : undefined);
  const raw = body instanceof Readable || Buffer.isBuffer(body);
  return s.app.inject({
    method: route.method,
    url: fill(route.path, values) + (QUERIES[key] ?? ''),
    headers: raw ? { ...headers, 'content-type': 'application/octet-stream' } : headers,
    ...(body !== undefined && { payload: body as object }),
  });
}

export const describeRes = (route: Route, res: LightMyRequestResponse, stage?: Stage) =>
  `${keyOf(route)}${stage ? ` [${stage}]` : ''} -> ${res.statusCode} ${res.body.slice(0, 300)}`;

export function expectError(
  route: Route,
  res: LightMyRequestResponse,
  status: number,
  code: string,
  stage?: Stage,
): void {
  expect(res.statusCode, describeRes(route, res, stage)).toBe(status);
  const body = res.json<ErrorBody>();
  expect(Object.keys(body).sort()).toEqual(['details', 'error', 'message']);
  expect(body.error).toBe(code);
}

/** The calendar text with folded lines joined, so that a marker split by folding is still found. */
export const unfold = (text: string): string => text.replace(/\r\n[ \t]/g, '');

/** Everything the reads of an organisation answer (as the operator), to show that nothing changed. */
export async function snapshot(s: TestServer, fx: OrgFixture): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  // The audit log grows with every audited read (an export of a person's events is one itself).
  for (const r of reads.filter((x) => x.path.includes(':org') && x.action !== 'audit.read'))
    for (const stage of stagesOf(r))
      out[`${keyOf(r)} ${stage ?? ''}`] = (await send(s, r, fx, as('operator'), { stage })).body;
  return out;
}

/** An item of the member's, for the meeting of 15 May, brought to `stage` through the use cases. */
export async function stageItem(
  ctx: AppContext,
  fx: Pick<OrgFixture, 'org' | 'forum' | 'people'>,
  stage: Stage,
  title = `${fx.org.name}: punkt (${stage})`,
): Promise<StagedItem & { item: Item }> {
  const slug = fx.org.slug;
  const member = await callerFor(ctx, fx.people.member);
  let item = await createItem(ctx, member, slug, fx.forum.shortName, {
    type: 'information',
    title,
    meeting: MEETING_DATE,
  });
  const body = Readable.from(Buffer.from('hej'));
  const attachment = (await addAttachment(ctx, member, slug, item.id, { name: 'bilag.txt', body })).id;
  const secretary = () => callerFor(ctx, fx.people.secretary);
  if (stage !== 'draft') item = await submitItem(ctx, member, slug, item.id);
  if (stage !== 'draft' && stage !== 'submitted')
    item = await decideItem(ctx, await callerFor(ctx, fx.people.director), slug, item.id, {
      decision: 'approve',
    });
  if (stage === 'scheduled' || stage === 'published')
    item = await scheduleItem(ctx, await secretary(), slug, item.id, { meeting: MEETING_DATE });
  if (stage === 'published') {
    await publishAgenda(ctx, await secretary(), slug, fx.forum.shortName, MEETING_DATE);
    item = { ...item, state: 'published' };
  }
  return { id: item.id, version: item.version, attachment, item };
}

/** A meeting with one item whose minutes are final; its minutes published if `publish`. */
async function heldMeeting(
  ctx: AppContext,
  fx: Pick<OrgFixture, 'org' | 'forum' | 'people'>,
  date: string,
  publish: boolean,
): Promise<void> {
  const slug = fx.org.slug;
  const member = await callerFor(ctx, fx.people.member);
  const secretary = await callerFor(ctx, fx.people.secretary);
  const item = await createItem(ctx, member, slug, fx.forum.shortName, {
    type: 'information',
    title: `${fx.org.name}: punkt behandlet ${date}`,
  });
  await submitItem(ctx, member, slug, item.id);
  await decideItem(ctx, await callerFor(ctx, fx.people.director), slug, item.id, { decision: 'approve' });
  await scheduleItem(ctx, secretary, slug, item.id, { meeting: date });
  await publishAgenda(ctx, secretary, slug, fx.forum.shortName, date);
  const minutes = { ...COMPLETE_MINUTES, communicate: { include: true } };
  await saveItemMinutes(ctx, secretary, slug, fx.forum.shortName, date, item.id, { version: null, minutes });
  await finaliseItemMinutes(ctx, secretary, slug, fx.forum.shortName, date, item.id);
  if (publish) await publishMinutes(ctx, secretary, slug, fx.forum.shortName, date);
}

/** One organisation with everything the route table needs; its name goes into every title. */
export async function organisationFixture(
  ctx: AppContext,
  names: { slug: string; word: string; org: string; forum: string; chair: string; unit: string },
): Promise<OrgFixture> {
  const org = await orgFactory(ctx, { slug: unique(names.slug), name: names.org });
  const unit = await createUnit(ctx, operator(), org.slug, { name: names.unit });
  const person = (name: string, role: 'admin' | 'staff' = 'staff') =>
    personFactory(ctx, org, { name, title: 'Direktør', role });
  const people: Record<Persona, Person> = {
    chair: await person(names.chair),
    secretary: await person(`${names.org} Sekretær`),
    member: await person(`${names.org} Indsender`),
    director: await person(`${names.org} Direktør`),
    staff: await person(`${names.org} Medarbejder`),
    admin: await person(`${names.org} Administrator`, 'admin'),
  };
  await updateUnit(ctx, operator(), org.slug, unit.id, { directorPersonId: people.director.id });
  await updatePerson(ctx, operator(), org.slug, people.member.id, { unitId: unit.id });
  const forum = await forumFactory(ctx, org, { shortName: 'CF', name: names.forum });
  const membership = await memberFactory(ctx, org, forum, people.chair, 'chair');
  await memberFactory(ctx, org, forum, people.secretary, 'secretary');
  await memberFactory(ctx, org, forum, people.member, 'member');
  await memberFactory(ctx, org, forum, people.director, 'member');
  await charterFactory(ctx, org, forum);
  const kase = await createCase(ctx, operator(), org.slug, { title: `${names.org}: sag om budget` });
  const base = { org, forum, people };
  // Published first (its publication makes agenda version 1), then one scheduled after it.
  const published = await stageItem(ctx, base, 'published');
  const items = {
    draft: await stageItem(ctx, base, 'draft'),
    submitted: await stageItem(ctx, base, 'submitted'),
    queued: await stageItem(ctx, base, 'queued'),
    scheduled: await stageItem(ctx, base, 'scheduled'),
    published,
  };
  const meetingId = published.item.meetingId ?? '';
  await heldMeeting(ctx, base, MINUTES_PUBLISHED_DATE, true);
  await heldMeeting(ctx, base, MINUTES_READY_DATE, false);
  const director = await callerFor(ctx, people.director);
  const { token } = await renewFeedToken(ctx, director, org.slug, people.director.id);
  const followUp = await insertFollowUp(ctx.db, {
    orgId: org.id,
    forumId: forum.id,
    sourceItemId: published.id,
    title: `${names.org}: opfølgning på budgettet`,
    ownerPersonId: people.member.id,
    dueDate: '2025-06-30',
  });
  const wheelEntry = await insertWheelEntry(ctx.db, org.id, forum.id, {
    title: `${names.org}: budgetproces`,
    description: '',
    when: { kind: 'first_in_month', month: 6 },
    responsiblePersonId: people.member.id,
    leadWeeks: 4,
    itemType: 'theme',
    active: true,
  });
  const themeAssignment = await insertThemeAssignment(ctx.db, {
    orgId: org.id,
    forumId: forum.id,
    meetingId,
    theme: `${names.org}: temadrøftelse`,
    presenterPersonId: people.director.id,
    status: 'proposed',
    note: '',
  });
  // A proposed Lederforum-style theme (selected, then unselected, by the route tests) and a leaders' day.
  const theme = await insertTheme(ctx.db, {
    orgId: org.id,
    forumId: forum.id,
    title: `${names.org}: tema om ledelse`,
    description: '',
    proposerPersonId: people.member.id,
  });
  const day = await insertLeadersDay(ctx.db, {
    orgId: org.id,
    forumId: forum.id,
    date: '2030-05-28',
    place: `${names.org}: rådhuset`,
    seats: 100,
    registrationDeadline: '2030-05-01',
    programme: '',
    material: [],
    evaluationForumId: forum.id,
  });
  // A leaders' day whose material is released (the clock is 1 April 2025), where the director has a
  // seat: the material file routes act on it and its file.
  const materialDay = await insertLeadersDay(ctx.db, {
    orgId: org.id,
    forumId: forum.id,
    date: '2025-04-10',
    place: `${names.org}: musikteatret`,
    seats: 100,
    registrationDeadline: '2025-04-05',
    programme: '',
    material: [],
    evaluationForumId: forum.id,
  });
  await upsertRegistration(ctx.db, {
    orgId: org.id,
    leadersDayId: materialDay.id,
    personId: people.director.id,
    status: 'registered',
    dietaryNeeds: '',
  });
  const materialFile = await addLeadersDayFile(ctx, operator(), org.slug, forum.shortName, materialDay.id, {
    name: 'program.txt',
    body: Readable.from([Buffer.from(`${names.org}: program`)]),
  });
  // Planning the year: a working group of the forum and the forum's work programme for 2025.
  const group = await createWorkingGroup(ctx, operator(), org.slug, forum.shortName, {
    name: `${names.org}: arbejdsgruppe om indkøb`,
    mandate: 'Belys fælles indkøb.',
    deadline: '2025-06-30',
  });
  await createWorkProgramme(ctx, operator(), org.slug, forum.shortName, {
    year: 2025,
    title: 'Arbejdsprogram',
  });
  const initiative = await addProgrammeInitiative(ctx, operator(), org.slug, forum.shortName, 2025, {
    title: `${names.org}: fælles ledelsesgrundlag`,
  });
  const params = {
    org: org.slug,
    forum: forum.shortName,
    person: people.member.id,
    membership: membership.id,
    meeting: meetingId,
    unit: unit.id,
    case: kase.id,
    version: '1',
    // The published agenda (version 1) as HTML: the document route's kind and format.
    kind: 'agenda',
    format: 'html',
    token,
    followUp: followUp.id,
    wheelEntry: wheelEntry.id,
    themeAssignment,
    theme: theme.id,
    day: day.id,
    materialDay: materialDay.id,
    file: materialFile.id,
    group: group.id,
    year: '2025',
    initiative: initiative.id,
  };
  const markers = [
    org.slug,
    org.id,
    names.word,
    names.chair,
    unit.id,
    kase.id,
    meetingId,
    membership.id,
    followUp.id,
    wheelEntry.id,
    themeAssignment,
    theme.id,
    day.id,
    group.id,
    initiative.id,
  ];
  for (const p of Object.values(people)) markers.push(p.id, p.email);
  for (const i of Object.values(items)) markers.push(i.id, i.attachment);
  return { ctx, org, forum, people, params, items, meetingId, token, markers };
}
