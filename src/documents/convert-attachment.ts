/**
 * Attachments turned into PDF pages for the meeting packet, without LibreOffice: a DOCX through
 * mammoth (its HTML: headings, paragraphs, lists, tables, PNG/JPEG images) laid out by pdfmake,
 * plain text and CSV as text pages, and the note page for an attachment that cannot be included.
 * ZIP-based documents must have passed the upload checks (`zipBombProblem`, `zipInflationProblem`)
 * before they get here, as for text extraction.
 */
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import mammoth from 'mammoth';
import type { Content, TableCell } from 'pdfmake';
import pdfmake from 'pdfmake';

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Longer text is cut (about 70 pages of 9 pt text): the cut is stated on the page. */
export const MAX_TEXT_CHARS = 200_000;

const pdfmakeDir = dirname(createRequire(import.meta.url).resolve('pdfmake/package.json'));
const fontDir = join(pdfmakeDir, 'fonts', 'Roboto');
const font = (style: string) => join(fontDir, `Roboto-${style}.ttf`);
const FONTS = {
  Roboto: {
    normal: font('Regular'),
    bold: font('Medium'),
    italics: font('Italic'),
    bolditalics: font('MediumItalic'),
  },
};

/** A4 with room at the bottom for the packet's footer stamp. */
const MARGIN = 56;
const CONTENT_WIDTH = 595.28 - 2 * MARGIN;

/**
 * pdfmake's Node entry point is a process-wide instance, shared with render-pdf.ts: the same Roboto
 * files under the same family name are added (not set) and the same policies (no URL, no file but
 * the fonts) are set right before `createPdf`, which reads them synchronously.
 */
async function pdfmakeBuffer(content: Content[], title: string): Promise<Buffer> {
  const definition: Parameters<typeof pdfmake.createPdf>[0] = {
    info: { title },
    language: 'da',
    pageSize: 'A4',
    pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
    // h1 16 pt … h4 10 pt, with space above.
    styles: Object.fromEntries(
      [16, 14, 12, 10].map((size, i) => [
        `h${i + 1}`,
        { fontSize: size, bold: true, margin: [0, size - 6, 0, 4] },
      ]),
    ),
    content,
  };
  pdfmake.addFonts(FONTS);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => resolve(path).startsWith(fontDir + sep));
  return pdfmake.createPdf(definition).getBuffer();
}

// ---- mammoth's HTML, parsed: it is generated, well-formed and uses a handful of elements ----

type El = { tag: string; attrs: Record<string, string>; children: Node[] };
type Node = El | string;

const VOID = new Set(['br', 'img', 'hr']);
const decode = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (e[0] !== '#') return named[e.toLowerCase()] ?? '';
    const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
    return String.fromCodePoint(code);
  });

export function parseHtml(html: string): El {
  const root: El = { tag: 'root', attrs: {}, children: [] };
  const stack: El[] = [root];
  const tokens = /<(\/?)([a-z0-9]+)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/gi;
  for (const m of html.matchAll(tokens)) {
    const top = stack.at(-1) ?? root;
    if (m[5] !== undefined) {
      top.children.push(decode(m[5]));
      continue;
    }
    const tag = (m[2] ?? '').toLowerCase();
    if (m[1] === '/') {
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (m[3] ?? '').matchAll(/([a-z-]+)(?:="([^"]*)")?/gi))
      attrs[(a[1] ?? '').toLowerCase()] = decode(a[2] ?? '');
    const el: El = { tag, attrs, children: [] };
    top.children.push(el);
    if (!VOID.has(tag) && m[4] !== '/') stack.push(el);
  }
  return root;
}

// ---- HTML tree → pdfmake content ----

/** pdfmake text properties: bold, italics, decoration, sup, sub, link, color. */
type Marks = Record<string, string | boolean>;
type Inline = { text: string } & Marks;
const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'img', 'hr']);
const [bold, italics, underline] = [{ bold: true }, { italics: true }, { decoration: 'underline' }];
const MARKS: Record<string, Marks> = { strong: bold, b: bold, em: italics, i: italics, u: underline };
Object.assign(MARKS, { s: { decoration: 'lineThrough' }, sup: { sup: true }, sub: { sub: true } });

function inlines(nodes: Node[], marks: Marks, out: Inline[]): Inline[] {
  for (const n of nodes) {
    if (typeof n === 'string') out.push({ text: n, ...marks });
    else if (n.tag === 'br') out.push({ text: '\n' });
    else if (n.tag === 'a' && n.attrs.href && /^(https?|mailto):/i.test(n.attrs.href))
      inlines(n.children, { ...marks, ...underline, link: n.attrs.href, color: '#1a4f8b' }, out);
    else inlines(n.children, { ...marks, ...MARKS[n.tag] }, out);
  }
  return out;
}

function image(el: El, maxWidth: number): Content {
  const src = el.attrs.src ?? '';
  // pdfmake scales down to maxWidth/maxHeight (its type definitions do not list them yet).
  if (/^data:image\/(png|jpeg);base64,/i.test(src))
    return { image: src, maxWidth, maxHeight: 600, margin: [0, 4] } as Content;
  return {
    text: `[Billede udeladt${el.attrs.alt ? `: ${el.attrs.alt}` : ''}]`,
    italics: true,
    color: '#555555',
  };
}

/** Block content of a sequence of nodes: runs of inline nodes become one paragraph. */
function flow(nodes: Node[], width: number): Content[] {
  const out: Content[] = [];
  let run: Node[] = [];
  const flush = () => {
    const text = inlines(run, {}, []);
    if (text.some((t) => t.text.trim() !== '')) out.push({ text, margin: [0, 0, 0, 4] });
    run = [];
  };
  for (const n of nodes) {
    if (typeof n === 'string' || !BLOCK.has(n.tag)) {
      run.push(n);
      continue;
    }
    flush();
    out.push(...block(n, width));
  }
  flush();
  return out;
}

function block(el: El, width: number): Content[] {
  const heading = /^h([1-6])$/.exec(el.tag);
  if (heading) return [{ text: inlines(el.children, {}, []), style: `h${Math.min(Number(heading[1]), 4)}` }];
  if (el.tag === 'p') {
    const images = el.children.filter((c): c is El => typeof c !== 'string' && c.tag === 'img');
    const text = inlines(
      el.children.filter((c) => typeof c === 'string' || c.tag !== 'img'),
      {},
      [],
    );
    const para: Content[] = text.length > 0 ? [{ text, margin: [0, 0, 0, 6] }] : [];
    return [...para, ...images.map((i) => image(i, width))];
  }
  if (el.tag === 'img') return [image(el, width)];
  if (el.tag === 'hr')
    return [{ canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.5 }], margin: [0, 4] }];
  if (el.tag === 'ul' || el.tag === 'ol') {
    const items = el.children
      .filter((c): c is El => typeof c !== 'string' && c.tag === 'li')
      .map((li) => ({ stack: flow(li.children, width - 20) }));
    return [el.tag === 'ul' ? { ul: items, margin: [0, 0, 0, 6] } : { ol: items, margin: [0, 0, 0, 6] }];
  }
  if (el.tag === 'table') return table(el, width);
  return flow(el.children, width);
}

/**
 * pdfmake wants every row to have the same number of cells, with placeholders under colspan and
 * rowspan; mammoth leaves the cells a rowspan covers out of the following rows.
 */
function table(el: El, width: number): Content[] {
  const elements = (e: El) => e.children.filter((c): c is El => typeof c !== 'string');
  const rows = elements(el).flatMap((c) => (c.tag === 'tr' ? [c] : c.tag.startsWith('t') ? elements(c) : []));
  const cells = rows.map((row) => elements(row).filter((c) => c.tag === 'td' || c.tag === 'th'));
  if (rows.length === 0) return [];
  const span = (c: El, attr: string) => Math.max(1, Number(c.attrs[attr]) || 1);
  const cellWidth = width / Math.max(1, ...cells.map((r) => r.reduce((n, c) => n + span(c, 'colspan'), 0)));
  const grid: (TableCell | undefined)[][] = rows.map(() => []);
  cells.forEach((line, r) => {
    let col = 0;
    for (const cell of line) {
      while (grid[r]?.[col] !== undefined) col++;
      const [colSpan, rowSpan] = [span(cell, 'colspan'), Math.min(span(cell, 'rowspan'), rows.length - r)];
      const content: TableCell = { stack: flow(cell.children, cellWidth * colSpan), colSpan, rowSpan };
      if (cell.tag === 'th') Object.assign(content, { bold: true, fillColor: '#eeeeee' });
      for (let dr = 0; dr < rowSpan; dr++)
        for (let dc = 0; dc < colSpan; dc++) (grid[r + dr] ?? [])[col + dc] = dr || dc ? {} : content;
      col += colSpan;
    }
  });
  const used = Math.max(1, ...grid.map((line) => line.length));
  const body = grid.map((line) => Array.from({ length: used }, (_, i) => line[i] ?? {}));
  // Leading rows of header cells repeat on every page.
  const headerRows = Math.max(
    0,
    cells.findIndex((line) => line.some((c) => c.tag === 'td')),
  );
  const table = { widths: Array(used).fill('*'), body, headerRows };
  return [{ table, margin: [0, 2, 0, 8], fontSize: 9 }];
}

export async function docxPdf(bytes: Buffer, title: string): Promise<Buffer> {
  // Never read files a document links to outside itself (mammoth's default, stated here).
  const { value } = await mammoth.convertToHtml({ buffer: bytes }, { externalFileAccess: false });
  try {
    return await pdfmakeBuffer(flow(parseHtml(value).children, CONTENT_WIDTH), title);
  } catch {
    // A structure pdfmake cannot lay out (an odd table, an image it cannot decode): the text.
    const { value: raw } = await mammoth.extractRawText({ buffer: bytes });
    return textPdf(raw, title);
  }
}

/** UTF-8, or Windows-1252 (Excel's Danish CSV export) when the bytes are not valid UTF-8. */
export function decodeText(bytes: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

export async function textPdf(raw: string, title: string): Promise<Buffer> {
  const clean = raw
    .replaceAll('\r\n', '\n')
    .replaceAll('\t', '    ')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
  const cut = clean.length > MAX_TEXT_CHARS;
  const content: Content[] = [
    { text: cut ? clean.slice(0, MAX_TEXT_CHARS) : clean, preserveLeadingSpaces: true, fontSize: 9 },
  ];
  if (cut)
    content.push({
      text: `Teksten er afkortet efter ${MAX_TEXT_CHARS.toLocaleString('da-DK')} tegn; hele filen ligger i Fora.`,
      italics: true,
      margin: [0, 12, 0, 0],
    });
  return pdfmakeBuffer(content, title);
}

/** The page that stands in for an attachment that could not be included. */
export function notePdf(heading: string, reason: string, mediaType: string): Promise<Buffer> {
  return pdfmakeBuffer(
    [
      { text: heading, style: 'h1' },
      { text: `Bilaget kunne ikke medtages: ${reason}`, margin: [0, 8, 0, 8] },
      ...(mediaType ? [{ text: `Filtype: ${mediaType}`, color: '#555555', fontSize: 9 }] : []),
    ],
    heading,
  );
}

/** Why a format is left out, by media type. */
const NOT_YET: [RegExp, string][] = [
  [/spreadsheet|ms-excel/, 'Regneark kan endnu ikke konverteres'],
  [/presentation|ms-powerpoint/, 'Præsentationer kan endnu ikke konverteres'],
  [/^image\//, 'Billedformatet kan endnu ikke konverteres (kun PNG og JPEG)'],
  [/opendocument\.text|msword|rtf/, 'Dokumentformatet kan endnu ikke konverteres (kun DOCX)'],
];

export type Converted =
  | { kind: 'pdf'; bytes: Buffer }
  | { kind: 'image'; format: 'png' | 'jpeg'; bytes: Buffer }
  | { kind: 'failed'; reason: string };

/** PDFs pass through untouched (the packet reads them); everything else becomes pages or a reason. */
export async function convertAttachment(
  name: string,
  mediaType: string,
  bytes: Buffer | null,
): Promise<Converted> {
  if (bytes === null)
    return { kind: 'failed', reason: 'Bilaget er en henvisning; filen ligger i sagssystemet' };
  if (mediaType === 'application/pdf') return { kind: 'pdf', bytes };
  if (mediaType === 'image/png') return { kind: 'image', format: 'png', bytes };
  if (mediaType === 'image/jpeg') return { kind: 'image', format: 'jpeg', bytes };
  try {
    if (mediaType === DOCX) return { kind: 'pdf', bytes: await docxPdf(bytes, name) };
    if (mediaType === 'text/plain' || mediaType === 'text/csv')
      return { kind: 'pdf', bytes: await textPdf(decodeText(bytes), name) };
  } catch {
    return { kind: 'failed', reason: 'Dokumentet kan ikke læses; filen kan være beskadiget' };
  }
  const reason = NOT_YET.find(([type]) => type.test(mediaType))?.[1];
  return { kind: 'failed', reason: reason ?? 'Filtypen kan ikke konverteres' };
}
