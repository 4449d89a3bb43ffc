/**
 * The canary: one unique word planted in every text of a closed item (see canary-fixture.ts), and
 * then every way an outsider could come to read it is tried: every GET route, the search, the
 * calendar feeds, the OParl API, the rendered agenda and minutes for the organisation and the
 * public, the error messages of refused writes on the item, the e-mails the meeting sends
 * (through a real SMTP server) and the server's log. Outsiders: the organisation's reader (a guest
 * of the meeting for an open item), staff of another forum, a member removed since the item was
 * closed, another organisation's admin, and anonymous. The forum's members do see the word, so the
 * test can fail.
 */
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderVersion } from '../../src/app/render-documents.ts';
import { renewFeedToken } from '../../src/app/renew-feed-token.ts';
import type { Audience } from '../../src/documents/model.ts';
import { apiRoutes, buildServer } from '../../src/http/server.ts';
import { startOutboxWorker } from '../../src/notify/outbox-worker.ts';
import { findAgendaVersion, listAgendaVersions } from '../../src/store/agenda.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { callerFor } from '../support/factories.ts';
import { as, type TestServer } from '../support/http.ts';
import { crawl } from '../support/oparl-crawl.ts';
import { type TestSmtp, testSmtp } from '../support/smtp.ts';
import { type Canary, plantCanary } from './canary-fixture.ts';
import { isFeed, isItemRoute, keyOf, send, unfold } from './route-fixtures.ts';
import { type TrustFixture, trustFixture } from './trust-fixture.ts';

let t: TestDatabase;
let app: FastifyInstance;
let s: TestServer;
let T: TrustFixture;
let C: Canary;
let smtp: TestSmtp;
const log: string[] = [];

beforeAll(async () => {
  t = await testDatabase();
  const logStream = new PassThrough();
  logStream.on('data', (chunk: Buffer) => log.push(chunk.toString('utf8')));
  app = await buildServer(t.ctx, { production: false, logger: 'info', databaseKind: t.kind, logStream });
  await app.ready();
  s = { app, t, close: async () => undefined };
  smtp = await testSmtp();
  T = await trustFixture(t.ctx);
  C = await plantCanary(t.ctx, t.setNow, T);
}, 120_000);
afterAll(async () => {
  await app.close();
  await smtp?.close();
  await t.close();
});

type Outsider = 'reader' | 'outsider' | 'removed' | 'foreignAdmin' | 'anonymous';
const OUTSIDERS: readonly Outsider[] = ['reader', 'outsider', 'removed', 'foreignAdmin', 'anonymous'];
const personOf = (who: Outsider) =>
  who === 'reader'
    ? T.people.staff
    : who === 'outsider'
      ? T.extra.outsider
      : who === 'removed'
        ? C.removed
        : who === 'foreignAdmin'
          ? T.extra.foreignAdmin
          : undefined;
const headersOf = (who: Outsider) => {
  const p = personOf(who);
  return p ? as(p.id) : {};
};
const versions = async (kind: 'agenda' | 'minutes') =>
  (await listAgendaVersions(t.db, T.trustMeetingId, kind)).map((v) => v.version);

/** The routes' parameter variants: the canary item and meeting, each published version, oneself. */
async function variants(key: string, who: Outsider): Promise<Record<string, string>[]> {
  const self = personOf(who);
  const base: Record<string, string> = { meeting: T.trustMeetingId, ...(self && { person: self.id }) };
  if (key.endsWith('/documents/:kind/:version/:format')) {
    const agenda = (await versions('agenda')).map((v) => ({ ...base, kind: 'agenda', version: String(v) }));
    const minutes = (await versions('minutes')).map((v) => ({
      ...base,
      kind: 'minutes',
      version: String(v),
    }));
    return [...agenda, ...minutes].flatMap((p) =>
      ['html', 'pdf', 'docx'].map((format) => ({ ...p, format })),
    );
  }
  if (key.includes('/agenda/versions/:version'))
    return (await versions('agenda')).map((v) => ({ ...base, version: String(v) }));
  if (key.includes('/minutes/versions/:version'))
    return (await versions('minutes')).map((v) => ({ ...base, version: String(v) }));
  return [base];
}

const search = (headers: Record<string, string>) =>
  app.inject({ method: 'GET', url: `/api/orgs/${T.org.slug}/search?q=${C.word}`, headers });

/** Text of a rendered document: HTML as is, PDF through unpdf, DOCX through mammoth. */
async function textOf(bytes: Buffer, format: string): Promise<string> {
  if (format === 'html') return bytes.toString('utf8');
  if (format === 'docx') return (await mammoth.extractRawText({ buffer: bytes })).value;
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  return (await extractText(pdf, { mergePages: true })).text;
}

describe('the canary in a closed item', () => {
  it('is seen by the members of the forum (so this test can fail)', async () => {
    const member = as(T.extra.member.id);
    const item = await app.inject({ url: `/api/orgs/${T.org.slug}/items/${C.item.id}`, headers: member });
    expect(item.statusCode).toBe(200);
    expect(item.body).toContain(C.word);
    expect((await search(member)).body).toContain(C.word);
    const doc = `/api/orgs/${T.org.slug}/forums/${T.forum.shortName}/meetings/${T.trustMeetingId}/documents`;
    const [agenda] = (await versions('agenda')).slice(-1);
    expect((await app.inject({ url: `${doc}/agenda/${agenda}/html`, headers: member })).body).toContain(
      C.word,
    );
    expect((await app.inject({ url: `${doc}/minutes/1/html`, headers: member })).body).toContain(C.word);
    const content = `/api/orgs/${T.org.slug}/items/${C.item.id}/attachments/${C.item.attachment}/content`;
    expect((await app.inject({ url: content, headers: member })).body).toContain(C.word);
  });

  it.each(OUTSIDERS)('never reaches %s through a GET route of the API', async (who) => {
    let calls = 0;
    for (const route of apiRoutes.filter((r) => r.method === 'GET' && !isFeed(r)))
      for (const params of await variants(keyOf(route), who)) {
        const res = await send(s, route, T, headersOf(who), { item: C.item, params });
        expect(
          res.body,
          `${who}: ${keyOf(route)} ${JSON.stringify(params)} -> ${res.statusCode}`,
        ).not.toContain(C.word);
        calls++;
      }
    expect(calls).toBeGreaterThan(45);
  });

  it.each(OUTSIDERS)('is not found by %s in the search', async (who) => {
    const res = await search(headersOf(who));
    expect(res.statusCode).toBe(who === 'anonymous' ? 401 : who === 'foreignAdmin' ? 404 : 200);
    expect(res.body).not.toContain(C.word);
  });

  it.each(OUTSIDERS)('is not in the error messages of writes %s makes on the item', async (who) => {
    for (const route of apiRoutes.filter((r) => r.method !== 'GET' && isItemRoute(r))) {
      const res = await send(s, route, T, headersOf(who), {
        item: C.item,
        params: { meeting: T.trustMeetingId },
      });
      expect(res.statusCode, `${who}: ${keyOf(route)}`).toBeGreaterThanOrEqual(400);
      expect(res.body, `${who}: ${keyOf(route)}`).not.toContain(C.word);
    }
  });

  it("is not in the calendar feeds of the outsiders who have one (the token is the feed's sign-in)", async () => {
    for (const who of ['reader', 'outsider', 'removed'] as const) {
      const person = personOf(who);
      if (!person) throw new Error(who);
      const { token } = await renewFeedToken(t.ctx, await callerFor(t.ctx, person), T.org.slug, person.id);
      for (const url of [`/feeds/${token}/mine.ics`, `/feeds/${token}/forums/${T.forum.shortName}.ics`]) {
        const res = await app.inject({ url });
        expect(res.statusCode, `${who}: ${url}`).toBe(200);
        expect(unfold(res.body), `${who}: ${url}`).not.toContain(C.word);
      }
    }
  });

  it('is nowhere in the OParl API (crawled from its entry point, files downloaded)', async () => {
    const base = t.ctx.settings.publicUrl;
    const c = await crawl(app, base, `${base}/oparl/v1.1`);
    expect(c.pages.size).toBeGreaterThan(20);
    for (const [url, page] of c.pages) expect(page.body, url).not.toContain(C.word);
  });

  it('is not in the agenda and minutes rendered for the organisation and the public, in any format', async () => {
    const audiences: Audience[] = ['organisation', 'public'];
    const members: Record<string, string> = { html: '', pdf: '', docx: '' };
    for (const kind of ['agenda', 'minutes'] as const)
      for (const number of await versions(kind)) {
        const version = await findAgendaVersion(t.db, T.trustMeetingId, number, kind);
        if (!version) throw new Error(`${kind} v${number}`);
        for (const audience of audiences)
          for (const format of ['html', 'pdf', 'docx'] as const) {
            const r = await renderVersion(t.ctx, T.org.id, version, kind, audience, format);
            const text = await textOf(r.bytes, format);
            expect(text, `${kind} v${version.version} ${audience} ${format}`).not.toContain(C.word);
          }
        const packet = await renderVersion(t.ctx, T.org.id, version, 'packet', 'organisation', 'pdf');
        expect(await textOf(packet.bytes, 'pdf'), `packet v${version.version}`).not.toContain(C.word);
        // The members' version in each format carries it: the extraction of the text works.
        for (const format of ['html', 'pdf', 'docx'] as const) {
          const r = await renderVersion(t.ctx, T.org.id, version, kind, 'members', format);
          members[format] += await textOf(r.bytes, format);
        }
      }
    for (const [format, text] of Object.entries(members)) expect(text, format).toContain(C.word);
  });

  it('is in no e-mail the meeting sends, and those reach an outsider (the guest)', async () => {
    const worker = startOutboxWorker({
      db: t.db,
      mailer: smtp.mailer,
      now: t.ctx.now,
      log: { info: () => undefined, warn: () => undefined, error: () => undefined },
      loop: false,
    });
    while ((await worker.runOnce()) > 0);
    await worker.stop();
    expect(smtp.received.length).toBeGreaterThan(5);
    const to = (m: (typeof smtp.received)[number]) => JSON.stringify(m.to);
    expect(smtp.received.some((m) => to(m).includes(T.people.staff.email))).toBe(true);
    for (const m of smtp.received) {
      const all = [m.subject, m.text, m.html || '', ...m.attachments.map((a) => `${a.filename}`)].join('\n');
      expect(all, `${to(m)}: ${m.subject}`).not.toContain(C.word);
    }
  });

  it("is not in the server's log, not even as the search term outsiders searched for", () => {
    const text = log.join('');
    expect(text).toContain('q=***');
    expect(log.length).toBeGreaterThan(100);
    expect(text).not.toContain(C.word);
  });
});
