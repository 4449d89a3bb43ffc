/**
 * Rich text to docx paragraphs and tables: paragraphs, headings (rich-text h2-h4 become Word
 * Heading 4-6, below the item's Heading 2 and the block's Heading 3), real numbered and bulleted
 * lists with nesting levels, real tables whose header row repeats on every page, bold, italic,
 * hard breaks and external hyperlinks. Pure.
 *
 * Lists: every list gets its own numbering instance, so each one counts from its own start; the
 * numbering definitions the document needs are collected in a `DocxLists` and handed to the
 * `Document`. As in the HTML renderer nothing is trusted: unknown nodes render as nothing and an
 * unsafe link target renders as plain text.
 */
import {
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  type NumberingDefinition,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  type BlockNode,
  type InlineNode,
  type ListItemNode,
  ORDERED_LIST_STYLES,
  type RichTextDoc,
  safeHref,
  type TableCellNode,
  type TableNode,
} from '../domain/rich-text.ts';

export type DocxBlock = Paragraph | Table;
type OrderedStyle = (typeof ORDERED_LIST_STYLES)[number];

const MAX_LEVEL = 8;
const INDENT = 567; // 1 cm in twips per level
const HANGING = 360;
const BULLETS = ['•', '◦', '▪'];
const FORMATS: Record<OrderedStyle, (typeof LevelFormat)[keyof typeof LevelFormat]> = {
  '1': LevelFormat.DECIMAL,
  a: LevelFormat.LOWER_LETTER,
  A: LevelFormat.UPPER_LETTER,
  i: LevelFormat.LOWER_ROMAN,
  I: LevelFormat.UPPER_ROMAN,
};
const RICH_HEADINGS = { 2: HeadingLevel.HEADING_4, 3: HeadingLevel.HEADING_5, 4: HeadingLevel.HEADING_6 };

const list = <T>(v: readonly T[] | undefined): readonly T[] => (Array.isArray(v) ? v : []);
const wholeIn = (v: unknown, min: number, max: number): v is number =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const indentOf = (level: number) => ({ left: INDENT * (level + 1), hanging: HANGING });

/** The numbering definitions a document uses, and a fresh instance for every list. */
export class DocxLists {
  private readonly definitions = new Map<string, NumberingDefinition>();
  private instances = 0;

  /** A new bulleted list. */
  bullet(): { reference: string; instance: number } {
    return this.use('bullet', (level) => ({
      level,
      format: LevelFormat.BULLET,
      text: BULLETS[level % BULLETS.length] ?? '•',
      style: { paragraph: { indent: indentOf(level) } },
    }));
  }

  /** A new ordered list: "%1." in the given style (decimal by default), counting from `start`. */
  ordered(style: OrderedStyle = '1', start = 1): { reference: string; instance: number } {
    return this.use(`ordered-${style}-${start}`, (level) => ({
      level,
      format: FORMATS[style],
      text: `%${level + 1}.`,
      start,
      style: { paragraph: { indent: indentOf(level) } },
    }));
  }

  /** The document's `numbering.config`. */
  config(): NumberingDefinition[] {
    return [...this.definitions.values()];
  }

  private use(reference: string, level: (n: number) => NumberingDefinition['levels'][number]) {
    if (!this.definitions.has(reference))
      this.definitions.set(reference, {
        reference,
        levels: Array.from({ length: MAX_LEVEL + 1 }, (_, n) => level(n)),
      });
    this.instances += 1;
    return { reference, instance: this.instances };
  }
}

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
}

const linkOf = (n: InlineNode): string | undefined =>
  n.type === 'text' ? list(n.marks).find((m) => m.type === 'link')?.attrs?.href : undefined;

function run(n: InlineNode, base: RunStyle, link: boolean): TextRun | null {
  if (n.type === 'hardBreak') return new TextRun({ break: 1 });
  if (n.type !== 'text' || typeof n.text !== 'string') return null;
  const marks = list(n.marks);
  return new TextRun({
    text: n.text,
    bold: base.bold || marks.some((m) => m.type === 'bold') || undefined,
    italics: base.italics || marks.some((m) => m.type === 'italic') || undefined,
    ...(link && { style: 'Hyperlink' }),
  });
}

/** Inline content as runs; consecutive text with the same safe link shares one hyperlink. */
export function inlineRuns(nodes: readonly InlineNode[] | undefined, base: RunStyle = {}): ParagraphChild[] {
  const all = list(nodes);
  const out: ParagraphChild[] = [];
  for (let i = 0; i < all.length; ) {
    const href = linkOf(all[i] as InlineNode);
    const safe = href === undefined ? null : safeHref(href);
    const runs: TextRun[] = [];
    do {
      const r = run(all[i] as InlineNode, base, safe !== null);
      if (r) runs.push(r);
      i++;
    } while (href !== undefined && i < all.length && linkOf(all[i] as InlineNode) === href);
    if (safe !== null) out.push(new ExternalHyperlink({ link: safe, children: runs }));
    else out.push(...runs);
  }
  return out;
}

function listItems(
  items: readonly ListItemNode[] | undefined,
  numbering: { reference: string; instance: number },
  level: number,
  lists: DocxLists,
  out: DocxBlock[],
): void {
  for (const li of list(items)) {
    if (li?.type !== 'listItem') continue;
    let numbered = false;
    const number = (children: ParagraphChild[]) => {
      out.push(new Paragraph({ children, numbering: { ...numbering, level } }));
      numbered = true;
    };
    for (const b of list(li.content)) {
      if (b.type === 'paragraph' || b.type === 'heading') {
        if (!numbered) number(inlineRuns(b.content));
        else
          out.push(
            new Paragraph({ children: inlineRuns(b.content), indent: { left: INDENT * (level + 1) } }),
          );
        continue;
      }
      if (!numbered) number([]);
      block(b, lists, out, Math.min(level + 1, MAX_LEVEL));
    }
    if (!numbered) number([]);
  }
}

function cell(c: TableCellNode, header: boolean, lists: DocxLists): TableCell {
  const children: DocxBlock[] = [];
  for (const b of list(c.content)) {
    if (header && (b.type === 'paragraph' || b.type === 'heading'))
      children.push(new Paragraph({ children: inlineRuns(b.content, { bold: true }) }));
    else block(b, lists, children, 0);
  }
  return new TableCell({
    children: children.length > 0 ? children : [new Paragraph({})],
    ...(wholeIn(c.attrs?.colspan, 2, 20) && { columnSpan: c.attrs.colspan }),
    ...(wholeIn(c.attrs?.rowspan, 2, 20) && { rowSpan: c.attrs.rowspan }),
  });
}

function table(t: TableNode, lists: DocxLists): Table | null {
  const rows = list(t.content).filter((r) => r?.type === 'tableRow' && list(r.content).length > 0);
  if (rows.length === 0) return null;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((r, i) => {
      const cells = list(r.content).filter((c) => c?.type === 'tableCell' || c?.type === 'tableHeader');
      // A first row of header cells is the table's header: bold, and repeated on every page.
      const header = i === 0 && cells.length > 0 && cells.every((c) => c.type === 'tableHeader');
      return new TableRow({
        tableHeader: header || undefined,
        cantSplit: true,
        children: cells.map((c) => cell(c, c.type === 'tableHeader', lists)),
      });
    }),
  });
}

function block(n: BlockNode, lists: DocxLists, out: DocxBlock[], level: number): void {
  switch (n?.type) {
    case 'paragraph':
      out.push(new Paragraph({ children: inlineRuns(n.content) }));
      return;
    case 'heading': {
      const heading = RICH_HEADINGS[wholeIn(n.attrs?.level, 2, 4) ? n.attrs.level : 2];
      out.push(new Paragraph({ heading, children: inlineRuns(n.content) }));
      return;
    }
    case 'bulletList':
      listItems(n.content, lists.bullet(), level, lists, out);
      return;
    case 'orderedList': {
      const style = ORDERED_LIST_STYLES.includes(n.attrs?.type as never)
        ? (n.attrs?.type as OrderedStyle)
        : '1';
      const start = wholeIn(n.attrs?.start, 0, 99_999) ? n.attrs.start : 1;
      listItems(n.content, lists.ordered(style, start), level, lists, out);
      return;
    }
    case 'table': {
      const t = table(n, lists);
      if (t) out.push(t, new Paragraph({})); // Word runs two adjacent tables together; a paragraph keeps them apart.
      return;
    }
    default:
      return;
  }
}

/** The document as docx blocks, top-level lists at level 0. */
export function richTextToDocx(doc: RichTextDoc | null | undefined, lists: DocxLists): DocxBlock[] {
  const out: DocxBlock[] = [];
  if (doc?.type === 'doc') for (const b of list(doc.content)) block(b, lists, out, 0);
  return out;
}
