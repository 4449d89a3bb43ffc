/**
 * Attachments over HTTP: raw uploads (larger than the JSON body limit), downloads with the
 * headers that keep a browser from rendering them, and every refused upload answered with the one
 * error body, leaving no file and no row.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item } from '../../src/domain/item.ts';
import type { Organisation, Person } from '../../src/domain/organisation.ts';
import { attachmentRoutes } from '../../src/http/routes/attachments.ts';
import { buildServer } from '../../src/http/server.ts';
import { listAttachments } from '../../src/store/attachments.ts';
import { insertItem } from '../../src/store/items.ts';
import { docxBomb, fileAppears, HTML, minimalDocx, minimalPdf } from '../domain/file-fixtures.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { forumFactory, memberFactory, orgFactory, personFactory } from '../support/factories.ts';
import { as, type ErrorBody } from '../support/http.ts';

let t: TestDatabase;
let app: FastifyInstance;
let org: Organisation;
let submitter: Person;
let outsider: Person;
let forumId: string;
beforeAll(async () => {
  t = await testDatabase();
  app = await buildServer(t.ctx, { production: false, logger: false, databaseKind: t.kind }, [
    ...attachmentRoutes,
  ]);
  await app.ready();
  org = await orgFactory(t.ctx);
  const forum = await forumFactory(t.ctx, org);
  forumId = forum.id;
  submitter = await personFactory(t.ctx, org, { name: 'Signe Sørensen' });
  await memberFactory(t.ctx, org, forum, submitter, 'member');
  outsider = await personFactory(t.ctx, await orgFactory(t.ctx), { name: 'Ole Udefra' });
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const draft = (): Promise<Item> =>
  insertItem(t.ctx.db, {
    orgId: org.id,
    forumId,
    type: 'decision',
    title: 'Budget 2026',
    state: 'draft',
    submitterPersonId: submitter.id,
  });

const base = (item: Item) => `/api/orgs/${org.slug}/items/${item.id}/attachments`;
const post = (
  item: Item,
  name: string | null,
  payload: Buffer | Readable | object,
  who: string = submitter.id,
) =>
  app.inject({
    method: 'POST',
    url: base(item) + (name === null ? '' : `?name=${encodeURIComponent(name)}`),
    headers: {
      ...as(who),
      'content-type':
        Buffer.isBuffer(payload) || payload instanceof Readable
          ? 'application/octet-stream'
          : 'application/json',
    },
    payload,
  });

function filesOnDisk(dir = t.filesDir): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? filesOnDisk(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

function expectError(res: LightMyRequestResponse, status: number, code: string, field?: string): ErrorBody {
  expect(res.statusCode, res.body).toBe(status);
  const body = res.json<ErrorBody>();
  expect(Object.keys(body).sort()).toEqual(['details', 'error', 'message']);
  expect(body.error).toBe(code);
  if (field) expect(body.details.map((d) => d.path)).toEqual([field]);
  return body;
}

describe('upload, list, download, remove', () => {
  it('round-trips a PDF with a Danish name, with the headers that make it a download', async () => {
    const item = await draft();
    const pdf = minimalPdf('Budget 2026 tidsplan');
    const created = await post(item, 'Bilag 1 - Økonomi (udkast).pdf', pdf);
    expect(created.statusCode, created.body).toBe(201);
    const view = created.json();
    expect(view).toMatchObject({
      name: 'Bilag 1 - Økonomi (udkast).pdf',
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
      extraction: 'ok',
      position: 1,
    });
    expect(created.body).not.toContain('storageKey');

    const list = await app.inject({ method: 'GET', url: base(item), headers: as(submitter.id) });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual({ items: [view], page: { limit: 1, offset: 0, total: 1 } });

    const file = await app.inject({
      method: 'GET',
      url: `${base(item)}/${view.id}/content`,
      headers: as(submitter.id),
    });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(pdf)).toBe(true);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toBe(
      "attachment; filename*=UTF-8''Bilag%201%20-%20%C3%98konomi%20%28udkast%29.pdf",
    );
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['cache-control']).toBe('private, max-age=0');
    // Nothing in the file may run in the browser: no scripts, whichever policy the server sets.
    expect(file.headers['content-security-policy']).toMatch(/sandbox|default-src 'none'/);

    const removed = await app.inject({
      method: 'DELETE',
      url: `${base(item)}/${view.id}`,
      headers: as(submitter.id),
    });
    expect(removed.statusCode, removed.body).toBe(204);
    expect(removed.body).toBe('');
    expectError(
      await app.inject({ method: 'GET', url: `${base(item)}/${view.id}/content`, headers: as(submitter.id) }),
      404,
      'not_found',
    );
    expect(filesOnDisk()).toEqual([]);
  });

  it('takes uploads above the 1 MB JSON body limit, and serves text as UTF-8', async () => {
    const item = await draft();
    const big = Buffer.concat([minimalPdf('Stor'), Buffer.alloc(3 * 1024 * 1024, 0x20)]);
    const res = await post(item, 'stor.pdf', big);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().sizeBytes).toBe(big.length);
    const text = await post(item, 'noter', Buffer.from('Æbler og pærer'));
    expect(text.json()).toMatchObject({ name: 'noter.txt', mediaType: 'text/plain', position: 2 });
    const file = await app.inject({
      method: 'GET',
      url: `${base(item)}/${text.json().id}/content`,
      headers: as(submitter.id),
    });
    expect(file.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(file.body).toBe('Æbler og pærer');
  });
});

describe('refused: the one error body, no file left, no row', () => {
  async function expectRefused(
    name: string | null,
    payload: Buffer | Readable | object,
    status: number,
    code: string,
    field?: string,
    who?: string,
  ): Promise<ErrorBody> {
    const item = await draft();
    const before = filesOnDisk();
    const body = expectError(await post(item, name, payload, who), status, code, field);
    expect(filesOnDisk()).toEqual(before);
    expect(await listAttachments(t.ctx.db, item.id)).toEqual([]);
    return body;
  }

  it('over the size limit: a real client gets the 400 while still sending', async () => {
    const limit = t.ctx.settings.maxUploadBytes;
    t.ctx.settings.maxUploadBytes = 64 * 1024;
    try {
      const item = await draft();
      const before = filesOnDisk();
      const address = await app.listen({ port: 0, host: '127.0.0.1' });
      const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = http.request(`${address}${base(item)}?name=stor.pdf`, {
          method: 'POST',
          agent: false,
          headers: { ...as(submitter.id), 'content-type': 'application/octet-stream', connection: 'close' },
        });
        req.on('response', async (r) => resolve({ status: r.statusCode ?? 0, body: await text(r) }));
        req.on('error', reject);
        req.write(minimalPdf('Stor'));
        // The rest only once the first bytes are on disk: refused while streaming, not before.
        fileAppears(path.join(t.filesDir, 'tmp')).then(() => req.end(Buffer.alloc(256 * 1024, 0x20)), reject);
      });
      expect(res.status, res.body).toBe(400);
      expect(JSON.parse(res.body)).toEqual({
        error: 'validation_failed',
        message: expect.any(String),
        details: [{ path: 'file', problem: 'larger than the limit of 65536 bytes' }],
      });
      expect(filesOnDisk()).toEqual(before);
      expect(await listAttachments(t.ctx.db, item.id)).toEqual([]);
    } finally {
      t.ctx.settings.maxUploadBytes = limit;
    }
  });

  it('an HTML file named .pdf', async () => {
    const body = await expectRefused('rapport.pdf', HTML, 400, 'validation_failed', 'file');
    expect(body.details[0]?.problem).toBe('content is text/html, which is not allowed');
  });

  it('a DOCX zip bomb', async () => {
    const body = await expectRefused('bombe.docx', docxBomb(), 400, 'validation_failed', 'file');
    expect(body.details[0]?.problem).toMatch(/zip bomb/);
  });

  it('a path-traversal file name', async () => {
    const body = await expectRefused(
      '../../etc/passwd',
      Buffer.from('root:x:0:0'),
      400,
      'validation_failed',
      'name',
    );
    expect(body.details[0]?.problem).toMatch(/path traversal/);
  });

  it('an empty file', async () => {
    await expectRefused('tom.pdf', Buffer.alloc(0), 400, 'validation_failed', 'file');
  });

  it('no file name', async () => {
    await expectRefused(null, minimalDocx('Uden navn'), 400, 'validation_failed', 'name');
  });

  it('JSON instead of the file', async () => {
    await expectRefused('bilag.pdf', { file: 'JVBERi0=' }, 400, 'validation_failed', 'file');
  });

  it('a person of another organisation (404), and no one at all (401)', async () => {
    await expectRefused('bilag.pdf', minimalPdf('x'), 404, 'not_found', undefined, outsider.id);
    const item = await draft();
    const res = await app.inject({
      method: 'POST',
      url: `${base(item)}?name=a.pdf`,
      headers: { 'content-type': 'application/octet-stream' },
      payload: minimalPdf('x'),
    });
    expectError(res, 401, 'unauthenticated');
  });

  it('a malformed item id', async () => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/orgs/${org.slug}/items/not-an-id/attachments`,
      headers: as(submitter.id),
    });
    expectError(res, 400, 'validation_failed', 'item');
  });
});
