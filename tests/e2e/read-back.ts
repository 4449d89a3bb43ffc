/**
 * Rendered documents read back as a reader sees them: a PDF's text per page with pdftotext
 * (poppler-utils), a DOCX's text with mammoth and its XML parts unzipped, an HTML page without its
 * tags. Plus an in-order matcher on whitespace-collapsed text, so line wrapping cannot split a phrase.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';
import { expect } from 'vitest';
import { inspectZip } from '../../src/domain/zip-inspect.ts';

/** The text of each page, in layout mode (pdftotext ends every page with a form feed). */
export function pdfPages(bytes: Buffer): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fora-read-back-'));
  const file = path.join(dir, 'document.pdf');
  try {
    fs.writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return text.split('\f').slice(0, -1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A page without its footer line ("REFERAT Chefforum d. 13-03-2024      Side 2 af 9"). */
export const withoutFooter = (page: string): string =>
  page
    .split('\n')
    .filter((line) => !/Side \d+ af \d+\s*$/.test(line))
    .join('\n');

/** The DOCX's text as mammoth reads it (paragraphs on their own lines, tabs kept). */
export async function docxText(bytes: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer: bytes })).value;
}

/** Every part of the DOCX package (document, styles, footers, core properties, ...), inflated. */
export function docxParts(bytes: Buffer): string {
  return inspectZip(bytes)
    .entries.map((e) => {
      const data = bytes.subarray(e.dataOffset, e.dataOffset + e.compressed);
      return (e.method === 8 ? inflateRawSync(data) : data).toString('utf8');
    })
    .join('\n');
}

/** The text of an HTML page: tags dropped (each as a space), entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Whitespace removed: wrapped lines, table columns and tabs cannot split or join a phrase then. */
export const squash = (s: string): string => s.replace(/\s+/g, '');

/** Long phrases are compared on their first 60 characters. */
export const head = (s: string, n = 60): string => (s.length > n ? s.slice(0, n) : s);

/** Asserts the phrases occur in the text in this order, each after the one before; whitespace-blind. */
export function expectInOrder(text: string, phrases: readonly string[], what: string): void {
  const hay = squash(text);
  let from = 0;
  let previous = '(start)';
  for (const phrase of phrases) {
    const needle = squash(head(phrase));
    const at = hay.indexOf(needle, from);
    expect(at, `${what}: "${head(phrase)}" after "${head(previous, 40)}"`).toBeGreaterThanOrEqual(0);
    from = at + needle.length;
    previous = phrase;
  }
}
