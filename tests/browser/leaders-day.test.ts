/**
 * The annual leaders' day in a real browser, on the Albertslund demo. On 2 March 2026 the secretary
 * creates a day with two seats for 15 April (a missing number of seats and a deadline after the day
 * refused at the field); one leader registers with a dietary need, a second takes the other seat, a
 * third lands on the waitlist; the first cancels and the waitlisted one gets the seat. The programme
 * is hidden until 1 April (14 days before) and shown to the registered after it; the secretary sees
 * the dietary needs, a plain leader only their own; she raises the seats, which gives the one waiting
 * a seat (fewer seats than those registered are refused at the field); after the day she sees which
 * Direktørforum meeting got the evaluation item. She uploads a PDF as material (a text named .pdf
 * refused at the field; a file without a title listed by its name, and removed), which the
 * registered leader sees and downloads only after the release date. Every view passes axe at laptop
 * and tablet width.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/app/load-demo.ts';
import { placeLeadersDayEvaluations } from '../../src/app/place-leaders-day-evaluations.ts';
import { registerForLeadersDay } from '../../src/app/register-for-leaders-day.ts';
import type { Person } from '../../src/domain/organisation.ts';
import { minimalPdf } from '../domain/file-fixtures.ts';
import { checkView, isFocused, type ListeningServer, requireBuiltApp } from '../support/browser.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import {
  type DemoBrowser,
  demoPerson,
  giveDemoPasswords,
  openBrowserOn,
  signIn,
} from '../support/demo-browser.ts';
import { callerFor, operator } from '../support/factories.ts';

const NOW = new Date('2026-03-02T10:00:00+01:00');
/** The day after the release date (1 April, 14 days before the day). */
const RELEASED = new Date('2026-04-02T09:00:00+02:00');
const ORG = 'albertslund';
const LIST = '/fora/LEDERDAG/lederdage';
const PASSWORD = 'lederdag-2026';
const DAY_NAME = 'onsdag den 15. april 2026';
const PLACE = 'Kulturværftet, sal 2';
const PROGRAMME_LINE = '10.00 Oplæg om tillid i ledelse';
const MATERIAL = 'Oplæg om tillid (slides)';
const NEW_PLACE = 'Kulturværftet, store sal';
const FILE_TITLE = 'Program med oplægsholdere';
const PDF = minimalPdf('Program for lederdagen 15. april');

let demo: DemoBrowser | undefined;
let t: TestDatabase;
let server: ListeningServer;
let context: BrowserContext;
let page: Page;
let secretary: Person;
let first: Person;
let second: Person;
let third: Person;
let fourth: Person;
let dayPath = '';

beforeAll(async () => {
  requireBuiltApp();
  t = await testDatabase();
  t.setNow(NOW);
  await loadDemo(t.ctx, operator());
  secretary = await demoPerson(t, 'camilla.nielsen@albertslund.dk');
  first = await demoPerson(t, 'soeren.friis@albertslund.dk');
  second = await demoPerson(t, 'sofie.andersen@albertslund.dk');
  third = await demoPerson(t, 'mads.oestergaard@albertslund.dk');
  fourth = await demoPerson(t, 'jonas.lund@albertslund.dk');
  await giveDemoPasswords(t, [secretary, first, third], PASSWORD);
  demo = await openBrowserOn(t, NOW);
  ({ server, context, page } = demo);
});

afterAll(async () => {
  await (demo ?? t)?.close();
});

async function as(person: Person) {
  await context.clearCookies();
  await signIn(page, server, person, PASSWORD);
}

async function openDay(person: Person) {
  await as(person);
  await page.goto(`${server.url}${dayPath}`);
  await page.getByRole('heading', { level: 1, name: `Lederdag ${DAY_NAME}` }).waitFor();
}

const dayId = () => dayPath.split('/').at(-1) ?? '';
const registration = () => page.getByRole('region', { name: 'Min tilmelding' });
const programme = () => page.getByRole('region', { name: 'Program og materiale' });

describe("the organisers' list and form", () => {
  it('lists the days and refuses a day without seats and with a deadline after it, at the fields', async () => {
    await as(secretary);
    await page.goto(`${server.url}${LIST}`);
    await page.getByRole('heading', { level: 1, name: 'Lederdage: Den årlige lederdag' }).waitFor();
    // The demo's day, 120 days on, with its three registrations.
    const demoRow = page.getByRole('row').filter({ hasText: 'Musikteatret Albertslund' });
    await demoRow.getByText('3 af 120 optaget').waitFor();
    await checkView(page, 'leaders-days', () => demoRow.waitFor());

    const form = page.getByRole('region', { name: 'Opret lederdag' });
    await form.getByLabel('Dato', { exact: true }).fill('2026-04-15');
    await form.getByLabel('Sted').fill(PLACE);
    await form.getByLabel('Tilmeldingsfrist').fill('2026-04-20');
    await form.getByLabel('Program', { exact: true }).fill(`09.00 Velkomst\n${PROGRAMME_LINE}`);
    await form.getByRole('button', { name: 'Tilføj link' }).click();
    const link = form.getByRole('group', { name: 'Link 1' });
    await expect.poll(() => isFocused(link.getByLabel('Titel'))).toBe(true);
    await link.getByLabel('Titel').fill(MATERIAL);
    await link.getByLabel('Adresse (URL)').fill('https://example.org/tillid.pdf');
    await expect(form.getByLabel('Evalueres i').inputValue()).resolves.toBe('DIF');

    // No seats: the page says so itself, without asking the API.
    await form.getByRole('button', { name: 'Opret lederdag' }).click();
    const summary = page.locator('.ld-summary');
    await summary.getByRole('link', { name: 'Antal pladser: skal udfyldes' }).waitFor();
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect(form.getByLabel('Antal pladser').getAttribute('aria-invalid')).resolves.toBe('true');

    // The deadline after the day: the API's detail, at the field.
    await form.getByLabel('Antal pladser').fill('2');
    const refused = page.waitForResponse(
      (r) => r.url().endsWith('/leaders-days') && r.request().method() === 'POST',
    );
    await form.getByRole('button', { name: 'Opret lederdag' }).click();
    expect((await refused).status()).toBe(400);
    await summary.getByRole('link', { name: 'Tilmeldingsfrist: ligger efter dagen' }).waitFor();
    const deadline = form.getByLabel('Tilmeldingsfrist');
    await expect(deadline.getAttribute('aria-invalid')).resolves.toBe('true');
    await form.locator('.form-error-message', { hasText: 'ligger efter dagen' }).waitFor();
    await checkView(page, 'leaders-days-error', () => summary.waitFor());
    await summary.getByRole('link', { name: 'Tilmeldingsfrist: ligger efter dagen' }).click();
    await expect.poll(() => isFocused(deadline)).toBe(true);
  });

  it('creates the day: a status links to it, and the list shows it with its seats', async () => {
    const form = page.getByRole('region', { name: 'Opret lederdag' });
    await form.getByLabel('Tilmeldingsfrist').fill('2026-04-01');
    const created = page.waitForResponse(
      (r) => r.url().endsWith('/leaders-days') && r.request().method() === 'POST',
    );
    await form.getByRole('button', { name: 'Opret lederdag' }).click();
    const response = await created;
    expect(response.status()).toBe(201);
    expect(response.request().postDataJSON()).toEqual({
      date: '2026-04-15',
      place: PLACE,
      seats: 2,
      registrationDeadline: '2026-04-01',
      programme: `09.00 Velkomst\n${PROGRAMME_LINE}`,
      material: [{ title: MATERIAL, url: 'https://example.org/tillid.pdf' }],
      evaluationForum: 'DIF',
    });
    await page
      .getByRole('status')
      .filter({ hasText: `Lederdagen er oprettet: ${DAY_NAME}` })
      .waitFor();
    const row = page.getByRole('row').filter({ hasText: PLACE });
    await row.getByText('0 af 2 optaget').waitFor();
    await row.getByText('Ikke tilmeldt').waitFor();
    await row.getByRole('link', { name: DAY_NAME }).click();
    await page.getByRole('heading', { level: 1, name: `Lederdag ${DAY_NAME}` }).waitFor();
    dayPath = new URL(page.url()).pathname;
    expect(dayPath).toMatch(/^\/fora\/LEDERDAG\/lederdage\/[0-9a-f-]{36}$/);
  });
});

describe('registration', () => {
  it('registers a leader with a dietary need; the programme is not out before 1 April', async () => {
    await openDay(first);
    await programme().getByText('Programmet og materialet offentliggøres 1. april 2026.').waitFor();
    await expect(page.getByText(PROGRAMME_LINE).count()).resolves.toBe(0);
    await registration().getByLabel('Kostbehov (valgfrit)').fill('Laktosefri');
    await registration().getByRole('button', { name: 'Tilmeld mig' }).click();
    await page.getByRole('status').filter({ hasText: 'Du er tilmeldt lederdagen.' }).waitFor();
    await registration().getByText('Du er tilmeldt.').waitFor();
    await registration().getByText('Dine kostbehov: Laktosefri').waitFor();
    await page.getByText('1 af 2').waitFor();
    // Registered, but before the release date: still hidden.
    await expect(page.getByText(PROGRAMME_LINE).count()).resolves.toBe(0);
    await checkView(page, 'leaders-day-leader', () => registration().getByText('Du er tilmeldt.').waitFor());
  });

  it('puts the third leader on the waitlist, who sees no one else’s dietary needs', async () => {
    await registerForLeadersDay(t.ctx, await callerFor(t.ctx, second), ORG, 'LEDERDAG', dayId(), {
      dietaryNeeds: 'Vegansk',
    });
    await openDay(third);
    await registration()
      .getByText('Alle pladser er optaget; tilmelder du dig, kommer du på venteliste.')
      .waitFor();
    await registration().getByLabel('Kostbehov (valgfrit)').fill('Nøddeallergi');
    await registration().getByRole('button', { name: 'Tilmeld mig' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Alle pladser er optaget. Du er sat på ventelisten.' })
      .waitFor();
    await registration().getByText('Du er på venteliste som nr. 1.').waitFor();
    await registration().getByText('Dine kostbehov: Nøddeallergi').waitFor();
    await expect(page.getByRole('heading', { name: 'Tilmeldinger' }).count()).resolves.toBe(0);
    await expect(page.getByText('Laktosefri').count()).resolves.toBe(0);
    await expect(page.getByText('Vegansk').count()).resolves.toBe(0);
    await checkView(page, 'leaders-day-waitlisted', () =>
      registration().getByText('Du er på venteliste som nr. 1.').waitFor(),
    );
    await page.getByRole('link', { name: 'Alle lederdage' }).click();
    await page.getByRole('row').filter({ hasText: PLACE }).getByText('På venteliste nr. 1').waitFor();
    // A plain leader is not offered the organisers' form.
    await expect(page.getByRole('region', { name: 'Opret lederdag' }).count()).resolves.toBe(0);
  });

  it('cancels after a confirmation: the seat goes to the first on the waitlist', async () => {
    await openDay(first);
    await registration().getByRole('button', { name: 'Afmeld mig' }).click();
    const question = registration().getByText('Vil du afmelde dig lederdagen?');
    await expect.poll(() => isFocused(question)).toBe(true);
    // Changing one's mind keeps the registration.
    await registration().getByRole('button', { name: 'Fortryd' }).click();
    await expect.poll(() => isFocused(registration().getByRole('button', { name: 'Afmeld mig' }))).toBe(true);
    await registration().getByRole('button', { name: 'Afmeld mig' }).click();
    const cancelled = page.waitForResponse(
      (r) => r.url().endsWith('/registration') && r.request().method() === 'DELETE',
    );
    await registration().getByRole('button', { name: 'Ja, afmeld mig' }).click();
    expect((await cancelled).status()).toBe(200);
    await page
      .getByRole('status')
      .filter({ hasText: 'Du er afmeldt lederdagen. Din plads er givet til den første på ventelisten' })
      .waitFor();
    // The page is brought up to date: the form is back, the seat is taken again, nobody waits.
    await registration().getByRole('button', { name: 'Tilmeld mig' }).waitFor();
    const facts = page.locator('.ld-facts');
    await facts.getByText('0 af 2').waitFor();
    await facts.getByText('0 personer').waitFor();
  });

  it('shows the promoted leader registered on their page', async () => {
    await openDay(third);
    await registration().getByText('Du er tilmeldt.').waitFor();
    await registration().getByText('Dine kostbehov: Nøddeallergi').waitFor();
  });
});

describe('the organisers’ view', () => {
  it('shows the secretary the registrations with dietary needs, the programme ahead and the evaluation', async () => {
    await registerForLeadersDay(t.ctx, await callerFor(t.ctx, fourth), ORG, 'LEDERDAG', dayId(), {
      dietaryNeeds: 'Glutenfri',
    });
    await openDay(secretary);
    const table = page.getByRole('table', { name: 'Tilmeldte og venteliste med kostbehov' });
    const promoted = table.getByRole('row').filter({ hasText: third.name });
    await promoted.getByRole('cell', { name: 'Nøddeallergi' }).waitFor();
    await promoted.getByText('Tilmeldt', { exact: true }).waitFor();
    await table
      .getByRole('row')
      .filter({ hasText: second.name })
      .getByRole('cell', { name: 'Vegansk' })
      .waitFor();
    await table.getByRole('row').filter({ hasText: fourth.name }).getByText('På venteliste').waitFor();
    await expect(table.getByRole('row').filter({ hasText: first.name }).count()).resolves.toBe(0);
    await page.getByText('2 tilmeldt, på venteliste: 1').waitFor();
    // The organiser sees the programme before its release, and is told when the others do.
    await programme().getByText('de tilmeldte ser det fra 1. april 2026').waitFor();
    await programme().getByText(PROGRAMME_LINE).waitFor();
    await page.getByRole('region', { name: 'Evaluering' }).getByText('ikke placeret endnu').waitFor();
    await checkView(page, 'leaders-day-organiser', () => table.waitFor());
  });

  it('changes the day: fewer seats than registered are refused at the field, more promote the waitlist', async () => {
    await page.getByRole('button', { name: 'Ret lederdagen' }).click();
    const form = page.getByRole('region', { name: 'Ret lederdagen' });
    await expect(form.getByLabel('Antal pladser').inputValue()).resolves.toBe('2');
    await expect(form.getByLabel('Program', { exact: true }).inputValue()).resolves.toContain(PROGRAMME_LINE);
    await expect(form.getByLabel('Dato', { exact: true }).count()).resolves.toBe(0);
    await form.getByLabel('Antal pladser').fill('1');
    const refused = page.waitForResponse(
      (r) => r.url().endsWith(dayId()) && r.request().method() === 'PATCH',
    );
    await form.getByRole('button', { name: 'Gem ændringerne' }).click();
    expect((await refused).status()).toBe(409);
    const summary = form.locator('.ld-summary');
    await summary
      .getByRole('link', { name: 'Antal pladser: er færre end dem, der allerede er tilmeldt' })
      .waitFor();
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect(form.getByLabel('Antal pladser').getAttribute('aria-invalid')).resolves.toBe('true');
    await checkView(page, 'leaders-day-edit-error', () => summary.waitFor());

    await form.getByLabel('Antal pladser').fill('3');
    await form.getByLabel('Sted').fill(NEW_PLACE);
    const saved = page.waitForResponse((r) => r.url().endsWith(dayId()) && r.request().method() === 'PATCH');
    await form.getByRole('button', { name: 'Gem ændringerne' }).click();
    const response = await saved;
    expect(response.status()).toBe(200);
    expect(response.request().postDataJSON()).toMatchObject({ place: NEW_PLACE, seats: 3 });
    await page
      .getByRole('status')
      .filter({ hasText: 'Ændringerne er gemt. 1 fra ventelisten har fået en plads og får besked.' })
      .waitFor();
    const table = page.getByRole('table', { name: 'Tilmeldte og venteliste med kostbehov' });
    await table
      .getByRole('row')
      .filter({ hasText: fourth.name })
      .getByText('Tilmeldt', { exact: true })
      .waitFor();
    await page.getByText('3 tilmeldt, på venteliste: 0').waitFor();
    await page.locator('.ld-facts').getByText(NEW_PLACE).waitFor();
  });
});

describe('uploaded material', () => {
  it('is uploaded and removed by the secretary, listed with type and size; a registered leader does not see it yet', async () => {
    const files = page.getByRole('region', { name: 'Materialefiler' });
    await files.getByText('Der er ingen filer endnu.').waitFor();
    await files.getByLabel('Titel (valgfri)').fill(FILE_TITLE);
    await files.getByLabel('Fil', { exact: true }).setInputFiles({
      name: 'program.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await files.getByRole('button', { name: 'Læg filen op' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Filen er lagt op: ${FILE_TITLE}` })
      .waitFor();
    await files.getByRole('button', { name: `Fjern: ${FILE_TITLE}` }).waitFor();
    const link = programme().getByRole('link', { name: FILE_TITLE });
    await programme().getByText('(program.pdf, PDF, 1 KB)').waitFor();
    await checkView(page, 'leaders-day-files', () => link.waitFor());

    // Not a PDF: refused at the field, with a summary that takes focus; nothing is listed.
    await files.getByLabel('Fil', { exact: true }).setInputFiles({
      name: 'noter.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('Bare tekst.\n'),
    });
    await files.getByRole('button', { name: 'Læg filen op' }).click();
    const reason = 'filens indhold er text/plain, som ikke passer til filendelsen .pdf. Intet er gemt.';
    const summary = files.locator('.ld-summary');
    await summary.getByRole('link', { name: `Fil: ${reason}` }).waitFor();
    await expect.poll(() => isFocused(summary)).toBe(true);
    await checkView(page, 'leaders-day-files-error', () => summary.waitFor());

    // Without a title the file's name is its title; the organiser removes it again.
    await files.getByLabel('Fil', { exact: true }).setInputFiles({
      name: 'gammelt-program.pdf',
      mimeType: 'application/pdf',
      buffer: minimalPdf('Gammelt program'),
    });
    await files.getByRole('button', { name: 'Læg filen op' }).click();
    await page.getByRole('status').filter({ hasText: 'Filen er lagt op: gammelt-program.pdf' }).waitFor();
    await files.getByRole('button', { name: 'Fjern: gammelt-program.pdf' }).click();
    await page.getByRole('status').filter({ hasText: 'Filen er fjernet: gammelt-program.pdf' }).waitFor();
    await programme().getByRole('link', { name: 'gammelt-program.pdf' }).waitFor({ state: 'detached' });
    await programme().getByRole('link', { name: FILE_TITLE }).waitFor();

    await openDay(third);
    await registration().getByText('Du er tilmeldt.').waitFor();
    await expect(page.getByRole('link', { name: FILE_TITLE }).count()).resolves.toBe(0);
  });
});

describe('after the release date', () => {
  it('shows the registered leader the programme and the material, and not one who cancelled', async () => {
    t.setNow(RELEASED);
    await page.clock.setFixedTime(RELEASED);
    await openDay(third);
    await programme().getByText(PROGRAMME_LINE).waitFor();
    const material = programme().getByRole('link', { name: MATERIAL });
    await expect(material.getAttribute('href')).resolves.toBe('https://example.org/tillid.pdf');
    const file = programme().getByRole('link', { name: FILE_TITLE });
    const download = await page.request.get(`${server.url}${await file.getAttribute('href')}`);
    expect(download.status()).toBe(200);
    expect(Buffer.from(await download.body()).equals(PDF)).toBe(true);
    await checkView(page, 'leaders-day-released', () => material.waitFor());

    await openDay(first);
    await programme().getByText('Programmet og materialet er for de tilmeldte.').waitFor();
    await expect(page.getByText(PROGRAMME_LINE).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: FILE_TITLE }).count()).resolves.toBe(0);
    // The deadline has passed.
    await registration().getByText('Tilmeldingen lukkede 1. april 2026.').waitFor();
  });
});

describe('after the day', () => {
  it('shows the organiser which Direktørforum meeting got the evaluation item', async () => {
    const after = new Date('2026-04-16T08:00:00+02:00');
    t.setNow(after);
    await page.clock.setFixedTime(after);
    expect((await placeLeadersDayEvaluations(t.ctx, operator())).placed).toBe(1);
    await openDay(secretary);
    const evaluation = page.getByRole('region', { name: 'Evaluering' });
    await evaluation.getByText('Evalueringspunktet er sat på dagsordenen for').waitFor();
    const meeting = evaluation.getByRole('link', { name: /^Direktørforum, mødet \d+\. \w+ 2026$/ });
    await meeting.waitFor();
    expect(await meeting.getAttribute('href')).toMatch(/^\/fora\/DIF\/moeder\//);
    await evaluation.getByRole('link', { name: /Evaluering af den årlige lederdag 2026-04-15/ }).click();
    await page
      .getByRole('heading', { level: 1, name: /Evaluering af den årlige lederdag 2026-04-15/ })
      .waitFor();
  });
});
