/**
 * Item sections as React elements, built node by node from the TipTap JSON: text is always a text
 * node (React escapes it), unknown nodes and marks are dropped, and links keep only http(s) and mailto.
 * No HTML string from the server is ever parsed. A document is static, so children are passed as
 * arguments (createElement) rather than keyed lists.
 */
import { createElement as h, type ReactNode } from 'react';
import type { RichTextDoc } from './types.ts';

type Block = RichTextDoc['content'][number];
type Inline = NonNullable<Extract<Block, { type: 'paragraph' }>['content']>[number];

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

function inline(node: Inline): ReactNode {
  if (node.type === 'hardBreak') return h('br');
  if (node.type !== 'text') return null;
  let out: ReactNode = node.text;
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') out = h('strong', null, out);
    else if (mark.type === 'italic') out = h('em', null, out);
    else if (mark.type === 'link' && SAFE_LINK.test(mark.attrs.href))
      out = h('a', { href: mark.attrs.href, rel: 'noopener noreferrer' }, out);
  }
  return out;
}

const inlines = (nodes: readonly Inline[] | undefined): ReactNode[] => (nodes ?? []).map(inline);

/** Headings inside a section sit below the section's own heading (`base`), at most h6. */
function block(node: Block, base: number): ReactNode {
  switch (node.type) {
    case 'paragraph':
      return h('p', null, ...inlines(node.content));
    case 'heading':
      return h(`h${Math.min(6, base + node.attrs.level - 2)}`, null, ...inlines(node.content));
    case 'bulletList':
      return h('ul', null, ...node.content.map((li) => h('li', null, ...blocks(li.content, base))));
    case 'orderedList':
      return h(
        'ol',
        { start: node.attrs?.start },
        ...node.content.map((li) => h('li', null, ...blocks(li.content, base))),
      );
    case 'table':
      return h(
        'div',
        { className: 'table--responsive-scroll' },
        h(
          'table',
          { className: 'table' },
          h(
            'tbody',
            null,
            ...node.content.map((row) =>
              h(
                'tr',
                null,
                ...row.content.map((cell) =>
                  h(
                    cell.type === 'tableHeader' ? 'th' : 'td',
                    { colSpan: cell.attrs?.colspan, rowSpan: cell.attrs?.rowspan },
                    ...blocks(cell.content, base),
                  ),
                ),
              ),
            ),
          ),
        ),
      );
    default:
      return null;
  }
}

const blocks = (nodes: readonly Block[] | undefined, base: number): ReactNode[] =>
  (nodes ?? []).map((n) => block(n, base));

/** `headingBase`: the level a document's h2 becomes (sections sit under an item's h3 and h4). */
export function RichText({ doc, headingBase = 5 }: { doc: RichTextDoc; headingBase?: number }) {
  return h('div', { className: 'rich-text' }, ...blocks(doc.content, headingBase));
}
