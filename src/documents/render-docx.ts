/**
 * The meeting document as DOCX that a secretary can go on editing in Word: real Word headings
 * (Heading 1 for the header, Heading 2 per item, Heading 3 per block), numbered recommendations,
 * real lists and tables (from docx-rich-text.ts), "Side x af y" in the footer, Danish as the
 * language of every style so Word spell-checks in Danish, and a table of contents that is complete
 * without Word updating any field. Pure-ish: MeetingDocument in, bytes out.
 *
 * The table of contents. docx can write a TOC field, but Word only fills it in when it updates the
 * fields (it asks the user first) and LibreOffice shows it without page numbers. So the contents
 * are ordinary paragraphs, "Punkt N: title", a right-aligned tab stop with a dot leader and the
 * page, each an internal hyperlink to a bookmark on the item's heading. The pages are the caller's
 * (`itemPages`): the page each item starts on in the PDF rendering of the same MeetingDocument.
 * They are exact in the PDF; Word and LibreOffice lay the DOCX out with their own engines and
 * fonts, so on long items with tables a heading may land a page earlier or later there. We keep
 * the flow (no forced page break before each item, which would make the numbers exact at the cost
 * of a mostly empty page per short item) and accept that: the link of each entry is always right.
 * Without `itemPages` the entries are written without page numbers.
 */
import {
  AlignmentType,
  Bookmark,
  Document,
  Footer,
  HeadingLevel,
  InternalHyperlink,
  LeaderType,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Tab,
  TabStopPosition,
  TabStopType,
  TextRun,
} from 'docx';
import { type DocxBlock, DocxLists, richTextToDocx } from './docx-rich-text.ts';
import { COMMUNICATION_HEADING, type DocumentItem, type ItemBlock, type MeetingDocument } from './model.ts';

export interface RenderDocxOptions {
  /** The page each item (by number) starts on, from the PDF rendering of the same document. */
  itemPages?: Map<number, number>;
}

const LANGUAGE = 'da-DK';
const FONT = 'Calibri';
const TOC_HEADING = 'Indholdsfortegnelse';

/** The bookmark on an item's heading: a letter first, letters, digits and underscores, as Word wants. */
export const itemBookmark = (number: number): string => `Punkt_${number}`;

const labelled = (label: string, text: string): Paragraph =>
  new Paragraph({
    children: [new TextRun({ text: label, bold: true }), new TextRun({ children: [new Tab(), text] })],
    tabStops: [{ type: TabStopType.LEFT, position: 1985 }],
    indent: { left: 1985, hanging: 1985 },
    spacing: { after: 120 },
  });

function front(doc: MeetingDocument): Paragraph[] {
  const out = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(doc.heading)] })];
  if (doc.versionNote)
    out.push(new Paragraph({ children: [new TextRun({ text: doc.versionNote, italics: true })] }));
  out.push(labelled('Mødedato', doc.dateLine), labelled('Mødested', doc.location));
  if (doc.participants.length > 0) out.push(labelled('Mødedeltagere', doc.participants.join(', ')));
  if (doc.absent.length > 0) out.push(labelled('Afbud', doc.absent.join(', ')));
  return out;
}

function contents(doc: MeetingDocument, itemPages: Map<number, number> | undefined): Paragraph[] {
  const entries = doc.items.map((item) => {
    const page = itemPages?.get(item.number);
    const children: ParagraphChild[] = [new TextRun(item.heading)];
    if (page !== undefined) children.push(new TextRun({ children: [new Tab(), String(page)] }));
    return new Paragraph({
      children: [new InternalHyperlink({ anchor: itemBookmark(item.number), children })],
      tabStops: [{ type: TabStopType.RIGHT, position: TabStopPosition.MAX, leader: LeaderType.DOT }],
      spacing: { after: 60 },
    });
  });
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(TOC_HEADING)] }),
    ...entries,
  ];
}

const heading3 = (text: string): Paragraph =>
  new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(text)] });

function itemBlock(b: ItemBlock, lists: DocxLists): DocxBlock[] {
  switch (b.kind) {
    case 'section':
      return [
        heading3(b.heading),
        ...(b.durationMinutes ? [new Paragraph({ text: `(${b.durationMinutes} min.)` })] : []),
        ...richTextToDocx(b.body, lists),
      ];
    case 'recommendations': {
      const numbering = lists.ordered('1');
      return [
        heading3(b.heading),
        ...richTextToDocx(b.intro, lists),
        ...b.items.map((text) => new Paragraph({ text, numbering: { ...numbering, level: 0 } })),
      ];
    }
    case 'decision':
      return [
        heading3(b.heading),
        ...(b.result
          ? [
              new Paragraph({
                children: [new TextRun({ text: 'Resultat: ', bold: true }), new TextRun(b.result)],
              }),
            ]
          : []),
        ...richTextToDocx(b.body, lists),
      ];
    case 'attachments':
      return [
        heading3(b.heading),
        ...b.items.map(
          (a) =>
            new Paragraph({
              children: [new TextRun({ text: `${a.label}: `, bold: true }), new TextRun(a.name)],
            }),
        ),
      ];
  }
}

function item(it: DocumentItem, lists: DocxLists): DocxBlock[] {
  const out: DocxBlock[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      children: [new Bookmark({ id: itemBookmark(it.number), children: [new TextRun(it.heading)] })],
    }),
  ];
  // A redacted item is its heading and nothing else.
  if (it.redacted) return out;
  if (it.closed)
    out.push(new Paragraph({ children: [new TextRun({ text: 'Lukket punkt', italics: true })] }));
  if (it.caseNumber) out.push(new Paragraph({ text: it.caseNumber }));
  for (const b of it.blocks) out.push(...itemBlock(b, lists));
  return out;
}

const footer = () =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['Side ', PageNumber.CURRENT, ' af ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });

/** A heading style; the outline level puts it in Word's navigation pane and its own TOC. */
const headingStyle = (level: number, size: number, before: number) => ({
  run: { font: FONT, size, bold: true, color: '000000', language: { value: LANGUAGE } },
  paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel: level - 1 },
});

/** The document as DOCX bytes. */
export async function renderDocx(doc: MeetingDocument, options: RenderDocxOptions = {}): Promise<Buffer> {
  const lists = new DocxLists();
  const body: DocxBlock[] = [...front(doc), ...contents(doc, options.itemPages)];
  for (const it of doc.items) body.push(...item(it, lists));
  if (doc.communication.length > 0) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: COMMUNICATION_HEADING }));
    for (const c of doc.communication) body.push(heading3(c.label), new Paragraph({ text: c.text }));
  }
  const document = new Document({
    title: doc.title,
    subject: doc.heading,
    creator: 'Fora',
    lastModifiedBy: 'Fora',
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, language: { value: LANGUAGE } },
          paragraph: { spacing: { after: 120 } },
        },
        heading1: headingStyle(1, 32, 0),
        heading2: headingStyle(2, 28, 360),
        heading3: headingStyle(3, 24, 240),
        heading4: headingStyle(4, 22, 200),
        heading5: headingStyle(5, 22, 160),
        heading6: headingStyle(6, 22, 160),
      },
    },
    numbering: { config: lists.config() },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 } } },
        footers: { default: footer() },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(document);
}
