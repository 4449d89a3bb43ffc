/**
 * Rich text to pdfmake content: paragraphs, headings (styles rt-h2..rt-h4, kept with what follows),
 * bullet and ordered lists (nested, with the ordered list's start and numbering style), tables (a
 * first row of header cells repeats on every page; column and row spans laid out on a grid), bold,
 * italic, hard breaks and links (blue, underlined, clickable). Pure.
 *
 * Like the HTML renderer it trusts nothing: unknown nodes render as nothing, spans are bounded and
 * link targets are checked again (an unsafe link renders as its plain text).
 */
import type {
  Content,
  ContentText,
  OrderedListType,
  StyleDictionary,
  TableCell,
} from 'pdfmake/interfaces.js';
import {
  type BlockNode,
  type InlineNode,
  type ListItemNode,
  type RichTextDoc,
  safeHref,
  type TableCellNode,
  type TableNode,
} from '../domain/rich-text.ts';

export const LINK_COLOR = '#0645ad';
const TABLE_LINE = '#8c8c8c';
const HEADER_FILL = '#eeeeee';
const BLOCK_GAP = 6;

const list = <T>(v: readonly T[] | undefined): readonly T[] => (Array.isArray(v) ? v : []);
const wholeIn = (v: unknown, min: number, max: number): v is number =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

const NUMBERING: Record<string, OrderedListType> = {
  '1': 'decimal',
  a: 'lower-alpha',
  A: 'upper-alpha',
  i: 'lower-roman',
  I: 'upper-roman',
};

type Inline = string | ContentText;

function inlineNode(n: InlineNode): Inline | null {
  if (n.type === 'hardBreak') return '\n';
  if (n.type !== 'text' || typeof n.text !== 'string') return null;
  const marks = list(n.marks);
  const out: ContentText = { text: n.text };
  if (marks.some((m) => m.type === 'bold')) out.bold = true;
  if (marks.some((m) => m.type === 'italic')) out.italics = true;
  const href = marks.find((m) => m.type === 'link')?.attrs?.href;
  const safe = href === undefined ? null : safeHref(href);
  if (safe !== null) Object.assign(out, { link: safe, color: LINK_COLOR, decoration: 'underline' });
  return out.bold || out.italics || out.link ? out : n.text;
}

const inline = (nodes: readonly InlineNode[] | undefined): Inline[] =>
  list(nodes)
    .map(inlineNode)
    .filter((i): i is Inline => i !== null);

interface Context {
  /** Inside a list or table: no keep-with-next, which pdfmake only honours for top-level nodes. */
  nested: boolean;
}

function listItem(li: ListItemNode, ctx: Context): Content {
  if (li?.type !== 'listItem') return '';
  const content = blocks(li.content, ctx);
  // The last block's bottom gap would double the list's own spacing.
  const last = content[content.length - 1];
  if (last && typeof last === 'object' && 'margin' in last) last.margin = 0;
  return content.length === 1 ? (content[0] as Content) : { stack: content };
}

function cellContent(c: TableCellNode, header: boolean): Content {
  const content = blocks(c.content, { nested: true });
  for (const part of content) if (typeof part === 'object' && 'margin' in part) part.margin = [0, 0, 0, 2];
  return { stack: content, ...(header && { bold: true, fillColor: HEADER_FILL }) };
}

/** Places cells on a grid, honouring spans: pdfmake wants every row equally long, spanned places empty. */
function table(t: TableNode): Content | null {
  const rows = list(t.content).filter((r) => r?.type === 'tableRow');
  if (rows.length === 0) return null;
  const grid: (TableCell | undefined)[][] = rows.map(() => []);
  rows.forEach((r, ri) => {
    const line = grid[ri] as (TableCell | undefined)[];
    let col = 0;
    for (const c of list(r.content)) {
      if (c?.type !== 'tableCell' && c?.type !== 'tableHeader') continue;
      while (line[col] !== undefined) col++;
      const colSpan = wholeIn(c.attrs?.colspan, 2, 20) ? c.attrs.colspan : 1;
      const rowSpan = wholeIn(c.attrs?.rowspan, 2, 20) ? Math.min(c.attrs.rowspan, rows.length - ri) : 1;
      const cell = cellContent(c, c.type === 'tableHeader') as TableCell & {
        colSpan?: number;
        rowSpan?: number;
      };
      if (colSpan > 1) cell.colSpan = colSpan;
      if (rowSpan > 1) cell.rowSpan = rowSpan;
      for (let dr = 0; dr < rowSpan; dr++)
        for (let dc = 0; dc < colSpan; dc++) {
          const target = grid[ri + dr] as (TableCell | undefined)[];
          target[col + dc] = dr === 0 && dc === 0 ? cell : {};
        }
      col += colSpan;
    }
  });
  const width = Math.max(1, ...grid.map((line) => line.length));
  const body = grid.map((line) => Array.from({ length: width }, (_, i) => line[i] ?? ''));
  const firstCells = list(rows[0]?.content);
  const headed = firstCells.length > 0 && firstCells.every((c) => c?.type === 'tableHeader');
  return {
    table: {
      headerRows: headed ? 1 : 0,
      widths: Array.from({ length: width }, () => '*'),
      body,
    },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => TABLE_LINE,
      vLineColor: () => TABLE_LINE,
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
    margin: [0, 2, 0, BLOCK_GAP + 2],
  };
}

function block(n: BlockNode, ctx: Context): Content | null {
  switch (n?.type) {
    case 'paragraph':
      return { text: inline(n.content), margin: [0, 0, 0, BLOCK_GAP] };
    case 'heading': {
      const level = wholeIn(n.attrs?.level, 2, 4) ? n.attrs.level : 2;
      return {
        text: inline(n.content),
        style: `rt-h${level}`,
        ...(!ctx.nested && { headlineLevel: 3 }),
      };
    }
    case 'bulletList': {
      const items = list(n.content).map((li) => listItem(li, { nested: true }));
      return { ul: items, margin: [0, 0, 0, BLOCK_GAP] };
    }
    case 'orderedList': {
      const items = list(n.content).map((li) => listItem(li, { nested: true }));
      const start = n.attrs?.start;
      const type = NUMBERING[String(n.attrs?.type ?? '1')];
      return {
        ol: items,
        ...(wholeIn(start, 0, 99_999) && start !== 1 && { start }),
        ...(type && type !== 'decimal' && { type }),
        margin: [0, 0, 0, BLOCK_GAP],
      };
    }
    case 'table':
      return table(n);
    default:
      return null;
  }
}

function blocks(nodes: readonly BlockNode[] | undefined, ctx: Context): Content[] {
  return list(nodes)
    .map((n) => block(n, ctx))
    .filter((c): c is Content => c !== null);
}

/** Top-level pdfmake content for a rich-text document (to spread into a content array). */
export function richTextToPdf(doc: RichTextDoc | null | undefined): Content[] {
  return doc?.type === 'doc' ? blocks(doc.content, { nested: false }) : [];
}

/** Styles the content refers to, for the document definition. */
export const RICH_TEXT_STYLES: StyleDictionary = {
  'rt-h2': { fontSize: 11, bold: true, margin: [0, 4, 0, 3] },
  'rt-h3': { fontSize: 10.5, bold: true, margin: [0, 4, 0, 2] },
  'rt-h4': { fontSize: 10.5, bold: true, italics: true, margin: [0, 3, 0, 2] },
};
