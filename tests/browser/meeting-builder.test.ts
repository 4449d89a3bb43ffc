/**
 * The secretary's meeting builder in a real browser: the demo's secretary of Chefforum finds two
 * approved items in the forum's queue, opens the next meeting's builder from the calendar, puts both
 * items on the agenda, reorders them with the keyboard only (the time plan follows), publishes, and
 * the published agenda shows the new order with times. Publishing again without a change is refused
 * with the reason; after a change, a supplementary agenda (version 2) is published the same way. A
 * member without a managing role gets a clear page instead of the builder. Every new view passes axe
 * and is photographed at laptop and tablet width.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../../src/domain/organisation.ts';
import { checkView, type ListeningServer, tabTo } from '../support/browser.ts';
import type { TestDatabase } from '../support/db.ts';
import {
  approvedItem,
  type DemoBrowser,
  demoPerson,
  giveDemoPasswords,
  openDemoBrowser,
  para,
  signIn,
  signOut,
} from '../support/demo-browser.ts';

/** A week before Chefforum's 9 April 2025 meeting (demo), whose agenda is not yet published. */
const NOW = new Date('2025-04-02T10:00:00+02:00');
/** Chefforum's secretary (and the demo's admin). */
const SECRETARY = 'camilla.nielsen@albertslund.dk';
/** Head of department, member of Chefforum: proposes the items. */
const HEAD = 'marie.aasoee@albertslund.dk';
const PASSWORD = 'forbered-moedet-2025';
const FIRST = { title: 'Ny indkøbspolitik', minutes: 15 };
const SECOND = { title: 'Fælles rekrutteringsproces', minutes: 25 };
/** The meeting's series date (the builder's key before the meeting is stored). */
const MEETING_DAY = 'onsdag den 9. april 2025';

let demo: DemoBrowser;
let server: ListeningServer;
let page: Page;
let secretary: Person;
let head: Person;
const ids: Record<string, string> = {};

/** An item of Chefforum proposed by the head of department and approved by the director the charter names. */
async function headsApprovedItem(db: TestDatabase, title: string, minutes: number): Promise<string> {
  const item = await approvedItem(db, head, 'CF', {
    type: 'decision',
    title,
    durationMinutes: minutes,
    sections: {
      sagsfremstilling: para(`${title}: forslag fra afdelingen.`),
      indstilling: para('Afdelingen indstiller,'),
    },
    recommendations: ['at forslaget godkendes'],
  });
  return item.id;
}

beforeAll(async () => {
  demo = await openDemoBrowser(NOW, async (db) => {
    secretary = await demoPerson(db, SECRETARY);
    head = await demoPerson(db, HEAD);
    ids.first = await headsApprovedItem(db, FIRST.title, FIRST.minutes);
    ids.second = await headsApprovedItem(db, SECOND.title, SECOND.minutes);
    await giveDemoPasswords(db, [secretary, head], PASSWORD);
  });
  ({ server, page } = demo);
});

afterAll(async () => {
  await demo?.close();
});

const agendaTable = () => page.locator('table.builder-agenda');
/** The builder's agenda rows as [title, time] in order. */
async function agendaRows(): Promise<[string, string][]> {
  const rows = agendaTable().locator('tbody tr');
  const out: [string, string][] = [];
  for (const row of await rows.all())
    out.push([
      ((await row.locator('th a').textContent()) ?? '').trim(),
      ((await row.locator('td.builder-time').textContent()) ?? '').trim(),
    ]);
  return out;
}
const rowOf = (title: string) => agendaTable().locator('tbody tr').filter({ hasText: title });

/** Waits until the builder's agenda lists these titles in this order (among the others). */
async function waitForOrder(titles: string[]) {
  await page.waitForFunction((expected) => {
    const names = [...document.querySelectorAll('table.builder-agenda tbody th a')].map((a) =>
      a.textContent?.trim(),
    );
    const at = expected.map((x) => names.indexOf(x));
    return at.every((i) => i >= 0) && at.every((i, k) => k === 0 || (at[k - 1] ?? -1) < i);
  }, titles);
}

describe("the secretary's meeting builder", () => {
  it('shows the forum page with the queue, the tools and a way to prepare the next meeting', async () => {
    await signIn(page, server, secretary, PASSWORD);
    await page.goto(`${server.url}/fora/CF`);
    await page.getByRole('heading', { level: 1, name: 'Chefforum' }).waitFor();
    const queue = page.getByRole('region', { name: 'Kø' });
    for (const item of [FIRST, SECOND]) {
      const row = queue.getByRole('row').filter({ hasText: item.title });
      await row.getByRole('link', { name: item.title }).waitFor();
      await row.getByRole('cell', { name: head.name }).waitFor();
      await row.getByRole('cell', { name: 'Beslutning' }).waitFor();
      // The approval's date (the audit clock: the test machine's today).
      await expect(row.getByRole('cell').nth(2).textContent()).resolves.toMatch(/^\d{1,2}\. \p{L}+ \d{4}$/u);
    }
    const tools = page.getByRole('navigation', { name: 'Forummets værktøjer' });
    await tools.getByRole('link', { name: 'Foreslå et punkt' }).waitFor();
    await tools.getByRole('link', { name: 'Opfølgning' }).waitFor();
    await tools.getByRole('link', { name: 'Rediger kommissorium' }).waitFor();
    await checkView(page, 'forum-queue', () => queue.getByRole('link', { name: SECOND.title }).waitFor());
  });

  it('opens the builder of the next unpublished meeting from the calendar', async () => {
    await page.getByRole('link', { name: `Forbered ${MEETING_DAY}` }).click();
    await page.getByRole('heading', { level: 1, name: /Forbered mødet/ }).waitFor();
    // The demo scheduled items on it, so it is a stored meeting: its id is the key.
    expect(new URL(page.url()).pathname).toMatch(/^\/fora\/CF\/moeder\/[0-9a-f-]{36}\/forbered$/);
    await page.getByText('Planlagt', { exact: true }).waitFor();
    // The demo's items and the standing items are on the agenda; the two new ones are in the queue.
    await rowOf('Videre proces for Budget 2026').waitFor();
    const queue = page.getByRole('region', { name: 'Forummets kø' });
    await queue.getByRole('button', { name: `Sæt på dagsordenen: ${FIRST.title}` }).waitFor();
    // The first item starts when the meeting does.
    expect((await agendaRows())[0]?.[1]).toMatch(/^09\.00–/);
    await checkView(page, 'builder', () => rowOf('Videre proces for Budget 2026').waitFor());
  });

  it('puts both queued items on the agenda, after the other items', async () => {
    const queue = page.getByRole('region', { name: 'Forummets kø' });
    for (const item of [FIRST, SECOND]) {
      const scheduled = page.waitForResponse(
        (r) => r.url().includes('/schedule') && r.request().method() === 'POST',
      );
      await queue.getByRole('button', { name: `Sæt på dagsordenen: ${item.title}` }).click();
      expect((await scheduled).status()).toBe(200);
      await page
        .getByRole('status')
        .filter({ hasText: `«${item.title}» er sat på dagsordenen.` })
        .waitFor();
      await rowOf(item.title).waitFor();
    }
    await waitForOrder(['Videre proces for Budget 2026', FIRST.title, SECOND.title]);
    await page.getByText('Der er ingen punkter i køen.').waitFor();
  });

  it('moves the second item above the first with the keyboard, and the time plan follows', async () => {
    const before = await agendaRows();
    const i = before.findIndex(([title]) => title === FIRST.title);
    expect(before[i + 1]?.[0]).toBe(SECOND.title);
    const firstStart = before[i]?.[1].split('–')[0] ?? '';
    const up = page.getByRole('button', { name: `Flyt op: ${SECOND.title}` });
    await tabTo(page, up);
    const ordered = page.waitForResponse(
      (r) => r.url().endsWith('/agenda/order') && r.request().method() === 'PUT',
    );
    await page.keyboard.press('Enter');
    expect((await ordered).status()).toBe(200);
    await page
      .getByRole('status')
      .filter({ hasText: `«${SECOND.title}» er flyttet til nummer ${i + 1}.` })
      .waitFor();
    await waitForOrder([SECOND.title, FIRST.title]);
    const after = await agendaRows();
    // The second item now starts where the first did, and the first starts 25 minutes later.
    expect(after[i]).toEqual([SECOND.title, expect.stringMatching(new RegExp(`^${firstStart}–`))]);
    const secondEnd = after[i]?.[1].split('–')[1];
    expect(after[i + 1]?.[1].startsWith(`${secondEnd}–`)).toBe(true);
    // The focus stays on the moved item's button: Space moves it once more.
    await expect(up.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const again = page.waitForResponse(
      (r) => r.url().endsWith('/agenda/order') && r.request().method() === 'PUT',
    );
    await page.keyboard.press('Space');
    expect((await again).status()).toBe(200);
    await page
      .getByRole('status')
      .filter({ hasText: `«${SECOND.title}» er flyttet til nummer ${i}.` })
      .waitFor();
    await waitForOrder([SECOND.title, before[i - 1]?.[0] ?? '', FIRST.title]);
  });

  it('publishes the agenda, and the published agenda shows the new order with times', async () => {
    const expected = await agendaRows();
    const published = page.waitForResponse(
      (r) => r.url().endsWith('/agenda/publish') && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Offentliggør dagsordenen' }).click();
    expect((await published).status()).toBe(201);
    const status = page
      .getByRole('status')
      .filter({ hasText: 'Dagsordenen er offentliggjort som version 1.' });
    await status.waitFor();
    await page.getByText('Dagsorden offentliggjort', { exact: false }).first().waitFor();
    await page.getByRole('button', { name: 'Offentliggør tillægsdagsorden' }).waitFor();
    await checkView(page, 'builder-published', () => status.waitFor());

    await status.getByRole('link', { name: 'Se den offentliggjorte dagsorden' }).click();
    await page.getByRole('heading', { level: 1, name: /Dagsorden/ }).waitFor();
    const toc = page.getByRole('navigation', { name: 'Punkter' });
    await toc.getByRole('link').first().waitFor();
    const entries = (await toc.getByRole('link').allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
    expect(entries).toEqual(expected.map(([title, times], n) => `${times.split('–')[0]} ${n + 1}. ${title}`));
    // The secretary's tools on the published meeting.
    const tools = page.getByRole('navigation', { name: 'Sekretærens værktøjer' });
    await tools.getByRole('link', { name: 'Forbered dagsorden' }).waitFor();
    await tools.getByRole('link', { name: 'Tag referat' }).waitFor();
  });

  it('shows why publishing again without a change is refused', async () => {
    await page
      .getByRole('navigation', { name: 'Sekretærens værktøjer' })
      .getByRole('link', { name: 'Forbered dagsorden' })
      .click();
    await page.getByRole('heading', { level: 1, name: /Forbered mødet/ }).waitFor();
    const refused = page.waitForResponse(
      (r) => r.url().endsWith('/agenda/publish') && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Offentliggør tillægsdagsorden' }).click();
    expect((await refused).status()).toBe(409);
    const alert = page.getByRole('alert').filter({ hasText: 'Dagsordenen kan ikke offentliggøres' });
    await alert.getByText('Intet er ændret siden den seneste offentliggjorte version.').waitFor();
    await expect(alert.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await checkView(page, 'builder-error', () => alert.waitFor());
  });

  it('publishes a supplementary agenda (version 2) after a change', async () => {
    const before = await agendaRows();
    const i = before.findIndex(([title]) => title === SECOND.title);
    const next = before[i + 1]?.[0] ?? '';
    const ordered = page.waitForResponse((r) => r.url().endsWith('/agenda/order'));
    await page.getByRole('button', { name: `Flyt ned: ${SECOND.title}` }).click();
    expect((await ordered).status()).toBe(200);
    await page
      .getByRole('status')
      .filter({ hasText: `«${SECOND.title}» er flyttet til nummer ${i + 2}.` })
      .waitFor();
    await waitForOrder([next, SECOND.title]);
    const published = page.waitForResponse((r) => r.url().endsWith('/agenda/publish'));
    await page.getByRole('button', { name: 'Offentliggør tillægsdagsorden' }).click();
    expect((await published).status()).toBe(201);
    await page
      .getByRole('status')
      .filter({ hasText: 'Dagsordenen er offentliggjort som version 2.' })
      .getByRole('link', { name: 'Se den offentliggjorte dagsorden' })
      .waitFor();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await signOut(page);
  });

  it('gives a member without a managing role a clear page instead of the builder, and no queue', async () => {
    await signIn(page, server, head, PASSWORD);
    await page.goto(`${server.url}/fora/CF`);
    await page.getByRole('heading', { level: 1, name: 'Chefforum' }).waitFor();
    await page.getByRole('link', { name: 'Foreslå et punkt' }).waitFor();
    await expect(page.getByRole('region', { name: 'Kø' }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: /^Forbered/ }).count()).resolves.toBe(0);
    await page.goto(`${server.url}/fora/CF/moeder/2025-04-23/forbered`);
    await page
      .getByRole('heading', { level: 1, name: 'Du har ikke adgang til at forberede mødet' })
      .waitFor();
    await checkView(page, 'builder-no-access', () =>
      page.getByRole('link', { name: 'Tilbage til forummet' }).waitFor(),
    );
  });
});
