/**
 * The director's approval in a real browser: a head of department of Albertslund (the demo) has an
 * item submitted and sees it on home with its deadline; the director the charter names as her
 * approver signs in, finds it in the approval inbox, reads it and returns it with a comment; once it
 * is resubmitted, approves it with the keyboard only, and the item is in the forum's queue. Every new
 * view passes axe and is photographed at laptop and tablet width.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem } from '../../src/app/create-item.ts';
import type { MyWork } from '../../src/app/list-my-work.ts';
import { listMyWork } from '../../src/app/list-my-work.ts';
import { submitItem } from '../../src/app/submit-item.ts';
import type { Person } from '../../src/domain/organisation.ts';
import { findPersonById } from '../../src/store/people.ts';
import { checkView, type ListeningServer, tabTo } from '../support/browser.ts';
import type { TestDatabase } from '../support/db.ts';
import {
  type DemoBrowser,
  demoPerson,
  giveDemoPasswords,
  openDemoBrowser,
  para,
  signIn,
  signOut,
} from '../support/demo-browser.ts';
import { callerFor } from '../support/factories.ts';

/** The demo's clock: 26 hours before the submission deadline (3 April 12:00) of Chefforum's 9 April meeting. */
const NOW = new Date('2025-04-02T10:00:00+02:00');
/** Head of department and member of Chefforum in the demo. */
const HEAD = 'marie.aasoee@albertslund.dk';
const PASSWORD = 'godkend-punktet-2025';
const TITLE = 'Ny model for skoledistrikter';
const COMMENT = 'Tilføj økonomien for 2026, og send det igen.';

let demo: DemoBrowser;
let t: TestDatabase;
let server: ListeningServer;
let page: Page;
let head: Person;
let director: Person;
let itemId: string;

beforeAll(async () => {
  demo = await openDemoBrowser(NOW, async (db) => {
    head = await demoPerson(db, HEAD);
    const caller = await callerFor(db.ctx, head);
    const item = await createItem(db.ctx, caller, 'albertslund', 'CF', {
      type: 'decision',
      title: TITLE,
      durationMinutes: 20,
      sections: {
        sagsfremstilling: para('Skoledistrikterne tilpasses elevtallet fra skoleåret 2026/27.'),
        indstilling: para('Børne- og Kulturforvaltningen indstiller,'),
      },
      recommendations: ['at den nye model sendes i høring'],
    });
    itemId = item.id;
    const submitted = await submitItem(db.ctx, caller, 'albertslund', item.id);
    const approver = await findPersonById(db.db, submitted.approverPersonId ?? '');
    if (!approver) throw new Error('the charter names no approver for the head of department');
    director = approver;
    await giveDemoPasswords(db, [head, director], PASSWORD);
  });
  ({ t, server, page } = demo);
});

afterAll(async () => {
  await demo?.close();
});

const workOf = async (person: Person): Promise<MyWork> =>
  listMyWork(t.ctx, await callerFor(t.ctx, person), 'albertslund', person.id);

/** A deadline as the page writes it: "tirsdag den 8. april 2025". */
const longDate = (iso: string) =>
  new Intl.DateTimeFormat('da-DK', { dateStyle: 'full', timeZone: 'Europe/Copenhagen' }).format(
    new Date(iso),
  );

describe("the director's approval", () => {
  it('shows the head of department her submitted item on home, with the meeting and the deadline', async () => {
    const mine = (await workOf(head)).items.find((w) => w.itemId === itemId);
    if (!mine?.deadline) throw new Error('the submitted item has no deadline in my work');
    await signIn(page, server, head, PASSWORD);
    const work = page.getByRole('region', { name: 'Mit arbejde' });
    const row = work.getByRole('row').filter({ hasText: TITLE });
    await row.waitFor();
    await row.getByText('Indsendt til godkendelse').waitFor();
    await row.getByText(longDate(mine.deadline)).waitFor();
    // The deadline is less than 48 hours away, and the page says so in words.
    await row.getByText('Under 48 timer').waitFor();
    // She has nothing to approve herself: no inbox in the header.
    await expect(
      page
        .getByRole('banner')
        .getByRole('link', { name: /Godkendelser/ })
        .count(),
    ).resolves.toBe(0);
    await checkView(page, 'home-my-work', () => row.waitFor());
  });

  it('opens her item page, which shows its state', async () => {
    await page.getByRole('region', { name: 'Mit arbejde' }).getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(TITLE) }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/punkter/${itemId}`);
    await page.locator('.item-state', { hasText: 'Indsendt til godkendelse' }).waitFor();
    await page.getByRole('heading', { level: 4, name: 'Sagsfremstilling' }).waitFor();
    // The submitter cannot decide on her own item.
    await expect(page.getByRole('heading', { name: 'Din beslutning' }).count()).resolves.toBe(0);
    await checkView(page, 'item', () =>
      page.getByRole('heading', { level: 4, name: 'Indstilling' }).waitFor(),
    );
  });

  it('answers an item nobody may read with a Danish page saying so', async () => {
    await page.goto(`${server.url}/punkter/${randomUUID()}`);
    await page
      .getByRole('heading', { level: 1, name: 'Punktet findes ikke eller du har ikke adgang' })
      .waitFor();
    await checkView(page, 'item-not-found', () => page.getByRole('link', { name: 'Til forsiden' }).waitFor());
    await signOut(page);
  });

  it('shows the director the item in the approval inbox, with forum, submitter, meeting and deadline', async () => {
    const waiting = (await workOf(director)).approvals.find((w) => w.itemId === itemId);
    if (!waiting?.meeting) throw new Error('the item is not in the director’s work');
    await signIn(page, server, director, PASSWORD);
    await page
      .getByRole('region', { name: 'Mit arbejde' })
      .getByRole('link', { name: '2 punkter venter på din godkendelse' })
      .waitFor();
    const inboxLink = page.getByRole('banner').getByRole('link', { name: /Godkendelser/ });
    await inboxLink.click();
    await page.getByRole('heading', { level: 1, name: 'Punkter til godkendelse' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/godkendelser');
    const row = page.getByRole('row').filter({ hasText: TITLE });
    await row.waitFor();
    await row.getByRole('cell', { name: 'Chefforum' }).waitFor();
    await row.getByRole('cell', { name: head.name }).waitFor();
    // Chefforum's charter sets no approval deadline (the demo); one would be shown as on home.
    await row.getByText(waiting.deadline ? longDate(waiting.deadline) : 'Ingen frist').waitFor();
    await row.getByText('9. april 2025').waitFor();
    await checkView(page, 'approvals', () => row.waitFor());
  });

  it('reads the item and returns it with a comment; it leaves the inbox and a status says so', async () => {
    await page.getByRole('row').filter({ hasText: TITLE }).getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(TITLE) }).waitFor();
    await page.getByText('Skoledistrikterne tilpasses elevtallet fra skoleåret 2026/27.').waitFor();
    await page.locator('ol.recommendations li', { hasText: 'at den nye model sendes i høring' }).waitFor();
    await page.locator('.item-facts').getByText(head.name, { exact: false }).waitFor();
    await checkView(page, 'item-decision', () =>
      page.getByRole('heading', { name: 'Din beslutning' }).waitFor(),
    );
    // Returning without a comment is refused in the page, and nothing is sent.
    await page.getByRole('button', { name: 'Send retur' }).click();
    await page.getByRole('alert').filter({ hasText: 'Skriv en kommentar' }).waitFor();
    await checkView(page, 'item-decision-error', () => page.getByRole('alert').first().waitFor());
    expect((await workOf(director)).approvals.map((w) => w.itemId)).toContain(itemId);

    await page.getByLabel('Kommentar').fill(COMMENT);
    const decided = page.waitForResponse(
      (r) => r.url().endsWith(`/items/${itemId}/decision`) && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Send retur' }).click();
    const response = await decided;
    expect(response.status()).toBe(200);
    expect(response.request().postDataJSON()).toEqual({ decision: 'return', comment: COMMENT });
    await page
      .getByRole('status')
      .filter({ hasText: `«${TITLE}» er sendt retur til indsenderen` })
      .waitFor();
    // The inbox is loaded after the decision: the demo's other submitted item is there, this one is not.
    await page.locator('.work-table tbody tr').first().waitFor();
    await expect(page.getByRole('row').filter({ hasText: TITLE }).count()).resolves.toBe(0);
    await checkView(page, 'approvals-after-decision', () => page.getByRole('status').first().waitFor());
  });

  it('approves the resubmitted item with the keyboard only; it is then in the forum queue', async () => {
    await submitItem(t.ctx, await callerFor(t.ctx, head), 'albertslund', itemId);
    await page.goto(`${server.url}/godkendelser`);
    await page.getByRole('banner').getByRole('link', { name: 'Godkendelser 2' }).waitFor();
    const link = page.getByRole('row').filter({ hasText: TITLE }).getByRole('link', { name: TITLE });
    await link.waitFor();
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: new RegExp(TITLE) }).waitFor();
    const approve = page.getByRole('button', { name: 'Godkend' });
    await tabTo(page, approve);
    const decided = page.waitForResponse(
      (r) => r.url().endsWith(`/items/${itemId}/decision`) && r.request().method() === 'POST',
    );
    await page.keyboard.press('Space');
    expect((await decided).status()).toBe(200);
    await page
      .getByRole('status')
      .filter({ hasText: `«${TITLE}» er godkendt og står nu i forummets kø.` })
      .waitFor();
    await page.locator('.work-table tbody tr').first().waitFor();
    await expect(page.getByRole('row').filter({ hasText: TITLE }).count()).resolves.toBe(0);
    // The header's count goes from 2 to the demo's one remaining item (recounted on each page).
    await page.getByRole('banner').getByRole('link', { name: 'Godkendelser 1' }).waitFor();
    await checkView(page, 'approvals-after-approval', () => page.getByRole('status').first().waitFor());

    const queue = await server.app.inject({
      method: 'GET',
      url: '/api/orgs/albertslund/forums/CF/queue',
      headers: { 'x-fora-actor': 'operator' },
    });
    expect(queue.statusCode).toBe(200);
    const queued = (queue.json() as { items: { id: string; state: string }[] }).items;
    expect(queued.find((i) => i.id === itemId)?.state).toBe('queued');
  });

  it('marks a passed deadline on home in words, and the approved item has left her work', async () => {
    await signOut(page);
    const later = new Date('2025-04-03T13:00:00+02:00');
    t.setNow(later);
    await page.clock.setFixedTime(later);
    const overdue = (await workOf(head)).items.find((w) => w.deadline && new Date(w.deadline) < later);
    if (!overdue) throw new Error('the demo has no item of hers with a passed deadline');
    await signIn(page, server, head, PASSWORD);
    const work = page.getByRole('region', { name: 'Mit arbejde' });
    await work
      .getByRole('row')
      .filter({ hasText: overdue.title })
      .getByText('Fristen er overskredet')
      .waitFor();
    await expect(work.getByRole('row').filter({ hasText: TITLE }).count()).resolves.toBe(0);
    await checkView(page, 'home-deadline-passed', () => work.getByText('Fristen er overskredet').waitFor());
  });

  it("shows her the item's history with the director's reason for returning it", async () => {
    await page.goto(`${server.url}/punkter/${itemId}`);
    const history = page.getByRole('region', { name: 'Forløb' });
    await history.getByText(COMMENT).waitFor();
    const steps = await history.getByRole('listitem').allInnerTexts();
    expect(steps.map((s) => s.split(' · ')[0])).toEqual([
      'Oprettet',
      'Indsendt',
      'Sendt retur',
      'Indsendt',
      'Godkendt',
    ]);
    await checkView(page, 'item-history', () => history.getByText(COMMENT).waitFor());
  });
});
