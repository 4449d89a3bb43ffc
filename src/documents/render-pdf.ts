/**
 * A meeting document as PDF (pdfmake), laid out like the forums' own minutes: A4, 2.5 cm margins,
 * the header ("REFERAT Chefforum d. 13-03-2024"), Mødedato, Mødested, Mødedeltagere, Afbud, the
 * table of contents with the page each item starts on (pdfmake's toc, linked), then per item
 * "Punkt N: title", the case number and the blocks. Headings are kept with the text after them
 * (no forced page breaks otherwise). Every page has the footer "Side x af y". Fonts: Roboto from the
 * pdfmake package, embedded and subset (æøå and the rest of Latin-1 and beyond). pdf-outline.ts then
 * adds a bookmark per item, the language and the title.
 *
 * Returns the bytes and the page each item starts on (the DOCX renderer reuses them for its own
 * table of contents). No I/O but reading the font files.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, ContentTocItem, Node, NodeQueries, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import {
  type Audience,
  COMMUNICATION_HEADING,
  type DocumentItem,
  type ItemBlock,
  type MeetingDocument,
} from './model.ts';
import { finishPdf, type OutlineEntry } from './pdf-outline.ts';
import { RICH_TEXT_STYLES, richTextToPdf } from './pdf-rich-text.ts';

const FONT_DIR = path.join(
  path.dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
);
/** An item's heading: a contents entry and a link target whose position pdfmake reports. */
type ItemHeading = ContentTocItem & { id: string };

const CM = 72 / 2.54;
const MARGIN = Math.round(2.5 * CM * 100) / 100;
const MUTED = '#444444';

const AUDIENCE_LABEL: Record<Audience, string> = {
  members: 'Udgave til forummets medlemmer',
  organisation: 'Udgave til organisationen',
  public: 'Offentlig udgave',
};

/**
 * pdfmake's Node entry point is a process-wide instance (shared with convert-attachment.ts): the
 * Roboto files are added under the same family name and the same policies (no URL, no file but the
 * fonts) are set right before each `createPdf`, which reads them synchronously.
 */
function configurePdfmake(): void {
  const font = (file: string) => path.join(FONT_DIR, file);
  pdfmake.addFonts({
    Roboto: {
      normal: font('Roboto-Regular.ttf'),
      bold: font('Roboto-Medium.ttf'),
      italics: font('Roboto-Italic.ttf'),
      bolditalics: font('Roboto-MediumItalic.ttf'),
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(FONT_DIR + path.sep));
}

const STYLES: TDocumentDefinitions['styles'] = {
  title: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
  versionNote: { fontSize: 11, bold: true, margin: [0, 0, 0, 4] },
  factLabel: { bold: true },
  tocTitle: { fontSize: 14, bold: true, margin: [0, 18, 0, 6] },
  tocLine: { margin: [0, 1, 0, 1] },
  itemHeading: { fontSize: 14, bold: true, margin: [0, 20, 0, 2] },
  caseNumber: { fontSize: 9.5, color: MUTED, margin: [0, 0, 0, 4] },
  blockHeading: { fontSize: 11.5, bold: true, margin: [0, 8, 0, 3] },
  duration: { color: MUTED, margin: [0, 0, 0, 4] },
  footer: { fontSize: 8.5 },
  ...RICH_TEXT_STYLES,
};

/** pdfmake lays the footer out like content: its nodes carry this style so page breaks ignore them. */
const FOOTER = 'footer';
const isBody = (n: Node) => !n.headlineLevel && n.style !== FOOTER;

/** Headlines (headlineLevel set) never end a page: one that only headlines follow there moves on. */
function keepWithNext(node: Node, queries: NodeQueries): boolean {
  if (!node.headlineLevel) return false;
  if (queries.getFollowingNodesOnPage().some(isBody)) return false;
  return queries.getNodesOnNextPage().some(isBody);
}

function facts(doc: MeetingDocument): Content {
  const lines = (values: readonly string[]): Content => ({ stack: [...values] });
  const rows: Content[][] = [
    ['Mødedato', doc.dateLine],
    ['Mødested', doc.location],
  ];
  if (doc.participants.length > 0) rows.push(['Mødedeltagere', lines(doc.participants)]);
  if (doc.absent.length > 0) rows.push(['Afbud', lines(doc.absent)]);
  return {
    table: {
      widths: [88, '*'],
      body: rows.map(([label, value]) => [{ text: label as string, style: 'factLabel' }, value as Content]),
    },
    layout: 'noBorders',
    margin: [0, 10, 0, 0],
  };
}

function blockContent(b: ItemBlock): Content[] {
  const out: Content[] = [{ text: b.heading, style: 'blockHeading', headlineLevel: 2 }];
  switch (b.kind) {
    case 'section':
      if (b.durationMinutes !== null)
        out.push({ text: `(${b.durationMinutes} min.)`, style: 'duration', headlineLevel: 2 });
      out.push(...richTextToPdf(b.body));
      break;
    case 'recommendations':
      out.push(...richTextToPdf(b.intro));
      if (b.items.length > 0) out.push({ ol: [...b.items], margin: [0, 0, 0, 6] });
      break;
    case 'decision':
      if (b.result) out.push({ text: [{ text: 'Resultat: ', bold: true }, b.result], margin: [0, 0, 0, 4] });
      out.push(...richTextToPdf(b.body));
      break;
    case 'attachments':
      out.push({ ul: b.items.map((a) => `${a.label}: ${a.name}`), margin: [0, 0, 0, 6] });
      break;
  }
  return out;
}

function itemContent(item: DocumentItem, heading: ItemHeading): Content[] {
  if (item.redacted) return [heading];
  const out: Content[] = [heading];
  if (item.caseNumber) out.push({ text: item.caseNumber, style: 'caseNumber', headlineLevel: 1 });
  for (const b of item.blocks) out.push(...blockContent(b));
  return out;
}

function definition(doc: MeetingDocument, headings: Map<number, ItemHeading>): TDocumentDefinitions {
  const content: Content[] = [{ text: doc.heading, style: 'title' }];
  if (doc.versionNote) content.push({ text: doc.versionNote, style: 'versionNote' });
  content.push(facts(doc));
  if (doc.items.length > 0)
    content.push({
      toc: { title: { text: 'Indholdsfortegnelse', style: 'tocTitle' }, textStyle: 'tocLine' },
    });
  for (const item of doc.items) {
    const heading: ItemHeading = {
      text: item.heading,
      style: 'itemHeading',
      id: `punkt-${item.number}`,
      tocItem: true,
      // A redacted item is a heading alone: nothing to keep it with.
      ...(!item.redacted && { headlineLevel: 1 }),
    };
    headings.set(item.number, heading);
    content.push(...itemContent(item, heading));
  }
  if (doc.communication.length > 0) {
    content.push({ text: COMMUNICATION_HEADING, style: 'itemHeading', headlineLevel: 1 });
    for (const c of doc.communication)
      content.push(
        { text: c.label, style: 'blockHeading', headlineLevel: 2 },
        { text: c.text, margin: [0, 0, 0, 6] },
      );
  }
  return {
    pageSize: 'A4',
    pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN],
    version: '1.7',
    language: doc.language,
    displayTitle: true,
    info: { title: doc.title, subject: subjectOf(doc), author: 'Fora', creator: 'Fora' },
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.15 },
    styles: STYLES,
    content,
    footer: (current: number, count: number) => ({
      columns: [
        { text: doc.heading, color: MUTED, style: FOOTER },
        { text: `Side ${current} af ${count}`, alignment: 'right', width: 'auto', style: FOOTER },
      ],
      style: FOOTER,
      margin: [MARGIN, MARGIN / 2, MARGIN, 0],
    }),
    pageBreakBefore: keepWithNext,
  };
}

const subjectOf = (doc: MeetingDocument): string =>
  `${doc.kind === 'agenda' ? 'Dagsorden' : 'Referat'} for ${doc.forumName}, ${doc.dateLine}. ` +
  `${AUDIENCE_LABEL[doc.audience]}.`;

/** Where pdfmake placed a node in its final layout (it records positions on the definition's nodes). */
function firstPosition(node: ItemHeading): { pageNumber: number; top: number } {
  const pos = (node as { positions?: { pageNumber?: unknown; top?: unknown }[] }).positions?.[0];
  if (typeof pos?.pageNumber !== 'number' || typeof pos.top !== 'number')
    throw new Error('pdfmake did not report where an item heading was placed');
  return { pageNumber: pos.pageNumber, top: pos.top };
}

export interface RenderedPdf {
  bytes: Buffer;
  /** Item number to the (1-based) page its heading is on. */
  itemPages: Map<number, number>;
}

export async function renderPdf(doc: MeetingDocument): Promise<RenderedPdf> {
  configurePdfmake();
  const headings = new Map<number, ItemHeading>();
  const raw = await pdfmake.createPdf(definition(doc, headings)).getBuffer();
  const itemPages = new Map<number, number>();
  const outline: OutlineEntry[] = [];
  for (const item of doc.items) {
    const { pageNumber, top } = firstPosition(headings.get(item.number) as ItemHeading);
    itemPages.set(item.number, pageNumber);
    outline.push({ title: item.heading, page: pageNumber, top });
  }
  const bytes = await finishPdf(
    raw,
    {
      title: doc.title,
      subject: subjectOf(doc),
      author: 'Fora',
      language: doc.language,
      keywords: [
        doc.forumName,
        doc.kind === 'agenda' ? 'Dagsorden' : 'Referat',
        AUDIENCE_LABEL[doc.audience],
      ],
    },
    outline,
  );
  return { bytes, itemPages };
}
