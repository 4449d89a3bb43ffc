/** The built web app at /: files, the app for its own paths, caching, CSP, and a clear 503 without a build. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/http/server.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';

let t: TestDatabase;
let base: string;
let dir: string;
const servers: FastifyInstance[] = [];

async function server(webAppDir: string): Promise<FastifyInstance> {
  const app = await buildServer(t.ctx, { production: false, logger: false, databaseKind: t.kind, webAppDir });
  await app.ready();
  servers.push(app);
  return app;
}

beforeAll(async () => {
  t = await testDatabase();
  // base/ui is the build; base/secret.txt lies outside it and must never be served.
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'fora-ui-'));
  dir = path.join(base, 'ui');
  fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html lang="da"><script type="module" src="/assets/index-abc123.js"></script></html>',
  );
  fs.writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), 'console.log("fora")');
  fs.writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'secret');
});
afterAll(async () => {
  for (const s of servers) await s.close();
  await t.close();
  fs.rmSync(base, { recursive: true, force: true });
});

describe('the web app', () => {
  it('answers / and the app paths with index.html, revalidated, under a CSP without inline script', async () => {
    const app = await server(dir);
    for (const url of ['/', '/fora/CF', '/fora/CF/moeder/0c338262-dc4e-4c94-84cb-cedb2594248a?x=1']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body).toContain('/assets/index-abc123.js');
      expect(res.headers['cache-control']).toBe('no-cache');
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      // Scripts and workers (pdf.js's) only from this origin; images also from the viewer's blob: URLs.
      expect(csp.split('; ')).toContain("script-src 'self'");
      expect(csp).not.toMatch(/(script|worker|child)-src[^;]*blob:/);
      expect(csp.split('; ')).toContain("img-src 'self' blob:");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it("serves a module worker (.mjs, as pdf.js's) as JavaScript", async () => {
    fs.writeFileSync(path.join(dir, 'assets', 'pdf.worker.min-abc123.mjs'), 'self.onmessage = () => {};');
    const app = await server(dir);
    const res = await app.inject({ method: 'GET', url: '/assets/pdf.worker.min-abc123.mjs' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('serves hashed assets as immutable and other files revalidated', async () => {
    const app = await server(dir);
    const js = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(js.body).toBe('console.log("fora")');
    const svg = await app.inject({ method: 'GET', url: '/favicon.svg' });
    expect(svg.headers['content-type']).toBe('image/svg+xml');
    expect(svg.headers['cache-control']).toBe('no-cache');
  });

  it('answers 404 for a missing asset, an unknown API path and a path outside the build', async () => {
    const app = await server(dir);
    for (const url of [
      '/assets/index-old999.js',
      '/api/nothing-here',
      '/feeds/x/nothing',
      '/oparl/v1.1/nothing~',
      '/fora/CF~',
      '/index.html.bak',
      '/fora/CF.orig',
      '/../secret.txt',
      '/assets%2F..%2F..%2Fsecret.txt',
      '/%2e%2e/secret.txt',
    ]) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.body).not.toContain('secret');
    }
    const api = await app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(api.json()).toMatchObject({ error: 'not_found' });
  });

  it('serves the service worker revalidated, with scope /, and never the app in its place', async () => {
    const app = await server(dir);
    const missing = await app.inject({ method: 'GET', url: '/sw.js' });
    expect(missing.statusCode).toBe(404);
    fs.writeFileSync(path.join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {})');
    const sw = await app.inject({ method: 'GET', url: '/sw.js' });
    expect(sw.statusCode).toBe(200);
    expect(sw.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(sw.headers['cache-control']).toBe('no-cache');
    expect(sw.headers['service-worker-allowed']).toBe('/');
    expect(sw.body).toContain('addEventListener');
  });

  it('sends text gzipped to a browser that accepts it, and as is to one that does not', async () => {
    const app = await server(dir);
    const script = `console.log(${JSON.stringify('æøå '.repeat(400))})`;
    fs.writeFileSync(path.join(dir, 'assets', 'big-def456.js'), script);
    const zipped = await app.inject({
      method: 'GET',
      url: '/assets/big-def456.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('accept-encoding');
    expect(zipped.rawPayload.length).toBeLessThan(Buffer.byteLength(script) / 4);
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(script);
    const plain = await app.inject({ method: 'GET', url: '/assets/big-def456.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('answers 503 with how to build it when there is no build, while the API works', async () => {
    const app = await server(path.join(dir, 'does-not-exist'));
    const res = await app.inject({ method: 'GET', url: '/fora/CF' });
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.body).toContain('npm run build:ui');
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });
});
