/**
 * Rich text as structured JSON: TipTap 3 / ProseMirror document JSON restricted to paragraphs,
 * headings (h2-h4), bullet and ordered lists, tables, hard breaks and bold/italic/link text. This
 * module holds the model, the zod schema every input goes through (the validating and normalising
 * walk itself is in rich-text-schema.ts), plain-text extraction and builders. Renderers: src/documents.
 */
import { z } from 'zod';
import { CONTROL, checkRichText, LONE_SURROGATE, type ORDERED_LIST_STYLES } from './rich-text-schema.ts';

export type Mark = { type: 'bold' } | { type: 'italic' } | { type: 'link'; attrs: { href: string } };
export interface TextNode {
  type: 'text';
  text: string;
  marks?: Mark[];
}
export interface HardBreakNode {
  type: 'hardBreak';
}
export type InlineNode = TextNode | HardBreakNode;
export interface ParagraphNode {
  type: 'paragraph';
  content?: InlineNode[];
}
export interface HeadingNode {
  type: 'heading';
  attrs: { level: 2 | 3 | 4 };
  content?: InlineNode[];
}
export interface ListItemNode {
  type: 'listItem';
  content: BlockNode[];
}
export interface BulletListNode {
  type: 'bulletList';
  content: ListItemNode[];
}
export interface OrderedListNode {
  type: 'orderedList';
  attrs?: { start?: number; type?: (typeof ORDERED_LIST_STYLES)[number] };
  content: ListItemNode[];
}
export interface TableCellNode {
  type: 'tableCell' | 'tableHeader';
  attrs?: { colspan?: number; rowspan?: number; colwidth?: number[] };
  content: BlockNode[];
}
export interface TableRowNode {
  type: 'tableRow';
  content: TableCellNode[];
}
export interface TableNode {
  type: 'table';
  content: TableRowNode[];
}
export type BlockNode = ParagraphNode | HeadingNode | BulletListNode | OrderedListNode | TableNode;
export interface RichTextDoc {
  type: 'doc';
  content: BlockNode[];
}

export { checkRichText, ORDERED_LIST_STYLES, RICH_TEXT_LIMITS, safeHref } from './rich-text-schema.ts';

/**
 * Validates and sanitises untrusted rich text: strict (anything unknown is an error whose path names
 * the node, e.g. `content.0.content.1.type`), and normalising on success.
 */
export const richTextDocSchema: z.ZodType<RichTextDoc> = z
  .unknown()
  .transform((input, ctx) => {
    const r = checkRichText(input);
    if (r.ok) return r.doc;
    for (const issue of r.issues) ctx.addIssue({ code: 'custom', message: issue.problem, path: issue.path });
    return z.NEVER;
  })
  .meta({
    title: 'RichTextDoc',
    type: 'object',
    required: ['type', 'content'],
    properties: { type: { const: 'doc' }, content: { type: 'array', items: { type: 'object' } } },
    description:
      "TipTap/ProseMirror document JSON: {type:'doc', content:[...]} with paragraph, heading (level 2-4), " +
      'bulletList, orderedList, listItem, table, tableRow, tableHeader, tableCell, hardBreak and text ' +
      'with bold, italic and link (http:, https:, mailto:) marks.',
  });

const inlineText = (content: readonly InlineNode[] | undefined): string =>
  (content ?? []).map((n) => (n.type === 'text' ? n.text : '\n')).join('');

/**
 * Plain text of a document, for search, mails and emptiness checks: one line per paragraph, heading,
 * list item paragraph and table cell paragraph; hard breaks become line breaks. Trimmed.
 */
export function richTextToPlainText(doc: RichTextDoc): string {
  const lines: string[] = [];
  const walk = (blocks: readonly BlockNode[] | undefined): void => {
    for (const b of blocks ?? []) {
      if (b.type === 'paragraph' || b.type === 'heading') lines.push(inlineText(b.content));
      else if (b.type === 'bulletList' || b.type === 'orderedList')
        for (const li of b.content) walk(li.content);
      else if (b.type === 'table')
        for (const row of b.content) for (const cell of row.content) walk(cell.content);
    }
  };
  walk(doc.content);
  return lines.join('\n').trim();
}

/** True when the document holds no visible text (only empty or whitespace paragraphs, cells, items). */
export const isEmptyRichText = (doc: RichTextDoc | undefined): boolean =>
  !doc || richTextToPlainText(doc).length === 0;

const lineNodes = (lines: readonly string[]): InlineNode[] =>
  lines.flatMap((line, i): InlineNode[] => [
    ...(i > 0 ? [{ type: 'hardBreak' } as const] : []),
    ...(line.length > 0 ? [{ type: 'text', text: line } as const] : []),
  ]);

const paragraph = (lines: readonly string[]): ParagraphNode => {
  const content = lineNodes(lines);
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
};

const dropTrailingEmpty = (blocks: BlockNode[]): BlockNode[] => {
  while (blocks.length > 0) {
    const last = blocks[blocks.length - 1];
    if (last?.type !== 'paragraph' || last.content) break;
    blocks.pop();
  }
  return blocks;
};

/** A document of plain paragraphs (line breaks within one become hard breaks); for tests and demo data. */
export const paragraphsDoc = (...paragraphs: string[]): RichTextDoc => ({
  type: 'doc',
  content: dropTrailingEmpty(paragraphs.map((p) => paragraph(p.split('\n')))),
});

const BULLET = /^[-•]\s+(.*)$/;
const MONTHS = 'januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december';
// "1. Punkt" is a list item; "1. maj holdes ..." (a Danish date) is not.
const NUMBERED = new RegExp(`^(\\d{1,5})\\.\\s+(?!(?:${MONTHS})\\b)(.*)$`, 'i');

interface Entry {
  kind: 'paragraph' | 'bulletList' | 'orderedList';
  lines: string[];
  number?: number;
}

/**
 * Rich text from plain text (e.g. text extracted from an uploaded document): blank lines separate
 * paragraphs, lines within a paragraph become hard breaks, lines starting with "- " or "• " make a
 * bullet list and lines starting with "1. " an ordered list (list items may be separated by blank
 * lines; a following line without a marker continues the item). Control characters are removed.
 * The result is not checked against the size limits; parse it with `richTextDocSchema` before storing.
 */
export function richTextFromPlainText(text: string): RichTextDoc {
  const clean = text
    .replace(/\r\n?|\f/g, '\n')
    .replace(new RegExp(CONTROL.source, 'g'), '')
    .replace(new RegExp(LONE_SURROGATE.source, 'g'), '\uFFFD');
  const entries: Entry[] = [];
  for (const chunk of clean.split(/\n[ \t]*\n/)) {
    let current: Entry | undefined;
    for (const raw of chunk.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      const bullet = BULLET.exec(line);
      const numbered = bullet ? null : NUMBERED.exec(line);
      if (current && !bullet && !numbered) {
        current.lines.push(line);
        continue;
      }
      if (bullet) current = { kind: 'bulletList', lines: [bullet[1] ?? ''] };
      else if (numbered)
        current = { kind: 'orderedList', number: Number(numbered[1]), lines: [numbered[2] ?? ''] };
      else current = { kind: 'paragraph', lines: [line] };
      entries.push(current);
    }
  }
  const blocks: BlockNode[] = [];
  for (const entry of entries) {
    if (entry.kind === 'paragraph') {
      blocks.push(paragraph(entry.lines));
      continue;
    }
    const item = { type: 'listItem' as const, content: [paragraph(entry.lines)] };
    const last = blocks[blocks.length - 1];
    if ((last?.type === 'bulletList' || last?.type === 'orderedList') && last.type === entry.kind)
      last.content.push(item);
    else if (entry.kind === 'bulletList')
      blocks.push({ type: 'bulletList', content: [item] } as BulletListNode);
    else {
      const start = entry.number ?? 1;
      blocks.push({ type: 'orderedList', ...(start !== 1 && { attrs: { start } }), content: [item] });
    }
  }
  return { type: 'doc', content: blocks };
}
