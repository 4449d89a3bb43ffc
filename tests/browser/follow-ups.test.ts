/**
 * Follow-up, the case timeline and the charter editor in a real browser, on the Albertslund demo.
 * Set up through the use cases: a head of department's item (of a case) goes to Chefforum on 7 May
 * 2025, which refers it to Direktørforum with a reason and writes two follow-ups for her; DIF
 * approves it on 12 May. On 13 May she sees her follow-ups, closes one with evidence, and the
 * forum's register shows it done; the case timeline shows both visits with their outcomes; the
 * secretary makes a new version of Chefforum's charter (deadline changed, section added), after an
 * invalid deadline is refused at the field. Every view passes axe at laptop and tablet width.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseView } from '../../src/app/case-view.ts';
import { createCase } from '../../src/app/create-case.ts';
import { finaliseItemMinutes } from '../../src/app/finalise-item-minutes.ts';
import { listQueue } from '../../src/app/list-queue.ts';
import { loadDemo } from '../../src/app/load-demo.ts';
import { publishAgenda } from '../../src/app/publish-agenda.ts';
import { saveItemMinutes } from '../../src/app/save-item-minutes.ts';
import { scheduleItem } from '../../src/app/schedule-item.ts';
import type { Charter } from '../../src/domain/charter.ts';
import type { ItemMinutesInput } from '../../src/domain/minutes.ts';
import type { Person } from '../../src/domain/organisation.ts';
import { findForumByShortName } from '../../src/store/forums.ts';
import { checkView, type ListeningServer, requireBuiltApp } from '../support/browser.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
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

/** The morning after Direktørforum's meeting of 12 May 2025. */
const NOW = new Date('2025-05-13T10:00:00+02:00');
const ORG = 'albertslund';
const HEAD = 'marie.aasoee@albertslund.dk';
const SECRETARY = 'camilla.nielsen@albertslund.dk';
const PASSWORD = 'opfoelgning-2025';
const CASE_TITLE = 'Fælles indkøbspolitik';
const ITEM_TITLE = 'Ny indkøbspolitik for hele kommunen';
const REASON = 'Politikken binder alle direktørområder og kræver direktionens beslutning.';
const FU_OVERDUE = 'Høringsliste sendes til afdelingerne';
const FU_OPEN = 'Udkast til politik tilpasses høringssvarene';
const EVIDENCE = 'Høringslisten blev sendt 9. maj; se notat i sagen.';

let demo: DemoBrowser | undefined;
let t: TestDatabase;
let server: ListeningServer;
let context: BrowserContext;
let page: Page;
let head: Person;
let secretary: Person;
let kase: CaseView;
let itemId: string;

async function minutes(forum: string, date: string, id: string, m: ItemMinutesInput) {
  const caller = await callerFor(t.ctx, secretary);
  await saveItemMinutes(t.ctx, caller, ORG, forum, date, id, { version: null, minutes: m });
  await finaliseItemMinutes(t.ctx, caller, ORG, forum, date, id);
}

beforeAll(async () => {
  requireBuiltApp();
  t = await testDatabase();
  t.setNow('2025-05-05T10:00:00+02:00');
  await loadDemo(t.ctx, operator());
  head = await demoPerson(t, HEAD);
  secretary = await demoPerson(t, SECRETARY);
  const dif = await findForumByShortName(t.db, head.orgId, 'DIF');
  if (!dif) throw new Error('demo forum DIF missing');
  const asHead = await callerFor(t.ctx, head);
  const asSecretary = await callerFor(t.ctx, secretary);

  kase = await createCase(t.ctx, asHead, ORG, { title: CASE_TITLE });
  const item = await approvedItem(t, head, 'CF', {
    type: 'decision',
    title: ITEM_TITLE,
    durationMinutes: 20,
    sections: {
      sagsfremstilling: para('Kommunen indkøber i dag efter fire forskellige politikker.'),
      indstilling: para('Økonomi & Stab indstiller,'),
    },
    recommendations: ['at politikken sendes i høring', 'at politikken træder i kraft 1. januar 2026'],
    caseId: kase.id,
  });
  itemId = item.id;
  await scheduleItem(t.ctx, asSecretary, ORG, item.id, { meeting: '2025-05-07' });
  await publishAgenda(t.ctx, asSecretary, ORG, 'CF', '2025-05-07');

  t.setNow('2025-05-07T12:00:00+02:00');
  const referred = { kind: 'referred' as const, targetForumId: dif.id, reason: REASON };
  await minutes('CF', '2025-05-07', item.id, {
    outcomes: [referred, referred],
    decision: para('Chefforum anbefaler politikken og sender den videre til Direktørforum.'),
    followUps: [
      { title: FU_OVERDUE, ownerPersonId: head.id, due: { date: '2025-05-09' } },
      { title: FU_OPEN, ownerPersonId: head.id, due: { date: '2025-06-30' } },
    ],
  });
  const referral = (await listQueue(t.ctx, asSecretary, ORG, 'DIF')).find((i) => i.originItemId === item.id);
  if (!referral) throw new Error('the referral is not in DIF’s queue');
  await scheduleItem(t.ctx, asSecretary, ORG, referral.id, { meeting: '2025-05-12' });
  await publishAgenda(t.ctx, asSecretary, ORG, 'DIF', '2025-05-12');
  t.setNow('2025-05-12T12:00:00+02:00');
  await minutes('DIF', '2025-05-12', referral.id, {
    outcomes: [{ kind: 'approved' }, { kind: 'approved' }],
    decision: para('Direktørforum godkendte politikken.'),
  });

  t.setNow(NOW);
  await giveDemoPasswords(t, [head, secretary], PASSWORD);
  demo = await openBrowserOn(t, NOW);
  ({ server, context, page } = demo);
});

afterAll(async () => {
  await (demo ?? t)?.close();
});

/** An API answer as the operator sees it. */
async function apiGet<T>(url: string): Promise<T> {
  const r = await server.app.inject({ method: 'GET', url, headers: { 'x-fora-actor': 'operator' } });
  expect(r.statusCode).toBe(200);
  return r.json() as T;
}

interface FollowUpJson {
  id: string;
  title: string;
  status: string;
  evidence: string;
}
const forumFollowUps = async () =>
  (await apiGet<{ items: FollowUpJson[] }>(`/api/orgs/${ORG}/forums/CF/follow-ups`)).items;
const cfCharters = async () =>
  (await apiGet<{ items: Charter[] }>(`/api/orgs/${ORG}/forums/CF/charters`)).items;

describe('follow-up', () => {
  it('shows the head of department her follow-ups, with status, due date, meeting and item', async () => {
    await signIn(page, server, head, PASSWORD);
    await page.getByRole('link', { name: 'Alle mine opfølgninger' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mine opfølgninger' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/opfoelgning');
    const overdue = page.getByRole('row').filter({ hasText: FU_OVERDUE });
    await overdue.getByText('Overskredet').waitFor();
    await overdue.getByText('9. maj 2025').waitFor();
    await overdue.getByRole('link', { name: 'Møde 7. maj 2025' }).waitFor();
    await overdue.getByRole('link', { name: ITEM_TITLE }).waitFor();
    await overdue.getByRole('link', { name: 'Chefforum' }).waitFor();
    const open = page.getByRole('row').filter({ hasText: FU_OPEN });
    await open.getByText('Åben').waitFor();
    await open.getByText('30. juni 2025').waitFor();
    // In order of registration.
    const titles = await page.locator('tbody th[scope=row]').allInnerTexts();
    expect(titles).toEqual([FU_OVERDUE, FU_OPEN]);
    await checkView(page, 'follow-ups-mine', () => open.getByText('Åben').waitFor());
  });

  it('refuses to close a follow-up without evidence, at the field', async () => {
    await page.getByRole('button', { name: new RegExp(`^Markér som udført\\W+${FU_OVERDUE}$`) }).click();
    const evidence = page.getByLabel('Dokumentation for, at opfølgningen er udført');
    await evidence.waitFor();
    await expect(evidence.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.getByRole('button', { name: 'Markér som udført', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Skriv dokumentationen' }).waitFor();
    await expect(evidence.getAttribute('aria-invalid')).resolves.toBe('true');
    await checkView(page, 'follow-ups-complete-error', () => page.getByRole('alert').first().waitFor());
    expect((await forumFollowUps()).find((f) => f.title === FU_OVERDUE)?.status).toBe('overdue');
  });

  it('closes it with evidence: a status says so, and the API has it done', async () => {
    await page.getByLabel('Dokumentation for, at opfølgningen er udført').fill(EVIDENCE);
    const completed = page.waitForResponse(
      (r) => r.url().endsWith('/complete') && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Markér som udført', exact: true }).click();
    const response = await completed;
    expect(response.status()).toBe(200);
    expect(response.request().postDataJSON()).toEqual({ evidence: EVIDENCE });
    await page
      .getByRole('status')
      .filter({ hasText: `«${FU_OVERDUE}» er markeret som udført.` })
      .waitFor();
    // The open filter no longer lists it.
    await page.getByRole('radio', { name: 'Ikke udførte (1)', exact: true }).waitFor();
    await expect(page.getByRole('row').filter({ hasText: FU_OVERDUE }).count()).resolves.toBe(0);
    const done = (await forumFollowUps()).find((f) => f.title === FU_OVERDUE);
    expect(done).toMatchObject({ status: 'done', evidence: EVIDENCE });
    await page.getByRole('radio', { name: 'Udførte (1)', exact: true }).check();
    const row = page.getByRole('row').filter({ hasText: FU_OVERDUE });
    await row.getByText(`Dokumentation: ${EVIDENCE}`).waitFor();
    await checkView(page, 'follow-ups-mine-done', () => row.getByText('Udført', { exact: true }).waitFor());
  });

  it("shows Chefforum's register, in order of registration, with the follow-up done", async () => {
    // From the forum page, which links to its register for a member.
    await page.goto(`${server.url}/fora/CF`);
    const register = page.getByRole('link', { name: 'Forummets opfølgningsliste' });
    await register.waitFor();
    // Only the chair, the secretary or an administrator is offered the charter editor.
    await expect(page.getByRole('link', { name: 'Rediger kommissorium' }).count()).resolves.toBe(0);
    await register.click();
    await page.getByRole('heading', { level: 1, name: 'Opfølgning: Chefforum' }).waitFor();
    await page.getByRole('radio', { name: 'Alle (2)', exact: true }).check();
    const row = page.getByRole('row').filter({ hasText: FU_OVERDUE });
    await row.getByText('Udført', { exact: true }).waitFor();
    await row.getByRole('cell', { name: head.name }).waitFor();
    await row.getByRole('link', { name: ITEM_TITLE }).waitFor();
    const numbers = await page
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => `${r.querySelector('td')?.textContent} ${r.querySelector('th')?.textContent}`),
      );
    expect(numbers).toEqual([`1 ${FU_OVERDUE}`, `2 ${FU_OPEN}`]);
    // She is a member, not the secretary: she may close her own, which is done already.
    await expect(page.getByRole('button', { name: /Markér som udført/ }).count()).resolves.toBe(1);
    await checkView(page, 'follow-ups-register', () => row.getByText('Udført', { exact: true }).waitFor());
  });
});

describe('case timeline', () => {
  it('shows the case across Chefforum and Direktørforum, with outcomes, the referral and OParl', async () => {
    await page.goto(`${server.url}/sager/${kase.id}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(CASE_TITLE) }).waitFor();
    const visits = page.locator('ol.case-timeline > li');
    await visits.nth(1).waitFor();
    await expect(visits.count()).resolves.toBe(2);
    const [cf, dif] = [visits.nth(0), visits.nth(1)];
    await cf.getByRole('heading', { level: 3, name: /Chefforum \(CF\), onsdag den 7\. maj 2025/ }).waitFor();
    await cf.getByText('Henvist', { exact: true }).first().waitFor();
    await cf.getByText(REASON).waitFor();
    await cf.getByText('fra CF til Direktørforum').waitFor();
    await cf.getByRole('link', { name: new RegExp(ITEM_TITLE) }).waitFor();
    await dif
      .getByRole('heading', { level: 3, name: /Direktørforum \(DIF\), mandag den 12\. maj 2025/ })
      .waitFor();
    await dif.getByText('Behandlet', { exact: true }).waitFor();
    await dif.getByText('Godkendt', { exact: true }).waitFor();
    // The case is taken up in Chefforum: the deciding forum falls back to it.
    await page.getByText('Chefforum (CF)').first().waitFor();
    const oparl = page.getByRole('link', { name: 'Åbne data (OParl)' });
    expect(await oparl.getAttribute('href')).toBe(`/api/orgs/${ORG}/cases/${kase.id}/oparl`);
    const json = await page.request.get(`${server.url}/api/orgs/${ORG}/cases/${kase.id}/oparl`);
    expect(json.status()).toBe(200);
    expect(((await json.json()) as { paper: { name: string } }).paper.name).toBe(CASE_TITLE);
    await checkView(page, 'case-timeline', () => dif.getByText('Godkendt', { exact: true }).waitFor());
    // The item link leads to the item page.
    await cf.getByRole('link', { name: new RegExp(ITEM_TITLE) }).click();
    await page.waitForURL(`**/punkter/${itemId}`);
    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
  });
});

describe('charter editor', () => {
  it("shows the secretary Chefforum's charter and refuses a deadline after the meeting, at the field", async () => {
    const before = await cfCharters();
    await context.clearCookies();
    await signIn(page, server, secretary, PASSWORD);
    await page.goto(`${server.url}/fora/CF`);
    await page.getByRole('link', { name: 'Rediger kommissorium' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kommissorium: Chefforum' }).waitFor();
    const current = page.getByRole('region', { name: 'Gældende kommissorium' });
    await current
      .getByText(String(Math.max(...before.map((c) => c.version))))
      .first()
      .waitFor();
    await checkView(page, 'charter-editor', () =>
      page.getByRole('button', { name: 'Gem ny version' }).waitFor(),
    );

    const submission = page.getByRole('group', { name: 'Frist for indsendelse af punkter' });
    await submission.getByLabel('Regel').selectOption({ label: 'Kalenderdage før mødet' });
    await submission.getByLabel('Antal dage').fill('-2');
    const refused = page.waitForResponse(
      (r) => r.url().endsWith('/charters') && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Gem ny version' }).click();
    expect((await refused).status()).toBe(400);
    const summary = page.locator('.ch-summary');
    await summary
      .getByRole('link', { name: /Frist for indsendelse af punkter: fristen ligger ikke før mødet/ })
      .waitFor();
    await expect(summary.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await submission.locator('.form-error-message', { hasText: 'fristen ligger ikke før mødet' }).waitFor();
    await expect(submission.getByLabel('Regel').getAttribute('aria-invalid')).resolves.toBe('true');
    await checkView(page, 'charter-editor-error', () => summary.waitFor());
    // The summary's link takes the focus to the field.
    await summary.getByRole('link').first().click();
    await expect(
      submission.getByLabel('Regel').evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);
    expect(await cfCharters()).toHaveLength(before.length);
  });

  it('saves a new version with the changed deadline and an added template section', async () => {
    const before = await cfCharters();
    const latest = before.reduce((a, b) => (b.version > a.version ? b : a));
    const submission = page.getByRole('group', { name: 'Frist for indsendelse af punkter' });
    await submission.getByLabel('Antal dage').fill('5');
    await submission.getByLabel('Klokkeslæt (valgfrit)').fill('12:00');
    await page.getByRole('button', { name: 'Tilføj afsnit' }).click();
    const heading = page.locator('.ch-section').last().getByLabel('Overskrift');
    await expect(heading.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await heading.fill('Bæredygtighed');
    // Move it above the last section (Bilag) with the keyboard.
    const up = page.getByRole('button', { name: /^Flyt op\W+Bæredygtighed$/ });
    await up.focus();
    await page.keyboard.press('Enter');
    await page.getByText('«Bæredygtighed» er flyttet til plads', { exact: false }).waitFor();
    await expect(up.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/charters') && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Gem ny version' }).click();
    expect((await saved).status()).toBe(201);
    const version = latest.version + 1;
    await page
      .getByRole('status')
      .filter({ hasText: `Kommissoriet er gemt som version ${version}, gældende fra 13. maj 2025.` })
      .waitFor();

    const after = await cfCharters();
    const created = after.find((c) => c.version === version);
    expect(created?.deadlines.submission).toEqual({ kind: 'days_before', days: 5, time: '12:00' });
    const headings = created?.template.map((s) => s.heading) ?? [];
    const old = latest.template.map((s) => s.heading);
    expect(headings).toEqual([...old.slice(0, -1), 'Bæredygtighed', ...old.slice(-1)]);
    expect(created?.template.find((s) => s.heading === 'Bæredygtighed')?.key).toBe('baeredygtighed');
    // What the form does not show is carried over.
    expect(created).toMatchObject({
      effectiveFrom: '2025-05-13',
      purpose: latest.purpose,
      standingItems: latest.standingItems,
      approver: latest.approver,
      cadence: latest.cadence,
      capacity: latest.capacity,
    });
    await page
      .getByRole('region', { name: 'Gældende kommissorium' })
      .getByText(String(version))
      .first()
      .waitFor();
    await checkView(page, 'charter-editor-saved', () => page.getByRole('status').first().waitFor());
  });
});
