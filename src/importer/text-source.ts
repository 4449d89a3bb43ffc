/**
 * From bytes to clean text lines: UTF-8 (or Windows-1252 when the bytes are not valid UTF-8),
 * and page furniture removed: "Side N", "Side N af M", "N of M", bare page numbers and headers or
 * footers repeated at the edges of pages (pages are separated by form feeds).
 */
import { caseNumberOfLine } from './case-number.ts';
import { isSectionHeading } from './headings.ts';

/** Decodes UTF-8; falls back to Windows-1252 (returns which encoding was used). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  let text: string;
  let encoding: 'utf-8' | 'windows-1252' = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
    encoding = 'windows-1252';
  }
  return { text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), encoding };
}

const PAGE_LINE = [
  /^side\s+\d+(?:\s*(?:af|\/|of)\s*\d+)?$/i,
  /^page\s+\d+(?:\s*of\s*\d+)?$/i,
  /^\d+\s*(?:af|of|\/)\s*\d+$/i,
  /^[-–]\s*\d+\s*[-–]$/,
];
const BARE_NUMBER = /^\d{1,3}$/;
const EDGE = 3;

/** A header's identity: its text; page numbers inside it ("Chefforum – side 3") do not count. */
const key = (line: string) => {
  const t = line.trim().replace(/\s+/g, ' ');
  return /\b(?:side|page|s\.)\s*\d/i.test(t) || /\b\d+\s*(?:af|of|\/)\s*\d+\b/.test(t)
    ? t.replace(/\d+/g, '#')
    : t;
};

/** Removes page furniture and form feeds; lines keep their order, pages are joined by a newline. */
export function removePageFurniture(text: string): string {
  const pages = text.split('\f').map((p) => p.split('\n'));
  const edgeIndexes = pages.map((lines) => {
    const nonBlank = lines.map((l, i) => (l.trim() ? i : -1)).filter((i) => i >= 0);
    return new Set([...nonBlank.slice(0, EDGE), ...nonBlank.slice(-EDGE)]);
  });
  const counts = new Map<string, number>();
  pages.forEach((lines, p) => {
    const seen = new Set<string>();
    for (const i of edgeIndexes[p] ?? new Set<number>()) seen.add(key(lines[i] ?? ''));
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  });
  // a line also printed away from the page edges is content ("Intet at bemærke."), not a header
  const inBody = new Set<string>();
  pages.forEach((lines, p) => {
    lines.forEach((l, i) => {
      if (l.trim() && !(edgeIndexes[p] ?? new Set<number>()).has(i)) inBody.add(key(l));
    });
  });
  const threshold = Math.max(2, Math.ceil(pages.length / 2));
  // structure lines (headings, case numbers, "Punkt N") often open every page but are never furniture
  const structural = (line: string) =>
    isSectionHeading(line) || caseNumberOfLine(line) !== undefined || /^punkt\s+\d/i.test(line.trim());
  const repeated = (line: string) =>
    pages.length >= 2 &&
    !inBody.has(key(line)) &&
    (counts.get(key(line)) ?? 0) >= threshold &&
    !structural(line);
  let titleKept = false;
  const out: string[] = [];
  pages.forEach((lines, p) => {
    lines.forEach((line, i) => {
      const t = line.trim();
      if (t && !titleKept) {
        titleKept = true; // the document's first line is its title, even if repeated as a page header
        out.push(line);
        return;
      }
      if (PAGE_LINE.some((r) => r.test(t))) return;
      if ((edgeIndexes[p] ?? new Set<number>()).has(i) && (BARE_NUMBER.test(t) || repeated(line))) return;
      out.push(line);
    });
  });
  return out.join('\n');
}

/** Paragraph text: trims lines, collapses runs of blank lines to one blank line. */
export function tidyText(lines: string[]): string {
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.replace(/[\t ]+/g, ' ').trim();
    if (line === '' && (out.length === 0 || (out[out.length - 1] ?? '') === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && (out[out.length - 1] ?? '') === '') out.pop();
  return out.join('\n');
}
