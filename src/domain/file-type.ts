/**
 * What an uploaded file is, judged by its content (magic bytes, a ZIP's table of contents), never
 * by its name; the allow-list of types Fora accepts; and the uploaded name made safe to show and
 * to offer as a download name (it is never used as a path). Pure.
 */
import { invalid } from './errors.ts';
import { inspectZip, looksLikeZip, storedEntryContent, type ZipEntry } from './zip-inspect.ts';

/** The accepted types, with the file-name extensions that fit each (the first is the canonical one). */
export const ALLOWED_MEDIA_TYPES = {
  'application/pdf': ['pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'text/plain': ['txt', 'text', 'md', 'log'],
  'text/csv': ['csv', 'tsv'],
} as const satisfies Record<string, readonly string[]>;
export type AllowedMediaType = keyof typeof ALLOWED_MEDIA_TYPES;

export const isAllowedMediaType = (t: string): t is AllowedMediaType => Object.hasOwn(ALLOWED_MEDIA_TYPES, t);

/** Types that are ZIP archives and must pass the zip-bomb check before anything unpacks them. */
export const ZIP_BASED_TYPES: readonly string[] = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
];

export interface SniffedType {
  mediaType: string;
  extension: string;
}

export interface DetectedType extends SniffedType {
  allowed: boolean;
}

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0): boolean =>
  sig.every((byte, i) => b[at + i] === byte);
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

const found = (mediaType: string, extension: string, allowed: boolean): DetectedType => ({
  mediaType,
  extension,
  allowed,
});
const accepted = (mediaType: AllowedMediaType): DetectedType =>
  found(mediaType, ALLOWED_MEDIA_TYPES[mediaType][0], true);

/** Markup a browser could render as a page (HTML, SVG, XML with script): never accepted as text. */
const MARKUP =
  /^<(?:!doctype|!--|\?xml|html|head|body|script|svg|iframe|object|embed|style|[a-z][a-z0-9-]*[\s/>])/i;

function detectZip(b: Uint8Array): DetectedType {
  let entries: ZipEntry[];
  try {
    entries = inspectZip(b).entries;
  } catch {
    return found('application/zip', 'zip', false);
  }
  const names = new Set(entries.map((e) => e.name));
  const under = (prefix: string) => entries.some((e) => e.name.startsWith(prefix));
  if (names.has('[Content_Types].xml')) {
    if (under('word/'))
      return accepted('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    if (under('xl/')) return accepted('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    if (under('ppt/'))
      return accepted('application/vnd.openxmlformats-officedocument.presentationml.presentation');
  }
  const mimetype = entries.find((e) => e.name === 'mimetype');
  const declared = mimetype && storedEntryContent(b, mimetype);
  if (declared) {
    const type = new TextDecoder().decode(declared).trim();
    if (
      type === 'application/vnd.oasis.opendocument.text' ||
      type === 'application/vnd.oasis.opendocument.spreadsheet'
    )
      return accepted(type);
    if (/^application\/[\w.+-]+$/.test(type)) return found(type, 'zip', false);
  }
  return found('application/zip', 'zip', false);
}

function detectText(b: Uint8Array): DetectedType | null {
  if (b.includes(0)) return null;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return null;
  }
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (MARKUP.test(head)) {
    if (/^<svg|^<\?xml[^>]*>\s*<svg/i.test(head)) return found('image/svg+xml', 'svg', false);
    if (/^<\?xml/i.test(head)) return found('application/xml', 'xml', false);
    return found('text/html', 'html', false);
  }
  // Control characters other than tab, line feed, form feed and carriage return mean binary.
  if (/(?![\t\n\f\r])\p{Cc}/u.test(text.slice(0, 64 * 1024))) return null;
  return accepted('text/plain');
}

/**
 * What the bytes are, allowed or not. The whole file is needed for ZIP-based documents (the table
 * of contents is at the end); for other types the first bytes decide.
 */
export function detectMediaType(b: Uint8Array): DetectedType {
  if (b.length === 0) return found('application/octet-stream', 'bin', false);
  if (startsWith(b, ascii('%PDF-'))) return accepted('application/pdf');
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return accepted('image/png');
  if (startsWith(b, [0xff, 0xd8, 0xff])) return accepted('image/jpeg');
  if (startsWith(b, ascii('GIF87a')) || startsWith(b, ascii('GIF89a'))) return accepted('image/gif');
  if (startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8)) return accepted('image/webp');
  if (looksLikeZip(b)) return detectZip(b);
  if (startsWith(b, ascii('MZ'))) return found('application/x-msdownload', 'exe', false);
  if (startsWith(b, [0x7f, 0x45, 0x4c, 0x46])) return found('application/x-executable', 'elf', false);
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    return found('application/x-ole-storage', 'doc', false);
  if (startsWith(b, ascii('{\\rtf'))) return found('application/rtf', 'rtf', false);
  return detectText(b) ?? found('application/octet-stream', 'bin', false);
}

/** The allowed type the bytes are, or null when they are not of an allowed type. */
export function sniffMediaType(b: Uint8Array): SniffedType | null {
  const t = detectMediaType(b);
  return t.allowed ? { mediaType: t.mediaType, extension: t.extension } : null;
}

/** Extensions that name a type: a name ending in one of these must match the content. */
const TYPED_EXTENSIONS = new Set<string>([
  ...Object.values(ALLOWED_MEDIA_TYPES).flat(),
  ...['htm', 'html', 'xhtml', 'shtml', 'svg', 'svgz', 'xml', 'xsl', 'js', 'mjs', 'json', 'css', 'php'],
  ...['exe', 'dll', 'com', 'bat', 'cmd', 'sh', 'ps1', 'vbs', 'msi', 'jar', 'apk', 'scr', 'hta', 'lnk'],
  ...['zip', 'rar', '7z', 'gz', 'tgz', 'tar', 'doc', 'xls', 'ppt', 'rtf', 'odp', 'pages', 'key', 'numbers'],
  ...['docm', 'xlsm', 'pptm', 'dotx', 'dotm', 'xltx', 'eml', 'msg', 'ics', 'bmp', 'tif', 'tiff', 'heic'],
]);

const extensionOf = (name: string): string | null => {
  const m = /\.([A-Za-z0-9]{1,10})$/.exec(name);
  return m?.[1] && m.index > 0 ? m[1].toLowerCase() : null;
};

/**
 * Fits the (safe) display name to the content: a name whose extension names another type is
 * refused (an HTML page named .pdf, a PDF named .docx); a name without a known extension gets the
 * content's. Text named .csv or .tsv is `text/csv`.
 */
export function nameForContent(
  name: string,
  sniffed: SniffedType,
): { name: string; mediaType: AllowedMediaType } {
  if (!isAllowedMediaType(sniffed.mediaType))
    throw invalid('file', `content is ${sniffed.mediaType}, which is not allowed`);
  let mediaType: AllowedMediaType = sniffed.mediaType;
  const ext = extensionOf(name);
  if (
    mediaType === 'text/plain' &&
    ext !== null &&
    (ALLOWED_MEDIA_TYPES['text/csv'] as readonly string[]).includes(ext)
  )
    mediaType = 'text/csv';
  const fits = (ALLOWED_MEDIA_TYPES[mediaType] as readonly string[]).includes(ext ?? '');
  if (fits) return { name, mediaType };
  if (ext !== null && TYPED_EXTENSIONS.has(ext))
    throw invalid('file', `content is ${mediaType}, which does not match the name's extension .${ext}`);
  return { name: limitLength(`${name}.${ALLOWED_MEDIA_TYPES[mediaType][0]}`), mediaType };
}

export const MAX_FILE_NAME = 200;

/** Cuts a name to MAX_FILE_NAME characters (code points), keeping its extension. */
function limitLength(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= MAX_FILE_NAME) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 11 ? name.slice(dot) : '';
  const stem = Array.from(ext ? name.slice(0, dot) : name);
  return `${stem
    .slice(0, MAX_FILE_NAME - Array.from(ext).length)
    .join('')
    .trimEnd()}${ext}`;
}

const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

/**
 * The uploaded name made safe to show and to offer as a download name: directories (including a
 * Windows drive) stripped, control and bidi-override characters removed, characters reserved on
 * common file systems replaced by `_`, at most 200 characters; Danish letters kept. A name with a
 * `..` segment (path traversal) is refused, as is a name with nothing left.
 */
export function safeFileName(raw: string): string {
  const normalised = raw.normalize('NFC');
  const segments = normalised.split(/[/\\]+/);
  if (segments.some((s) => s.trim() === '..'))
    throw invalid('name', 'contains a path traversal (..), which is not allowed');
  let name = (segments[segments.length - 1] ?? '')
    .replace(/^[A-Za-z]:/, '')
    // Control and format characters: bidi overrides (which can show "rapport<RLO>fdp.exe" as
    // "rapportexe.pdf"), zero-width characters, the BOM.
    .replace(/\s+/g, ' ')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (WINDOWS_DEVICE.test(name)) name = `_${name}`;
  name = limitLength(name);
  if (name.length === 0)
    throw invalid('name', 'is empty once directories and characters not allowed are removed');
  return name;
}
