/**
 * The DOCX rendering read back as a secretary's Word would see it: mammoth for the text and the
 * structure Word's heading, list and table markup gives, and the package's own XML parts for the
 * language, the fields and the numbering.
 */
import { inflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeetingDocument, type MeetingDocument } from '../../src/documents/model.ts';
import { renderDocx } from '../../src/documents/render-docx.ts';
import type { RichTextDoc } from '../../src/domain/rich-text.ts';
import { inspectZip } from '../../src/domain/zip-inspect.ts';
import { CANARY, seedSnapshot2024 } from './fixture.ts';

const ITEM_PAGES = new Map([
  [1, 2],
  [2, 2],
  [3, 4],
  [4, 5],
]);

const minutes = (audience: 'members' | 'organisation' | 'public'): MeetingDocument =>
  buildMeetingDocument(seedSnapshot2024(), { kind: 'minutes', audience, version: 1 });

/** One part of the DOCX package, inflated. */
function part(docx: Buffer, name: string): string {
  const entry = inspectZip(docx).entries.find((e) => e.name === name);
  if (!entry) throw new Error(`no ${name} in the package`);
  const data = docx.subarray(entry.dataOffset, entry.dataOffset + entry.compressed);
  return (entry.method === 8 ? inflateRawSync(data) : data).toString('utf8');
}

const allParts = (docx: Buffer): string =>
  inspectZip(docx)
    .entries.map((e) => part(docx, e.name))
    .join('\n');

/** Asserts the needles occur in the text in this order, each after the one before. */
function expectInOrder(text: string, needles: string[]): void {
  let at = 0;
  for (const needle of needles) {
    const found = text.indexOf(needle, at);
    expect(found, `"${needle}" after position ${at}`).toBeGreaterThanOrEqual(0);
    at = found + needle.length;
  }
}

const tagTexts = (html: string, tag: string): string[] =>
  [...html.matchAll(new RegExp(`<${tag}>(.*?)</${tag}>`, 'g'))].map((m) =>
    (m[1] ?? '').replace(/<[^>]*>/g, '').replace(/&amp;/g, '&'),
  );

interface Rendered {
  docx: Buffer;
  text: string;
  html: string;
}

async function render(doc: MeetingDocument, itemPages?: Map<number, number>): Promise<Rendered> {
  const docx = await renderDocx(doc, itemPages ? { itemPages } : {});
  const text = (await mammoth.extractRawText({ buffer: docx })).value;
  const html = (await mammoth.convertToHtml({ buffer: docx })).value;
  return { docx, text, html };
}

describe('renderDocx: the minutes for the members', () => {
  let r: Rendered;
  beforeAll(async () => {
    r = await render(minutes('members'), ITEM_PAGES);
  });

  it('reads, in order, the header, the meeting facts, the contents and every item in full', () => {
    expectInOrder(r.text, [
      'REFERAT Chefforum d. 13-03-2024',
      'Mødedato\tOnsdag d. 13. marts 2024 kl. 09:00',
      'Mødested\t915',
      'Mødedeltagere\tForperson Henrik Harder (Kommunaldirektør)',
      'René Birkemark Olesen (Afdelingschef Kultur, Fritid & Erhverv)',
      'Rikke Terslev (Afdelingschef Ældre, Sundhed & Social)',
      'Kristine Klæbel (Direktør By, Kultur, Miljø & Beskæftigelse)',
      'Marie Aasøe (Afdelingschef Økonomi & Stab)',
      'Afbud\tTine Buch Juhl (Afdelingschef Børn- & Familie)',
      'Indholdsfortegnelse',
      'Punkt 1: CF – Godkendelse af dagsorden og referat\t2',
      'Punkt 2: CF - Udpegning af holdledere og bemanding af valgsteder til Europaparlamentsvalg\t2',
      `Punkt 3: Personalesag ${CANARY}\t4`,
      'Punkt 4: CF - Lederdøgn 2024\t5',
      'Punkt 1: CF – Godkendelse af dagsorden og referat',
      '00.01.00-P35-7-23',
      'Indstilling',
      'Kommunaldirektøren indstiller,',
      'at dagsorden til dette møde godkendes',
      'at referat fra mødet den 29. februar 2024 godkendes',
      'Beslutning',
      'Chefforum godkendte dagsordenen til dette møde samt referat fra Chefforum den 29. februar 2024',
      'Punkt 2: CF - Udpegning af holdledere og bemanding af valgsteder til Europaparlamentsvalg',
      '84.07.00-A00-1-23',
      'Anledning',
      'Sagsfremstilling',
      '(15 min.)',
      'Valgsted',
      'Herstedøster Skole',
      'heraf fintælling: 6',
      'valghåndbogen',
      'Indstilling',
      'at Chefforum godkender listen af holdledere og holdlederassistenter til valg til Europa-Parlamentet',
      'at Chefforum medvirker til at bistå med rekruttering',
      'Beslutning',
      'Chefforum godkendte listen af holdledere og holdlederassistenter for valg til Europa-Parlamentet.',
      'Bilag',
      'Bilag 2.1: Valghåndbog 2024.pdf',
      `Punkt 3: Personalesag ${CANARY}`,
      'Lukket punkt',
      '81.00.00-G01-9-24',
      `Fortroligt: ${CANARY} om en medarbejder.`,
      `Notat ${CANARY}.pdf`,
      'Punkt 4: CF - Lederdøgn 2024',
      '81.01.00-G01-1-24',
      'Resumé',
      'Sagsfremstilling',
      '(20 min.)',
      'at orienteringen tages til efterretning',
      'Chefforum tog orienteringen til efterretning.',
      'Program Lederdøgn april 2024_CF.docx',
      'Drejebog Lederdøgn april 2024_CF.docx',
    ]);
  });

  it('uses Word heading styles: one Heading 1, Heading 2 per item, Heading 3 per block', () => {
    expect(tagTexts(r.html, 'h1')).toEqual(['REFERAT Chefforum d. 13-03-2024']);
    expect(tagTexts(r.html, 'h2')).toEqual([
      'Indholdsfortegnelse',
      'Punkt 1: CF – Godkendelse af dagsorden og referat',
      'Punkt 2: CF - Udpegning af holdledere og bemanding af valgsteder til Europaparlamentsvalg',
      `Punkt 3: Personalesag ${CANARY}`,
      'Punkt 4: CF - Lederdøgn 2024',
    ]);
    const item2 = r.html.slice(r.html.indexOf('<a id="Punkt_2">'), r.html.indexOf('<a id="Punkt_3">'));
    expect(tagTexts(item2, 'h3')).toEqual([
      'Anledning',
      'Sagsfremstilling',
      'Indstilling',
      'Beslutning',
      'Bilag',
    ]);
  });

  it('writes the recommendations as a numbered list that starts at 1 for every item', () => {
    expect(r.html).toContain(
      '<ol><li>at dagsorden til dette møde godkendes</li><li>at referat fra mødet den 29. februar 2024 godkendes</li></ol>',
    );
    expect(r.html).toContain('<ol><li>at orienteringen tages til efterretning</li></ol>');
    const numbering = part(r.docx, 'word/numbering.xml');
    expect(numbering).toMatch(/<w:numFmt w:val="decimal"\/><w:lvlText w:val="%1\."\/>/);
    // Each list is its own numbering instance, so Word counts each from its start.
    const numIds = [...part(r.docx, 'word/document.xml').matchAll(/<w:numId w:val="(\d+)"\/>/g)].map(
      (m) => m[1],
    );
    expect(new Set(numIds).size).toBeGreaterThanOrEqual(6);
  });

  it('keeps the rich text: nested lists, the polling-station table with a repeating header, the link', () => {
    expect(r.html).toContain(
      '<ul><li>Økonomi &amp; Stab: 14</li><li>Borger &amp; Arbejdsmarked: 21<ol><li>heraf fintælling: 6</li></ol></li></ul>',
    );
    expect(r.html).toContain(
      '<thead><tr><th><p><strong>Valgsted</strong></p></th><th><p><strong>Holdleder</strong></p></th>' +
        '<th><p><strong>Holdlederassistent</strong></p></th></tr></thead>',
    );
    expect(r.html).toContain(
      '<tr><td><p>Egelundskolen</p></td><td><p>Carina Kofoed, KFEE</p></td><td><p>Anne Børgesen, ÆSS</p></td></tr>',
    );
    expect(r.html).toContain('<td><p>Britta Vestergaard Lybech, BA</p></td>');
    expect(r.html).toContain(
      '<a href="https://medarbejdersiden.albertslund.dk/valghaandbogen">valghåndbogen</a>',
    );
    expect(part(r.docx, 'word/document.xml')).toContain('<w:tblHeader/>');
  });

  it('has a table of contents of plain entries with the pages given, each linked to its item', () => {
    for (const [n, page] of ITEM_PAGES) {
      expect(r.html).toMatch(new RegExp(`<a href="#Punkt_${n}">Punkt ${n}: [^<]*\\t${page}</a>`));
      expect(r.html).toContain(`<a id="Punkt_${n}"></a>Punkt ${n}:`);
    }
    const xml = part(r.docx, 'word/document.xml');
    expect(xml).toContain('<w:tab w:val="right" w:pos="9026" w:leader="dot"/>');
    // No TOC field: nothing for Word to update before the contents are complete.
    expect(xml).not.toMatch(/TOC \\|w:fldSimple|w:sdt>/);
    expect(xml).not.toContain('instrText');
    expect(part(r.docx, 'word/settings.xml')).not.toContain('updateFields');
  });

  it('is in Danish, titled, by Fora, with "Side x af y" in the footer', () => {
    expect(part(r.docx, 'word/styles.xml')).toMatch(
      /<w:docDefaults><w:rPrDefault><w:rPr>.*<w:lang w:val="da-DK"\/>.*<\/w:rPrDefault>/,
    );
    expect(part(r.docx, 'word/styles.xml')).not.toMatch(/<w:lang w:val="(?!da-DK)/);
    const core = part(r.docx, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Referat – Chefforum 13. marts 2024</dc:title>');
    expect(core).toContain('<dc:creator>Fora</dc:creator>');
    const footer = part(r.docx, 'word/footer1.xml').replace(/<[^>]*instrText[^>]*>([^<]*)<[^>]*>/g, '[$1]');
    expect(footer.replace(/<[^>]*>/g, '')).toBe('Side [PAGE] af [NUMPAGES]');
  });
});

describe('renderDocx: the organisation-wide and public versions', () => {
  it.each(['organisation', 'public'] as const)(
    'shows the closed item as "Lukket punkt" only (%s)',
    async (audience) => {
      const r = await render(minutes(audience), ITEM_PAGES);
      expect(allParts(r.docx)).not.toContain(CANARY);
      expect(r.text).not.toContain(CANARY);
      expect(r.text).not.toContain('81.00.00-G01-9-24');
      expect(r.text).toContain('Punkt 3: Lukket punkt\t4');
      // The heading is followed straight by the next item's.
      expect(r.html).toContain(
        'Punkt 3: Lukket punkt</h2><h2><a id="Punkt_4"></a>Punkt 4: CF - Lederdøgn 2024</h2>',
      );
      expect(r.text).toContain('Valghåndbog 2024.pdf');
    },
  );
});

describe('renderDocx: variants', () => {
  it('writes the contents without page numbers when none are given', async () => {
    const r = await render(minutes('members'));
    expect(r.html).toContain('<a href="#Punkt_4">Punkt 4: CF - Lederdøgn 2024</a>');
    expect(r.text).not.toMatch(/Punkt \d: [^\n]*\t\d/);
  });

  it('renders the agenda without decisions', async () => {
    const doc = buildMeetingDocument(seedSnapshot2024(), { kind: 'agenda', audience: 'members', version: 2 });
    const r = await render(doc);
    expect(tagTexts(r.html, 'h1')).toEqual(['DAGSORDEN Chefforum d. 13-03-2024']);
    expect(r.text).toContain('Tillægsdagsorden (version 2)');
    expect(r.text).not.toContain('Beslutning');
    expect(r.text).not.toContain('Chefforum godkendte');
  });

  it('numbers ordered lists in their style from their start, drops unsafe links and keeps formatting', async () => {
    const doc = minutes('members');
    const body = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Underoverskrift' }] },
        {
          type: 'orderedList',
          attrs: { start: 3, type: 'a' },
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'tredje' }] }],
            },
          ],
        },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'fed', marks: [{ type: 'bold' }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'kursiv', marks: [{ type: 'italic' }] },
            {
              type: 'text',
              text: ' farlig',
              marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
            },
          ],
        },
      ],
    } as RichTextDoc;
    const first = doc.items[3]?.blocks[0];
    if (first?.kind !== 'section') throw new Error('fixture changed: item 4 starts with Resumé');
    first.body = body;
    const r = await render(doc);
    expect(r.html).toContain('<h4>Underoverskrift</h4>');
    expect(r.html).toContain('<ol><li>tredje</li></ol>');
    expect(r.html).toContain('<p><strong>fed</strong><br /><em>kursiv</em> farlig</p>');
    expect(part(r.docx, 'word/numbering.xml')).toMatch(
      /<w:start w:val="3"\/><w:numFmt w:val="lowerLetter"\/><w:lvlText w:val="%1\."\/>/,
    );
  });
});
