import { describe, expect, it } from 'vitest';
import { parseInput } from '../../src/app/validate.ts';
import { richTextToHtml } from '../../src/documents/rich-text-html.ts';
import { ForaError } from '../../src/domain/errors.ts';
import {
  isEmptyRichText,
  paragraphsDoc,
  type RichTextDoc,
  richTextDocSchema,
  richTextFromPlainText,
  richTextToPlainText,
} from '../../src/domain/rich-text.ts';

// Builders for test documents; `raw` content is deliberately untyped (it is untrusted input).
type Raw = Record<string, unknown>;
const doc = (...content: unknown[]): Raw => ({ type: 'doc', content });
const p = (...content: unknown[]): Raw => ({ type: 'paragraph', content });
const t = (text: string, ...marks: unknown[]): Raw =>
  marks.length ? { type: 'text', text, marks } : { type: 'text', text };
const bold = { type: 'bold' };
const italic = { type: 'italic' };
const link = (href: string): Raw => ({ type: 'link', attrs: { href } });
const li = (...content: unknown[]): Raw => ({ type: 'listItem', content });
const ul = (...items: unknown[]): Raw => ({ type: 'bulletList', content: items });
const row = (...cells: unknown[]): Raw => ({ type: 'tableRow', content: cells });
const th = (text: string): Raw => ({ type: 'tableHeader', content: [p(t(text))] });
const td = (text: string, attrs?: Raw): Raw => ({
  type: 'tableCell',
  ...(attrs && { attrs }),
  content: [p(t(text))],
});

const parse = (input: unknown): RichTextDoc => parseInput(richTextDocSchema, input);
const problems = (input: unknown, prefix = '') => {
  try {
    parseInput(richTextDocSchema, input, prefix);
  } catch (e) {
    if (e instanceof ForaError && e.code === 'validation_failed') return e.details;
    throw e;
  }
  throw new Error('expected the document to be rejected');
};

describe('valid documents pass unchanged', () => {
  const cases: [string, Raw][] = [
    ['an empty document', doc()],
    [
      'a paragraph with bold, italic and a link',
      doc(p(t('Se '), t('bilag', bold, italic, link('https://x.dk/b')))),
    ],
    ['an empty paragraph between two others', doc(p(t('a')), { type: 'paragraph' }, p(t('b')))],
    [
      'headings of level 2, 3 and 4',
      doc(...[2, 3, 4].map((level) => ({ type: 'heading', attrs: { level }, content: [t('Overskrift')] }))),
    ],
    ['a hard break', doc(p(t('linje 1'), { type: 'hardBreak' }, t('linje 2')))],
    ['nested bullet lists', doc(ul(li(p(t('a')), ul(li(p(t('a.1')))))))],
    [
      'an ordered list starting at 3 with letters',
      doc({ type: 'orderedList', attrs: { start: 3, type: 'a' }, content: [li(p(t('c')))] }),
    ],
    [
      'a table with a header row and a spanning cell',
      doc({
        type: 'table',
        content: [row(th('Navn'), th('Rolle')), row(td('Anne', { colspan: 2, rowspan: 2 }))],
      }),
    ],
    [
      'mailto: and http: links',
      doc(
        p(
          t('skriv', link('mailto:sekretariat@kommune.dk')),
          t(' eller '),
          t('se', link('http://kommune.dk/')),
        ),
      ),
    ],
    ['text with Danish letters, tabs and newlines', doc(p(t('Æblegrød på\tøen\n')))],
  ];
  it.each(cases)('%s', (_name, input) => {
    expect(parse(input)).toEqual(input);
  });
});

describe('rejected documents name the offending node', () => {
  const cases: [string, unknown, string, RegExp][] = [
    [
      'a script node',
      doc(p(t('a'), { type: 'script', content: [t('alert(1)')] })),
      'content.0.content.1.type',
      /^node type 'script' is not allowed$/,
    ],
    [
      'an iframe',
      doc({ type: 'iframe', attrs: { src: 'https://evil.example' } }),
      'content.0.type',
      /'iframe' is not allowed/,
    ],
    [
      'an onclick attribute',
      doc({ type: 'paragraph', attrs: { onclick: 'alert(1)' }, content: [t('a')] }),
      'content.0.attrs.onclick',
      /^event-handler attribute 'onclick' is not allowed$/,
    ],
    [
      'an onMouseOver key on a text node',
      doc(p({ type: 'text', text: 'a', onMouseOver: 'x' })),
      'content.0.content.0.onMouseOver',
      /event-handler/,
    ],
    [
      'a style attribute',
      doc({ type: 'heading', attrs: { level: 2, style: 'color:red' }, content: [t('a')] }),
      'content.0.attrs.style',
      /^attribute 'style' is not allowed on heading$/,
    ],
    [
      'a class attribute',
      doc({ type: 'paragraph', attrs: { class: 'x' } }),
      'content.0.attrs.class',
      /'class' is not allowed/,
    ],
    [
      'a class on a link',
      doc(p(t('a', { type: 'link', attrs: { href: 'https://x.dk', class: 'btn' } }))),
      'content.0.content.0.marks.0.attrs.class',
      /'class' is not allowed on link/,
    ],
    [
      'a link without href',
      doc(p(t('a', { type: 'link' }))),
      'content.0.content.0.marks.0.attrs.href',
      /non-empty string/,
    ],
    [
      'an unknown mark',
      doc(p(t('a', { type: 'underline' }))),
      'content.0.content.0.marks.0.type',
      /^mark type 'underline' is not allowed$/,
    ],
    ['a duplicated mark', doc(p(t('a', bold, bold))), 'content.0.content.0.marks.1.type', /appears twice/],
    [
      'an unknown key on text',
      doc(p({ type: 'text', text: 'a', html: '<b>' })),
      'content.0.content.0.html',
      /^unknown key 'html'$/,
    ],
    [
      'an attribute on text-level bold',
      doc(p(t('a', { type: 'bold', attrs: { style: 'x' } }))),
      'content.0.content.0.marks.0.attrs.style',
      /not allowed on bold/,
    ],
    [
      'a heading of level 1',
      doc({ type: 'heading', attrs: { level: 1 }, content: [t('a')] }),
      'content.0.attrs.level',
      /2, 3 or 4/,
    ],
    [
      'a heading without level',
      doc({ type: 'heading', content: [t('a')] }),
      'content.0.attrs.level',
      /2, 3 or 4/,
    ],
    ['an empty text node', doc(p(t(''))), 'content.0.content.0.text', /non-empty string/],
    ['a NUL character in text', doc(p(t('a\u0000b'))), 'content.0.content.0.text', /control character/],
    ['a lone surrogate in text', doc(p(t('a\uD800b'))), 'content.0.content.0.text', /invalid character/],
    [
      'a list item directly in the document',
      doc(li(p(t('a')))),
      'content.0.type',
      /^node type 'listItem' is not allowed in doc$/,
    ],
    ['text directly in the document', doc(t('a')), 'content.0.type', /'text' is not allowed in doc/],
    [
      'a paragraph inside a paragraph',
      doc(p(p(t('a')))),
      'content.0.content.0.type',
      /'paragraph' is not allowed in paragraph/,
    ],
    ['an empty bullet list', doc(ul()), 'content.0.content', /bulletList must not be empty/],
    [
      'a list item without content',
      doc(ul({ type: 'listItem' })),
      'content.0.content.0.content',
      /expected a list of nodes/,
    ],
    [
      'a colspan of 21',
      doc({ type: 'table', content: [row(td('a', { colspan: 21 }))] }),
      'content.0.content.0.content.0.attrs.colspan',
      /1 to 20/,
    ],
    ['a nested document', doc(doc()), 'content.0.type', /'doc' is not allowed/],
    ['a node that is not an object', doc('<p>hej</p>'), 'content.0', /expected a node object/],
    ['a document of another type', { type: 'paragraph', content: [] }, 'type', /type 'doc'/],
    [
      'an unknown key on the document',
      { type: 'doc', content: [], html: '<p>' },
      'html',
      /unknown key 'html'/,
    ],
    ['an HTML string instead of a document', '<p>hej</p>', '(root)', /expected a rich-text document/],
  ];
  it.each(cases)('%s', (_name, input, path, problem) => {
    const details = problems(input);
    expect(details).toContainEqual({ path, problem: expect.stringMatching(problem) });
  });

  const HREF = 'content.0.content.0.marks.0.attrs.href';
  it.each([
    ['javascript:alert(1)', /^link scheme 'javascript:' is not allowed \(only http:, https: and mailto:\)$/],
    ['JaVaScRiPt:alert(1)', /'javascript:'/],
    ['java\tscript:alert(1)', /'javascript:'/],
    ['java\nscript:alert(1)', /'javascript:'/],
    ['\u0000 \u0001javascript:alert(1)', /'javascript:'/],
    ['data:text/html,<script>alert(1)</script>', /'data:'/],
    ['vbscript:msgbox', /'vbscript:'/],
    ['/sager/1', /^link must be an absolute address starting with http:, https: or mailto:$/],
    ['//evil.example/x', /must be an absolute address/],
    ['sager/1', /must be an absolute address/],
  ] as [string, RegExp][])('rejects the link %j', (href, problem) => {
    expect(problems(doc(p(t('a', link(href)))))).toEqual([
      { path: HREF, problem: expect.stringMatching(problem) },
    ]);
  });

  it('reports every problem, each at its own path, under the field it came in', () => {
    const input = doc(
      p(t('a', link('javascript:x'))),
      { type: 'script' },
      { type: 'paragraph', attrs: { onload: 'x' } },
    );
    expect(problems(input, 'sections.baggrund').map((d) => d.path)).toEqual([
      'sections.baggrund.content.0.content.0.marks.0.attrs.href',
      'sections.baggrund.content.1.type',
      'sections.baggrund.content.2.attrs.onload',
    ]);
  });

  it('rejects nesting deeper than 20 levels', () => {
    let node: Raw = p(t('bund'));
    for (let i = 0; i < 10; i++) node = ul(li(node));
    expect(problems(doc(node))).toContainEqual({
      path: expect.stringMatching(/^content\.0\./),
      problem: expect.stringMatching(/deeper than 20 levels/),
    });
    let shallower: Raw = p(t('bund'));
    for (let i = 0; i < 8; i++) shallower = ul(li(shallower));
    expect(parse(doc(shallower))).toEqual(doc(shallower));
  });

  it('rejects more than 200,000 characters of text and more than 5,000 nodes', () => {
    expect(problems(doc(p(t('x'.repeat(100_000))), p(t('y'.repeat(100_001)))))).toEqual([
      { path: '(root)', problem: 'the document has more than 200000 characters of text' },
    ]);
    expect(parse(doc(p(t('x'.repeat(200_000)))))).toBeTruthy();
    expect(problems(doc(...Array.from({ length: 5_001 }, () => ({ type: 'paragraph' }))))).toEqual([
      { path: '(root)', problem: 'the document has more than 5000 nodes' },
    ]);
  });

  it('caps the number of problems reported', () => {
    expect(problems(doc(...Array.from({ length: 100 }, () => ({ type: 'script' }))))).toHaveLength(20);
  });
});

describe('normalisation', () => {
  it('merges adjacent text with identical marks, in any order, and keeps differing marks apart', () => {
    const input = doc(p(t('Det '), t('er '), t('vig', italic, bold), t('tigt', bold, italic), t('!', bold)));
    expect(parse(input)).toEqual(doc(p(t('Det er '), t('vigtigt', bold, italic), t('!', bold))));
  });

  it('drops empty paragraphs at the end but keeps those before', () => {
    const input = doc(
      { type: 'paragraph' },
      p(t('a')),
      { type: 'paragraph' },
      { type: 'paragraph', content: [] },
    );
    expect(parse(input)).toEqual(doc({ type: 'paragraph' }, p(t('a'))));
    expect(parse(doc({ type: 'paragraph' }))).toEqual(doc());
  });

  it('accepts what TipTap emits and drops defaults and ignored link attributes', () => {
    const tiptap = doc(
      p(
        t('Fora', {
          type: 'link',
          attrs: {
            href: ' https://Kommune.dk ',
            target: '_blank',
            rel: 'noopener noreferrer nofollow',
            class: null,
            title: null,
          },
        }),
      ),
      { type: 'orderedList', attrs: { start: 1, type: null }, content: [li(p(t('a')))] },
      {
        type: 'table',
        content: [
          row({
            type: 'tableCell',
            attrs: { colspan: 1, rowspan: 1, colwidth: null },
            content: [{ type: 'paragraph' }],
          }),
        ],
      },
      { type: 'paragraph', attrs: {}, content: [t('b'), { type: 'hardBreak', marks: [bold] }] },
    );
    expect(parse(tiptap)).toEqual(
      doc(
        p(t('Fora', link('https://kommune.dk/'))),
        { type: 'orderedList', content: [li(p(t('a')))] },
        { type: 'table', content: [row({ type: 'tableCell', content: [{ type: 'paragraph' }] })] },
        p(t('b'), { type: 'hardBreak' }),
      ),
    );
  });

  it('is idempotent', () => {
    const once = parse(doc(p(t('a'), t('b')), p(t('c', link('HTTPS://X.DK'))), { type: 'paragraph' }));
    expect(parse(once)).toEqual(once);
  });
});

describe('plain text', () => {
  const full = parse(
    doc(
      { type: 'heading', attrs: { level: 2 }, content: [t('Baggrund')] },
      p(t('Første '), t('linje', bold), { type: 'hardBreak' }, t('anden linje')),
      ul(li(p(t('punkt 1'))), li(p(t('punkt 2')), ul(li(p(t('punkt 2.1')))))),
      { type: 'table', content: [row(th('Navn'), th('Rolle')), row(td('Anne'), td('Formand'))] },
    ),
  );

  it('puts paragraphs, headings, list items and table cells on lines of their own', () => {
    expect(richTextToPlainText(full)).toBe(
      'Baggrund\nFørste linje\nanden linje\npunkt 1\npunkt 2\npunkt 2.1\nNavn\nRolle\nAnne\nFormand',
    );
  });

  it.each([
    ['an empty document', doc(), true],
    ['only empty paragraphs', doc({ type: 'paragraph' }, { type: 'paragraph' }), true],
    ['only whitespace and breaks', doc(p(t('  '), { type: 'hardBreak' }, t('\t'))), true],
    ['a list of empty items', doc(ul(li({ type: 'paragraph' }))), true],
    ['a single character', doc(p(t('x'))), false],
    ['text only in a table cell', doc({ type: 'table', content: [row(td('x'))] }), false],
  ] as [string, Raw, boolean][])('isEmptyRichText: %s is %s', (_name, input, empty) => {
    expect(isEmptyRichText(parse(input))).toBe(empty);
  });

  it('builds documents of plain paragraphs', () => {
    expect(paragraphsDoc('Første', 'Anden\nlinje', '')).toEqual(
      doc(p(t('Første')), p(t('Anden'), { type: 'hardBreak' }, t('linje'))),
    );
    expect(paragraphsDoc()).toEqual(doc());
    expect(parse(paragraphsDoc('a', '', 'b'))).toEqual(paragraphsDoc('a', '', 'b'));
  });

  const ol = (start: number | null, ...items: unknown[]): Raw => ({
    type: 'orderedList',
    ...(start !== null && { attrs: { start } }),
    content: items,
  });
  it.each([
    [
      'blank-line separated paragraphs',
      'Første afsnit\n\n\nAndet\r\nafsnit',
      doc(p(t('Første afsnit')), p(t('Andet'), { type: 'hardBreak' }, t('afsnit'))),
    ],
    [
      '"- " and "• " bullets, also across blank lines',
      'Punkter:\n- et\n• to\n\n- tre',
      doc(p(t('Punkter:')), ul(li(p(t('et'))), li(p(t('to'))), li(p(t('tre'))))),
    ],
    [
      'numbered items',
      '1. Godkendelse\n2. Orientering',
      doc(ol(null, li(p(t('Godkendelse'))), li(p(t('Orientering'))))),
    ],
    ['a numbered list starting at 3', '3. Tre\n4. Fire', doc(ol(3, li(p(t('Tre'))), li(p(t('Fire')))))],
    [
      'a continuation line inside a bullet',
      '- lang tekst\nder fortsætter',
      doc(ul(li(p(t('lang tekst'), { type: 'hardBreak' }, t('der fortsætter'))))),
    ],
    ['a Danish date is not a list', '1. maj holdes der fridag', doc(p(t('1. maj holdes der fridag')))],
    ['control characters are removed', 'a\u0000b\u0007c', doc(p(t('abc')))],
    ['whitespace only', ' \n\n \t ', doc()],
  ] as [string, string, Raw][])('richTextFromPlainText: %s', (_name, text, expected) => {
    const result = richTextFromPlainText(text);
    expect(result).toEqual(expected);
    expect(parse(result)).toEqual(result);
  });
});

describe('HTML rendering', () => {
  const html = (input: Raw) => richTextToHtml(parse(input));

  it('renders script given as text as text', () => {
    expect(html(doc(p(t('<script>alert(1)</script> & "x" \'y\''))))).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &#39;y&#39;</p>',
    );
  });

  it('renders headings, marks and hard breaks', () => {
    expect(
      html(
        doc(
          { type: 'heading', attrs: { level: 3 }, content: [t('Indstilling')] },
          p(t('a', bold), t('b', italic), t('c', bold, italic), { type: 'hardBreak' }, t('d')),
        ),
      ),
    ).toBe('<h3>Indstilling</h3><p><strong>a</strong><em>b</em><strong><em>c</em></strong><br>d</p>');
  });

  it('renders links with rel and an escaped href, one <a> across differently marked text', () => {
    const href = 'https://kommune.dk/sag?id=1&navn="x"';
    expect(html(doc(p(t('Se '), t('sagen ', link(href)), t('her', link(href), bold), t('.'))))).toBe(
      '<p>Se <a href="https://kommune.dk/sag?id=1&amp;navn=%22x%22" rel="noopener noreferrer">sagen <strong>her</strong></a>.</p>',
    );
  });

  it('renders nested and ordered lists', () => {
    expect(
      html(doc(ul(li(p(t('a')), { type: 'orderedList', attrs: { start: 2 }, content: [li(p(t('b')))] })))),
    ).toBe('<ul><li><p>a</p><ol start="2"><li><p>b</p></li></ol></li></ul>');
  });

  it('renders a first row of header cells as thead with scoped th', () => {
    const table = {
      type: 'table',
      content: [
        row(th('Navn'), th('Rolle')),
        row(th('Anne'), td('Formand')),
        row(td('To kolonner', { colspan: 2 })),
      ],
    };
    expect(html(doc(table))).toBe(
      '<table><thead><tr><th scope="col"><p>Navn</p></th><th scope="col"><p>Rolle</p></th></tr></thead>' +
        '<tbody><tr><th scope="row"><p>Anne</p></th><td><p>Formand</p></td></tr>' +
        '<tr><td colspan="2"><p>To kolonner</p></td></tr></tbody></table>',
    );
    expect(html(doc({ type: 'table', content: [row(td('a'))] }))).toBe(
      '<table><tbody><tr><td><p>a</p></td></tr></tbody></table>',
    );
  });

  it('emits nothing outside the schema even for a document that skipped validation', () => {
    const unvalidated = doc(
      { type: 'script', content: [t('alert(1)')] },
      p(t('klik', link('javascript:alert(1)')), { type: 'image', attrs: { src: 'x' } }),
      { type: 'heading', attrs: { level: '1 onclick=x' }, content: [t('h')] },
      {
        type: 'orderedList',
        attrs: { start: '1" onclick="x', type: 'x" onclick="y' },
        content: [li(p(t('i')))],
      },
    ) as unknown as RichTextDoc;
    expect(richTextToHtml(unvalidated)).toBe('<p>klik</p><h2>h</h2><ol><li><p>i</p></li></ol>');
  });
});
