/**
 * Rich text to semantic, accessible HTML: p, h2-h4 (or shifted, see `headingLevel`), ul/ol/li,
 * tables (a first row of header cells becomes thead with th scope="col"), strong, em, br and a
 * (rel="noopener noreferrer"). Pure.
 *
 * The input is expected to have passed `richTextDocSchema`; even so the renderer trusts nothing:
 * every text and attribute is escaped, unknown node types render as nothing, numbers are checked and
 * link targets are checked again (an unsafe link renders as its plain text).
 */
import {
  type BlockNode,
  type InlineNode,
  type ListItemNode,
  ORDERED_LIST_STYLES,
  type RichTextDoc,
  safeHref,
  type TableCellNode,
  type TableNode,
  type TableRowNode,
} from '../domain/rich-text.ts';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and double- or single-quoted attribute values. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? '');

const list = <T>(v: readonly T[] | undefined): readonly T[] => (Array.isArray(v) ? v : []);
const wholeIn = (v: unknown, min: number, max: number): v is number =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

const linkOf = (n: InlineNode): string | undefined =>
  n.type === 'text' ? list(n.marks).find((m) => m.type === 'link')?.attrs?.href : undefined;

function inlineNode(n: InlineNode): string {
  if (n.type === 'hardBreak') return '<br>';
  if (n.type !== 'text' || typeof n.text !== 'string') return '';
  let html = escapeHtml(n.text);
  const marks = list(n.marks);
  if (marks.some((m) => m.type === 'italic')) html = `<em>${html}</em>`;
  if (marks.some((m) => m.type === 'bold')) html = `<strong>${html}</strong>`;
  return html;
}

/** Inline content; consecutive text with the same link shares one <a>. */
function inline(nodes: readonly InlineNode[] | undefined): string {
  const all = list(nodes);
  let out = '';
  for (let i = 0; i < all.length; ) {
    const first = all[i] as InlineNode;
    const href = linkOf(first);
    if (href === undefined) {
      out += inlineNode(first);
      i++;
      continue;
    }
    let inner = '';
    for (; i < all.length && linkOf(all[i] as InlineNode) === href; i++)
      inner += inlineNode(all[i] as InlineNode);
    const safe = safeHref(href);
    out += safe === null ? inner : `<a href="${escapeHtml(safe)}" rel="noopener noreferrer">${inner}</a>`;
  }
  return out;
}

const items = (nodes: readonly ListItemNode[] | undefined): string =>
  list(nodes)
    .map((li) => (li.type === 'listItem' ? `<li>${blocks(li.content)}</li>` : ''))
    .join('');

function orderedListAttrs(attrs: { start?: unknown; type?: unknown } | undefined): string {
  let out = '';
  if (wholeIn(attrs?.start, 0, 99_999) && attrs?.start !== 1) out += ` start="${attrs?.start}"`;
  if (ORDERED_LIST_STYLES.includes(attrs?.type as never)) out += ` type="${escapeHtml(String(attrs?.type))}"`;
  return out;
}

function cell(c: TableCellNode, headerScope: 'col' | 'row'): string {
  let span = '';
  if (wholeIn(c.attrs?.colspan, 2, 20)) span += ` colspan="${c.attrs?.colspan}"`;
  if (wholeIn(c.attrs?.rowspan, 2, 20)) span += ` rowspan="${c.attrs?.rowspan}"`;
  if (c.type === 'tableHeader') return `<th scope="${headerScope}"${span}>${blocks(c.content)}</th>`;
  if (c.type === 'tableCell') return `<td${span}>${blocks(c.content)}</td>`;
  return '';
}

const row = (r: TableRowNode, headerScope: 'col' | 'row'): string =>
  r.type === 'tableRow'
    ? `<tr>${list(r.content)
        .map((c) => cell(c, headerScope))
        .join('')}</tr>`
    : '';

function table(t: TableNode): string {
  const rows = list(t.content);
  const first = rows[0];
  const firstCells = list(first?.content);
  const headed = firstCells.length > 0 && firstCells.every((c) => c.type === 'tableHeader');
  const head = headed && first ? `<thead>${row(first, 'col')}</thead>` : '';
  const body = headed ? rows.slice(1) : rows;
  const tbody = body.length > 0 ? `<tbody>${body.map((r) => row(r, 'row')).join('')}</tbody>` : '';
  return `<table>${head}${tbody}</table>`;
}

function block(n: BlockNode): string {
  switch (n.type) {
    case 'paragraph':
      return `<p>${inline(n.content)}</p>`;
    case 'heading': {
      const level = wholeIn(n.attrs?.level, 2, 4) ? n.attrs.level : 2;
      return `<h${level}>${inline(n.content)}</h${level}>`;
    }
    case 'bulletList':
      return `<ul>${items(n.content)}</ul>`;
    case 'orderedList':
      return `<ol${orderedListAttrs(n.attrs)}>${items(n.content)}</ol>`;
    case 'table':
      return table(n);
    default:
      return '';
  }
}

function blocks(nodes: readonly BlockNode[] | undefined): string {
  return list(nodes).map(block).join('');
}

export interface RichTextHtmlOptions {
  /**
   * The HTML level of a rich-text level-2 heading, for text placed under a document's own headings
   * (e.g. 4 under an h3: rich-text h2-h4 become h4-h6). Headings then never skip a level (none deeper
   * than one below the previous heading, the first at most this level) and stop at h6.
   */
  headingLevel?: number;
}

/** Shifts the h2-h4 tags of rendered output (text is escaped, so every "<h" is a tag of ours). */
function shiftHeadings(html: string, base: number): string {
  let previous = base - 1;
  let open = base;
  return html.replace(/<(\/?)h([2-4])>/g, (_, close: string, level: string) => {
    if (close) return `</h${open}>`;
    open = Math.max(1, Math.min(6, Number(level) + base - 2, previous + 1));
    previous = open;
    return `<h${open}>`;
  });
}

/** The document as an HTML fragment (no wrapper element). */
export function richTextToHtml(doc: RichTextDoc, options: RichTextHtmlOptions = {}): string {
  const html = doc?.type === 'doc' ? blocks(doc.content) : '';
  return options.headingLevel === undefined ? html : shiftHeadings(html, options.headingLevel);
}
