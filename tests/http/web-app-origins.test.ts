/**
 * The built web app (dist/ui, as the server serves it) loads code only from its own origin: no
 * script, style sheet, font or image from another origin in index.html, no style sheet importing one,
 * no script importing one, and a CSP that names no other origin. `npm test` builds the app first.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/http/server.ts';
import { DEFAULT_WEB_APP_DIR } from '../../src/http/web-app.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';

let t: TestDatabase;
let app: FastifyInstance;
beforeAll(async () => {
  if (!fs.existsSync(path.join(DEFAULT_WEB_APP_DIR, 'index.html')))
    throw new Error(`no web app build in ${DEFAULT_WEB_APP_DIR}: run npm run build:ui first`);
  t = await testDatabase();
  app = await buildServer(t.ctx, { production: true, logger: false, databaseKind: t.kind });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await t?.close();
});

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url });
  expect(res.statusCode, url).toBe(200);
  return res;
};

/** Every src= and href= of an HTML document. */
const references = (html: string): string[] =>
  [...html.matchAll(/\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1] ?? '');

const ABSOLUTE = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;

describe('the served web app loads nothing from another origin', () => {
  it('index.html references only paths of this origin, and its CSP names no other origin', async () => {
    const page = await get('/');
    const refs = references(page.body);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(ref, ref).not.toMatch(ABSOLUTE);
      expect(ref, ref).not.toMatch(/^(data|javascript):/i);
    }
    const csp = String(page.headers['content-security-policy']);
    expect(csp).not.toMatch(/https?:|wss?:|\*|unsafe-inline|unsafe-eval|data:/);
    for (const directive of csp.split('; ')) {
      const sources = directive.split(' ').slice(1);
      for (const s of sources) expect(["'self'", "'none'", 'blob:'], directive).toContain(s);
    }
  });

  it("the app's scripts and style sheets import nothing from another origin", async () => {
    const page = await get('/');
    const assets = references(page.body).filter((r) => /\.(js|css)$/.test(r));
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
    const files = [...assets, '/sw.js'];
    // Every file of the build, reached through the server, not only the entry points.
    for (const name of fs.readdirSync(path.join(DEFAULT_WEB_APP_DIR, 'assets')))
      if (/\.(js|css)$/.test(name)) files.push(`/assets/${name}`);
    for (const url of new Set(files)) {
      const body = (await get(url)).body;
      if (url.endsWith('.css')) {
        for (const m of body.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/gi))
          expect(m[1], `${url}: @import`).not.toMatch(ABSOLUTE);
        for (const m of body.matchAll(/url\(\s*["']?([^"')]+)/gi))
          expect(m[1], `${url}: url()`).not.toMatch(/^(https?:)?\/\//i);
      } else {
        expect(body, `${url}: import of another origin`).not.toMatch(
          /\b(?:import\s*\(|importScripts\s*\(|import\s+[^'"]*from\s*)\s*["'`](?:https?:)?\/\//,
        );
      }
    }
  });
});
