import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, type PDFObject, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Audience, buildMeetingDocument, type DocumentKind } from '../../src/documents/model.ts';
import { renderPdf } from '../../src/documents/render-pdf.ts';
import type { AgendaSnapshot } from '../../src/domain/agenda.ts';
import { CANARY, seedSnapshot2024 } from './fixture.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'fora-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Rendered {
  file: string;
  bytes: Buffer;
  itemPages: Map<number, number>;
  pages: string[];
  /** All pages without the footers, whitespace removed (line wrapping cannot split a phrase). */
  squashed: string;
}

let counter = 0;
async function render(
  audience: Audience,
  kind: DocumentKind = 'minutes',
  snapshot: AgendaSnapshot = seedSnapshot2024(),
): Promise<Rendered> {
  const doc = buildMeetingDocument(snapshot, { kind, audience, version: 1 });
  const { bytes, itemPages } = await renderPdf(doc);
  const file = path.join(dir, `${audience}-${kind}-${counter++}.pdf`);
  writeFileSync(file, bytes);
  const count = Number(/Pages:\s+(\d+)/.exec(pdfinfo(file))?.[1]);
  const pages = Array.from({ length: count }, (_, i) => pdftotext(file, i + 1));
  const squashed = squash(pages.map(withoutFooter).join('\n'));
  return { file, bytes, itemPages, pages, squashed };
}

const pdftotext = (file: string, page?: number): string =>
  execFileSync(
    'pdftotext',
    ['-layout', '-enc', 'UTF-8', ...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-'],
    { encoding: 'utf8' },
  );
const pdfinfo = (file: string): string =>
  execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
const squash = (s: string) => s.replace(/\s+/g, '');
const withoutFooter = (page: string) =>
  page
    .split('\n')
    .filter((line) => !/Side \d+ af \d+\s*$/.test(line))
    .join('\n');

function expectInOrder(squashed: string, expected: string[]): void {
  let from = 0;
  for (const s of expected) {
    const at = squashed.indexOf(squash(s), from);
    expect(at, `"${s}" after the previous phrase`).toBeGreaterThanOrEqual(0);
    from = at + squash(s).length;
  }
}

/** The page on which "Punkt N:" occurs for the second time: the first is its line in the contents. */
function headingPage(r: Rendered, n: number): number {
  let seen = 0;
  for (const [i, page] of r.pages.entries()) {
    seen += squash(withoutFooter(page)).split(`Punkt${n}:`).length - 1;
    if (seen >= 2) return i + 1;
  }
  throw new Error(`Punkt ${n}: not found twice`);
}

/** The contents lines: "Punkt 2: title ...      4" (a long title wraps, the number stays on its first line). */
function tocPages(r: Rendered): Map<number, number> {
  const first = r.pages[0] ?? '';
  const toc = first.slice(first.indexOf('Indholdsfortegnelse'));
  const entries = new Map<number, number>();
  for (const m of toc.matchAll(/^\s*Punkt (\d+):.*?\s{2,}(\d+)\s*$/gm)) {
    if (!entries.has(Number(m[1]))) entries.set(Number(m[1]), Number(m[2]));
  }
  return entries;
}

interface Bookmark {
  title: string;
  page: number;
  dest: string;
}

function outline(pdf: PDFDocument): Bookmark[] {
  const root = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (!root) return [];
  const pageRefs = pdf.getPages().map((p) => p.ref);
  const out: Bookmark[] = [];
  let next: PDFObject | undefined = root.get(PDFName.of('First'));
  while (next) {
    const entry = pdf.context.lookup(next, PDFDict);
    const title = entry.lookup(PDFName.of('Title'), PDFString, PDFHexString).decodeText();
    const dest = entry.lookup(PDFName.of('Dest'), PDFArray);
    out.push({
      title,
      page: pageRefs.indexOf(dest.get(0) as never) + 1,
      dest: dest.get(1)?.toString() ?? '',
    });
    next = entry.get(PDFName.of('Next'));
  }
  return out;
}

const HEADINGS = [
  'Punkt 1: CF – Godkendelse af dagsorden og referat',
  'Punkt 2: CF - Udpegning af holdledere og bemanding af valgsteder til Europaparlamentsvalg',
  `Punkt 3: Personalesag ${CANARY}`,
  'Punkt 4: CF - Lederdøgn 2024',
];

/** What the members' minutes print, in order; " | " separates phrases that may stand apart. */
const MINUTES_IN_ORDER =
  `REFERAT Chefforum d. 13-03-2024 | Mødedato Onsdag d. 13. marts 2024 kl. 09:00 | Mødested 915
Mødedeltagere Forperson Henrik Harder (Kommunaldirektør)
René Birkemark Olesen (Afdelingschef Kultur, Fritid & Erhverv)
Rikke Terslev (Afdelingschef Ældre, Sundhed & Social)
Kristine Klæbel (Direktør By, Kultur, Miljø & Beskæftigelse) | Marie Aasøe (Afdelingschef Økonomi & Stab)
Afbud Tine Buch Juhl (Afdelingschef Børn- & Familie) | Indholdsfortegnelse
${HEADINGS[0]} | 00.01.00-P35-7-23 | Indstilling | Kommunaldirektøren indstiller,
1. at dagsorden til dette møde godkendes | 2. at referat fra mødet den 29. februar 2024 godkendes
Beslutning | Chefforum godkendte dagsordenen til dette møde samt referat fra Chefforum den 29. februar 2024
${HEADINGS[1]} | 84.07.00-A00-1-23 | Anledning
Chefforum skal godkende den foreløbige bemanding af kommunens valgsteder.
Sagsfremstilling | (15 min.) | Holdledere og holdlederassistenter til kommende valg er:
Valgsted Holdleder Holdlederassistent | Egelundskolen Carina Kofoed, KFEE Anne Børgesen, ÆSS
Kongsholmsalen Lene Clausen, BA Birgitte Lund, ØS
Herstedøster Skole Jesper Dichman Hansen, ØS Britta Vestergaard Lybech, BA
Økonomi & Stab: 14 | Borger & Arbejdsmarked: 21 | 1. heraf fintælling: 6
Al øvrig information findes i valghåndbogen. | Indstilling
1. at Chefforum godkender listen af holdledere og holdlederassistenter til valg til Europa-Parlamentet
2. at Chefforum medvirker til at bistå med rekruttering | Beslutning
Chefforum godkendte listen af holdledere og holdlederassistenter for valg til Europa-Parlamentet.
Bilag | Bilag 2.1: Valghåndbog 2024.pdf
${HEADINGS[2]} | 81.00.00-G01-9-24 | Fortroligt: ${CANARY} om en medarbejder. | Bilag 3.1: Notat ${CANARY}.pdf
${HEADINGS[3]} | 81.01.00-G01-1-24 | Resumé | Chefforum præsenteres for program og drejebog
Sagsfremstilling | (20 min.) | Lederdøgnet bliver afholdt ved Bymose Hegn, Helsinge.
1. at orienteringen tages til efterretning | Chefforum tog orienteringen til efterretning.
Bilag 4.1: Program Lederdøgn april 2024_CF.docx | Bilag 4.2: Drejebog Lederdøgn april 2024_CF.docx`.split(
    /\n| \| /,
  );

describe('renderPdf', () => {
  let members: Rendered;
  let organisation: Rendered;
  beforeAll(async () => {
    members = await render('members');
    organisation = await render('organisation');
  });

  it('prints header, facts, every item with its blocks, recommendations, decisions and attachments in order', () => {
    expectInOrder(members.squashed, MINUTES_IN_ORDER);
  });

  it('numbers pages "Side x af y" on every page', () => {
    const n = members.pages.length;
    expect(n).toBeGreaterThan(1);
    members.pages.forEach((page, i) => {
      expect(page).toMatch(new RegExp(`Side ${i + 1} af ${n}\\s*$`));
    });
    expect(members.pages[0]).toMatch(/REFERAT Chefforum d\. 13-03-2024\s+Side 1 af \d+/);
  });

  it('gives in the contents, the bookmarks and itemPages the page each item heading is really on', async () => {
    for (const r of [members, organisation]) {
      const toc = tocPages(r);
      const pdf = await PDFDocument.load(r.bytes);
      const bookmarks = outline(pdf);
      expect(bookmarks).toHaveLength(4);
      for (const n of [1, 2, 3, 4]) {
        const page = headingPage(r, n);
        expect(toc.get(n), `contents line of item ${n}`).toBe(page);
        expect(r.itemPages.get(n), `itemPages of item ${n}`).toBe(page);
        expect(bookmarks[n - 1]?.page, `bookmark of item ${n}`).toBe(page);
        expect(bookmarks[n - 1]?.dest).toBe('/XYZ');
      }
      // At least one item starts on a later page, so the check above is not trivially "1".
      expect(Math.max(...r.itemPages.values())).toBeGreaterThan(1);
    }
  });

  it('never leaves an item heading at the foot of a page without the text it introduces', () => {
    const opening = [
      '00.01.00-P35-7-23 Indstilling',
      '84.07.00-A00-1-23 Anledning',
      '81.00.00-G01-9-24 Sagsfremstilling',
      '81.01.00-G01-1-24 Resumé',
    ];
    HEADINGS.forEach((heading, i) => {
      const page = squash(withoutFooter(members.pages[headingPage(members, i + 1) - 1] ?? ''));
      expect(page, heading).toContain(squash(`${heading} ${opening[i]}`));
    });
  });

  it('names every item in the bookmarks, and poppler reads them too', async () => {
    const pdf = await PDFDocument.load(members.bytes);
    expect(outline(pdf).map((b) => b.title)).toEqual(HEADINGS);
    const xml = execFileSync('pdftohtml', ['-stdout', '-xml', '-i', '-q', members.file], {
      encoding: 'utf8',
    });
    const items = [...xml.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map((m) => [Number(m[1]), m[2]]);
    expect(items).toEqual(HEADINGS.map((h, i) => [members.itemPages.get(i + 1), h]));
  });

  it('carries title, author, subject and language in the metadata', async () => {
    const pdf = await PDFDocument.load(members.bytes, { updateMetadata: false });
    expect(pdf.getTitle()).toBe('Referat – Chefforum 13. marts 2024');
    expect(pdf.getAuthor()).toBe('Fora');
    expect(pdf.getSubject()).toContain('Chefforum');
    expect(pdf.catalog.lookup(PDFName.of('Lang'), PDFString, PDFHexString).decodeText()).toBe('da');
    const info = pdfinfo(members.file);
    expect(info).toMatch(/^Title:\s+Referat – Chefforum 13\. marts 2024$/m);
    expect(info).toMatch(/^Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/m);
  });

  it('embeds its fonts and reads æøå ÆØÅ back', async () => {
    const fonts = execFileSync('pdffonts', [members.file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/); // emb, sub, uni
    const snapshot = seedSnapshot2024();
    const item = snapshot.items[3];
    if (!item) throw new Error('fixture has item 4');
    item.title = 'Ærø, Øster Åby og Næstved: æøå ÆØÅ é ü –';
    const r = await render('members', 'minutes', snapshot);
    expect(r.squashed).toContain(squash('Punkt 4: Ærø, Øster Åby og Næstved: æøå ÆØÅ é ü –'));
    expect(r.squashed).toContain(squash('Anne Børgesen, ÆSS'));
  });

  it('makes the link clickable', async () => {
    const pdf = await PDFDocument.load(members.bytes);
    const uris = pdf.getPages().flatMap((page) => {
      const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
      return (annots?.asArray() ?? []).flatMap((ref) => {
        const action = pdf.context.lookup(ref, PDFDict).lookupMaybe(PDFName.of('A'), PDFDict);
        const uri = action?.lookupMaybe(PDFName.of('URI'), PDFString, PDFHexString);
        return uri ? [uri.decodeText()] : [];
      });
    });
    expect(uris).toContain('https://medarbejdersiden.albertslund.dk/valghaandbogen');
    expect(members.squashed).toContain('valghåndbogen');
  });

  it('shows the closed item to members only; elsewhere its heading is all there is', async () => {
    expect(members.squashed).toContain(CANARY);
    const pub = await render('public');
    for (const r of [organisation, pub]) {
      expect(r.squashed).not.toContain(CANARY);
      expect(pdfinfo(r.file)).not.toContain(CANARY);
      const pdf = await PDFDocument.load(r.bytes);
      expect(outline(pdf).map((b) => b.title)).toContain('Punkt 3: Lukket punkt');
      expectInOrder(r.squashed, [
        'Bilag 2.1: Valghåndbog 2024.pdf',
        'Punkt 3: Lukket punkt',
        'Punkt 4: CF - Lederdøgn 2024',
        '81.01.00-G01-1-24',
      ]);
      // Nothing between the closed item's heading and the next item.
      const closed = r.squashed.lastIndexOf(squash('Punkt 3: Lukket punkt'));
      const next = r.squashed.lastIndexOf(squash('Punkt 4:'));
      expect(r.squashed.slice(closed, next)).toBe(squash('Punkt 3: Lukket punkt'));
    }
  });

  it('lays out spanned cells, list numbering, marks and a cell longer than a page without losing text', async () => {
    const t = (text: string, marks?: object[]) => ({ type: 'text', text, ...(marks && { marks }) });
    const p = (...content: object[]) => ({ type: 'paragraph', content });
    const c = (type: string, text: string, attrs?: object) => ({ type, content: [p(t(text))], attrs });
    const row = (...cells: object[]) => ({ type: 'tableRow', content: cells });
    const li = (text: string) => ({ type: 'listItem', content: [p(t(text))] });
    const long = 'Langt indhold i cellen. '.repeat(400);
    const body = [
      {
        type: 'table',
        content: [
          row(c('tableHeader', 'Område'), c('tableHeader', 'Antal og note', { colspan: 2 })),
          row(c('tableCell', 'Rådhuset', { rowspan: 2 }), c('tableCell', '12'), c('tableCell', 'fast')),
          row(c('tableCell', '3')),
          row(c('tableCell', long), c('tableCell', 'slut på tabellen')),
        ],
      },
      { type: 'paragraph' },
      { type: 'orderedList', attrs: { start: 3, type: 'a' }, content: [li('tredje'), li('fjerde')] },
      p(
        t('fed', [{ type: 'bold' }]),
        t(' kursiv', [{ type: 'italic' }]),
        { type: 'hardBreak' },
        t('farlig', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]),
      ),
    ];
    const snapshot = seedSnapshot2024();
    const item = snapshot.items[3];
    if (!item) throw new Error('fixture has item 4');
    item.sections = [
      { key: 'sagsfremstilling', heading: 'Sagsfremstilling', body: { type: 'doc', content: body } as never },
    ];
    const r = await render('members', 'minutes', snapshot);
    expectInOrder(r.squashed, ['Område Antal og note', 'Rådhuset 12 fast 3', 'Langt', 'slut på tabellen']);
    // Every word of the long cell survives (phrases may be cut by page breaks), and the header row repeats.
    expect(r.squashed.split('Langt').length - 1).toBe(400);
    expect(r.squashed.split('OmrådeAntalognote').length - 1).toBeGreaterThan(1);
    expectInOrder(r.squashed, ['c. tredje', 'd. fjerde', 'fed kursiv', 'farlig', 'Indstilling']);
    expect(r.bytes.toString('latin1')).not.toContain('javascript');
    expect(r.itemPages.get(4)).toBe(headingPage(r, 4));
  });

  it('renders the agenda with its own header and without decisions', async () => {
    const r = await render('members', 'agenda');
    expectInOrder(r.squashed, [
      'DAGSORDEN Chefforum d. 13-03-2024',
      'Indholdsfortegnelse',
      HEADINGS[3] as string,
    ]);
    expect(r.squashed).not.toContain('Beslutning');
    expect(r.squashed).toContain(squash('1. at orienteringen tages til efterretning'));
    expect((await PDFDocument.load(r.bytes)).getTitle()).toBe('Dagsorden – Chefforum 13. marts 2024');
  });
});
