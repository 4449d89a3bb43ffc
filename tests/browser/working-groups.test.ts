/**
 * Working groups, the work programme and the key figures in a real browser, on Ishøj in the demo
 * (KONCERNLEDELSE, whose secretary is Line Hedegaard Poulsen). On 24 November 2026 she sets up a
 * working group with two members (after the empty form is refused at the fields); its page shows
 * the members with why they were chosen and the report-back item with its meeting; she changes its
 * deadline and status in place. The mayor, a member of the group but not of Koncernledelsen, finds
 * it under "Mine arbejdsgrupper" on his home page and the forum's groups page. Line starts next
 * year's work programme, adds an initiative with a milestone linked to a meeting, and its CSV export
 * carries it; she edits it and deletes it again. The key figures show their measures, and a period
 * the wrong way round is refused at the field. Every view passes axe at laptop and tablet width.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem } from '../../src/app/create-item.ts';
import { decideItem } from '../../src/app/decide-item.ts';
import { finaliseItemMinutes } from '../../src/app/finalise-item-minutes.ts';
import { loadDemo } from '../../src/app/load-demo.ts';
import { publishAgenda } from '../../src/app/publish-agenda.ts';
import { saveItemMinutes } from '../../src/app/save-item-minutes.ts';
import { scheduleItem } from '../../src/app/schedule-item.ts';
import { setPassword } from '../../src/app/set-password.ts';
import { submitItem } from '../../src/app/submit-item.ts';
import type { Person } from '../../src/domain/organisation.ts';
import { checkView, type ListeningServer, requireBuiltApp } from '../support/browser.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import {
  type DemoBrowser,
  demoPerson,
  openBrowserOn,
  para,
  signIn,
  signOut,
} from '../support/demo-browser.ts';
import { callerFor, operator } from '../support/factories.ts';

const NOW = new Date('2026-11-24T10:00:00+01:00');
const ORG = 'ishoej';
const FORUM = 'KONCERNLEDELSE';
const PASSWORD = 'arbejdsgrupper-2026';
const GROUP = 'Arbejdsgruppe om fremtidens borgerservice';
const MANDATE = 'Gruppen belyser, hvordan borgerservice kan samles ét sted.';
const REASON_EXPERT = 'Kender borgerservice og byens behov';
const REASON_MAYOR = 'Repræsenterer det politiske niveau';
const INITIATIVE = 'Én indgang for borgerne';
const MILESTONE = 'Beslutning om model for borgerservice';
const DECIDED = 'Status på klimaplanen';

/**
 * One item through Koncernledelsen's meeting of 22 October 2026: Julie Søndergaard Berg submits it
 * on Monday 5 October 09:00, her director approves it on Wednesday 7 October 09:00, and its minutes
 * are final on 22 October 12:00 (17.1 days after submission); the minutes are never published.
 */
async function decidedItem(t: TestDatabase, secretary: Person) {
  const julie = await demoPerson(t, 'julie.berg@ishoej.dk');
  const nadia = await demoPerson(t, 'nadia.holmgaard@ishoej.dk');
  const asJulie = await callerFor(t.ctx, julie);
  const asSecretary = await callerFor(t.ctx, secretary);
  t.setNow('2026-10-05T09:00:00+02:00');
  const item = await createItem(t.ctx, asJulie, ORG, FORUM, {
    type: 'information',
    title: DECIDED,
    sections: { sagsfremstilling: para('Klimaplanen følger tidsplanen.') },
    meeting: '2026-10-22',
  });
  await submitItem(t.ctx, asJulie, ORG, item.id);
  t.setNow('2026-10-07T09:00:00+02:00');
  await decideItem(t.ctx, await callerFor(t.ctx, nadia), ORG, item.id, { decision: 'approve' });
  await scheduleItem(t.ctx, asSecretary, ORG, item.id, { meeting: '2026-10-22' });
  t.setNow('2026-10-16T12:00:00+02:00');
  await publishAgenda(t.ctx, asSecretary, ORG, FORUM, '2026-10-22');
  t.setNow('2026-10-22T12:00:00+02:00');
  const args = [t.ctx, asSecretary, ORG, FORUM, '2026-10-22', item.id] as const;
  await saveItemMinutes(...args, {
    version: null,
    minutes: { outcomes: [{ kind: 'noted' }], decision: para('Taget til efterretning.') },
  });
  await finaliseItemMinutes(...args);
}

let demo: DemoBrowser | undefined;
let server: ListeningServer;
let page: Page;
let secretary: Person;
let mayor: Person;

beforeAll(async () => {
  requireBuiltApp();
  const t = await testDatabase();
  t.setNow(NOW);
  await loadDemo(t.ctx, operator());
  secretary = await demoPerson(t, 'line.poulsen@ishoej.dk');
  mayor = await demoPerson(t, 'jens.lundsgaard@ishoej.dk');
  await decidedItem(t, secretary);
  t.setNow(NOW);
  for (const p of [secretary, mayor])
    await setPassword(t.ctx, operator(), ORG, p.id, { newPassword: PASSWORD });
  demo = await openBrowserOn(t, NOW);
  ({ server, page } = demo);
});

afterAll(async () => {
  await demo?.close();
});

const open = async (path: string, heading: string | RegExp) => {
  await page.goto(`${server.url}${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
};

describe('working groups', () => {
  it('refuses an empty group at the fields, with a summary that takes focus', async () => {
    await signIn(page, server, secretary, PASSWORD);
    await open(`/fora/${FORUM}/arbejdsgrupper`, 'Arbejdsgrupper: Koncernledelsen');
    await page.getByRole('button', { name: 'Ny arbejdsgruppe' }).click();
    await page.getByRole('heading', { name: 'Nedsæt en arbejdsgruppe' }).waitFor();
    await page.getByRole('button', { name: 'Tilføj medlem' }).click();
    await page.getByRole('button', { name: 'Nedsæt arbejdsgruppen' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Ret følgende' });
    await summary.getByRole('link', { name: 'Navn: skal udfyldes' }).waitFor();
    await summary.getByRole('link', { name: 'Medlem 1: skal udfyldes' }).waitFor();
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect(page.getByLabel('Navn', { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');
    await checkView(page, 'working-group-form-errors', () => summary.waitFor());
  });

  it('sets one up with two members and a deadline; the page shows members, reasons and the report-back', async () => {
    await page.getByLabel('Navn', { exact: true }).fill(GROUP);
    await page.getByLabel('Mandat').fill(MANDATE);
    await page.getByLabel('Frist for tilbagemelding').fill('2027-03-01');
    const first = page.getByRole('group', { name: 'Medlem 1' });
    await first
      .getByLabel('Person')
      .selectOption({ label: 'Julie Søndergaard Berg, Centerchef, By og Miljø' });
    await first.getByLabel('Valgt for').selectOption({ label: 'Faglig ekspertise' });
    await first.getByLabel('Begrundelse').fill(REASON_EXPERT);
    await page.getByRole('button', { name: 'Tilføj medlem' }).click();
    const second = page.getByRole('group', { name: 'Medlem 2' });
    await expect
      .poll(() => second.getByLabel('Person').evaluate((el) => el === document.activeElement))
      .toBe(true);
    await second.getByLabel('Person').selectOption({ label: 'Jens Peter Lundsgaard, Borgmester' });
    await second.getByLabel('Valgt for').selectOption({ label: 'Repræsentation' });
    await second.getByLabel('Begrundelse').fill(REASON_MAYOR);
    await page.getByRole('button', { name: 'Nedsæt arbejdsgruppen' }).click();

    await page.getByRole('heading', { level: 1, name: GROUP }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Arbejdsgruppen er nedsat' }).waitFor();
    const julie = page.getByRole('row').filter({ hasText: 'Julie Søndergaard Berg' });
    await julie.getByText('Faglig ekspertise').waitFor();
    await julie.getByText(REASON_EXPERT).waitFor();
    const jens = page.getByRole('row').filter({ hasText: 'Jens Peter Lundsgaard' });
    await jens.getByText('Repræsentation').waitFor();
    await jens.getByText(REASON_MAYOR).waitFor();
    await page.getByText(MANDATE).waitFor();
    await page.getByText('1. marts 2027', { exact: true }).waitFor();
    // Drafted by her for Koncernledelsen's first meeting on or after the deadline (Thursday 11 March 2027).
    await page.getByRole('link', { name: `Tilbagemelding fra arbejdsgruppen: ${GROUP}` }).waitFor();
    await page.getByRole('link', { name: 'Mødet 11. marts 2027' }).waitFor();
    await checkView(page, 'working-group', () => julie.waitFor());

    await page.getByRole('link', { name: 'Arbejdsgrupper', exact: true }).click();
    const row = page.getByRole('row').filter({ hasText: GROUP });
    await row.getByText('Aktiv').waitFor();
    await row.getByText('2 medlemmer').waitFor();
    await checkView(page, 'working-groups', () => row.waitFor());
  });

  it('changes the deadline and status in place; the mandate and members stay as they were', async () => {
    await page.getByRole('link', { name: GROUP, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: GROUP }).waitFor();
    await page.getByRole('button', { name: 'Ret arbejdsgruppen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Ret arbejdsgruppen' }).waitFor();
    await expect(page.getByLabel('Mandat').inputValue()).resolves.toBe(MANDATE);
    await page.getByLabel('Frist for tilbagemelding').fill('2027-03-15');
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Har meldt tilbage' });
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    await page.getByRole('status').filter({ hasText: 'Ændringerne er gemt.' }).waitFor();
    await page.getByText('15. marts 2027', { exact: true }).waitFor();
    await page.getByText('Har meldt tilbage').waitFor();
    await page.getByText(MANDATE).waitFor();
    await page
      .getByRole('row')
      .filter({ hasText: 'Jens Peter Lundsgaard' })
      .getByText(REASON_MAYOR)
      .waitFor();
  });

  it("shows the group to the mayor under 'Mine arbejdsgrupper', though he is not in Koncernledelsen", async () => {
    await signOut(page);
    await signIn(page, server, mayor, PASSWORD);
    // Home lists his working groups too, so he need not know the parent forum.
    const onHome = page.getByRole('region', { name: 'Mine arbejdsgrupper' });
    await onHome.getByRole('link', { name: GROUP }).waitFor();
    await checkView(page, 'home-working-groups', () => onHome.getByRole('link', { name: GROUP }).waitFor());
    await open(`/fora/${FORUM}/arbejdsgrupper`, 'Arbejdsgrupper: Koncernledelsen');
    const mine = page.getByRole('region', { name: 'Mine arbejdsgrupper' });
    await mine.getByText('Du er valgt for: repræsentation', { exact: false }).waitFor();
    await mine.getByText('Har meldt tilbage', { exact: false }).waitFor();
    await expect(page.getByRole('button', { name: 'Ny arbejdsgruppe' }).count()).resolves.toBe(0);
    await mine.getByRole('link', { name: GROUP }).click();
    await page.getByRole('heading', { level: 1, name: GROUP }).waitFor();
    // The report-back item is the secretary's draft: named, but not a link for him.
    await page.getByText(`Tilbagemelding fra arbejdsgruppen: ${GROUP}`).waitFor();
    await expect(
      page.getByRole('link', { name: `Tilbagemelding fra arbejdsgruppen: ${GROUP}` }).count(),
    ).resolves.toBe(0);
    await checkView(page, 'working-group-member', () => page.getByText(REASON_MAYOR).waitFor());
    await signOut(page);
  });
});

describe('the work programme', () => {
  it("starts next year's programme and adds an initiative with a milestone linked to a meeting", async () => {
    await signIn(page, server, secretary, PASSWORD);
    await open(`/fora/${FORUM}/arbejdsprogram`, 'Arbejdsprogram 2026: Koncernledelsen');
    await page.getByRole('link', { name: 'Næste år (2027)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Arbejdsprogram 2027: Koncernledelsen' }).waitFor();
    await page.getByText('Forummet har intet arbejdsprogram for 2027.').waitFor();
    await page.getByRole('button', { name: 'Opret arbejdsprogram' }).click();
    await page.getByRole('status').filter({ hasText: 'Arbejdsprogrammet er oprettet.' }).waitFor();

    await page.getByRole('button', { name: 'Tilføj initiativ' }).click();
    await page.getByLabel('Initiativ', { exact: true }).fill(INITIATIVE);
    await page.getByLabel('Beskrivelse').fill('Borgerne skal kun ét sted hen.');
    await page.getByLabel('Ejer').selectOption({ label: 'Charlotte Vinding Rask, Kommunaldirektør' });
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'I gang' });
    await page.getByRole('button', { name: 'Tilføj milepæl' }).click();
    const row = page.getByRole('group', { name: 'Milepæl 1' });
    await row.getByLabel('Milepæl', { exact: true }).fill(MILESTONE);
    await row.getByLabel('Dato').fill('2027-03-04');
    const meeting = row.getByLabel('Møde');
    const meetingLabel = (await meeting.locator('option').nth(1).textContent()) ?? '';
    await meeting.selectOption({ label: meetingLabel });
    await page.getByRole('button', { name: 'Gem initiativet' }).click();

    await page.getByRole('status').filter({ hasText: 'Initiativet er gemt.' }).waitFor();
    const initiative = page.getByRole('region', { name: INITIATIVE });
    await initiative.getByText('Charlotte Vinding Rask').waitFor();
    await initiative.getByText('I gang').waitFor();
    const milestone = initiative.getByRole('row').filter({ hasText: MILESTONE });
    await milestone.getByText('4. marts 2027').waitFor();
    await milestone.getByRole('link', { name: meetingLabel }).waitFor();
    await checkView(page, 'work-programme', () => milestone.waitFor());
  });

  it('offers the programme as a CSV download that carries the initiative', async () => {
    const link = page.getByRole('link', { name: 'Hent som CSV (regneark)' });
    const href = await link.getAttribute('href');
    expect(href).toBe(`/api/orgs/${ORG}/forums/${FORUM}/programmes/2027/export?format=csv`);
    const res = await page.request.get(`${server.url}${href}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/^text\/csv/);
    const lines = (await res.text()).split('\r\n');
    expect(lines[0]).toBe('initiative,owner,status,milestone,due_date,milestone_status,meeting_id,item_id');
    expect(lines.find((l) => l.startsWith(INITIATIVE))).toMatch(
      new RegExp(
        `^${INITIATIVE},Charlotte Vinding Rask,in_progress,${MILESTONE},2027-03-04,open,[0-9a-f-]{36},$`,
      ),
    );
  });

  it('edits the initiative (a milestone row added and removed again), then deletes it after asking', async () => {
    const initiative = page.getByRole('region', { name: INITIATIVE });
    await initiative.getByRole('button', { name: `Ret «${INITIATIVE}»` }).click();
    await page.getByRole('heading', { level: 2, name: 'Ret initiativet' }).waitFor();
    await page.getByRole('button', { name: 'Tilføj milepæl' }).click();
    await page.getByRole('group', { name: 'Milepæl 2' }).waitFor();
    await page.getByRole('button', { name: 'Fjern milepæl 2' }).click();
    await expect(page.getByRole('group', { name: 'Milepæl 2' }).count()).resolves.toBe(0);
    await page.getByLabel('Status', { exact: true }).first().selectOption({ label: 'Gennemført' });
    await page.getByRole('button', { name: 'Gem initiativet' }).click();
    await page.getByRole('status').filter({ hasText: 'Initiativet er gemt.' }).waitFor();
    await initiative.getByText('Gennemført').waitFor();
    await initiative.getByRole('row').filter({ hasText: MILESTONE }).waitFor();

    await initiative.getByRole('button', { name: `Slet «${INITIATIVE}»` }).click();
    await initiative.getByText('Slet initiativet med dets milepæle?').waitFor();
    await page.getByRole('button', { name: 'Ja, slet' }).click();
    await page.getByRole('status').filter({ hasText: 'Initiativet er slettet.' }).waitFor();
    await page.getByText('Programmet har endnu ingen initiativer.').waitFor();
  });
});

describe('the key figures', () => {
  it('show the four measures with their explanation for the last 12 months', async () => {
    await open(`/fora/${FORUM}/noegletal`, 'Nøgletal: Koncernledelsen');
    await page.getByText('Perioden 24. november 2025 – 24. november 2026').waitFor();
    const table = page.getByRole('table', { name: 'Nøgletal for perioden' });
    for (const measure of [
      'Gennemløbstid fra indsendelse til beslutning',
      'Tid til godkendelse',
      'Punkter indsendt efter fristen',
      'Referater efter fristen',
      'Opfølgninger gennemført',
    ])
      await table.getByRole('rowheader', { name: measure }).waitFor();
    const lead = table.getByRole('row').filter({ hasText: 'Gennemløbstid' });
    await lead.getByText('median 17,1 dage').waitFor();
    await lead.getByText(/90 % inden for 17,1 dage \(1 punkt\)/).waitFor();
    await lead.getByText(/Dage fra et punkt blev indsendt/).waitFor();
    const approval = table.getByRole('row').filter({ hasText: 'Tid til godkendelse' });
    await approval.getByText('median 2 dage').waitFor();
    // The meeting of 22 October had its agenda out; its minutes are past their deadline, still not out.
    const minutes = table.getByRole('row').filter({ hasText: 'Referater efter fristen' });
    await minutes.getByText(/^[1-9]\d* af [1-9]\d* møder$/).waitFor();
    await page
      .getByRole('table', { name: 'Møder med referat efter fristen' })
      .getByRole('link', { name: '22. oktober 2026' })
      .waitFor();
    await checkView(page, 'dashboard', () => table.waitFor());
  });

  it('refuses a period whose end lies before its start, at the field', async () => {
    await page.getByLabel('Fra').fill('2026-06-01');
    await page.getByLabel('Til').fill('2026-01-01');
    await page.getByRole('button', { name: 'Vis nøgletal' }).click();
    await page.getByText('Til-datoen skal ligge efter fra-datoen').waitFor();
    await expect(page.getByLabel('Til').getAttribute('aria-invalid')).resolves.toBe('true');
    await page.getByLabel('Til').fill('2026-10-31');
    await page.getByRole('button', { name: 'Vis nøgletal' }).click();
    await page.getByText('Perioden 1. juni 2026 – 31. oktober 2026').waitFor();
    await checkView(page, 'dashboard-period', () => page.getByRole('table').first().waitFor());
  });
});
