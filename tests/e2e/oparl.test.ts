/**
 * The OParl 1.1 API (ADR 0016) over the demo organisation with the Chefforum meeting of 13 March
 * 2024, plus a later meeting with an open item carrying a file and a closed item carrying a canary
 * word: every object served validates against the OParl schemas (tests/fixtures/oparl-1.1, CC BY-SA
 * 4.0), a crawler from /oparl/v1.1 finds every linked object in its list, and the canary appears
 * nowhere. Runs on PGlite and PostgreSQL.
 */
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAttachment } from '../../src/app/add-attachment.ts';
import { createItem } from '../../src/app/create-item.ts';
import { decideItem } from '../../src/app/decide-item.ts';
import { chefforum20240313 } from '../../src/app/demo/chefforum-2024-03-13.ts';
import { albertslund } from '../../src/app/demo/index.ts';
import { finaliseItemMinutes } from '../../src/app/finalise-item-minutes.ts';
import { getAgenda } from '../../src/app/get-agenda.ts';
import { getItem } from '../../src/app/get-item.ts';
import { publishAgenda } from '../../src/app/publish-agenda.ts';
import { publishMinutes } from '../../src/app/publish-minutes.ts';
import { removeAttachment } from '../../src/app/remove-attachment.ts';
import { saveItemMinutes } from '../../src/app/save-item-minutes.ts';
import { scheduleItem } from '../../src/app/schedule-item.ts';
import { submitItem } from '../../src/app/submit-item.ts';
import { findItem } from '../../src/store/items.ts';
import { CF, type HeldChefforum, heldChefforum, ORG } from '../support/held-chefforum.ts';
import { type TestServer, testServer } from '../support/http.ts';
import { type Crawl, crawl, schemaErrors, typeName } from '../support/oparl-crawl.ts';

const CANARY = 'SPURVEHØG-4471';
const PUBLIC_URL = 'https://fora.albertslund.dk';
const BASE = `${PUBLIC_URL}/oparl/v1.1`;
const LATER = '2024-03-20';
let s: TestServer;
let cf: HeldChefforum;
let c: Crawl;
let laterMeetingId = '';
const DECISION = 'Chefforum godkendte indstillingen.';
const ids = { open: '', closed: '', file: '', closedFile: '' };

const para = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const get = (url: string, headers: Record<string, string> = {}) =>
  s.app.inject({ method: 'GET', url: url.replace(PUBLIC_URL, ''), headers });

beforeAll(async () => {
  s = await testServer();
  s.t.ctx.settings = { ...s.t.ctx.settings, publicUrl: PUBLIC_URL };
  cf = await heldChefforum(s.t);
  const head = await cf.as('marie-jespersen');
  for (const [key, title, closed] of [
    ['open', 'Ny affaldsordning for rådhuset', false],
    ['closed', `Personalesag ${CANARY}`, true],
  ] as const) {
    const item = await createItem(s.t.ctx, head, ORG, CF, {
      type: 'decision',
      title,
      sections: {
        sagsfremstilling: para(`Tekst om ${title}.`),
        indstilling: para(`Chefforum godkender ${title}.`),
      },
      recommendations: [`Chefforum godkender ${title}`],
      closed,
      closedBasis: closed ? 'Offentlighedslovens § 21' : null,
    });
    ids[key] = item.id;
    const file = await addAttachment(s.t.ctx, head, ORG, item.id, {
      name: closed ? `${CANARY}.txt` : 'affaldsordning.txt',
      body: Readable.from([Buffer.from(closed ? `Fortroligt: ${CANARY}` : 'Sorter affaldet.')]),
    });
    ids[closed ? 'closedFile' : 'file'] = file.id;
    await submitItem(s.t.ctx, head, ORG, item.id);
    const submitted = await findItem(s.t.db, item.orgId, item.id);
    const approver = albertslund.people.find((p) => cf.person(p.key).id === submitted?.approverPersonId);
    if (!approver) throw new Error('the item has no approver from the demo');
    const approverCaller = await cf.as(approver.key);
    await decideItem(s.t.ctx, approverCaller, ORG, item.id, { decision: 'approve' });
    await scheduleItem(s.t.ctx, await cf.as(chefforum20240313.secretaryKey), ORG, item.id, {
      meeting: LATER,
    });
  }
  const secretary = await cf.as(chefforum20240313.secretaryKey);
  await publishAgenda(s.t.ctx, secretary, ORG, CF, LATER);
  // The meeting is held and its minutes published: every item decided as recommended.
  s.t.setNow('2024-03-20T13:00:00+01:00');
  const agenda = (await getAgenda(s.t.ctx, secretary, ORG, CF, LATER)).agenda;
  laterMeetingId = agenda.meeting.id;
  for (const item of agenda.items) {
    const args = [s.t.ctx, secretary, ORG, CF, LATER, item.itemId] as const;
    const full = await getItem(s.t.ctx, secretary, ORG, item.itemId);
    const kind = full.type === 'decision' ? 'approved' : 'noted';
    await saveItemMinutes(...args, {
      version: null,
      minutes: {
        decision: para(`${DECISION} ${item.itemId === ids.closed ? CANARY : ''}`),
        outcomes: (full.recommendations.length > 0 ? full.recommendations : [null]).map(() => ({ kind })),
      },
    });
    await finaliseItemMinutes(...args);
  }
  await publishMinutes(s.t.ctx, secretary, ORG, CF, LATER);
  c = await crawl(s.app, BASE, BASE);
}, 180_000);
afterAll(() => s.close());

describe('the OParl crawl from /oparl/v1.1', () => {
  it('answers every link it finds, validates every object and finds each one in its list', () => {
    expect(c.dangling).toEqual([]);
    const counts: Record<string, number> = {};
    for (const [url, o] of c.objects) {
      expect(schemaErrors(o), url).toEqual([]);
      counts[typeName(o)] = (counts[typeName(o)] ?? 0) + 1;
      if (typeName(o) !== 'System') expect(c.listed.has(url), `${url} in its list`).toBe(true);
    }
    for (const [url, page] of c.pages) {
      const data = (page.json as { data?: Record<string, unknown>[] } | null)?.data;
      for (const o of data ?? []) expect(schemaErrors(o), `${url}: ${String(o.id)}`).toEqual([]);
    }
    for (const kind of ['System', 'Body', 'Organization', 'Person', 'Membership', 'Meeting'])
      expect(counts[kind], kind).toBeGreaterThan(0);
    for (const kind of ['AgendaItem', 'Paper', 'Consultation', 'File', 'Location', 'LegislativeTerm'])
      expect(counts[kind], kind).toBeGreaterThan(0);
  });

  it('never shows the closed item’s canary word, its file or a person’s e-mail', () => {
    for (const [url, page] of c.pages) {
      expect(page.body, url).not.toContain(CANARY);
      expect(page.body, url).not.toMatch(/@albertslund\.dk/);
    }
    const closed = c.objects.get(`${BASE}/agendaitem/${ids.closed}`);
    expect(closed).toMatchObject({ public: false });
    expect(closed).not.toHaveProperty('name');
    expect(closed).not.toHaveProperty('auxiliaryFile');
  });
});

const json = async (url: string) => {
  const res = await get(url);
  expect(res.statusCode, url).toBe(200);
  return res.json();
};

describe('the public record in OParl', () => {
  it('shows the open item with its result and resolution once the minutes are published, and its file', async () => {
    const item = c.objects.get(`${BASE}/agendaitem/${ids.open}`);
    expect(item).toMatchObject({
      public: true,
      name: 'Ny affaldsordning for rådhuset',
      meeting: `${BASE}/meeting/${laterMeetingId}`,
    });
    expect(item?.resolutionText).toContain(DECISION);
    expect(item?.result).toBeTruthy();
    expect(item?.auxiliaryFile).toEqual([expect.objectContaining({ id: `${BASE}/file/${ids.file}` })]);
    const meeting = c.objects.get(`${BASE}/meeting/${laterMeetingId}`);
    expect(meeting).toMatchObject({ meetingState: 'Referat offentliggjort', cancelled: false });
    const download = await get(`${BASE}/file/${ids.file}/download`);
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe('Sorter affaldet.');
    expect(download.headers['access-control-allow-origin']).toBe('*');
  });

  it('never serves the closed item’s file', async () => {
    expect((await get(`${BASE}/file/${ids.closedFile}/download`)).statusCode).toBe(404);
    expect((await get(`${BASE}/file/${ids.closedFile}`)).statusCode).toBe(404);
  });

  it('serves the same record to anyone: a signed-in administrator sees no more', async () => {
    const url = `${BASE}/agendaitem/${ids.closed}`;
    const anonymous = await get(url);
    const admin = await get(url, { 'x-fora-actor': 'operator' });
    expect(admin.body).toBe(anonymous.body);
    expect(admin.body).not.toContain(CANARY);
  });
});

describe('external lists', () => {
  const body = () => String([...c.objects.values()].find((o) => typeName(o) === 'Body')?.id);
  const list = (kind: string, query = '') => `${body()}/${kind}${query}`;

  it('pages with first, next, last and self links that keep the filters and the limit', async () => {
    const since = '2000-01-01T00:00:00+01:00';
    const q = `?created_since=${encodeURIComponent(since)}&limit=5`;
    const first = await json(list('person', q));
    expect(first.data).toHaveLength(5);
    expect(first.pagination).toEqual({
      totalElements: 17,
      elementsPerPage: 5,
      currentPage: 1,
      totalPages: 4,
    });
    expect(first.links.prev).toBeUndefined();
    for (const link of [first.links.first, first.links.next, first.links.last, first.links.self]) {
      const params = new URL(link).searchParams;
      expect(params.get('created_since'), link).toBe(since);
      expect(params.get('limit'), link).toBe('5');
    }
    const seen = new Set<string>();
    let page = first;
    for (;;) {
      for (const o of page.data) seen.add(o.id);
      if (!page.links.next) break;
      page = await json(page.links.next);
      expect(page.links.prev).toBeDefined();
    }
    expect(page.links.self).toBe(first.links.last);
    expect(seen.size).toBe(17);
  });

  it('honours created_until, modified_since and modified_until', async () => {
    const all = await json(list('meeting', '?limit=100'));
    expect(all.data.length).toBeGreaterThan(0);
    const future = encodeURIComponent('2999-01-01T00:00:00Z');
    const past = encodeURIComponent('2000-01-01T00:00:00Z');
    expect((await json(list('meeting', `?modified_since=${future}`))).data).toEqual([]);
    expect((await json(list('meeting', `?created_until=${past}`))).data).toEqual([]);
    expect((await json(list('meeting', `?modified_until=${past}`))).data).toEqual([]);
    const modifiedSince = (await json(list('meeting', `?modified_since=${past}&limit=100`))).data;
    expect(modifiedSince.map((o: { id: string }) => o.id)).toEqual(all.data.map((o: { id: string }) => o.id));
  });

  it('refuses a limit out of bounds', async () => {
    expect((await get(list('person', '?limit=0'))).statusCode).toBe(400);
    expect((await get(list('person', '?limit=1000'))).statusCode).toBe(400);
    expect((await get(list('person', '?created_since=yesterday'))).statusCode).toBe(400);
  });

  it('omits embedded objects with omit_internal, and keeps the parameter in the links', async () => {
    const full = await json(list('meeting', '?limit=100'));
    expect(full.data.some((m: { agendaItem?: unknown }) => Array.isArray(m.agendaItem))).toBe(true);
    const bare = await json(list('meeting', '?limit=100&omit_internal=true'));
    for (const m of bare.data) {
      expect(m).not.toHaveProperty('agendaItem');
      expect(m).not.toHaveProperty('location');
      expect(schemaErrors(m)).toEqual([]);
    }
    expect(new URL(bare.links.self).searchParams.get('omit_internal')).toBe('true');
    const people = await json(list('person', '?omit_internal=true'));
    for (const p of people.data) expect(p).not.toHaveProperty('membership');
    const papers = await json(list('paper', '?omit_internal=true'));
    for (const p of papers.data) expect(p).not.toHaveProperty('consultation');
  });
});

describe('the HTTP side', () => {
  it('answers JSON with CORS for any origin and without credentials', async () => {
    const res = await get(BASE, { origin: 'https://example.org' });
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('answers a CORS preflight', async () => {
    const res = await s.app.inject({
      method: 'OPTIONS',
      url: '/oparl/v1.1/body',
      headers: { origin: 'https://example.org', 'access-control-request-method': 'GET' },
    });
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-methods']).toContain('GET');
  });

  it('is not there when FORA_OPARL=off', async () => {
    const settings = s.t.ctx.settings;
    s.t.ctx.settings = { ...settings, oparl: false };
    try {
      expect((await get(BASE)).statusCode).toBe(404);
      expect((await get(`${BASE}/body`)).statusCode).toBe(404);
      expect((await get(`${BASE}/file/${ids.file}/download`)).statusCode).toBe(404);
    } finally {
      s.t.ctx.settings = settings;
    }
    expect((await get(BASE)).statusCode).toBe(200);
  });
});

describe('deleted objects', () => {
  it('keeps a file removed by corrected minutes at its URL as deleted, listed only with modified_since', async () => {
    const before = new Date(Date.now() - 1000).toISOString();
    const secretary = await cf.as(chefforum20240313.secretaryKey);
    await removeAttachment(s.t.ctx, secretary, ORG, ids.open, ids.file);
    await publishMinutes(s.t.ctx, secretary, ORG, CF, LATER, {
      changeNote: 'Bilaget var vedhæftet ved en fejl',
    });
    const file = await json(`${BASE}/file/${ids.file}`);
    expect(file).toMatchObject({ id: `${BASE}/file/${ids.file}`, deleted: true });
    expect(schemaErrors(file)).toEqual([]);
    expect((await get(`${BASE}/file/${ids.file}/download`)).statusCode).toBe(404);
    const body = String([...c.objects.values()].find((o) => typeName(o) === 'Body')?.id);
    const living = await json(`${body}/file`);
    expect(living.data.map((f: { id: string }) => f.id)).not.toContain(file.id);
    const since = await json(`${body}/file?modified_since=${encodeURIComponent(before)}`);
    expect(since.data).toEqual([expect.objectContaining({ id: file.id, deleted: true })]);
    const item = await json(`${BASE}/agendaitem/${ids.open}`);
    expect(item).not.toHaveProperty('auxiliaryFile');
  });
});
