/**
 * Planning the year in a real browser, on the Albertslund demo on 13 May 2025. A department head's
 * decision item is on Chefforum's published agenda of 21 May. The secretary adds an entry to
 * Chefforum's annual wheel through the editor ("the meeting in week 25"), after a week that does not
 * exist is refused at its field; the year view shows the milestone on the meeting of 18 June, and on
 * 21 May its load in words and a milestone of the work programme; the year switcher goes to 2026 (where week 25 is the meeting of 17 June)
 * and back; the secretary changes and then deletes the entry. Every view passes axe at laptop and
 * tablet width; the year view is in English when the language is switched.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkProgramme } from '../../src/app/create-work-programme.ts';
import { loadDemo } from '../../src/app/load-demo.ts';
import { publishAgenda } from '../../src/app/publish-agenda.ts';
import { addProgrammeInitiative } from '../../src/app/save-programme-initiative.ts';
import { scheduleItem } from '../../src/app/schedule-item.ts';
import type { Person } from '../../src/domain/organisation.ts';
import { findForumByShortName } from '../../src/store/forums.ts';
import { findProgramme } from '../../src/store/work-programmes.ts';
import { checkView, isFocused, type ListeningServer } from '../support/browser.ts';
import { testDatabase } from '../support/db.ts';
import {
  approvedItem,
  type DemoBrowser,
  demoPerson,
  giveDemoPasswords,
  openBrowserOn,
  para,
  signIn,
} from '../support/demo-browser.ts';
import { callerFor, operator } from '../support/factories.ts';

const NOW = new Date('2025-05-13T10:00:00+02:00');
const ORG = 'albertslund';
const HEAD = 'marie.aasoee@albertslund.dk';
const SECRETARY = 'camilla.nielsen@albertslund.dk';
const PASSWORD = 'aarshjul-2025';
const ITEM_TITLE = 'Årsplanstest: fælles mødekalender for 2026';
const ENTRY = 'Årsplanstest: halvårsstatus på tilsyn';
const INITIATIVE = 'Årsplanstest: én mødekalender for alle fora';
const MILESTONE = 'Årsplanstest: kalenderprincipper drøftet';

let demo: DemoBrowser | undefined;
let server: ListeningServer;
let page: Page;
let head: Person;
let secretary: Person;

beforeAll(async () => {
  const t = await testDatabase();
  t.setNow('2025-05-12T10:00:00+02:00');
  await loadDemo(t.ctx, operator());
  head = await demoPerson(t, HEAD);
  secretary = await demoPerson(t, SECRETARY);
  const item = await approvedItem(t, head, 'CF', {
    type: 'decision',
    title: ITEM_TITLE,
    durationMinutes: 15,
    sections: {
      sagsfremstilling: para('Forummene planlægger hver for sig.'),
      indstilling: para('Økonomi & Stab indstiller,'),
    },
    recommendations: ['at kalenderen for 2026 lægges fælles'],
  });
  const asSecretary = await callerFor(t.ctx, secretary);
  const scheduled = await scheduleItem(t.ctx, asSecretary, ORG, item.id, { meeting: '2025-05-21' });
  await publishAgenda(t.ctx, asSecretary, ORG, 'CF', '2025-05-21');
  // Chefforum's work programme of 2025 (the demo's, if it has one) gets an initiative with a
  // milestone on the meeting of 21 May.
  const cf = await findForumByShortName(t.db, head.orgId, 'CF');
  if (!cf) throw new Error('demo forum CF missing');
  if (!(await findProgramme(t.db, cf.id, 2025)))
    await createWorkProgramme(t.ctx, asSecretary, ORG, 'CF', { year: 2025, title: 'Arbejdsprogram 2025' });
  await addProgrammeInitiative(t.ctx, asSecretary, ORG, 'CF', 2025, {
    title: INITIATIVE,
    ownerPersonId: head.id,
    status: 'in_progress',
    milestones: [{ title: MILESTONE, dueDate: '2025-05-21', meetingId: scheduled.meetingId }],
  });
  t.setNow(NOW);
  await giveDemoPasswords(t, [secretary], PASSWORD);
  demo = await openBrowserOn(t, NOW);
  ({ server, page } = demo);
});

afterAll(async () => {
  await demo?.close();
});

interface YearJson {
  forums: {
    shortName: string;
    meetings: {
      occurrenceDate: string | null;
      load: Record<'decision' | 'information' | 'theme', number>;
      minutes: boolean;
      themes: unknown[];
      milestones: unknown[];
      programmeMilestones: unknown[];
      presenters: unknown[];
    }[];
  }[];
}
/** The year plan as the signed-in secretary's session gets it. */
async function yearPlan(year: number) {
  const r = await page.request.get(`${server.url}/api/orgs/${ORG}/year?year=${year}`);
  expect(r.status()).toBe(200);
  return (await r.json()) as YearJson;
}
const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

const chefforum = () => page.getByRole('region', { name: 'Chefforum', exact: true });
const meetingRow = (date: string) => chefforum().getByRole('row').filter({ hasText: date });

describe('the annual wheel editor', () => {
  it('shows the secretary the form, and refuses week 54 at its field', async () => {
    await signIn(page, server, secretary, PASSWORD);
    await page.goto(`${server.url}/fora/CF`);
    await page.getByRole('link', { name: 'Årshjul', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Årshjul: Chefforum' }).waitFor();
    const form = page.getByRole('region', { name: 'Tilføj punkt til årshjulet' });
    await form.getByLabel('Titel').fill(ENTRY);
    await form.getByLabel('Hvornår i året').selectOption({ label: 'Mødet i en bestemt uge' });
    await form.getByLabel('Uge (1–53)').fill('54');
    await form.getByLabel('Ansvarlig').selectOption({ label: `${head.name} (Medlem)` });
    await form.getByLabel('Varsel i uger (0–26)').fill('3');
    await form.getByLabel('Punktets type').selectOption({ label: 'Temadrøftelse' });
    await checkView(page, 'wheel-editor', () => form.getByLabel('Titel').waitFor());

    const refused = page.waitForResponse(
      (r) => r.url().endsWith('/wheel') && r.request().method() === 'POST',
    );
    await form.getByRole('button', { name: 'Tilføj til årshjulet' }).click();
    expect((await refused).status()).toBe(400);
    const summary = page.getByRole('alert').filter({ hasText: 'Punktet kan ikke gemmes' });
    await summary.getByRole('link', { name: 'Uge (1–53): Skriv en uge fra 1 til 53.' }).waitFor();
    await expect(isFocused(summary)).resolves.toBe(true);
    const week = form.getByLabel('Uge (1–53)');
    await expect(week.getAttribute('aria-invalid')).resolves.toBe('true');
    await form.locator('.form-error-message', { hasText: 'Skriv en uge fra 1 til 53.' }).waitFor();
    await checkView(page, 'wheel-editor-error', () => summary.waitFor());
    await summary.getByRole('link').first().click();
    await expect(isFocused(week)).resolves.toBe(true);
  });

  it('adds the entry once the week is corrected, listed with its rule in words and meeting', async () => {
    const form = page.getByRole('region', { name: 'Tilføj punkt til årshjulet' });
    await form.getByLabel('Uge (1–53)').fill('25');
    const created = page.waitForResponse(
      (r) => r.url().endsWith('/wheel') && r.request().method() === 'POST',
    );
    await form.getByRole('button', { name: 'Tilføj til årshjulet' }).click();
    expect((await created).status()).toBe(201);
    await page
      .getByRole('status')
      .filter({ hasText: `«${ENTRY}» er tilføjet årshjulet.` })
      .waitFor();
    const row = page.getByRole('row').filter({ hasText: ENTRY });
    await row.getByRole('cell', { name: 'Mødet i uge 25', exact: true }).waitFor();
    await row.getByRole('cell', { name: '18. juni 2025', exact: true }).waitFor();
    await row.getByRole('cell', { name: head.name, exact: true }).waitFor();
    await row.getByRole('cell', { name: '3 uger før', exact: true }).waitFor();
    await row.getByRole('cell', { name: 'Temadrøftelse', exact: true }).waitFor();
    // The form is empty again for the next entry.
    await expect(form.getByLabel('Titel').inputValue()).resolves.toBe('');
    await checkView(page, 'wheel-editor-added', () => row.waitFor());
  });
});

describe('the year view', () => {
  it('shows the milestone on the meeting of its week, and the load of a meeting in words', async () => {
    await page.getByRole('link', { name: 'Årsplan', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Årsplan 2025' }).waitFor();
    await meetingRow('18. juni 2025').getByText(ENTRY).waitFor();
    await expect(meetingRow('4. juni 2025').getByText(ENTRY).count()).resolves.toBe(0);

    const cf = (await yearPlan(2025)).forums.find((f) => f.shortName === 'CF');
    const load = cf?.meetings.find((m) => m.occurrenceDate === '2025-05-21')?.load;
    if (!load) throw new Error('no meeting of 21 May 2025 in the year plan');
    expect(load.decision).toBeGreaterThanOrEqual(1); // the head's item, on the published agenda
    const words = [
      plural(load.decision, 'beslutning', 'beslutninger'),
      plural(load.information, 'orientering', 'orienteringer'),
      plural(load.theme, 'temadrøftelse', 'temadrøftelser'),
    ].join(', ');
    const may21 = meetingRow('21. maj 2025');
    await may21.getByText(words, { exact: true }).waitFor();
    // Its date leads to the meeting (stored: its agenda is published); the work programme's
    // milestone is on it, and the programme's initiatives are listed below the meetings.
    await may21.getByRole('link', { name: '21. maj 2025' }).waitFor();
    await may21.getByText(`${INITIATIVE}: ${MILESTONE}`).waitFor();
    const initiative = chefforum()
      .getByRole('row')
      .filter({ hasText: INITIATIVE })
      .filter({ hasText: 'I gang' });
    await initiative.getByRole('cell', { name: head.name, exact: true }).waitFor();
    const programme = chefforum().getByRole('link', { name: /^Se hele arbejdsprogrammet/ });
    expect(await programme.getAttribute('href')).toBe('/fora/CF/arbejdsprogram/2025');
    await checkView(page, 'year-view', () => meetingRow('18. juni 2025').getByText(ENTRY).waitFor());
  });

  it('switches to the next year and back, with the year in the address', async () => {
    await page.getByRole('link', { name: 'Næste år (2026)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Årsplan 2026' }).waitFor();
    expect(new URL(page.url()).search).toBe('?aar=2026');
    // Week 25 of 2026 is Chefforum's meeting of Wednesday 17 June.
    await meetingRow('17. juni 2026').getByText(ENTRY).waitFor();
    await checkView(page, 'year-view-2026', () => meetingRow('17. juni 2026').getByText(ENTRY).waitFor());
    await page.getByRole('link', { name: 'Forrige år (2025)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Årsplan 2025' }).waitFor();
    expect(new URL(page.url()).search).toBe('?aar=2025');
    await meetingRow('18. juni 2025').getByText(ENTRY).waitFor();
  });

  it('hides the meetings with nothing planned on them when asked', async () => {
    // 16 July 2025 has nothing on it: no items, minutes, themes, presenters or milestones.
    const july16 = (await yearPlan(2025)).forums
      .find((f) => f.shortName === 'CF')
      ?.meetings.find((m) => m.occurrenceDate === '2025-07-16');
    expect(july16).toMatchObject({
      load: { decision: 0, information: 0, theme: 0 },
      minutes: false,
      themes: [],
      milestones: [],
      programmeMilestones: [],
      presenters: [],
    });
    await meetingRow('16. juli 2025').waitFor();
    const only = page.getByLabel('Vis kun møder med punkter, temaer, referat eller milepæle');
    await only.check();
    await meetingRow('16. juli 2025').waitFor({ state: 'detached' });
    await meetingRow('18. juni 2025').getByText(ENTRY).waitFor();
    await only.uncheck();
    await meetingRow('16. juli 2025').waitFor();
  });
});

describe('changing and deleting an entry', () => {
  it('moves the entry to the week before, then deletes it after a confirmation', async () => {
    await page.goto(`${server.url}/fora/CF/aarshjul`);
    await page.getByRole('heading', { level: 1, name: 'Årshjul: Chefforum' }).waitFor();
    await page.getByRole('button', { name: new RegExp(`^Ret\\W+${ENTRY}$`) }).click();
    const form = page.getByRole('region', { name: `Ret punkt i årshjulet: ${ENTRY}` });
    await form.getByLabel('Uge (1–53)').fill('23');
    await form.getByRole('button', { name: 'Gem ændringer' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Ændringerne i «${ENTRY}» er gemt.` })
      .waitFor();
    const row = page.getByRole('row').filter({ hasText: ENTRY });
    await row.getByRole('cell', { name: 'Mødet i uge 23', exact: true }).waitFor();
    await row.getByRole('cell', { name: '4. juni 2025', exact: true }).waitFor();

    await page.getByRole('button', { name: new RegExp(`^Slet\\W+${ENTRY}$`) }).click();
    const yes = page.getByRole('button', { name: 'Ja, slet' });
    await yes.waitFor();
    await expect(isFocused(yes)).resolves.toBe(true);
    await checkView(page, 'wheel-editor-confirm', () => yes.waitFor());
    const deleted = page.waitForResponse((r) => r.request().method() === 'DELETE');
    await yes.click();
    expect((await deleted).status()).toBe(204);
    await page
      .getByRole('status')
      .filter({ hasText: `«${ENTRY}» er slettet fra årshjulet.` })
      .waitFor();
    // The list is read again after the message: the row goes once it is.
    await page.getByRole('row').filter({ hasText: ENTRY }).waitFor({ state: 'detached' });
  });
});

describe('in English', () => {
  it('shows the year view in the second locale, and switches back', async () => {
    await page.goto(`${server.url}/aarsplan?aar=2025`);
    await page.getByRole('heading', { level: 1, name: 'Årsplan 2025' }).waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Year plan 2025' }).waitFor();
    const may21 = meetingRow('21 May 2025');
    await may21.getByText(/^\d+ decisions?, \d+ information items?, \d+ theme discussions?$/).waitFor();
    await page.getByRole('link', { name: 'Next year (2026)' }).waitFor();
    await checkView(page, 'year-view-english', () => may21.waitFor());
    await page.getByRole('button', { name: 'Skift til dansk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Årsplan 2025' }).waitFor();
  });
});
