/**
 * The second locale: the municipal director of Albertslund (the demo) switches the web app to
 * English; home, the approval inbox, a forum and a published agenda are in English (headings,
 * <html lang>, dates), pass axe, and the choice survives a reload; switching back gives Danish.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkView, type ListeningServer } from '../support/browser.ts';
import { type DemoBrowser, demoPerson, giveDemoPasswords, openDemoBrowser } from '../support/demo-browser.ts';

/** The demo's clock: items wait for the director's approval; the 23 April 2025 agenda is published. */
const NOW = new Date('2025-04-02T10:00:00+02:00');
const DIRECTOR = 'henrik.harder@albertslund.dk';
const PASSWORD = 'english-please-2025';

let demo: DemoBrowser;
let server: ListeningServer;
let page: Page;

beforeAll(async () => {
  demo = await openDemoBrowser(NOW, async (t) =>
    giveDemoPasswords(t, [await demoPerson(t, DIRECTOR)], PASSWORD),
  );
  ({ server, page } = demo);
});

afterAll(async () => {
  await demo?.close();
});

describe('the web app in English', () => {
  it('switches home to English and keeps the choice after a reload', async () => {
    await page.goto(`${server.url}/`);
    await page.getByLabel('E-mail').fill(DIRECTOR);
    await page.getByLabel('Adgangskode').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('heading', { level: 1, name: /^Velkommen/ }).waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
    await page.getByRole('region', { name: 'My work' }).waitFor();
    await checkView(page, 'home-en', () => page.getByRole('heading', { name: 'My forums' }).waitFor());
  });

  it('shows the approval inbox in English', async () => {
    await page
      .getByRole('banner')
      .getByRole('link', { name: /Approvals/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Items to approve' }).waitFor();
    await page.locator('.work-table tbody tr').first().waitFor();
    await checkView(page, 'approvals-en', () => page.locator('.work-table').waitFor());
  });

  it('shows a forum and its published agenda in English, with English dates', async () => {
    await page.goto(`${server.url}/fora/CF`);
    await page.getByRole('heading', { level: 1, name: 'Chefforum' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Members' }).waitFor();
    await checkView(page, 'forum-en', () => page.getByRole('heading', { name: 'Members' }).waitFor());
    const calendar = await server.app.inject({
      method: 'GET',
      url: '/api/orgs/albertslund/forums/CF/meetings?from=2025-04-20&to=2025-04-30',
      headers: { 'x-fora-actor': 'operator' },
    });
    const meeting = (calendar.json() as { items: { meetingId: string | null }[] }).items[0]?.meetingId;
    if (!meeting) throw new Error('the demo has no Chefforum meeting on 23 April 2025');
    await page.goto(`${server.url}/fora/CF/moeder/${meeting}`);
    await page.getByRole('heading', { level: 1, name: /^Agenda/ }).waitFor();
    await page
      .getByText(/Wednesday(,)? 23 April 2025/)
      .first()
      .waitFor();
    await page.getByRole('heading', { level: 2, name: 'Items' }).waitFor();
    await checkView(page, 'meeting-en', () => page.locator('article.agenda-item').first().waitFor());
  });

  it('switches back to Danish', async () => {
    await page.getByRole('button', { name: 'Skift til dansk' }).click();
    await page.getByRole('heading', { level: 1, name: /^Dagsorden/ }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('da');
  });
});
