/**
 * Browser tests: Fora's server listening on 127.0.0.1 (random port) over a test database, Debian's
 * chromium driven by playwright-core, axe (WCAG 2.1 A and AA rules) and screenshots of each view at
 * laptop and tablet width, saved under test-results/screenshots/.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { buildServer } from '../../src/http/server.ts';
import { DEFAULT_WEB_APP_DIR } from '../../src/http/web-app.ts';
import type { TestDatabase } from './db.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.resolve('test-results/screenshots');
export const VIEWPORTS = {
  laptop: { width: 1366, height: 768 },
  tablet: { width: 820, height: 1180 },
} as const;

/** The built app must exist: `npm test` and `npm run test:browser` build it first. */
export function requireBuiltApp(): void {
  if (!fs.existsSync(path.join(DEFAULT_WEB_APP_DIR, 'index.html')))
    throw new Error(`No web app build in ${DEFAULT_WEB_APP_DIR}: run \`npm run build:ui\` first.`);
}

/** Playwright gives each launch a fresh temporary profile (user data dir), removed on close. */
export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium (npm test does it: apt-get install chromium).`,
    );
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** What the browser reported as blocked by the Content-Security-Policy, per context. */
const cspReports = new WeakMap<BrowserContext, string[]>();

/**
 * A browser context as the users have it: a laptop-wide window, Danish, Copenhagen time. Console
 * messages saying the Content-Security-Policy blocked something are kept; checkView fails on them.
 */
export async function danishContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: VIEWPORTS.laptop,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
  });
  const reports: string[] = [];
  cspReports.set(context, reports);
  context.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) reports.push(message.text());
  });
  return context;
}

export interface ListeningServer {
  app: FastifyInstance;
  url: string;
}

export async function listeningServer(t: TestDatabase): Promise<ListeningServer> {
  const app = await buildServer(t.ctx, { production: false, logger: false, databaseKind: t.kind });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}` };
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe finds no violation of the WCAG 2.1 A and AA rules on the page as it is now. */
export async function expectAccessible(page: Page, view: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const found = result.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
  expect(found, `axe violations on ${view}`).toEqual([]);
}

/**
 * Nothing so far was blocked by the Content-Security-Policy; then for each width: resize, let `ready`
 * confirm the view is laid out, check axe and save a full-page screenshot
 * test-results/screenshots/<view>-<width>.png. Ends at laptop width.
 */
export async function checkView(page: Page, view: string, ready: () => Promise<void>): Promise<void> {
  expect(
    cspReports.get(page.context()) ?? [],
    `blocked by the Content-Security-Policy before ${view}`,
  ).toEqual([]);
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const name of ['tablet', 'laptop'] as const) {
    await page.setViewportSize(VIEWPORTS[name]);
    await ready();
    await expectAccessible(page, `${view} (${name})`);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${view}-${name}.png`), fullPage: true });
  }
}

/** Presses Tab (only) until `target` has the focus; at most `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`no focus on the target after ${max} presses of Tab`);
}

/** Whether `target` has the keyboard focus. */
export const isFocused = (target: Locator): Promise<boolean> =>
  target.evaluate((el) => el === document.activeElement);
