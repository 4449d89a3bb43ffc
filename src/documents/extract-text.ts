/**
 * Text of an attachment for search: PDF through unpdf (PDF.js), DOCX through mammoth, plain text
 * as is. Extraction failing is not the uploader's fault: the attachment is kept with status
 * 'failed'. ZIP-based documents must have passed the zip-bomb check (`zipBombProblem`) and
 * `zipInflationProblem` before they get here.
 */
import { inflateRawSync } from 'node:zlib';
import type { ZipEntry } from '../domain/zip-inspect.ts';

export const MAX_EXTRACTED_CHARS = 1_000_000;

export type ExtractionStatus = 'ok' | 'none' | 'failed';

export interface Extraction {
  status: ExtractionStatus;
  text: string | null;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** PostgreSQL text holds no NUL; the text is cut to MAX_EXTRACTED_CHARS. */
function finish(raw: string): Extraction {
  const text = raw.replaceAll('\0', '').trim();
  if (text.length === 0) return { status: 'none', text: null };
  let cut = text.slice(0, MAX_EXTRACTED_CHARS);
  // Never end on half of a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return { status: 'ok', text: cut };
}

async function pdfText(bytes: Buffer): Promise<string> {
  const { extractText: unpdfText, getDocumentProxy } = await import('unpdf');
  // PDF.js may take ownership of the array it is given: hand it a copy.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), {
    isEvalSupported: false,
    verbosity: 0, // errors only: a damaged PDF is reported as 'failed', not logged
  });
  try {
    const { text } = await unpdfText(pdf, { mergePages: true });
    return text;
  } finally {
    await pdf.destroy();
  }
}

async function docxText(bytes: Buffer): Promise<string> {
  const mammoth = await import('mammoth');
  const result = await mammoth.default.extractRawText({ buffer: bytes });
  return result.value;
}

export async function extractText(bytes: Buffer, mediaType: string): Promise<Extraction> {
  try {
    if (mediaType === 'application/pdf') return finish(await pdfText(bytes));
    if (mediaType === DOCX) return finish(await docxText(bytes));
    if (mediaType === 'text/plain' || mediaType === 'text/csv')
      return finish(new TextDecoder('utf-8').decode(bytes));
    return { status: 'none', text: null };
  } catch {
    return { status: 'failed', text: null };
  }
}

/**
 * Inflates every entry of a ZIP archive, one at a time and never beyond its declared size, so
 * an archive that lies about its sizes is caught before a library unpacks it. Returns a problem
 * or null. Run after `zipBombProblem` (which bounds the declared sizes).
 */
export function zipInflationProblem(bytes: Buffer, entries: readonly ZipEntry[]): string | null {
  for (const e of entries) {
    if (e.dataOffset < 0 || e.dataOffset + e.compressed > bytes.length)
      return `entry ${e.name} lies outside the file`;
    if (e.method === 0) continue;
    const data = bytes.subarray(e.dataOffset, e.dataOffset + e.compressed);
    let size: number;
    try {
      size = inflateRawSync(data, { maxOutputLength: Math.max(e.uncompressed, 1) }).length;
    } catch (err) {
      const code = (err as { code?: string }).code;
      return code === 'ERR_BUFFER_TOO_LARGE'
        ? `entry ${e.name} expands beyond its declared ${e.uncompressed} bytes`
        : `entry ${e.name} is damaged`;
    }
    if (size !== e.uncompressed)
      return `entry ${e.name} expands to ${size} bytes, not the declared ${e.uncompressed}`;
  }
  return null;
}
