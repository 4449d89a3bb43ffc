/** Typing uploads by content, fitting the name to the content, and making the name safe. */
import { describe, expect, it } from 'vitest';
import type { ForaError } from '../../src/domain/errors.ts';
import {
  ALLOWED_MEDIA_TYPES,
  detectMediaType,
  nameForContent,
  safeFileName,
  sniffMediaType,
} from '../../src/domain/file-type.ts';
import {
  docxParts,
  GIF,
  HTML,
  JPEG,
  minimalDocx,
  minimalOdt,
  minimalPdf,
  PNG,
  WEBP,
  zip,
} from './file-fixtures.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const errorOf = (f: () => unknown): ForaError | null => {
  try {
    f();
  } catch (e) {
    return e as ForaError;
  }
  return null;
};

describe('sniffMediaType: by content, never by name', () => {
  it.each([
    ['a PDF', minimalPdf('Budget 2026 tidsplan'), 'application/pdf', 'pdf'],
    ['a DOCX', minimalDocx('Miljøledelse i Albertslund'), DOCX, 'docx'],
    [
      'an XLSX',
      zip([
        { name: '[Content_Types].xml', data: '<Types/>' },
        { name: 'xl/workbook.xml', data: '<workbook/>' },
      ]),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'xlsx',
    ],
    [
      'a PPTX',
      zip([
        { name: '[Content_Types].xml', data: '<Types/>' },
        { name: 'ppt/presentation.xml', data: '<p/>' },
      ]),
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      'pptx',
    ],
    ['an ODT', minimalOdt(), 'application/vnd.oasis.opendocument.text', 'odt'],
    ['a PNG', PNG, 'image/png', 'png'],
    ['a JPEG', JPEG, 'image/jpeg', 'jpg'],
    ['a GIF', GIF, 'image/gif', 'gif'],
    ['a WebP', WEBP, 'image/webp', 'webp'],
    ['Danish text', Buffer.from('Referat fra Chefforum\nÆblegrød og ørred på Ågade\n'), 'text/plain', 'txt'],
    ['text with a BOM', Buffer.from('\uFEFFBilag 1;Økonomi\r\n2026;120\r\n'), 'text/plain', 'txt'],
    ['text starting with "<3"', Buffer.from('<3 tak for i dag'), 'text/plain', 'txt'],
  ])('%s', (_what, bytes, mediaType, extension) => {
    expect(sniffMediaType(bytes)).toEqual({ mediaType, extension });
    expect(Object.keys(ALLOWED_MEDIA_TYPES)).toContain(mediaType);
  });

  it.each([
    ['an HTML page', HTML, 'text/html'],
    ['HTML after whitespace, in capitals', Buffer.from('\n\n  <HTML><BODY>hej</BODY></HTML>'), 'text/html'],
    ['a bare script tag', Buffer.from('<script>fetch("/api")</script>'), 'text/html'],
    ['an HTML comment first', Buffer.from('<!-- x --><p>hej</p>'), 'text/html'],
    [
      'an SVG',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>'),
      'image/svg+xml',
    ],
    ['an SVG behind an XML declaration', Buffer.from('<?xml version="1.0"?>\n<svg/>'), 'image/svg+xml'],
    ['XML', Buffer.from('<?xml version="1.0"?><a/>'), 'application/xml'],
    ['a Windows program', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]), 'application/x-msdownload'],
    ['an ELF program', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), 'application/x-executable'],
    ['a plain ZIP', zip([{ name: 'a.txt', data: 'a' }]), 'application/zip'],
    [
      'a ZIP with word/ but no content types',
      zip([{ name: 'word/document.xml', data: '<w/>' }]),
      'application/zip',
    ],
    ['a damaged ZIP', Buffer.from('PK\u0003\u0004broken'), 'application/zip'],
    [
      'an old Word document',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]),
      'application/x-ole-storage',
    ],
    ['bytes with NUL', Buffer.from([0x41, 0x00, 0x42]), 'application/octet-stream'],
    ['Latin-1, not UTF-8', Buffer.from('Bl\xe5b\xe6r', 'latin1'), 'application/octet-stream'],
    ['control characters', Buffer.from('abc\u0007def'), 'application/octet-stream'],
    ['an empty file', Buffer.alloc(0), 'application/octet-stream'],
  ])('refuses %s', (_what, bytes, detected) => {
    expect(sniffMediaType(bytes)).toBeNull();
    expect(detectMediaType(bytes)).toMatchObject({ mediaType: detected, allowed: false });
  });

  it('types a DOCX from its table of contents even when its parts come in another order', () => {
    const [types, rels, doc] = docxParts('Omvendt');
    expect(sniffMediaType(zip([doc, rels, types].filter((p) => p !== undefined)))?.mediaType).toBe(DOCX);
  });
});

describe('nameForContent', () => {
  const pdf = { mediaType: 'application/pdf', extension: 'pdf' };
  const text = { mediaType: 'text/plain', extension: 'txt' };
  it.each([
    ['Budget 2026.pdf', pdf, 'Budget 2026.pdf', 'application/pdf'],
    ['BUDGET.PDF', pdf, 'BUDGET.PDF', 'application/pdf'],
    ['Budget 2026', pdf, 'Budget 2026.pdf', 'application/pdf'],
    ['Referat v2.1', pdf, 'Referat v2.1.pdf', 'application/pdf'],
    ['noter.txt', text, 'noter.txt', 'text/plain'],
    ['tal.csv', text, 'tal.csv', 'text/csv'],
    ['noter', text, 'noter.txt', 'text/plain'],
  ])('%s with %o -> %s', (name, sniffed, fitted, mediaType) => {
    expect(nameForContent(name, sniffed)).toEqual({ name: fitted, mediaType });
  });

  it.each([
    ['rapport.docx', pdf, /application\/pdf.*\.docx/],
    ['side.html', text, /text\/plain.*\.html/],
    ['program.exe', pdf, /\.exe/],
  ])('refuses %s whose extension names another type', (name, sniffed, problem) => {
    const err = errorOf(() => nameForContent(name, sniffed));
    expect(err).toMatchObject({ code: 'validation_failed', details: [{ path: 'file' }] });
    expect(err?.details[0]?.problem).toMatch(problem);
  });
});

describe('safeFileName', () => {
  it.each([
    ['Miljøledelse i Albertslund.docx', 'Miljøledelse i Albertslund.docx'],
    ['C:\\Users\\anne\\Bilag 1 - Økonomi.pdf', 'Bilag 1 - Økonomi.pdf'],
    ['/home/anne/rapport.pdf', 'rapport.pdf'],
    ['D:rapport.pdf', 'rapport.pdf'],
    ['Budget: 2026?.pdf', 'Budget_ 2026_.pdf'],
    ['a<b>c|d*e"f.pdf', 'a_b_c_d_e_f.pdf'],
    ['rapport\u202Efdp.exe', 'rapportfdp.exe'],
    ['  navn\t\nmed\u0000 kontrol.pdf  ', 'navn med kontrol.pdf'],
    ['.htaccess', 'htaccess'],
    ['rapport.pdf...', 'rapport.pdf'],
    ['CON.txt', '_CON.txt'],
    ['A\u030Arhus.pdf', 'Århus.pdf'],
  ])('%j -> %j', (raw, safe) => {
    expect(safeFileName(raw)).toBe(safe);
  });

  it('keeps at most 200 characters and the extension', () => {
    const long = `${'æ'.repeat(300)}.pdf`;
    const safe = safeFileName(long);
    expect(Array.from(safe)).toHaveLength(200);
    expect(safe.endsWith('æ.pdf')).toBe(true);
  });

  it.each([
    ['../../etc/passwd', /path traversal/],
    ['..\\..\\windows\\win.ini', /path traversal/],
    ['../../etc/rapport.pdf', /path traversal/],
    ['..', /path traversal/],
    ['', /empty/],
    ['/', /empty/],
    ['C:\\', /empty/],
    ['\u0000\u0001', /empty/],
    ['...', /empty/],
  ])('refuses %j (path name)', (raw, problem) => {
    const err = errorOf(() => safeFileName(raw));
    expect(err).toMatchObject({ code: 'validation_failed', details: [{ path: 'name' }] });
    expect(err?.details[0]?.problem).toMatch(problem);
  });
});
