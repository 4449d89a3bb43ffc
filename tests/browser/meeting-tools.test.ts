/**
 * The published meeting view's tools in a real browser: a member of Albertslund's Chefforum (the
 * demo) reports absence (afbud) with a reason, sees it in the attendance, and withdraws it; opens the
 * item's attachments in the page: a PDF (made with pdf-lib, a Danish sentence with æøå) drawn by
 * pdf.js with its text in the page, an image, and a DOCX that can only be downloaded. After the
 * meeting the panel only shows the attendance; a reader outside the forum does not see the panel.
 */
import { Readable } from 'node:stream';
import { deflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAttachment } from '../../src/app/add-attachment.ts';
import { createItem } from '../../src/app/create-item.ts';
import { decideItem } from '../../src/app/decide-item.ts';
import { publishAgenda } from '../../src/app/publish-agenda.ts';
import { scheduleItem } from '../../src/app/schedule-item.ts';
import { submitItem } from '../../src/app/submit-item.ts';
import { listAttendance } from '../../src/store/attendance.ts';
import { findPersonById } from '../../src/store/people.ts';
import { minimalDocx } from '../domain/file-fixtures.ts';
import { checkView, type ListeningServer } from '../support/browser.ts';
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
/** The day after the meeting: absence is no longer reported from the agenda. */
const AFTER = new Date('2025-04-10T10:00:00+02:00');
const EMAIL = 'marie.aasoee@albertslund.dk';
const PASSWORD = 'afbud-og-bilag-2025';
/** A reader of the organisation who is not a member of Chefforum. */
const OUTSIDER = 'sisse.willemoes@albertslund.dk';
const MEETING = '2025-04-09';
const TITLE = 'Fælles rammer for mødeplanlægning';
const SENTENCE = 'Økonomiudvalget går ind for færre møder på tværs af året.';
const REASON = 'Kursus i Århus';
const PDF_NAME = 'Bilag om mødeplanlægning.pdf';
const PNG_NAME = 'Mødeplan.png';
const DOCX_NAME = 'Høringssvar.docx';

let demo: DemoBrowser;
let t: TestDatabase;
let server: ListeningServer;
let page: Page;
let meetingId: string;
let marieId: string;

/** A one-page A4 PDF with the sentence in Helvetica (WinAnsi covers æ, ø and å). */
async function pdfWithSentence(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle('Bilag om mødeplanlægning');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const pageOfPdf = doc.addPage([595, 842]);
  pageOfPdf.drawText(SENTENCE, { x: 56, y: 760, size: 16, font });
  return Buffer.from(await doc.save());
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer): number => {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer): Buffer => {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/** A real 120×60 PNG: a blue field (RGB, no filter), so the browser decodes and shows it. */
function png(): Buffer {
  const [width, height] = [120, 60];
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([0x00, 0x4b, 0x87]))]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Marie Aasøe proposes an item with three attachments, it is approved and published for 9 April. */
async function publishItemWithAttachments(t: TestDatabase): Promise<string> {
  const marie = await callerFor(t.ctx, await demoPerson(t, EMAIL));
  const item = await createItem(t.ctx, marie, 'albertslund', 'CF', {
    type: 'decision',
    title: TITLE,
    durationMinutes: 15,
    sections: {
      sagsfremstilling: para('Forslaget samler møderne i færre og længere møder.'),
      indstilling: para('Direktionen indstiller,'),
    },
    recommendations: ['at rammerne godkendes'],
  });
  for (const [name, bytes] of [
    [PDF_NAME, await pdfWithSentence()],
    [PNG_NAME, png()],
    [DOCX_NAME, minimalDocx('Høringssvar fra Økonomi')],
  ] as const)
    await addAttachment(t.ctx, marie, 'albertslund', item.id, { name, body: Readable.from([bytes]) });
  const submitted = await submitItem(t.ctx, marie, 'albertslund', item.id);
  const approver = await findPersonById(t.db, submitted.approverPersonId ?? '');
  if (!approver) throw new Error('the item has no approver');
  await decideItem(t.ctx, await callerFor(t.ctx, approver), 'albertslund', item.id, { decision: 'approve' });
  await scheduleItem(t.ctx, operator(), 'albertslund', item.id, { meeting: MEETING });
  return (await publishAgenda(t.ctx, operator(), 'albertslund', 'CF', MEETING)).meetingId;
}

async function signIn(email: string) {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('heading', { level: 1, name: /^Velkommen/ }).waitFor();
}

const panel = () => page.getByRole('region', { name: 'Deltagelse og afbud' });
const item = () => page.locator('article.agenda-item').filter({ hasText: TITLE });
const viewer = () => page.getByRole('dialog');

/** The paths the page has requested (scripts, workers, API). */
const requested: string[] = [];
const PDF_JS = /\/assets\/(pdf-view-|pdf\.worker)/;
const cspViolations = () =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

beforeAll(async () => {
  demo = await openDemoBrowser(NOW, async (t) => {
    await giveDemoPasswords(t, [await demoPerson(t, EMAIL), await demoPerson(t, OUTSIDER)], PASSWORD);
    marieId = (await demoPerson(t, EMAIL)).id;
    meetingId = await publishItemWithAttachments(t);
  });
  ({ t, server, page } = demo);
  // Every Content-Security-Policy violation in the page is kept, to be asserted absent.
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`,
      ),
    );
  });
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
});

afterAll(async () => {
  await demo?.close();
});

describe('the meeting view: absence and attachments in the page', () => {
  it('shows a member the absence panel with the attendance', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    await signIn(EMAIL);
    await page.goto(`${server.url}/fora/CF/moeder/${meetingId}`);
    await item().waitFor();
    await panel().getByText('Du er meldt som deltager i mødet.').waitFor();
    // The first meeting view loads no pdf.js: it comes when an attachment is opened.
    expect(requested.filter((p) => PDF_JS.test(p))).toEqual([]);
    await checkView(page, 'meeting-absence', () =>
      panel().getByRole('button', { name: 'Meld afbud' }).waitFor(),
    );
  });

  it('reports absence with a reason: the attendance shows it, and the API and the store have it', async () => {
    await panel().getByLabel('Begrundelse (valgfri)').fill(REASON);
    const posted = page.waitForResponse(
      (r) => r.request().method() === 'POST' && new URL(r.url()).pathname.endsWith('/absence'),
    );
    await panel().getByRole('button', { name: 'Meld afbud' }).click();
    expect((await posted).status()).toBe(200);
    await panel().getByRole('status').getByText('Dit afbud er registreret.').waitFor();
    // The pressed button gave way to its opposite, which has the focus.
    const withdraw = panel().getByRole('button', { name: 'Træk afbud tilbage' });
    await withdraw.waitFor();
    await expect(withdraw.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await panel().getByText('Du har meldt afbud til mødet.').waitFor();
    await panel().getByText(`«${REASON}»`).waitFor();
    await panel()
      .getByText(/1 afbud: Marie Aasøe/)
      .waitFor();
    // The attendance table: Marie's row says Afbud with her reason.
    await panel().locator('summary', { hasText: 'Medlemmernes deltagelse' }).click();
    const row = panel().getByRole('row').filter({ hasText: 'Marie Aasøe' });
    await row.getByText('Afbud', { exact: true }).waitFor();
    await row.getByText(REASON).waitFor();
    await checkView(page, 'meeting-absence-reported', () => row.waitFor());

    const attendance = await page.evaluate(
      async (url) => (await fetch(url)).json(),
      `/api/orgs/albertslund/forums/CF/meetings/${meetingId}/attendance`,
    );
    const marie = attendance.members.find((m: { personId: string }) => m.personId === marieId);
    expect(marie).toMatchObject({ status: 'absent', reason: REASON });
    const stored = (await listAttendance(t.db, meetingId)).filter((r) => r.personId === marieId);
    expect(stored).toEqual([expect.objectContaining({ kind: 'absent', reason: REASON })]);
  });

  it('withdraws the absence again', async () => {
    await panel().getByRole('button', { name: 'Træk afbud tilbage' }).click();
    await panel()
      .getByRole('status')
      .getByText('Dit afbud er trukket tilbage. Du er igen meldt som deltager.')
      .waitFor();
    await panel().getByText('Du er meldt som deltager i mødet.').waitFor();
    const row = panel().getByRole('row').filter({ hasText: 'Marie Aasøe' });
    await row.getByText('Deltager', { exact: true }).waitFor();
    expect((await listAttendance(t.db, meetingId)).filter((r) => r.personId === marieId)).toEqual([]);
  });

  it('opens the PDF in the page: its text is in the page; Escape closes and the focus returns', async () => {
    const opener = item().getByRole('button', { name: `Bilag ${await itemNumber()}.1: ${PDF_NAME}` });
    await opener.click();
    const dialog = viewer();
    await dialog.getByRole('heading', { name: new RegExp(PDF_NAME) }).waitFor();
    // pdf.js's text layer: the sentence, with æ, ø and å, as text in the page over the drawn page.
    await dialog.getByText(SENTENCE).waitFor();
    const canvas = dialog.getByRole('group', { name: 'Side 1 af 1' }).locator('canvas');
    await canvas.waitFor();
    // The page's picture is drawn: the canvas has dark (text) pixels on white.
    await expect
      .poll(() =>
        canvas.evaluate((el) => {
          const c = el as HTMLCanvasElement;
          const pixels = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data;
          return !!pixels?.some((v, i) => i % 4 === 0 && v < 100);
        }),
      )
      .toBe(true);
    await dialog.getByRole('status').getByText('1 sider').waitFor();
    const download = dialog.getByRole('link', { name: `Hent filen ${PDF_NAME}` });
    expect(await download.getAttribute('href')).toMatch(/\/attachments\/[0-9a-f-]+\/content$/);
    // pdf.js (its chunk and its worker, from this origin) was loaded now, on opening; the CSP allowed it.
    expect(requested.filter((p) => PDF_JS.test(p))).toEqual([
      expect.stringMatching(/pdf-view-/),
      expect.stringMatching(/pdf\.worker/),
    ]);
    await expect(cspViolations()).resolves.toEqual([]);
    await checkView(page, 'meeting-viewer-pdf', () => dialog.getByText(SENTENCE).waitFor());
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect(opener.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  });

  it('shows an image attachment as an image', async () => {
    const opener = item().getByRole('button', { name: new RegExp(`: ${PNG_NAME}$`) });
    await opener.click();
    const image = viewer().getByRole('img', { name: PNG_NAME });
    await image.waitFor();
    await expect.poll(() => image.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(120);
    expect(await image.getAttribute('src')).toMatch(/^blob:/);
    await expect(cspViolations()).resolves.toEqual([]);
    await checkView(page, 'meeting-viewer-image', () => image.waitFor());
    await viewer().getByRole('button', { name: 'Luk' }).click();
    await viewer().waitFor({ state: 'detached' });
    await expect(opener.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  });

  it('says a DOCX cannot be shown here, with a download link', async () => {
    await item()
      .getByRole('button', { name: new RegExp(`: ${DOCX_NAME}$`) })
      .click();
    await viewer().getByText('Denne filtype kan ikke vises her. Hent filen for at åbne den.').waitFor();
    await expect(
      viewer()
        .getByRole('link', { name: `Hent filen ${DOCX_NAME}` })
        .count(),
    ).resolves.toBe(2);
    await page.keyboard.press('Escape');
    await viewer().waitFor({ state: 'detached' });
  });

  it('after the meeting shows the attendance only', async () => {
    await page.clock.setFixedTime(AFTER);
    await page.reload();
    await panel()
      .getByText('Mødet er afholdt. Afbud kan ikke længere meldes eller trækkes tilbage her.')
      .waitFor();
    await expect(panel().getByRole('button', { name: 'Meld afbud' }).count()).resolves.toBe(0);
    await page.clock.setFixedTime(NOW);
  });

  it('does not show the panel to a reader outside the forum', async () => {
    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    await signIn(OUTSIDER);
    const attendance = page.waitForResponse((r) => new URL(r.url()).pathname.endsWith('/attendance'));
    await page.goto(`${server.url}/fora/CF/moeder/${meetingId}`);
    await item().waitFor();
    expect((await attendance).status()).toBe(403);
    await expect(panel().count()).resolves.toBe(0);
  });
});

/** The item's number on the agenda, from its heading ("3. Fælles rammer …"). */
async function itemNumber(): Promise<string> {
  const heading = (await item().getByRole('heading', { level: 3 }).textContent()) ?? '';
  const match = /^(\d+)\./.exec(heading);
  if (!match?.[1]) throw new Error(`no item number in "${heading}"`);
  return match[1];
}
