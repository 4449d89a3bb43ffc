/**
 * The theme plan and Lederforum's themes in a real browser, on the Albertslund demo, on 13 May 2025.
 * Chefforum's secretary puts a theme on the meeting of 21 May with the presenter the rotation
 * proposes (after a missing theme is refused at the field) and confirms it; the presenter signs in
 * and reads it. In Lederforum a member proposes a theme; the chair (the municipal director) selects
 * it for the meeting of 10 June, which then has its two themes, so a third is refused with a clear
 * message at the field until he unselects one; the selected theme links to its theme item. Every view passes axe at laptop
 * and tablet width.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignTheme } from '../../src/app/assign-theme.ts';
import { proposeThemePresenter } from '../../src/app/list-theme-plan.ts';
import { proposeTheme } from '../../src/app/propose-theme.ts';
import { selectTheme } from '../../src/app/select-theme.ts';
import type { Person } from '../../src/domain/organisation.ts';
import { findPersonById } from '../../src/store/people.ts';
import { checkView, type ListeningServer } from '../support/browser.ts';
import {
  type DemoBrowser,
  demoPerson,
  giveDemoPasswords,
  DEMO_ORG as ORG,
  openDemoBrowser,
  signIn,
  signOut,
} from '../support/demo-browser.ts';
import { callerFor } from '../support/factories.ts';

const NOW = new Date('2025-05-13T10:00:00+02:00');
const PASSWORD = 'temaplan-2025';
const THEME = 'Styrket samarbejde med erhvervslivet om praktikpladser';
const NOTE = 'Oplægget lægger op til en drøftelse i grupper.';
const SELECTED = 'Fælles introduktion af nye ledere';
const WAITING = 'Ledelse af frivillige i kommunens tilbud';
const PROPOSED = 'Ledelse i en tid med færre hænder';
const DESCRIPTION = 'Hvordan prioriterer vi, når der er færre medarbejdere til de samme opgaver?';

let demo: DemoBrowser | undefined;
let server: ListeningServer;
let page: Page;
let secretary: Person;
let chair: Person;
let member: Person;
let presenter: Person;

beforeAll(async () => {
  demo = await openDemoBrowser(NOW, async (t) => {
    secretary = await demoPerson(t, 'camilla.nielsen@albertslund.dk');
    chair = await demoPerson(t, 'henrik.harder@albertslund.dk');
    member = await demoPerson(t, 'anne-mette.kjaer@albertslund.dk');
    // Whoever the rotation names today (the demo's own theme plan decides who is next), once the
    // chair has had his turn this spring: the presenter is a head without the managers' tools.
    const asSecretary = await callerFor(t.ctx, secretary);
    for (const meeting of ['2025-04-09', '2025-03-26', '2025-03-12']) {
      const next = await proposeThemePresenter(t.ctx, asSecretary, ORG, 'CF');
      if (next?.personId !== chair.id) break;
      await assignTheme(t.ctx, asSecretary, ORG, 'CF', {
        meeting,
        theme: 'Kommunaldirektørens tema',
        presenterPersonId: chair.id,
        status: 'presented',
      });
    }
    const next = await proposeThemePresenter(t.ctx, asSecretary, ORG, 'CF');
    const found = next && (await findPersonById(t.db, next.personId));
    if (!found || found.id === chair.id) throw new Error('the rotation proposes no head in Chefforum');
    presenter = found;
    // Lederforum's meeting of 10 June has one theme already; another waits as a proposal.
    const asMember = await callerFor(t.ctx, member);
    const first = await proposeTheme(t.ctx, asMember, ORG, 'LF', { title: SELECTED, description: '' });
    await proposeTheme(t.ctx, asMember, ORG, 'LF', { title: WAITING, description: '' });
    await selectTheme(t.ctx, await callerFor(t.ctx, chair), ORG, 'LF', first.id, { meeting: '2025-06-10' });
    const people = new Map([secretary, chair, member, presenter].map((p) => [p.id, p]));
    await giveDemoPasswords(t, [...people.values()], PASSWORD);
  });
  ({ server, page } = demo);
});

afterAll(async () => {
  await demo?.close();
});

/** An API answer as the operator sees it. */
async function apiGet<T>(url: string): Promise<T> {
  const r = await server.app.inject({ method: 'GET', url, headers: { 'x-fora-actor': 'operator' } });
  expect(r.statusCode).toBe(200);
  return r.json() as T;
}
const planEntry = async (theme: string) =>
  (
    await apiGet<{ items: { theme: string; status: string; presenterPersonId: string; note: string }[] }>(
      `/api/orgs/${ORG}/forums/CF/theme-plan`,
    )
  ).items.find((a) => a.theme === theme);
const lfTheme = async (title: string) =>
  (
    await apiGet<{ items: { title: string; status: string }[] }>(`/api/orgs/${ORG}/forums/LF/themes`)
  ).items.find((x) => x.title === title);

/** Chooses the option of a select whose text contains `text` (its value may be a date or an id). */
async function chooseOption(select: ReturnType<Page['getByLabel']>, text: string) {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  expect(value).toBeTruthy();
  await select.selectOption(value ?? '');
}

/** "Marie Aasøe (afdelingschef for Økonomi & Stab) har temadrøftelsen den 21. maj 2025". */
const sentence = () => {
  const title = presenter.title
    ? ` (${presenter.title.charAt(0).toLowerCase()}${presenter.title.slice(1)})`
    : '';
  return `${presenter.name}${title} har temadrøftelsen den 21. maj 2025`;
};

/** A button's name: its text, then (for screen readers) what it acts on. */
const acting = (text: string, on: string) => new RegExp(`^${text}\\W+${on}$`);

describe('theme plan', () => {
  it('lets the secretary put a theme on a meeting with the rotation’s presenter, after a field error', async () => {
    await signIn(page, server, secretary, PASSWORD);
    await page.goto(`${server.url}/fora/CF`);
    await page.getByRole('link', { name: 'Temaplan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Temaplan: Chefforum' }).waitFor();
    await page.getByText('Oplægsholderen får en påmindelse pr. mail 14 og 3 dage før mødet.').waitFor();
    // A year of meetings: those after the next free ones are folded away, and still offered in the form.
    const later = page.getByText(/^Senere møder uden tema \(\d+\)$/);
    const april22 = page.getByRole('row').filter({ hasText: '22. april 2026' });
    await expect(april22.isVisible()).resolves.toBe(false);
    await later.click();
    await april22.waitFor();
    await later.click();
    await april22.waitFor({ state: 'hidden' });

    const meeting = page.getByLabel('Møde', { exact: true });
    await chooseOption(meeting, '21. maj 2025');
    await page.getByRole('button', { name: 'Sæt temaet på mødet' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Temaet blev ikke sat på mødet' });
    await summary.waitFor();
    await expect(summary.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const theme = page.getByLabel('Tema', { exact: true });
    await expect(theme.getAttribute('aria-invalid')).resolves.toBe('true');
    await page.locator('.form-group.form-error').filter({ has: theme }).getByText('Skriv temaet.').waitFor();
    await checkView(page, 'theme-plan-error', () => summary.waitFor());

    await theme.fill(THEME);
    await page.getByRole('button', { name: 'Foreslå næste i rotationen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Næste i rotationen er ${presenter.name}.` })
      .waitFor();
    await expect(page.getByLabel('Oplægsholder', { exact: true }).inputValue()).resolves.toBe(presenter.id);
    await page.getByLabel('Note (valgfri)').fill(NOTE);
    const posted = page.waitForResponse(
      (r) => r.url().endsWith('/forums/CF/theme-plan') && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Sæt temaet på mødet' }).click();
    expect((await posted).status()).toBe(201);
    await page
      .getByRole('status')
      .filter({
        hasText: `«${THEME}» er sat på mødet den 21. maj 2025 med ${presenter.name} som oplægsholder.`,
      })
      .waitFor();
    const row = page.getByRole('row').filter({ hasText: THEME });
    await row.getByText(presenter.name).waitFor();
    await row.getByText('Foreslået', { exact: true }).waitFor();
    await row.getByText(NOTE).waitFor();
    await page.getByRole('listitem').filter({ hasText: THEME }).getByText(sentence()).waitFor();
    expect(await planEntry(THEME)).toMatchObject({
      status: 'proposed',
      presenterPersonId: presenter.id,
      note: NOTE,
    });
    await checkView(page, 'theme-plan-secretary', () =>
      row.getByText('Foreslået', { exact: true }).waitFor(),
    );
  });

  it('confirms the theme: the row and the API say so', async () => {
    const row = page.getByRole('row').filter({ hasText: THEME });
    await row.getByRole('button', { name: acting('Bekræft', THEME) }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `«${THEME}» er nu bekræftet.` })
      .waitFor();
    await row.getByText('Bekræftet', { exact: true }).waitFor();
    await expect(row.getByRole('button', { name: acting('Bekræft', THEME) }).count()).resolves.toBe(0);
    expect(await planEntry(THEME)).toMatchObject({ status: 'confirmed' });
    await signOut(page);
  });

  it('shows the presenter the theme discussion, without the managers’ tools', async () => {
    await signIn(page, server, presenter, PASSWORD);
    await page.goto(`${server.url}/fora/CF/temaplan`);
    await page.getByRole('heading', { level: 1, name: 'Temaplan: Chefforum' }).waitFor();
    const mine = page.getByRole('listitem').filter({ hasText: THEME });
    await mine.getByText(sentence()).waitFor();
    await mine.getByText('Bekræftet', { exact: true }).waitFor();
    await page.getByRole('row').filter({ hasText: THEME }).getByText(NOTE).waitFor();
    await expect(page.getByRole('heading', { name: 'Sæt et tema på et møde' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /^Aflys/ }).count()).resolves.toBe(0);
    await checkView(page, 'theme-plan-presenter', () =>
      mine.getByText('Bekræftet', { exact: true }).waitFor(),
    );
    await signOut(page);
  });
});

const card = (title: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: title }) });

describe('Lederforum themes', () => {
  it('lets a member propose a theme, after a missing title is refused at the field', async () => {
    await signIn(page, server, member, PASSWORD);
    await page.goto(`${server.url}/fora/LF`);
    await page.getByRole('link', { name: 'Temaer', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Temaer: Lederforum' }).waitFor();
    await page.getByRole('button', { name: 'Foreslå temaet' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Forslaget blev ikke sendt' });
    await summary.waitFor();
    const title = page.getByLabel('Tema', { exact: true });
    await expect(title.getAttribute('aria-invalid')).resolves.toBe('true');
    await page.locator('.form-group.form-error').filter({ has: title }).getByText('Skriv temaet.').waitFor();

    await title.fill(PROPOSED);
    await page.getByLabel('Beskrivelse (valgfri)').fill(DESCRIPTION);
    await page.getByRole('button', { name: 'Foreslå temaet' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Tak for forslaget. «${PROPOSED}»` })
      .waitFor();
    const mine = card(PROPOSED);
    await mine.getByText(DESCRIPTION).waitFor();
    await mine.getByText(`Foreslået af ${member.name}`).waitFor();
    await mine.getByText('Dit forslag').waitFor();
    // Only the chair selects.
    await expect(page.getByRole('button', { name: /^Vælg til mødet/ }).count()).resolves.toBe(0);
    expect(await lfTheme(PROPOSED)).toMatchObject({ status: 'proposed' });
    await checkView(page, 'themes-member', () => mine.getByText('Dit forslag').waitFor());
    await signOut(page);
  });

  it('lets the chair select it for 10 June, refuses a third theme clearly, and unselects one to make room', async () => {
    await signIn(page, server, chair, PASSWORD);
    await page.goto(`${server.url}/fora/LF/temaer`);
    await page.getByRole('heading', { level: 1, name: 'Temaer: Lederforum' }).waitFor();
    const proposed = card(PROPOSED);
    await chooseOption(proposed.getByLabel(/^Møde/), '10. juni 2025');
    await proposed.getByRole('button', { name: acting('Vælg til mødet', PROPOSED) }).click();
    await page
      .getByRole('status')
      .filter({
        hasText: `«${PROPOSED}» er valgt til mødet den 10. juni 2025 og står nu på dagsordenen som temapunkt.`,
      })
      .waitFor();
    await proposed.getByText('til mødet den 10. juni 2025').waitFor();
    const june = page.getByRole('row').filter({ hasText: '10. juni 2025' });
    await june.getByRole('link', { name: SELECTED }).waitFor();
    await june.getByRole('link', { name: PROPOSED }).waitFor();
    await june.getByText('2 af 2').waitFor();
    expect(await lfTheme(PROPOSED)).toMatchObject({ status: 'selected' });

    const waiting = card(WAITING);
    const select = waiting.getByLabel(/^Møde/);
    await chooseOption(select, '10. juni 2025');
    await waiting.getByRole('button', { name: acting('Vælg til mødet', WAITING) }).click();
    const refused = waiting.getByRole('alert');
    await refused
      .getByText('Mødet har allerede to valgte temaer, og der drøftes højst to temaer på hvert møde.')
      .waitFor();
    await expect(select.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(select.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(await lfTheme(WAITING)).toMatchObject({ status: 'proposed' });
    await checkView(page, 'themes-chair-refused', () => refused.waitFor());

    // Taking a theme off the meeting makes room for the waiting one.
    await card(SELECTED)
      .getByRole('button', { name: acting('Fravælg', SELECTED) })
      .click();
    await page
      .getByRole('status')
      .filter({ hasText: `«${SELECTED}» er fravalgt og er igen et forslag.` })
      .waitFor();
    await june.getByText('1 af 2').waitFor();
    await chooseOption(select, '10. juni 2025');
    await waiting.getByRole('button', { name: acting('Vælg til mødet', WAITING) }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `«${WAITING}» er valgt til mødet den 10. juni 2025` })
      .waitFor();
    await june.getByRole('link', { name: WAITING }).waitFor();
    await june.getByRole('link', { name: SELECTED }).waitFor({ state: 'detached' });
    expect(await lfTheme(SELECTED)).toMatchObject({ status: 'proposed' });

    // The selected theme is a theme item on the meeting's agenda.
    await proposed.getByRole('link', { name: acting('Se temapunktet på dagsordenen', PROPOSED) }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(PROPOSED) }).waitFor();
    await page.getByText(DESCRIPTION).first().waitFor();
  });
});
