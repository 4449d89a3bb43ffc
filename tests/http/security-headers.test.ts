/**
 * The headers a browser acts on: on API answers, the web app and attachment downloads; HSTS only
 * when Fora is served over https; the client address behind a trusted reverse proxy (TRUST_PROXY);
 * and uploaded active content (HTML, SVG) refused, text that looks like HTML served as a download.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisation, Person } from '../../src/domain/organisation.ts';
import { defineRoute, type Route } from '../../src/http/route.ts';
import { attachmentRoutes } from '../../src/http/routes/attachments.ts';
import { buildServer, type ServerOptions } from '../../src/http/server.ts';
import { insertItem } from '../../src/store/items.ts';
import { HTML } from '../domain/file-fixtures.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { forumFactory, memberFactory, orgFactory, personFactory } from '../support/factories.ts';
import { as, type ErrorBody } from '../support/http.ts';

let t: TestDatabase;
let uiDir: string;
const servers: FastifyInstance[] = [];

/** A route that answers the address the audit trail would record for the request. */
const whoAmI: Route = defineRoute({
  method: 'GET',
  path: '/api/test/address',
  summary: 'test',
  tag: 'test',
  action: 'public',
  handler: async ({ caller }) => ({ address: caller.address }),
});

async function server(options: Partial<ServerOptions> = {}, routes: Route[] = [whoAmI]) {
  const app = await buildServer(
    t.ctx,
    { production: false, logger: false, databaseKind: t.kind, webAppDir: uiDir, ...options },
    routes,
  );
  await app.ready();
  servers.push(app);
  return app;
}

beforeAll(async () => {
  t = await testDatabase();
  uiDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fora-ui-'));
  fs.writeFileSync(path.join(uiDir, 'index.html'), '<!doctype html><html lang="da"></html>');
});
afterAll(async () => {
  for (const s of servers) await s.close();
  await t.close();
  fs.rmSync(uiDir, { recursive: true, force: true });
});

describe('security headers', () => {
  it('every answer: nosniff, no referrer, no powerful features, same-origin isolation; no HSTS over http', async () => {
    const app = await server();
    for (const url of ['/api/health', '/api/test/address', '/api/nothing-here', '/', '/fora/CF']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('no-referrer');
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      expect(res.headers['x-xss-protection'], url).toBe('0');
      expect(res.headers['cross-origin-opener-policy'], url).toBe('same-origin');
      expect(res.headers['cross-origin-resource-policy'], url).toBe('same-origin');
      expect(String(res.headers['permissions-policy']), url).toMatch(/camera=\(\).*microphone=\(\)/);
      expect(String(res.headers['content-security-policy']), url).toContain("frame-ancestors 'none'");
      // PUBLIC_URL is http here: a browser must not be told to insist on https.
      expect(res.headers['strict-transport-security'], url).toBeUndefined();
    }
    const api = await app.inject({ method: 'GET', url: '/api/health' });
    expect(api.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    const page = await app.inject({ method: 'GET', url: '/' });
    const csp = String(page.headers['content-security-policy']);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).toContain("script-src 'self'");
  });

  it('HSTS on every answer when PUBLIC_URL is https', async () => {
    const saved = t.ctx.settings.publicUrl;
    t.ctx.settings.publicUrl = 'https://fora.example.dk';
    try {
      const app = await server();
      for (const url of ['/api/health', '/', '/api/nothing-here']) {
        const res = await app.inject({ method: 'GET', url });
        expect(res.headers['strict-transport-security'], url).toBe('max-age=31536000; includeSubDomains');
      }
    } finally {
      t.ctx.settings.publicUrl = saved;
    }
  });

  it('the public OParl API may be read by other origins', async () => {
    const app = await server();
    const res = await app.inject({ method: 'GET', url: '/oparl/v1.1/system' });
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
  });
});

describe('the client address behind a reverse proxy', () => {
  const fromProxy = (app: FastifyInstance) =>
    app.inject({
      method: 'GET',
      url: '/api/test/address',
      remoteAddress: '10.1.2.3',
      headers: { 'x-forwarded-for': '203.0.113.7' },
    });

  it('by default the peer is the client: X-Forwarded-For is not believed', async () => {
    expect((await fromProxy(await server())).json().address).toBe('10.1.2.3');
  });

  it('with a hop count or the proxy address trusted, the forwarded client is', async () => {
    expect((await fromProxy(await server({ trustProxy: 1 }))).json().address).toBe('203.0.113.7');
    expect((await fromProxy(await server({ trustProxy: ['10.1.2.0/24'] }))).json().address).toBe(
      '203.0.113.7',
    );
    // A proxy that is not the trusted one cannot name the client.
    expect((await fromProxy(await server({ trustProxy: ['10.9.9.9'] }))).json().address).toBe('10.1.2.3');
  });

  it('TRUST_PROXY from the environment reaches the server', async () => {
    const saved = t.ctx.settings.http;
    t.ctx.settings.http = { trustProxy: ['10.1.2.3'] };
    try {
      expect((await fromProxy(await server())).json().address).toBe('203.0.113.7');
    } finally {
      t.ctx.settings.http = saved;
    }
  });
});

describe('uploaded files are never active content', () => {
  let org: Organisation;
  let person: Person;
  let app: FastifyInstance;
  let itemUrl: string;
  beforeAll(async () => {
    app = await server({}, [...attachmentRoutes]);
    org = await orgFactory(t.ctx);
    const forum = await forumFactory(t.ctx, org);
    person = await personFactory(t.ctx, org);
    await memberFactory(t.ctx, org, forum, person, 'member');
    const item = await insertItem(t.ctx.db, {
      orgId: org.id,
      forumId: forum.id,
      type: 'decision',
      title: 'Bilag',
      state: 'draft',
      submitterPersonId: person.id,
    });
    itemUrl = `/api/orgs/${org.slug}/items/${item.id}/attachments`;
  });
  const upload = (name: string, bytes: Buffer) =>
    app.inject({
      method: 'POST',
      url: `${itemUrl}?name=${encodeURIComponent(name)}`,
      headers: { ...as(person.id), 'content-type': 'application/octet-stream' },
      payload: bytes,
    });

  it('refuses HTML and SVG, whatever they are named', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    for (const [name, bytes] of [
      ['side.html', HTML],
      ['side.txt', HTML],
      ['logo.svg', svg],
      ['logo.png', svg],
    ] as const) {
      const res = await upload(name, bytes);
      expect(res.statusCode, name).toBe(400);
      expect((res.json() as ErrorBody).details[0]?.path, name).toBe('file');
    }
  });

  it('serves text with markup in it as a sandboxed, unsniffed download', async () => {
    const res = await upload('noter.txt', Buffer.from('Noter <b>fed</b> <img src=x onerror=alert(1)>\n'));
    expect(res.statusCode, res.body).toBe(201);
    const file = await app.inject({
      method: 'GET',
      url: `${itemUrl}/${res.json().id}/content`,
      headers: as(person.id),
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(String(file.headers['content-disposition'])).toMatch(/^attachment;/);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['content-security-policy']).toBe('sandbox');
    expect(file.headers['cross-origin-resource-policy']).toBe('same-origin');
  });
});
