/**
 * The item editor in a real browser: a head of department of Albertslund (the demo), member of
 * Chefforum, proposes an item from home: title, type and time, sections written in the TipTap
 * editors (a bold word, a bullet list), two recommendations put in order, a case number begun from
 * a KLE suggestion, a real PDF attached and a false one refused with the server's reason. She saves
 * the draft, opens it again from her work, and finishes and submits it with the keyboard only. The
 * item is submitted with the approver the charter names. Every new view passes axe and is
 * photographed at laptop and tablet width.
 */

import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getForum } from '../../src/app/get-forum.ts';
import type { Item } from '../../src/domain/item.ts';
import type { Person } from '../../src/domain/organisation.ts';
import { listAttachments } from '../../src/store/attachments.ts';
import { findCase } from '../../src/store/cases.ts';
import { findItem, listItemsBySubmitter } from '../../src/store/items.ts';
import { checkView, isFocused, type ListeningServer, tabTo } from '../support/browser.ts';
import type { TestDatabase } from '../support/db.ts';
import {
  type DemoBrowser,
  demoPerson,
  giveDemoPasswords,
  openDemoBrowser,
  signIn,
} from '../support/demo-browser.ts';
import { callerFor } from '../support/factories.ts';

/** The demo's clock: a week before Chefforum's 9 April 2025 meeting. */
const NOW = new Date('2025-04-02T10:00:00+02:00');
/** Head of department and member of Chefforum in the demo. */
const HEAD = 'marie.aasoee@albertslund.dk';
const PASSWORD = 'nyt-punkt-2025';
const TITLE = 'Fælles indkøb af kontorartikler';
const CASE_NUMBER = '88.20.04-G01-3-25';

let demo: DemoBrowser;
let t: TestDatabase;
let server: ListeningServer;
let page: Page;
let head: Person;
let itemId: string;

beforeAll(async () => {
  demo = await openDemoBrowser(NOW, async (db) => {
    head = await demoPerson(db, HEAD);
    await giveDemoPasswords(db, [head], PASSWORD);
  });
  ({ t, server, page } = demo);
});

afterAll(async () => {
  await demo?.close();
});

const myItems = async (): Promise<Item[]> =>
  (await listItemsBySubmitter(t.db, head.id)).filter((i) => i.title === TITLE);

async function stored(): Promise<Item> {
  const item = await findItem(t.db, head.orgId, itemId);
  if (!item) throw new Error('the item is not stored');
  return item;
}

/** A section's editor, named by its heading. */
const editor = (heading: string): Locator =>
  page.getByRole('textbox', { name: new RegExp(`^${heading}( \\(|$)`) });
const toolbar = (heading: string): Locator => page.getByRole('toolbar', { name: `Formatering: ${heading}` });

const recommendation = (n: number): Locator =>
  page.getByRole('textbox', { name: `Indstillingspunkt ${n}`, exact: true });

/** A small real PDF, made here. */
async function smallPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc
    .addPage([595, 842])
    .drawText('Bilag: prisoverslag for kontorartikler 2025', { x: 50, y: 780, font, size: 14 });
  return Buffer.from(await doc.save());
}

/** Walks a TipTap document for a text node with a mark, and for a node type. */
const hasMark = (node: unknown, text: string, mark: string): boolean => {
  const n = node as { text?: string; marks?: { type: string }[]; content?: unknown[] };
  if (n.text?.includes(text) && n.marks?.some((m) => m.type === mark)) return true;
  return (n.content ?? []).some((c) => hasMark(c, text, mark));
};
const hasNode = (node: unknown, type: string): boolean => {
  const n = node as { type?: string; content?: unknown[] };
  return n.type === type || (n.content ?? []).some((c) => hasNode(c, type));
};

describe('the item editor', () => {
  it('opens from home for a forum of hers, as an empty item of Chefforum with its template', async () => {
    await signIn(page, server, head, PASSWORD);
    await page
      .getByRole('region', { name: 'Mine fora' })
      .getByRole('listitem')
      .filter({ hasText: 'Chefforum' })
      .getByRole('link', { name: 'Foreslå et nyt punkt' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Nyt punkt til Chefforum' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/fora/CF/nyt-punkt');
    // The template's sections, each in its own editor; the decision is written at the meeting.
    for (const heading of ['Anledning', 'Resumé', 'Sagsfremstilling', 'Indstilling', 'Økonomi'])
      await editor(heading).waitFor();
    await expect(editor('Beslutning').count()).resolves.toBe(0);
    await expect(
      toolbar('Sagsfremstilling').getByRole('button', { name: 'Fed' }).getAttribute('aria-pressed'),
    ).resolves.toBe('false');
    await checkView(page, 'item-editor-new', () => editor('Sagsfremstilling').waitFor());
  });

  it('refuses an item without a title: the error is named at the field and the summary takes focus', async () => {
    await page.getByRole('button', { name: 'Gem kladde' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Punktet kan ikke gemmes' });
    await summary.getByRole('link', { name: 'Titel: skal udfyldes' }).waitFor();
    await expect(isFocused(summary)).resolves.toBe(true);
    await page.locator('.form-error-message', { hasText: 'skal udfyldes' }).first().waitFor();
    await expect(myItems()).resolves.toEqual([]);
    await checkView(page, 'item-editor-error', () => summary.waitFor());
    // The summary's link takes her to the field.
    await summary.getByRole('link', { name: 'Titel: skal udfyldes' }).click();
    await expect(isFocused(page.getByLabel('Titel'))).resolves.toBe(true);
  });

  it('saves a draft with sections in rich text, two recommendations in order and a case from a KLE suggestion', async () => {
    await page.getByLabel('Titel').fill(TITLE);
    await page.getByRole('radio', { name: 'Beslutning' }).check();
    await page.getByLabel('Tid i minutter').fill('20');
    await page.getByLabel('Fremlægges af').fill('Marie Aasøe');

    // Sagsfremstilling: a bold word through the toolbar, then a bullet list.
    await editor('Sagsfremstilling').click();
    await page.keyboard.type('Kommunens indkøbsaftale for kontorartikler udløber ');
    const bold = toolbar('Sagsfremstilling').getByRole('button', { name: 'Fed' });
    await bold.click();
    await expect(bold.getAttribute('aria-pressed')).resolves.toBe('true');
    // TipTap moves the focus back into the editor on the next frame.
    await expect.poll(() => isFocused(editor('Sagsfremstilling'))).toBe(true);
    await page.keyboard.type('straks');
    await bold.click();
    await expect.poll(() => isFocused(editor('Sagsfremstilling'))).toBe(true);
    await page.keyboard.type(' efter sommerferien.');
    await page.keyboard.press('Enter');
    await toolbar('Sagsfremstilling').getByRole('button', { name: 'Punktliste' }).click();
    // As after "Fed": typing before the focus is back would go to the toolbar button.
    await expect.poll(() => isFocused(editor('Sagsfremstilling'))).toBe(true);
    await page.keyboard.type('Fælles udbud for alle afdelinger');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Levering en gang om ugen');
    await editor('Indstilling').click();
    await page.keyboard.type('Økonomi og Stab indstiller,');

    // Two recommendations; the second is moved up.
    await page.getByRole('button', { name: 'Tilføj indstillingspunkt' }).click();
    await recommendation(1).fill('at udbuddet gennemføres i efteråret');
    await page.getByRole('button', { name: 'Tilføj indstillingspunkt' }).click();
    await expect(isFocused(recommendation(2))).resolves.toBe(true);
    await page.keyboard.type('at Chefforum godkender en fælles indkøbsaftale');
    await page.getByRole('button', { name: 'Flyt op: Indstillingspunkt 2' }).click();
    await expect(recommendation(1).inputValue()).resolves.toBe(
      'at Chefforum godkender en fælles indkøbsaftale',
    );

    // KLE: the suggestions read the title and the text; the chosen topic starts the case number.
    await page.getByRole('button', { name: 'Foreslå KLE-emne' }).click();
    const suggestions = page.getByRole('list', { name: 'Forslag til KLE-emner' });
    await suggestions.getByText('88.20.04 Kommunens egne indkøbsaftaler').waitFor();
    await suggestions
      .getByRole('button', { name: 'Brug emnet: 88.20.04 Kommunens egne indkøbsaftaler' })
      .click();
    const caseField = page.getByLabel('Sagsnummer');
    await expect(caseField.inputValue()).resolves.toBe('88.20.04-');
    await expect(isFocused(caseField)).resolves.toBe(true);
    await page.keyboard.type('G01-3-25');

    await page.getByRole('button', { name: 'Gem kladde' }).click();
    await page.getByRole('status').filter({ hasText: 'Kladden er gemt.' }).waitFor();
    const [created] = await myItems();
    if (!created) throw new Error('no draft stored');
    itemId = created.id;
    expect(new URL(page.url()).pathname).toBe(`/punkter/${itemId}/rediger`);
    expect(created.state).toBe('draft');
    expect(created.type).toBe('decision');
    expect(created.durationMinutes).toBe(20);
    expect(created.presenters).toEqual([{ personId: null, name: 'Marie Aasøe' }]);
    expect(created.recommendations).toEqual([
      'at Chefforum godkender en fælles indkøbsaftale',
      'at udbuddet gennemføres i efteråret',
    ]);
    const body = created.sections.sagsfremstilling;
    expect(hasMark(body, 'straks', 'bold')).toBe(true);
    expect(hasMark(body, 'udløber', 'bold')).toBe(false);
    expect(hasNode(body, 'bulletList')).toBe(true);
    expect(JSON.stringify(body)).toContain('Levering en gang om ugen');
    expect(Object.keys(created.sections).sort()).toEqual(['indstilling', 'sagsfremstilling']);
    const linked = await findCase(t.db, head.orgId, created.caseId ?? '');
    expect(linked?.caseNumber).toBe(CASE_NUMBER);
    expect(linked?.kleTopic).toBe('88.20.04');
  });

  it('attaches a real PDF, and refuses a .pdf that is not one with the server’s reason, storing nothing', async () => {
    const file = page.getByLabel('Tilføj bilag');
    await file.setInputFiles({
      name: 'prisoverslag.pdf',
      mimeType: 'application/pdf',
      buffer: await smallPdf(),
    });
    await page.getByRole('status').filter({ hasText: 'Bilaget er lagt op: prisoverslag.pdf' }).waitFor();
    await page.getByRole('link', { name: 'prisoverslag.pdf' }).waitFor();

    await file.setInputFiles({
      name: 'budget.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('Dette er ikke en PDF, bare tekst.\n'),
    });
    const summary = page.getByRole('alert').filter({ hasText: 'Punktet kan ikke gemmes' });
    const reason = 'filens indhold er text/plain, som ikke passer til filendelsen .pdf. Intet er gemt.';
    await summary.getByRole('link', { name: `Tilføj bilag: ${reason}` }).waitFor();
    await page.locator('.form-error-message', { hasText: reason }).waitFor();
    await expect(isFocused(summary)).resolves.toBe(true);
    const attachments = await listAttachments(t.db, itemId);
    expect(attachments.map((a) => [a.name, a.mediaType])).toEqual([['prisoverslag.pdf', 'application/pdf']]);
  });

  it('opens the draft again from her work, with its content', async () => {
    // Her draft's page offers the editor.
    await page.getByRole('link', { name: 'Se punktet' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(TITLE) }).waitFor();
    await page.locator('.item-state', { hasText: 'Kladde' }).waitFor();
    await page.getByRole('link', { name: `Rediger ${TITLE}` }).waitFor();
    await page.getByRole('link', { name: 'Forside' }).first().click();
    const work = page.getByRole('region', { name: 'Mit arbejde' });
    const link = work.getByRole('link', { name: TITLE });
    await link.waitFor();
    await expect(link.getAttribute('href')).resolves.toBe(`/punkter/${itemId}/rediger`);
    await link.click();
    await page.getByRole('heading', { level: 1, name: /Rediger punkt/ }).waitFor();
    await expect(page.getByLabel('Titel').inputValue()).resolves.toBe(TITLE);
    await editor('Sagsfremstilling').locator('strong', { hasText: 'straks' }).waitFor();
    await editor('Sagsfremstilling').locator('ul li', { hasText: 'Levering en gang om ugen' }).waitFor();
    await expect(recommendation(2).inputValue()).resolves.toBe('at udbuddet gennemføres i efteråret');
    await expect(page.getByLabel('Sagsnummer').inputValue()).resolves.toBe(CASE_NUMBER);
    await page.getByRole('link', { name: 'prisoverslag.pdf' }).waitFor();
    await checkView(page, 'item-editor-edit', () => editor('Sagsfremstilling').waitFor());
  });

  it('finishes and submits it with the keyboard only; the item goes to the approver the charter names', async () => {
    // From an open editor: Økonomi gets a line, an italic word through the toolbar by arrow keys.
    await editor('Økonomi').focus();
    await page.keyboard.type('Udgiften holdes inden for rammen. ');
    await page.keyboard.press('Shift+Tab');
    const bold = toolbar('Økonomi').getByRole('button', { name: 'Fed' });
    await expect(isFocused(bold)).resolves.toBe(true);
    await page.keyboard.press('ArrowRight');
    const italic = toolbar('Økonomi').getByRole('button', { name: 'Kursiv' });
    await expect(isFocused(italic)).resolves.toBe(true);
    await page.keyboard.press('Space');
    await expect(italic.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect.poll(() => isFocused(editor('Økonomi'))).toBe(true);
    await page.keyboard.type('Besparelse');
    // Tab on to the submit button and press Enter.
    const submit = page.getByRole('button', { name: 'Indsend til godkendelse' });
    await tabTo(page, submit);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: new RegExp(TITLE) }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/punkter/${itemId}`);
    await page.getByRole('status').filter({ hasText: 'Punktet er indsendt til godkendelse.' }).waitFor();
    await page.locator('.item-state', { hasText: 'Indsendt til godkendelse' }).waitFor();
    // Submitted, the item is no longer hers to edit; its case has a timeline.
    await expect(page.getByRole('link', { name: /^Rediger/ }).count()).resolves.toBe(0);
    await page.getByRole('link', { name: 'Sagens forløb' }).waitFor();

    const item = await stored();
    expect(item.state).toBe('submitted');
    expect(hasMark(item.sections.oekonomi, 'Besparelse', 'italic')).toBe(true);
    // Chefforum's charter names the chair (the municipal director) as approver.
    const cf = await getForum(t.ctx, await callerFor(t.ctx, head), 'albertslund', 'CF');
    const chair = cf.members.find((m) => m.role === 'chair');
    expect(chair).toBeDefined();
    expect(item.approverPersonId).toBe(chair?.personId);
    expect(item.submittedAt).not.toBeNull();
  });
});
