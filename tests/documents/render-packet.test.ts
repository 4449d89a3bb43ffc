/**
 * The meeting packet read back as a member's PDF reader would show it: pdftotext per page for the
 * text and the footer stamps, pdf-lib's low-level objects for the bookmarks, title and language.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  degrees,
  PDFDict,
  PDFDocument,
  type PDFFont,
  PDFHexString,
  PDFName,
  type PDFObject,
  type PDFRef,
  PDFString,
  StandardFonts,
} from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCX } from '../../src/documents/convert-attachment.ts';
import { type PacketAttachment, renderPacket } from '../../src/documents/render-packet.ts';
import { minimalPdf, zip } from '../domain/file-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'fora-packet-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The text of every page (pdftotext separates pages with a form feed). */
function pageTexts(pdf: Buffer): string[] {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync('/usr/bin/pdftotext', [file, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

async function textPdf(pages: string[], options: { outline?: boolean; rotate?: number } = {}) {
  const doc = await PDFDocument.create();
  const font: PDFFont = await doc.embedFont(StandardFonts.Helvetica);
  for (const text of pages) {
    const page = doc.addPage([595.28, 841.89]);
    page.drawText(text, { x: 72, y: 760, size: 14, font });
    if (options.rotate) page.setRotation(degrees(options.rotate));
  }
  if (options.outline) {
    // As pdf-outline.ts writes the agenda's bookmarks: one per item, explicit destinations.
    const ctx = doc.context;
    const [root, a, b] = [ctx.nextRef(), ctx.nextRef(), ctx.nextRef()];
    const entry = (title: string, page: number, sibling: Record<string, PDFRef>) =>
      ctx.obj({
        Title: PDFHexString.fromText(title),
        Parent: root,
        Dest: [doc.getPage(page).ref, 'XYZ', null, 780, null],
        ...sibling,
      });
    ctx.assign(a, entry('Punkt 1: Godkendelse af dagsorden', 0, { Next: b }));
    ctx.assign(b, entry('Punkt 2: Miljøledelse', 1, { Prev: a }));
    ctx.assign(root, ctx.obj({ Type: 'Outlines', First: a, Last: b, Count: 2 }));
    doc.catalog.set(PDFName.of('Outlines'), root);
  }
  return Buffer.from(await doc.save());
}

/** A 1×1 red PNG. */
const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  pic: 'http://schemas.openxmlformats.org/drawingml/2006/picture',
};
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const run = (text: string, bold = false) =>
  `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (text: string) => `<w:p>${run(text)}</w:p>`;
const listItem = (level: number, text: string) =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="1"/></w:numPr></w:pPr>${run(text)}</w:p>`;
const cell = (text: string) => `<w:tc><w:p>${run(text)}</w:p></w:tc>`;
const row = (cells: string[]) => `<w:tr>${cells.map(cell).join('')}</w:tr>`;
const picture =
  '<w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="Kort" descr="Kort"/><a:graphic><a:graphicData>' +
  '<pic:pic><pic:blipFill><a:blip r:embed="rIdImage"/></pic:blipFill></pic:pic></a:graphicData></a:graphic>' +
  '</wp:inline></w:drawing></w:r></w:p>';
const level = (ilvl: number, format: string, text: string) =>
  `<w:lvl w:ilvl="${ilvl}"><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;

/**
 * A DOCX as Word writes it, in small: a heading, bold text, a nested list (bullets with numbered
 * sub-items), the polling-station table, an embedded PNG and enough text for two pages.
 */
function docx(): Buffer {
  const body = [
    `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${run('Miljøledelse i Albertslund')}</w:p>`,
    `<w:p>${run('Indstilling: ', true)}${run('at forummet godkender planen')}</w:p>`,
    listItem(0, 'Energi'),
    listItem(1, 'Varme i skolerne'),
    listItem(1, 'Gadebelysning'),
    listItem(0, 'Affald'),
    `<w:tbl>${row(['Valgsted', 'Holdleder', 'Holdlederassistent'])}${row(['Rådhuset', 'Anne Holm', 'Bo Æbelø'])}</w:tbl>`,
    picture,
    ...Array.from({ length: 70 }, (_, i) =>
      para(`Afsnit ${i + 1}: miljøcertificering af de kommunale bygninger.`),
    ),
    para('Sidste afsnit i notatet'),
  ].join('');
  const xmlns = Object.entries(NS)
    .map(([k, v]) => `xmlns:${k}="${v}"`)
    .join(' ');
  return zip([
    {
      name: '[Content_Types].xml',
      data: `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      data: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    },
    {
      name: 'word/_rels/document.xml.rels',
      data: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdNumbering" Type="${REL}/numbering" Target="numbering.xml"/><Relationship Id="rIdImage" Type="${REL}/image" Target="media/image1.png"/></Relationships>`,
    },
    {
      name: 'word/numbering.xml',
      data: `${XML}<w:numbering xmlns:w="${NS.w}"><w:abstractNum w:abstractNumId="0">${level(0, 'bullet', '•')}${level(1, 'decimal', '%2.')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
    },
    { name: 'word/document.xml', data: `${XML}<w:document ${xmlns}><w:body>${body}</w:body></w:document>` },
    { name: 'word/media/image1.png', data: PNG_1X1 },
  ]);
}

const attachment = (
  label: string,
  name: string,
  mediaType: string,
  bytes: Buffer | null,
): PacketAttachment => {
  const itemNumber = Number(label.replace('Bilag ', '').split('.')[0]);
  return { label, itemNumber, itemTitle: `Punkt ${itemNumber}`, name, mediaType, bytes };
};

interface Bookmark {
  title: string;
  page: number;
  children: Bookmark[];
}

/** The outline read back: /Outlines → /First → /Next, titles decoded, targets as page numbers. */
async function bookmarks(pdf: Buffer): Promise<Bookmark[]> {
  const doc = await PDFDocument.load(pdf);
  const pages = doc.getPages().map((p) => p.ref.toString());
  const read = (first: PDFObject | undefined): Bookmark[] => {
    const out: Bookmark[] = [];
    let item = first ? doc.context.lookup(first) : undefined;
    while (item instanceof PDFDict) {
      const title = item.lookup(PDFName.of('Title'));
      const dest = item.lookup(PDFName.of('Dest')) as unknown as { get(i: number): PDFObject };
      out.push({
        title: title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : '',
        page: pages.indexOf(dest.get(0).toString()) + 1,
        children: read(item.get(PDFName.of('First'))),
      });
      item = doc.context.lookup(item.get(PDFName.of('Next')));
    }
    return out;
  };
  const root = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
  return read(root.get(PDFName.of('First')));
}

type Packet = Awaited<ReturnType<typeof renderPacket>>;

describe('renderPacket', () => {
  let packet: Packet;
  let pages: string[];
  beforeAll(async () => {
    const agenda = await textPdf(['DAGSORDEN Chefforum side 1', 'DAGSORDEN Chefforum side 2'], {
      outline: true,
    });
    const budget = await textPdf(['Budgetoversigt side A', 'Budgetoversigt side B']);
    const attachments = [
      attachment('Bilag 2.1', 'Budgetoversigt 2025.pdf', 'application/pdf', budget),
      attachment('Bilag 2.2', 'Notat om miljøledelse.docx', DOCX, docx()),
      attachment('Bilag 3.1', 'Kort over valgsteder.png', 'image/png', PNG_1X1),
      attachment(
        'Bilag 3.2',
        'Budget.xlsx',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        zip([{ name: 'xl/workbook.xml', data: '<workbook/>' }]),
      ),
      attachment('Bilag 3.3', 'Sag 00.01.00-P35-7-23', 'application/pdf', null),
    ];
    packet = await renderPacket(agenda, attachments, { title: 'Mødepakke Chefforum 23-04-2025' });
    pages = pageTexts(packet.bytes);
  });
  const stamped = (label: string) => pages.filter((p) => p.includes(`${label}:`) && p.includes(' af '));

  it('puts the agenda first and every attachment after it, in order, each page stamped', () => {
    const docxPages = stamped('Bilag 2.2').length;
    expect(docxPages).toBeGreaterThanOrEqual(2);
    expect(pages).toHaveLength(2 + 2 + docxPages + 1 + 1 + 1);
    expect(pages[0]).toContain('DAGSORDEN Chefforum side 1');
    expect(pages[1]).toContain('DAGSORDEN Chefforum side 2');
    expect(pages[0]).not.toContain('Bilag');
    expect(pages[2]).toContain('Budgetoversigt side A');
    expect(pages[2]).toContain('Punkt 2 · Bilag 2.1: Budgetoversigt 2025.pdf · side 1 af 2');
    expect(pages[3]).toContain('Budgetoversigt side B');
    expect(pages[3]).toContain('Punkt 2 · Bilag 2.1: Budgetoversigt 2025.pdf · side 2 af 2');
    for (let k = 0; k < docxPages; k++)
      expect(pages[4 + k]).toContain(
        `Punkt 2 · Bilag 2.2: Notat om miljøledelse.docx · side ${k + 1} af ${docxPages}`,
      );
    const rest = pages.slice(4 + docxPages);
    expect(rest[0]).toContain('Punkt 3 · Bilag 3.1: Kort over valgsteder.png · side 1 af 1');
    expect(rest[1]).toContain('Punkt 3 · Bilag 3.2: Budget.xlsx · side 1 af 1');
    expect(rest[2]).toContain('Punkt 3 · Bilag 3.3: Sag 00.01.00-P35-7-23 · side 1 af 1');
  });

  it('lays the DOCX out as text: heading, bold run, table cells, the last paragraph', () => {
    const text = stamped('Bilag 2.2').join('\n');
    expect(pages[4]).toContain('Miljøledelse i Albertslund');
    expect(text).toContain('Indstilling: at forummet godkender planen');
    for (const word of ['Valgsted', 'Holdleder', 'Holdlederassistent', 'Rådhuset', 'Bo Æbelø'])
      expect(text).toContain(word);
    expect(stamped('Bilag 2.2').at(-1)).toContain('Sidste afsnit i notatet');
    // The nested list: the sub-items numbered by pdfmake, under their bullet item.
    expect(text).toMatch(/Energi\s+1\. ?Varme i skolerne\s+2\. ?Gadebelysning\s+Affald/);
  });

  it('keeps the images: the PNG embedded in the DOCX and the PNG attachment', () => {
    const file = join(dir, 'images.pdf');
    writeFileSync(file, packet.bytes);
    const list = execFileSync('/usr/bin/pdfimages', ['-list', file], { encoding: 'utf8' });
    // page num type ...: the images themselves, not their alpha masks (smask).
    const rows = list.split('\n').map((line) => line.trim().split(/\s+/));
    const imagePages = rows.filter((r) => r[2] === 'image').map((r) => Number(r[0]));
    expect(imagePages).toEqual([5, 5 + stamped('Bilag 2.2').length]);
  });

  it('states on its page why an attachment is left out, and returns the reasons', () => {
    const rest = pages.slice(-2);
    expect(rest[0]).toContain('Bilag 3.2: Budget.xlsx');
    expect(rest[0]).toContain('Bilaget kunne ikke medtages: Regneark kan endnu ikke konverteres');
    expect(rest[1]).toContain(
      'Bilaget kunne ikke medtages: Bilaget er en henvisning; filen ligger i sagssystemet',
    );
    expect(packet.problems.map((p) => `${p.label}: ${p.name}: ${p.reason}`)).toEqual([
      'Bilag 3.2: Budget.xlsx: Regneark kan endnu ikke konverteres',
      'Bilag 3.3: Sag 00.01.00-P35-7-23: Bilaget er en henvisning; filen ligger i sagssystemet',
    ]);
  });

  it('has a bookmark for the agenda (keeping its items) and one per attachment at its first page', async () => {
    const docxPages = stamped('Bilag 2.2').length;
    expect(await bookmarks(packet.bytes)).toEqual([
      {
        title: 'Dagsorden',
        page: 1,
        children: [
          { title: 'Punkt 1: Godkendelse af dagsorden', page: 1, children: [] },
          { title: 'Punkt 2: Miljøledelse', page: 2, children: [] },
        ],
      },
      { title: 'Bilag 2.1: Budgetoversigt 2025.pdf', page: 3, children: [] },
      { title: 'Bilag 2.2: Notat om miljøledelse.docx', page: 5, children: [] },
      { title: 'Bilag 3.1: Kort over valgsteder.png', page: 5 + docxPages, children: [] },
      { title: 'Bilag 3.2: Budget.xlsx', page: 6 + docxPages, children: [] },
      { title: 'Bilag 3.3: Sag 00.01.00-P35-7-23', page: 7 + docxPages, children: [] },
    ]);
  });

  it('carries the title and the Danish language, and opens with the bookmarks shown', async () => {
    const doc = await PDFDocument.load(packet.bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe('Mødepakke Chefforum 23-04-2025');
    expect(doc.catalog.lookup(PDFName.of('Lang'))?.toString()).toBe('(da)');
    expect(doc.catalog.get(PDFName.of('PageMode'))).toBe(PDFName.of('UseOutlines'));
  });
});

describe('renderPacket with damaged and unusual attachments', () => {
  let packet: Packet;
  let pages: string[];
  beforeAll(async () => {
    const agenda = await textPdf(['DAGSORDEN Chefforum']);
    const encrypted = Buffer.from(
      minimalPdf('Hemmelig')
        .toString('latin1')
        .replace('/Root 1 0 R >>', '/Root 1 0 R /Encrypt << /Filter /Standard /V 1 /R 2 /P -4 >> >>'),
      'latin1',
    );
    const csv = Buffer.from('Valgsted;Holdleder\nRådhuset;Søren Ærø\n', 'latin1'); // Excel's Windows-1252
    const attachments = [
      attachment('Bilag 1.1', 'Låst.pdf', 'application/pdf', encrypted),
      attachment('Bilag 1.2', 'Ødelagt.pdf', 'application/pdf', Buffer.from('%PDF-1.7\nikke en pdf')),
      attachment('Bilag 1.3', 'Valgsteder.csv', 'text/csv', csv),
      attachment('Bilag 1.4', 'Logo.gif', 'image/gif', Buffer.from('GIF89a')),
      attachment(
        'Bilag 1.5',
        'Skannet ≠ original.pdf',
        'application/pdf',
        await textPdf(['Liggende side'], { rotate: 90 }),
      ),
      attachment('Bilag 1.6', 'Skadet.docx', DOCX, Buffer.from('PK\x03\x04 ikke en zip')),
    ];
    packet = await renderPacket(agenda, attachments, { title: 'Mødepakke' });
    pages = pageTexts(packet.bytes);
  });

  it('lists an encrypted or broken PDF, an unsupported image and a broken DOCX with the reason', () => {
    expect(packet.problems.map((p) => `${p.label}: ${p.reason}`)).toEqual([
      'Bilag 1.1: PDF kan ikke læses: filen er krypteret eller beskyttet med adgangskode',
      'Bilag 1.2: PDF kan ikke læses: filen er beskadiget',
      'Bilag 1.4: Billedformatet kan endnu ikke konverteres (kun PNG og JPEG)',
      'Bilag 1.6: Dokumentet kan ikke læses; filen kan være beskadiget',
    ]);
    expect(pages).toHaveLength(7);
    expect(pages[1]).toContain('Bilag 1.1: Låst.pdf');
    expect(pages[1]).toContain('Bilaget kunne ikke medtages: PDF kan ikke læses: filen er krypteret');
    expect(pages[2]).toContain('Bilaget kunne ikke medtages: PDF kan ikke læses: filen er beskadiget');
    expect(pages[4]).toContain('Bilaget kunne ikke medtages: Billedformatet kan endnu ikke konverteres');
  });

  it('reads a Windows-1252 CSV as text with its æøå', () => {
    expect(pages[3]).toContain('Rådhuset;Søren Ærø');
    expect(pages[3]).toContain('Punkt 1 · Bilag 1.3: Valgsteder.csv · side 1 af 1');
  });

  it('stamps a rotated page and replaces what Helvetica cannot draw with ?, the bookmark keeps it', async () => {
    expect(pages[5]).toContain('Liggende side');
    expect(pages[5]).toContain('Punkt 1 · Bilag 1.5: Skannet ? original.pdf · side 1 af 1');
    expect((await bookmarks(packet.bytes))[5]?.title).toBe('Bilag 1.5: Skannet ≠ original.pdf');
  });
});
