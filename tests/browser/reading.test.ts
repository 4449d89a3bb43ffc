/**
 * The first slice of the web app in a real browser: a member of Albertslund's Chefforum (the demo)
 * signs in through the form, sees home, opens the forum and the published agenda of the next
 * meeting and reads an item. Every view passes axe and is photographed at laptop and tablet width.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishAgenda } from '../../src/app/publish-agenda.ts';
import { scheduleItem } from '../../src/app/schedule-item.ts';
import { updateItem } from '../../src/app/update-item.ts';
import { listMeetingItems } from '../../src/store/items.ts';
import { checkView, type ListeningServer } from '../support/browser.ts';
import type { TestDatabase } from '../support/db.ts';
import {
  approvedItem,
  type DemoBrowser,
  demoPerson,
  giveDemoPasswords,
  openDemoBrowser,
  para,
} from '../support/demo-browser.ts';
import { operator } from '../support/factories.ts';

/** The demo's clock: the 23 April 2025 Chefforum agenda is published, the meeting still ahead. */
const NOW = new Date('2025-04-01T10:00:00+02:00');
const EMAIL = 'marie.aasoee@albertslund.dk';
const PASSWORD = 'læs-dagsordenen-2025';
/** A reader of the organisation who is not a member of Chefforum. */
const OUTSIDER = 'sisse.willemoes@albertslund.dk';
/** The title of a closed item: members read it, nobody else ever sees it. */
const CANARY = 'Fortroligt personalesag-7Q4Z';
const NEXT_MEETING = '2025-04-09';
let nextMeetingId: string;

let demo: DemoBrowser;
let t: TestDatabase;
let server: ListeningServer;
let page: Page;

beforeAll(async () => {
  demo = await openDemoBrowser(NOW, async (t) => {
    await giveDemoPasswords(t, [await demoPerson(t, EMAIL), await demoPerson(t, OUTSIDER)], PASSWORD);
    nextMeetingId = await publishClosedItem(t);
  });
  ({ t, server, page } = demo);
});

/** Marie Aasøe proposes a closed item for 9 April, her director approves it, the agenda is published. */
async function publishClosedItem(t: TestDatabase): Promise<string> {
  const item = await approvedItem(t, await demoPerson(t, EMAIL), 'CF', {
    type: 'decision',
    title: CANARY,
    durationMinutes: 15,
    closed: true,
    closedBasis: 'Offentlighedslovens § 21',
    sections: {
      sagsfremstilling: para(`Sagsfremstilling ${CANARY}.`),
      indstilling: para('Direktionen indstiller,'),
    },
    recommendations: ['at sagen drøftes'],
  });
  await scheduleItem(t.ctx, operator(), 'albertslund', item.id, { meeting: NEXT_MEETING });
  return (await publishAgenda(t.ctx, operator(), 'albertslund', 'CF', NEXT_MEETING)).meetingId;
}

afterAll(async () => {
  await demo?.close();
});

describe('reading an agenda in the browser', () => {
  it('shows the sign-in page in Danish', async () => {
    const providers = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/session/providers');
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('da');
    await checkView(page, 'sign-in', () =>
      page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor(),
    );
    // No OpenID Connect provider is configured: the page asked, and offers the password form only.
    await expect((await providers).json()).resolves.toEqual({ password: true, oidc: null });
    await expect(page.locator('a[href^="/auth/oidc"], .sign-in-or').count()).resolves.toBe(0);
    // Keyboard: the first Tab reaches the skip link, shown with a visible focus outline; it leads to main.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Gå til indhold' });
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(skip.evaluate((el) => getComputedStyle(el).outlineStyle)).resolves.not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main-content');
  });

  it('says so when the password is wrong, and signs nobody in', async () => {
    await page.getByLabel('E-mail').fill(EMAIL);
    await page.getByLabel('Adgangskode').fill('forkert-adgangskode');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('alert').filter({ hasText: 'Forkert e-mail eller adgangskode' }).waitFor();
    await checkView(page, 'sign-in-error', () => page.getByRole('alert').waitFor());
  });

  it('signs in through the form and shows home: my forums, next meetings, follow-ups', async () => {
    await page.getByLabel('Adgangskode').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('heading', { level: 1, name: 'Velkommen, Marie Aasøe' }).waitFor();
    const forums = page.getByRole('region', { name: 'Mine fora' });
    await forums.getByRole('link', { name: 'Chefforum' }).waitFor();
    const meetings = page.getByRole('region', { name: 'Næste møder' });
    await expect(meetings.getByText('onsdag den 23. april 2025').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByRole('banner').getByText('Marie Aasøe').count()).resolves.toBe(1);
    await checkView(page, 'home', () => page.getByRole('heading', { name: 'Mine opfølgninger' }).waitFor());
  });

  it('opens the forum: charter, members and the calendar', async () => {
    await page.getByRole('region', { name: 'Mine fora' }).getByRole('link', { name: 'Chefforum' }).click();
    await page.getByRole('heading', { level: 1, name: 'Chefforum' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/fora/CF');
    const members = page.getByRole('region', { name: 'Medlemmer' });
    await members.getByRole('cell', { name: 'Henrik Harder' }).waitFor();
    await expect(
      members.getByRole('row').filter({ hasText: 'Henrik Harder' }).textContent(),
    ).resolves.toContain('Forperson');
    await checkView(page, 'forum', () => page.getByRole('heading', { name: 'Kommende møder' }).waitFor());
  });

  it('opens the published agenda and reads an item with its sections and time plan', async () => {
    const calendar = page.getByRole('region', { name: 'Kommende møder' });
    await calendar.getByRole('link', { name: /Se dagsorden onsdag den 23\. april 2025/ }).click();
    await page.getByRole('heading', { level: 1, name: /Dagsorden/ }).waitFor();
    const items = page.locator('article.agenda-item');
    await items.first().waitFor();
    const first = items.first();
    const heading = await first.getByRole('heading', { level: 3 }).textContent();
    expect(heading).toMatch(/^1\./);
    await expect(first.locator('.item-time').textContent()).resolves.toMatch(/^09[.:]00/);
    // The table of contents jumps to the item.
    await page.getByRole('navigation', { name: 'Punkter' }).getByRole('link').first().click();
    expect(new URL(page.url()).hash).toBe('#punkt-1');
    // Sections in the charter's order, the recommendations in the template's place under their intro.
    const headings = await items.nth(1).locator('h4').allTextContents();
    expect(headings).toContain('Sagsfremstilling');
    expect(headings).toContain('Indstilling');
    expect(new Set(headings).size).toBe(headings.length);
    await items.nth(1).locator('ol.recommendations li').first().waitFor();
    await checkView(page, 'meeting', () => items.first().waitFor());
  });

  it('switches to English and back, keeping the page', async () => {
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: /Agenda/ }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    // The focus stays on the switch, which now offers Danish.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Dansk');
    await checkView(page, 'meeting-en', () => page.getByRole('navigation', { name: 'Items' }).waitFor());
    await page.getByRole('button', { name: 'Skift til dansk' }).click();
    await page.getByRole('heading', { level: 1, name: /Dagsorden/ }).waitFor();
  });

  it('shows a member the closed item of the next meeting in full', async () => {
    await page.getByRole('link', { name: 'Chefforum' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Chefforum' }).waitFor();
    await page
      .getByRole('region', { name: 'Kommende møder' })
      .getByRole('link', { name: /Se dagsorden onsdag den 9\. april 2025/ })
      .click();
    const closed = page.locator('article.agenda-item').filter({ hasText: CANARY });
    await closed.getByText('Lukket punkt').first().waitFor();
    await closed.getByText(`Sagsfremstilling ${CANARY}.`).waitFor();
  });

  it('marks what a supplementary agenda changed since the member last read it', async () => {
    const [item] = (await listMeetingItems(t.db, nextMeetingId)).filter((i) => i.title === CANARY);
    if (!item) throw new Error('the closed item is not on the agenda');
    await updateItem(t.ctx, operator(), 'albertslund', item.id, {
      version: item.version,
      title: `${CANARY} (revideret)`,
    });
    await publishAgenda(t.ctx, operator(), 'albertslund', 'CF', NEXT_MEETING);
    await page.reload();
    const notice = page.getByRole('status').filter({ hasText: 'Ændret siden du sidst læste dagsordenen' });
    await notice.getByRole('link', { name: new RegExp(`${CANARY} \\(revideret\\)`) }).waitFor();
    const changed = page.locator('article.agenda-item').filter({ hasText: `${CANARY} (revideret)` });
    await changed.getByText('Ændret', { exact: true }).waitFor();
    await checkView(page, 'meeting-changed', () => notice.waitFor());
    // Read now: the next visit has nothing new to mark.
    await page.reload();
    await changed.waitFor();
    await expect(page.getByText('Ændret siden du sidst læste dagsordenen').count()).resolves.toBe(0);
  });

  it('asks to sign in again after 30 idle minutes, then shows the page that was asked for', async () => {
    t.setNow(new Date(NOW.getTime() + 31 * 60_000));
    await page
      .getByRole('link', { name: /Chefforum/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    await page.getByLabel('E-mail').fill(EMAIL);
    await page.getByLabel('Adgangskode').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('heading', { level: 1, name: 'Chefforum' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/fora/CF');
  });

  it('signs out to the sign-in page, and the session is gone', async () => {
    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    const status = await page.evaluate(async () => (await fetch('/api/session')).status);
    expect(status).toBe(401);
  });

  it('shows a reader outside the forum the closed item as "Lukket punkt", in the page and in the API', async () => {
    await page.getByLabel('E-mail').fill(OUTSIDER);
    await page.getByLabel('Adgangskode').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('heading', { level: 1, name: /^Velkommen/ }).waitFor();
    await page.goto(`${server.url}/fora/CF/moeder/${nextMeetingId}`);
    await page.locator('article.agenda-item').first().waitFor();
    const closed = page
      .locator('article.agenda-item')
      .filter({ has: page.locator('.badge', { hasText: 'Lukket punkt' }) });
    await expect(closed.getByRole('heading', { level: 3 }).textContent()).resolves.toMatch(
      /^\d+\.\s*Lukket punkt$/,
    );
    await expect(page.locator('body').textContent()).resolves.not.toContain(CANARY);
    const json = await page.evaluate(
      async (url) => (await fetch(url)).text(),
      `/api/orgs/albertslund/forums/CF/meetings/${nextMeetingId}/agenda/versions/latest`,
    );
    expect(json).toContain('Lukket punkt');
    expect(json).not.toContain(CANARY);
    await checkView(page, 'meeting-non-member', () => closed.waitFor());
  });
});
