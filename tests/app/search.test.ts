/**
 * Search on the real database (both engines): Danish stemming and title trigrams, every filter,
 * highlighted snippets and where the match was, attachment text, and a closed item's canary word
 * found only by its forum.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/app/context.ts';
import { searchItems } from '../../src/app/search-items.ts';
import type { Item } from '../../src/domain/item.ts';
import type { Forum, Organisation, Person } from '../../src/domain/organisation.ts';
import { paragraphsDoc } from '../../src/domain/rich-text.ts';
import { insertAttachment } from '../../src/store/attachments.ts';
import { listAuditEvents } from '../../src/store/audit.ts';
import { insertCase } from '../../src/store/cases.ts';
import { type ItemWrite, insertItem, updateItem } from '../../src/store/items.ts';
import { insertMeeting, updateMeeting } from '../../src/store/meetings.ts';
import { itemMinutes } from '../../src/store/schema.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import {
  callerFor,
  forumFactory,
  memberFactory,
  operator,
  orgFactory,
  personFactory,
} from '../support/factories.ts';
import { failure } from '../support/failure.ts';

let t: TestDatabase;
let org: Organisation;
let f1: Forum;
let f2: Forum;
const people: Record<string, Person> = {};
const items: Record<string, Item> = {};
const CANARY = 'zyxkanarie';

const search = async (who: Caller, q: string, filters: Record<string, unknown> = {}) =>
  searchItems(t.ctx, who, org.slug, { q, ...filters });
const titles = async (who: Caller, q: string, filters: Record<string, unknown> = {}) =>
  (await search(who, q, filters)).items.map((h) => h.title).sort();
const as = (name: string) => callerFor(t.ctx, people[name] as Person);

beforeAll(async () => {
  t = await testDatabase();
  org = await orgFactory(t.ctx, { name: 'Albertslund Kommune' });
  const otherOrg = await orgFactory(t.ctx, { name: 'Ishøj Kommune' });
  f1 = await forumFactory(t.ctx, org, { name: 'Chefforum' });
  f2 = await forumFactory(t.ctx, org, { name: 'Direktionen' });
  for (const name of ['f1Member', 'f1Secretary', 'f2Member', 'approver', 'submitter'])
    people[name] = await personFactory(t.ctx, org, { name });
  people.outsider = await personFactory(t.ctx, otherOrg, { name: 'outsider' });
  await memberFactory(t.ctx, org, f1, people.f1Member as Person);
  await memberFactory(t.ctx, org, f1, people.f1Secretary as Person, 'secretary');
  await memberFactory(t.ctx, org, f2, people.f2Member as Person);

  const march = await insertMeeting(t.db, org.id, f1.id, {
    occurrenceDate: null,
    start: '2025-03-13T09:00:00+01:00',
    end: '2025-03-13T12:00:00+01:00',
    state: 'minutes_published',
    location: '',
    leaderPersonId: null,
    note: '',
  });
  const kleCase = await insertCase(t.db, {
    orgId: org.id,
    title: 'Budget',
    caseNumber: '00.01.00-P35-7-23',
    numberKind: 'kle',
    kleTopic: '00.01.00',
    responsibleUnitId: null,
  });
  const add = async (key: string, over: ItemWrite & Pick<Item, 'title'>, forum = f1) => {
    items[key] = await insertItem(t.db, {
      orgId: org.id,
      forumId: forum.id,
      type: 'decision',
      state: 'decided',
      ...over,
    });
    return items[key] as Item;
  };
  await add('budget', {
    title: 'Budget 2025 for fælles drift',
    meetingId: march.id,
    caseId: kleCase.id,
    sections: { baggrund: paragraphsDoc('Rammen for fælles drift af it og bygninger skal fastlægges.') },
  });
  await add(
    'budgetF2',
    { title: 'Budgetopfølgning i Direktionen', type: 'information', state: 'published' },
    f2,
  );
  await add('guidelines', { title: 'Retningslinjer for hjemmearbejde godkendes', type: 'information' });
  await add('bikes', {
    title: 'Trafikplan',
    recommendations: [
      'at forummet godkender planen',
      'at forummet tager orienteringen om cykelstier til efterretning',
    ],
  });
  const bridge = await add('bridge', { title: 'Havneområdet', meetingId: march.id });
  await t.db.insert(itemMinutes).values({
    itemId: bridge.id,
    orgId: org.id,
    meetingId: march.id,
    record: { decision: paragraphsDoc('Forummet besluttede at udskyde brobyggeriet til 2027.') },
    finalisedAt: new Date(),
  });
  const vent = await add('ventilation', { title: 'Indeklima', state: 'published' });
  await insertAttachment(t.db, {
    orgId: org.id,
    itemId: vent.id,
    name: 'Rapport om indeklima.pdf',
    storageKey: null,
    mediaType: 'application/pdf',
    sizeBytes: 1000,
    sha256: 'x',
    extractedText: 'Målingerne viser at ventilationsanlægget på rådhuset er utilstrækkeligt.',
    extraction: 'ok',
    createdByPersonId: null,
  });
  const closed = await add('closed', {
    title: `Omstrukturering ${CANARY}`,
    closed: true,
    closedBasis: 'personsager',
    sections: { baggrund: paragraphsDoc(`Fortroligt: ${CANARY} berører tre medarbejdere.`) },
  });
  await insertAttachment(t.db, {
    orgId: org.id,
    itemId: closed.id,
    name: 'Bilag.pdf',
    storageKey: null,
    mediaType: 'application/pdf',
    sizeBytes: 10,
    sha256: 'y',
    extractedText: `Navne: ${CANARY} og andre.`,
    extraction: 'ok',
    createdByPersonId: null,
  });
  // An item in F2 awaiting the approver: they may read it, and nothing of F1's closed item.
  await add(
    'submitted',
    {
      title: 'Ny indkøbspolitik',
      state: 'submitted',
      submitterPersonId: people.submitter?.id ?? null,
      approverPersonId: people.approver?.id ?? null,
    },
    f2,
  );
});
afterAll(() => t.close());

describe('Danish full text', () => {
  it('finds an item about "budget" when searching "budgetterne" (stemming)', async () => {
    const who = await as('f2Member');
    const [hit] = (await search(who, 'budgetterne')).items.filter(
      (h) => h.title === 'Budget 2025 for fælles drift',
    );
    expect(hit?.snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['Budget']);
  });

  it('finds a title with "godkendes" when searching "godkendt" (trigrams, where the stemmer misses)', async () => {
    const result = await search(await as('f2Member'), 'godkendt');
    const hit = result.items.find((h) => h.itemId === items.guidelines?.id);
    expect(hit?.match.field).toBe('title');
    // ts_headline knows only the stems; the similar title word is marked by trigrams.
    expect(hit?.snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['godkendes']);
  });

  it('highlights the matched words in a snippet made of plain segments, and names the section', async () => {
    const [hit] = (await search(await as('f1Member'), 'bygningerne', { forum: f1.shortName })).items;
    expect(hit?.title).toBe('Budget 2025 for fælles drift');
    expect(hit?.match).toEqual({ field: 'section', label: 'baggrund' });
    expect(hit?.snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['bygninger']);
    expect(hit?.snippet.map((s) => s.text).join('')).toBe(
      'Rammen for fælles drift af it og bygninger skal fastlægges',
    );
  });

  it('finds words in recommendations, decisions of finalised minutes and attachment text', async () => {
    const who = await as('f2Member');
    const [rec] = (await search(who, 'cykelsti')).items;
    expect(rec).toMatchObject({ title: 'Trafikplan', match: { field: 'recommendation', label: '2' } });
    const [dec] = (await search(who, 'brobyggeriet')).items;
    expect(dec).toMatchObject({ title: 'Havneområdet', match: { field: 'decision' } });
    const [att] = (await search(who, 'ventilationsanlæg')).items;
    expect(att).toMatchObject({
      title: 'Indeklima',
      match: { field: 'attachment', label: 'Rapport om indeklima.pdf' },
    });
    expect(att?.snippet.some((s) => s.hit && s.text === 'ventilationsanlægget')).toBe(true);
    const [name] = (await search(who, 'indeklimarapport OR rapport')).items;
    expect(name).toMatchObject({ title: 'Indeklima', match: { field: 'attachment_name' } });
  });
});

describe('filters', () => {
  it('narrows by forum, period, type, state, case number and KLE topic', async () => {
    const who = await as('f1Member');
    const both = ['Budget 2025 for fælles drift', 'Budgetopfølgning i Direktionen'];
    expect(await titles(who, 'budget')).toEqual(both);
    expect(await titles(who, 'budget', { forum: f2.shortName })).toEqual([both[1]]);
    expect(await titles(who, 'budget', { from: '2025-03-13', to: '2025-03-13' })).toEqual([both[0]]);
    expect(await titles(who, 'budget', { to: '2025-03-12' })).toEqual([]);
    expect(await titles(who, 'budget', { type: 'information' })).toEqual([both[1]]);
    expect(await titles(who, 'budget', { state: 'decided' })).toEqual([both[0]]);
    expect(await titles(who, 'budget', { caseNumber: '00.01.00-P35' })).toEqual([both[0]]);
    expect(await titles(who, 'budget', { caseNumber: '00.02' })).toEqual([]);
    expect(await titles(who, 'budget', { kle: '00.01' })).toEqual([both[0]]);
  });

  it('pages through the hits, with the total', async () => {
    const who = await as('f1Member');
    const first = await search(who, 'budget', { limit: 1 });
    const second = await search(who, 'budget', { limit: 1, offset: 1 });
    expect(first.page.total).toBe(2);
    expect([...first.items, ...second.items].map((h) => h.title).sort()).toEqual(await titles(who, 'budget'));
    expect((await search(who, 'budget', { limit: 1, offset: 5 })).items).toEqual([]);
  });

  it("follows the item's date when the item moves to another meeting and the meeting to another date", async () => {
    const meeting = (start: string) =>
      insertMeeting(t.db, org.id, f1.id, {
        occurrenceDate: null,
        start,
        end: start.replace('T09', 'T12'),
        state: 'planned',
        location: '',
        leaderPersonId: null,
        note: '',
      });
    const april = await meeting('2025-04-10T09:00:00+02:00');
    const may = await meeting('2025-05-08T09:00:00+02:00');
    const item = await insertItem(t.db, {
      orgId: org.id,
      forumId: f1.id,
      type: 'decision',
      state: 'decided',
      title: 'Parkeringsnormer',
      meetingId: april.id,
    });
    const who = await as('f1Member');
    const dates = async () => (await search(who, 'parkeringsnormer')).items.map((h) => h.date);
    const inApril = { from: '2025-04-01', to: '2025-04-30' };
    expect(await dates()).toEqual(['2025-04-10']);
    await updateItem(t.db, item, { meetingId: may.id });
    expect(await dates()).toEqual(['2025-05-08']);
    expect(await titles(who, 'parkeringsnormer', inApril)).toEqual([]);
    await updateMeeting(t.db, f1.id, may.id, {
      start: '2025-04-24T09:00:00+02:00',
      end: '2025-04-24T12:00:00+02:00',
    });
    expect(await dates()).toEqual(['2025-04-24']);
    expect(await titles(who, 'parkeringsnormer', inApril)).toEqual(['Parkeringsnormer']);
  });

  it('refuses bad filters with the field and reason, and an unknown forum', async () => {
    const who = await as('f1Member');
    const bad = await failure(search(who, 'budget', { from: '2025-04-01', to: '2025-03-01' }));
    expect(bad.code).toBe('validation_failed');
    expect(bad.details.map((d) => d.path)).toEqual(['to']);
    expect((await failure(search(who, 'budget', { kle: 'budget' }))).details.map((d) => d.path)).toEqual([
      'kle',
    ]);
    expect((await failure(search(who, ' '))).details.map((d) => d.path)).toEqual(['q']);
    expect((await failure(search(who, 'budget', { forum: 'NOPE' }))).code).toBe('not_found');
  });
});

describe("a closed item's content", () => {
  it('is found by no one outside the forum', async () => {
    for (const name of ['f2Member', 'approver', 'submitter']) {
      const who = await as(name);
      expect((await search(who, CANARY)).items, name).toEqual([]);
    }
    const approver = await as('approver');
    expect(await titles(approver, 'indkøbspolitik')).toEqual(['Ny indkøbspolitik']);
    const outsider = await failure(search(await as('outsider'), CANARY));
    expect(outsider.code).toBe('not_found');
  });

  it("is found by the forum's members, and the read is audited", async () => {
    for (const name of ['f1Member', 'f1Secretary']) {
      const result = await search(await as(name), CANARY);
      expect(result.items.map((h) => h.itemId)).toEqual([items.closed?.id]);
      expect(result.items[0]).toMatchObject({ closed: true, match: { field: 'title' } });
    }
    expect((await search(operator(), `"${CANARY} berører"`)).items[0]?.match.field).toBe('section');
    const events = await listAuditEvents(t.db, org.id, { objectId: org.id, limit: 50 });
    const reads = events.filter((e) => e.action === 'search.read_closed');
    expect(reads.map((e) => e.actorLabel).sort()).toEqual(['f1Member', 'f1Secretary', 'operator:test']);
    expect(reads[0]?.detail).toMatchObject({ items: [items.closed?.id] });
  });
});
