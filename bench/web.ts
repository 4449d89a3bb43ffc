/**
 * Web app benchmark (issue 6): the first meeting view of a member, in Debian's chromium against
 * `fora serve` on localhost with the demo data (PGlite). Measured per visit:
 * - JavaScript transferred: the encoded (gzip) body bytes of every script response the page loads,
 *   with an empty browser cache;
 * - time until the agenda is readable: from the start of navigation to the first agenda item's
 *   heading in the DOM (performance.now() in the page, checked every animation frame), with an empty
 *   cache (cold) and on a repeat visit (warm: the browser's HTTP cache holds the hashed assets).
 * The web app is built first (`vite build`); chromium is installed by `npm test` (apt-get).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { median, ROOT, runCli, startServer, type Target } from './lib.ts';

const CHROMIUM = '/usr/bin/chromium';
const RUNS = 5;
const ORG = 'albertslund';
const FORUM = 'CF';
/** A Chefforum member in the demo; every demo person's password outside production. */
const MEMBER = 'marie.aasoee@albertslund.dk';
const PASSWORD = 'fora-demo';

export interface WebResult {
  meetingPath: string;
  items: number;
  scripts: { count: number; gzipBytes: number; rawBytes: number };
  coldMs: number[];
  warmMs: number[];
  cssGzipBytes: number;
}

/** The demo meeting of Chefforum with a published agenda and the most items. */
async function publishedMeeting(base: string): Promise<{ id: string; items: number }> {
  const headers = { 'x-fora-actor': 'operator' };
  const res = await fetch(
    `${base}/api/orgs/${ORG}/forums/${FORUM}/meetings?from=2024-01-01&to=2025-12-31&limit=500`,
    { headers },
  );
  const { items } = (await res.json()) as { items: { meetingId: string | null; state: string }[] };
  let best: { id: string; items: number } | null = null;
  for (const m of items) {
    if (!m.meetingId || m.state === 'planned' || m.state === 'cancelled') continue;
    const agenda = await fetch(
      `${base}/api/orgs/${ORG}/forums/${FORUM}/meetings/${m.meetingId}/agenda/versions/latest`,
      { headers },
    );
    if (agenda.status !== 200) continue;
    const count = ((await agenda.json()) as { content: { items: unknown[] } }).content.items.length;
    if (!best || count > best.items) best = { id: m.meetingId, items: count };
  }
  if (!best) throw new Error('the demo has no published Chefforum agenda');
  return best;
}

/** Navigates and returns the in-page time (ms since navigation start) when the first item heading exists. */
async function timeToAgenda(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    () => (document.querySelector('article.agenda-item h3') ? performance.now() : false),
    undefined,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

async function signedInContext(browser: Browser, base: string) {
  const context = await browser.newContext({ locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
  const res = await context.request.post(`${base}/api/session`, {
    data: { email: MEMBER, password: PASSWORD },
  });
  if (res.status() !== 200) throw new Error(`sign-in answered ${res.status()}: ${await res.text()}`);
  return context;
}

export async function webBenchmark(): Promise<WebResult> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: run \`npm test\` once (it installs Debian's chromium).`);
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('vite build failed');

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fora-bench-web-'));
  const target: Target = { kind: 'pglite', dataDir };
  let server: Awaited<ReturnType<typeof startServer>> | null = null;
  let browser: Browser | null = null;
  try {
    await runCli(target, ['demo']);
    server = await startServer(target);
    const meeting = await publishedMeeting(server.base);
    const url = `${server.base}/fora/${FORUM}/moeder/${meeting.id}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });

    const coldMs: number[] = [];
    const warmMs: number[] = [];
    let scripts = { count: 0, gzipBytes: 0, rawBytes: 0 };
    let cssGzipBytes = 0;
    for (let i = 0; i < RUNS; i++) {
      // A new context has an empty HTTP cache: the cold visit; the second visit in it is warm.
      const context = await signedInContext(browser, server.base);
      const page = await context.newPage();
      const responses: Promise<{ type: string; encoded: number; raw: number }>[] = [];
      page.on('requestfinished', (request) => {
        responses.push(
          (async () => {
            const sizes = await request.sizes();
            const response = await request.response();
            const raw = response ? (await response.body()).length : 0;
            return { type: request.resourceType(), encoded: sizes.responseBodySize, raw };
          })(),
        );
      });
      coldMs.push(await timeToAgenda(page, url));
      await page.waitForLoadState('networkidle');
      const loaded = await Promise.all(responses);
      const js = loaded.filter((r) => r.type === 'script');
      scripts = {
        count: js.length,
        gzipBytes: js.reduce((n, r) => n + r.encoded, 0),
        rawBytes: js.reduce((n, r) => n + r.raw, 0),
      };
      cssGzipBytes = loaded.filter((r) => r.type === 'stylesheet').reduce((n, r) => n + r.encoded, 0);
      page.removeAllListeners('requestfinished');
      warmMs.push(await timeToAgenda(page, url));
      await context.close();
    }
    return {
      meetingPath: `/fora/${FORUM}/moeder/${meeting.id}`,
      items: meeting.items,
      scripts,
      coldMs,
      warmMs,
      cssGzipBytes,
    };
  } finally {
    await browser?.close();
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export function webTable(r: WebResult): string {
  const kb = (b: number) => (b / 1024).toFixed(1);
  const ms = (xs: number[]) =>
    `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
  return [
    '# Fora web app benchmark',
    '',
    `Median of ${RUNS} visits (min–max) · Debian chromium headless · fora serve on 127.0.0.1, PGlite, demo data`,
    '',
    '| measure | value |',
    '|---|---:|',
    `| JavaScript transferred for the first meeting view (gzip, ${r.scripts.count} files) | ${kb(r.scripts.gzipBytes)} KB |`,
    `| the same JavaScript uncompressed | ${kb(r.scripts.rawBytes)} KB |`,
    `| CSS transferred (gzip) | ${kb(r.cssGzipBytes)} KB |`,
    `| time until the agenda is readable, empty cache (ms) | ${ms(r.coldMs)} |`,
    `| time until the agenda is readable, repeat visit (ms) | ${ms(r.warmMs)} |`,
    '',
    `- The meeting: ${r.meetingPath} (${r.items} items), opened by a signed-in Chefforum member.`,
    '- "Readable" = the first agenda item heading is in the DOM, measured in the page from the start of',
    '  navigation (performance.now(), checked every animation frame); it includes the session check and',
    '  the agenda API call that the view makes.',
    '',
  ].join('\n');
}
