/**
 * Search in a real browser on the Albertslund demo: a head of department types a word in the header's
 * search box, sees the results with the matched words highlighted, narrows them by case number / KLE
 * topic and by type, and opens a result. The results page passes axe at tablet and laptop width.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../../src/domain/organisation.ts';
import { checkView } from '../support/browser.ts';
import {
  type DemoBrowser,
  demoPerson,
  giveDemoPasswords,
  openDemoBrowser,
  signIn,
} from '../support/demo-browser.ts';

const NOW = new Date('2025-05-13T10:00:00+02:00');
const HEAD = 'marie.aasoee@albertslund.dk';
const PASSWORD = 'soegning-2025';
const BUDGET_ITEM = 'Videre proces for Budget 2026';

let demo: DemoBrowser;
let page: Page;
let head: Person;

beforeAll(async () => {
  demo = await openDemoBrowser(NOW, async (t) => {
    head = await demoPerson(t, HEAD);
    await giveDemoPasswords(t, [head], PASSWORD);
  });
  page = demo.page;
  await signIn(page, demo.server, head, PASSWORD);
}, 120_000);
afterAll(() => demo?.close());

const results = () => page.getByRole('list').filter({ has: page.locator('.search-hit') });

describe('search', () => {
  it('finds items from the header box, with the matched words highlighted', async () => {
    const box = page.getByRole('search', { name: 'Søg' });
    await box.getByLabel('Søg').fill('budgettet');
    await box.getByLabel('Søg').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Søgning' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/soeg');
    // The demo has the item on two meetings (postponed and carried forward): two hits of that title.
    const hit = page
      .locator('.search-hit')
      .filter({ has: page.getByRole('link', { name: BUDGET_ITEM }) })
      .first();
    await hit.waitFor();
    await expect.poll(() => hit.locator('mark').first().textContent()).toMatch(/^budget/i);
    await expect.poll(() => hit.textContent()).toContain('Sagsnr. 00.30.00-P00-4-24');
    await checkView(page, 'search', () => hit.waitFor());
  });

  it('narrows the results by KLE topic and type, and opens a result', async () => {
    const all = await results().locator('.search-hit').count();
    expect(all).toBeGreaterThan(1);
    await page.getByLabel('Sagsnummer eller KLE-emne').fill('00.30');
    await page.getByRole('button', { name: 'Opdatér resultater' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('case')).toBe('00.30');
    await expect
      .poll(async () =>
        (await results().locator('.search-hit-meta').allTextContents()).every((m) => m.includes('00.30.')),
      )
      .toBe(true);
    await page.getByLabel('Type').selectOption({ label: 'Temadrøftelse' });
    await page.getByRole('button', { name: 'Opdatér resultater' }).click();
    await page
      .getByText('Ingen punkter matcher søgningen.')
      .or(page.locator('.search-hit').first())
      .waitFor();
    await page.getByLabel('Type').selectOption({ label: 'Alle typer' });
    await page.getByRole('button', { name: 'Opdatér resultater' }).click();
    await page.getByRole('link', { name: BUDGET_ITEM }).first().click();
    await page.getByRole('heading', { level: 1, name: BUDGET_ITEM }).waitFor();
  });

  it('says so when nothing matches', async () => {
    const box = page.getByRole('search', { name: 'Søg' });
    await box.getByLabel('Søg').fill('xyzzyordetfindesikke');
    await box.getByLabel('Søg').press('Enter');
    await page.getByText('Ingen punkter matcher søgningen.').waitFor();
  });
});
