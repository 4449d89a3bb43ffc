/**
 * Private notes and offline reading in a real browser. A member of Albertslund's Chefforum (the
 * demo) writes a private note under an item of a published agenda; it is there after a reload, and
 * another member does not see it. Then, with the service worker controlling the page, the network
 * goes: the agenda and the attachment she opened are read from the cache, a note written offline
 * waits and is saved when the network returns. Signing out empties the caches.
 */
import { Readable } from 'node:stream';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAttachment } from '../../src/app/add-attachment.ts';
import { createItem } from '../../src/app/create-item.ts';
import { decideItem } from '../../src/app/decide-item.ts';
import { listMyNotes } from '../../src/app/list-my-notes.ts';
import { publishAgenda } from '../../src/app/publish-agenda.ts';
import { saveNote } from '../../src/app/save-note.ts';
import { scheduleItem } from '../../src/app/schedule-item.ts';
import { submitItem } from '../../src/app/submit-item.ts';
import { findPersonById } from '../../src/store/people.ts';
import { checkView, danishContext, type ListeningServer } from '../support/browser.ts';
import type { TestDatabase } from '../support/db.ts';
import {
  type DemoBrowser,
  demoPerson,
  giveDemoPasswords,
  openDemoBrowser,
  para,
} from '../support/demo-browser.ts';
import { callerFor, operator } from '../support/factories.ts';

/** The demo's clock: the 9 April 2025 Chefforum meeting is ahead. */
const NOW = new Date('2025-04-01T10:00:00+02:00');
const MARIE = 'marie.aasoee@albertslund.dk';
/** Another member of Chefforum. */
const HENRIK = 'henrik.harder@albertslund.dk';
const PASSWORD = 'noter-offline-2025';
const TITLE = 'Indkøb af tablets til mødelokalerne';
const ATTACHMENT = 'Tilbud på tablets.pdf';
/** The attachment's text (a real PDF, made below), read in the page's viewer online and offline. */
const ATTACHMENT_TEXT = 'Tilbud: 40 tablets, levering i maj.';

async function offerPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText(ATTACHMENT_TEXT, { x: 50, y: 780, font, size: 14 });
  return Buffer.from(await doc.save());
}
const NEXT_MEETING = '2025-04-09';

let demo: DemoBrowser;
let t: TestDatabase;
let server: ListeningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let meetingId: string;
let itemId: string;

/** Marie Aasøe proposes an item with an attachment for 9 April, it is approved, the agenda published. */
async function publishItemWithAttachment(t: TestDatabase): Promise<void> {
  const marie = await callerFor(t.ctx, await demoPerson(t, MARIE));
  const item = await createItem(t.ctx, marie, 'albertslund', 'CF', {
    type: 'decision',
    title: TITLE,
    durationMinutes: 20,
    sections: {
      sagsfremstilling: para('Mødelokalerne skal have tablets.'),
      indstilling: para('Direktionen indstiller,'),
    },
    recommendations: ['at tilbuddet godkendes'],
  });
  itemId = item.id;
  await addAttachment(t.ctx, marie, 'albertslund', item.id, {
    name: ATTACHMENT,
    body: Readable.from([await offerPdf()]),
  });
  const submitted = await submitItem(t.ctx, marie, 'albertslund', item.id);
  const approver = await findPersonById(t.db, submitted.approverPersonId ?? '');
  if (!approver) throw new Error('the item has no approver');
  await decideItem(t.ctx, await callerFor(t.ctx, approver), 'albertslund', item.id, { decision: 'approve' });
  await scheduleItem(t.ctx, operator(), 'albertslund', item.id, { meeting: NEXT_MEETING });
  meetingId = (await publishAgenda(t.ctx, operator(), 'albertslund', 'CF', NEXT_MEETING)).meetingId;
}

async function notesOf(email: string) {
  const caller = await callerFor(t.ctx, await demoPerson(t, email));
  return listMyNotes(t.ctx, caller, 'albertslund', itemId);
}

async function signIn(p: Page, email: string): Promise<void> {
  await p.goto(`${server.url}/`);
  await p.getByLabel('E-mail').fill(email);
  await p.getByLabel('Adgangskode').fill(PASSWORD);
  await p.getByRole('button', { name: 'Log ind' }).click();
  await p.getByRole('heading', { level: 1, name: /^Velkommen/ }).waitFor();
}

const meetingUrl = () => `${server.url}/fora/CF/moeder/${meetingId}`;
const article = (p: Page) => p.locator('article.agenda-item').filter({ hasText: TITLE });

/** Opens the item's "Mine noter" (if closed) and returns the note field on the item itself. */
async function itemNote(p: Page) {
  const notes = article(p).locator('details.item-notes');
  await notes.waitFor();
  if (!(await notes.evaluate((d) => (d as HTMLDetailsElement).open)))
    await notes.getByText('Mine noter').click();
  return notes.getByLabel(/^Note til punktet/);
}

beforeAll(async () => {
  demo = await openDemoBrowser(NOW, async (t) => {
    await giveDemoPasswords(t, [await demoPerson(t, MARIE), await demoPerson(t, HENRIK)], PASSWORD);
    await publishItemWithAttachment(t);
  });
  ({ t, server, browser, context, page } = demo);
});

afterAll(async () => {
  await demo?.close();
});

describe('private notes', () => {
  it('saves a note after typing stops, keeps it across a reload, and shows it to nobody else', async () => {
    await signIn(page, MARIE);
    await page.goto(meetingUrl());
    const field = await itemNote(page);
    await field.fill('Spørg til garantien.');
    const notes = article(page).locator('details.item-notes');
    await notes.getByRole('status').filter({ hasText: 'Gemt' }).waitFor();
    await expect(notesOf(MARIE)).resolves.toMatchObject([
      { attachmentId: null, body: 'Spørg til garantien.', version: 1 },
    ]);
    // A note on the attachment, saved when the field is left.
    const onAttachment = notes.getByLabel(new RegExp(`^Note til bilag .*${ATTACHMENT}`));
    await onAttachment.fill('Se side 2.');
    await onAttachment.blur();
    await notes.getByRole('status').filter({ hasText: 'Gemt' }).nth(1).waitFor();
    await checkView(page, 'meeting-notes', () => field.waitFor());

    await page.reload();
    await expect((await itemNote(page)).inputValue()).resolves.toBe('Spørg til garantien.');
    await article(page).getByText('Mine noter (2)').waitFor();

    // Henrik Harder, also a member, reads the same agenda: no notes of Marie's.
    const other = await danishContext(browser);
    const henrik = await other.newPage();
    await henrik.clock.setFixedTime(NOW);
    await signIn(henrik, HENRIK);
    await henrik.goto(meetingUrl());
    await expect((await itemNote(henrik)).inputValue()).resolves.toBe('');
    await expect(henrik.locator('body').textContent()).resolves.not.toContain('garantien');
    await expect(notesOf(HENRIK)).resolves.toEqual([]);
    await other.close();
  });

  it('shows a note changed on another device as a conflict, keeping the typed text until she chooses', async () => {
    // Her other device (the use case) saves version 2 of the item note meanwhile.
    const marie = await callerFor(t.ctx, await demoPerson(t, MARIE));
    await saveNote(t.ctx, marie, 'albertslund', itemId, {
      attachmentId: null,
      body: 'Skrevet på telefonen.',
      version: 1,
    });
    const field = await itemNote(page);
    await field.fill('Spørg til garantien. Og til service.');
    await field.blur();
    const conflict = article(page)
      .getByRole('alert')
      .filter({ hasText: 'Noten er ændret på en anden enhed' });
    await conflict.getByText('Skrevet på telefonen.').waitFor();
    await expect(field.inputValue()).resolves.toBe('Spørg til garantien. Og til service.');
    await checkView(page, 'meeting-note-conflict', () => conflict.waitFor());
    await conflict.getByRole('button', { name: 'Gem min tekst' }).click();
    await article(page).getByRole('status').filter({ hasText: 'Gemt' }).first().waitFor();
    await expect(notesOf(MARIE)).resolves.toContainEqual(
      expect.objectContaining({
        attachmentId: null,
        body: 'Spørg til garantien. Og til service.',
        version: 3,
      }),
    );
  });
});

/** Opens the attachment in the page's viewer, waits for its text, and closes it with Escape. */
async function openAttachment() {
  await article(page)
    .getByRole('button', { name: new RegExp(`: ${ATTACHMENT}$`) })
    .click();
  const viewer = page.getByRole('dialog');
  await viewer.getByText(ATTACHMENT_TEXT).waitFor();
  await page.keyboard.press('Escape');
  await viewer.waitFor({ state: 'hidden' });
}

describe('offline reading', () => {
  it('reads the opened meeting and attachment without network, and saves a note written offline later', async () => {
    // The service worker takes the page; one reload loads the app through it, so it is cached.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await article(page).waitFor();
    // She opens the attachment in the page's viewer, closes it, and changes her note once more.
    await openAttachment();
    const note = await itemNote(page);
    await note.fill('Spørg til garantien.');
    await note.blur();
    await article(page).getByRole('status').filter({ hasText: 'Gemt' }).first().waitFor();

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Dagsorden/ }).waitFor();
    await article(page).getByText('Mødelokalerne skal have tablets.').waitFor();
    const banner = page.getByRole('status').filter({ hasText: 'Du er offline – du ser den gemte udgave' });
    await banner.waitFor();
    // The attachment opens from the cache, with the viewer's code.
    await openAttachment();

    // The note as last saved online (the worker fetched the notes again after saving).
    const field = await itemNote(page);
    await expect(field.inputValue()).resolves.toBe('Spørg til garantien.');
    await field.fill('Spørg til garantien og prisen.');
    await field.blur();
    const notes = article(page).locator('details.item-notes');
    await notes.getByRole('status').filter({ hasText: 'Gemmes, når du er online igen' }).waitFor();
    await checkView(page, 'meeting-offline', () => banner.waitFor());
    // Still offline, a reload keeps the waiting note (its panel open) and says it waits.
    await page.reload();
    await expect((await itemNote(page)).inputValue()).resolves.toBe('Spørg til garantien og prisen.');
    await notes.getByRole('status').filter({ hasText: 'Gemmes, når du er online igen' }).waitFor();
    await expect(notesOf(MARIE)).resolves.toContainEqual(
      expect.objectContaining({ attachmentId: null, body: 'Spørg til garantien.', version: 4 }),
    );

    await context.setOffline(false);
    await notes.getByRole('status').filter({ hasText: 'Gemt' }).first().waitFor();
    await expect(notesOf(MARIE)).resolves.toContainEqual(
      expect.objectContaining({ attachmentId: null, body: 'Spørg til garantien og prisen.', version: 5 }),
    );
    await expect(banner.count()).resolves.toBe(0);
  });

  it('empties the caches at sign-out', async () => {
    await context.setOffline(false);
    await expect(page.evaluate(() => caches.keys())).resolves.not.toEqual([]);
    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    await expect(page.evaluate(() => caches.keys())).resolves.toEqual([]);
  });
});
