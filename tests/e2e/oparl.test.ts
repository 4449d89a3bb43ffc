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
import { publishAgenda } from '../../src/app/publish-agenda.ts';
import { scheduleItem } from '../../src/app/schedule-item.ts';
import { chefforum20240313 } from '../../src/app/demo/chefforum-2024-03-13.ts';
import { albertslund } from '../../src/app/demo/index.ts';
import { submitItem } from '../../src/app/submit-item.ts';
import { findItem } from '../../src/store/items.ts';
import { type Crawl, crawl, schemaErrors, typeName } from '../support/oparl-crawl.ts';
import { CF, type HeldChefforum, heldChefforum, ORG } from '../support/held-chefforum.ts';
import { type TestServer, testServer } from '../support/http.ts';

const CANARY = 'SPURVEHØG-4471';
const PUBLIC_URL = 'https://fora.albertslund.dk';
const BASE = `${PUBLIC_URL}/oparl/v1.1`;
const LATER = '2024-03-20';
let s: TestServer;
let cf: HeldChefforum;
let c: Crawl;
const ids = { open: '', closed: '', file: '' };

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
    if (!closed) ids.file = file.id;
    await submitItem(s.t.ctx, head, ORG, item.id);
    const submitted = await findItem(s.t.db, item.orgId, item.id);
    const approver = albertslund.people.find((p) => cf.person(p.key).id === submitted?.approverPersonId);
    if (!approver) throw new Error('the item has no approver from the demo');
    const approverCaller = await cf.as(approver.key);
    await decideItem(s.t.ctx, approverCaller, ORG, item.id, { decision: 'approve' });
    await scheduleItem(s.t.ctx, await cf.as(chefforum20240313.secretaryKey), ORG, item.id, { meeting: LATER });
  }
  await publishAgenda(s.t.ctx, await cf.as(chefforum20240313.secretaryKey), ORG, CF, LATER);
  c = await crawl(s.app, BASE, BASE);
}, 120_000);
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
    console.log(counts);
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
