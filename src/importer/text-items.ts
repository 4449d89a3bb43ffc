/**
 * Splits the body of a text minutes/agenda into items. Headings: "Punkt N: Title" (when the document
 * uses them, nothing else splits), "N. Title", "N Title" (running numbers such as 715), "N." alone
 * with the title on the next line, sub-items "1.1". A numbered line only starts an item when its
 * number follows the previous item's AND something confirms it is a heading: the table of contents
 * lists the title, or a case number or section heading follows. So list lines "1. at ..." or a
 * numbered list inside the case text never split an item.
 */
import { caseNumberOfLine } from './case-number.ts';
import { isSectionHeading } from './headings.ts';
import type { TocEntry } from './text-header.ts';

export interface ItemHeading {
  line: number;
  /** Lines the heading occupies (2 when the number stands alone on its line). */
  span: number;
  number: string;
  title: string;
}

const PUNKT = /^punkt\s+(\d{1,4}(?:\.\d{1,2})*)\s*[:.\-–)]?\s*(.*)$/i;
const NUMBERED = /^(\d{1,4}(?:\.\d{1,2})*)(\.|\))?\s+(\S.*)$/;
const NUMBER_ALONE = /^(\d{1,4}(?:\.\d{1,2})*)\.?$/;

const simplify = (s: string) =>
  s
    .toLowerCase()
    .replace(/^lukket(?: punkt)?\s*[:\-–]\s*/, '')
    .replace(/[^a-zæøå0-9]+/g, ' ')
    .trim();

function follows(prev: string | undefined, next: string): boolean {
  if (prev === undefined) return true;
  const [p0 = 0, p1 = 0] = prev.split('.').map(Number);
  const pLen = prev.split('.').length;
  const n = next.split('.').map(Number);
  const [n0 = 0, n1 = 0] = n;
  if (n.length === 1) return n0 === p0 + 1;
  if (n.length === 2 && pLen === 1) return n0 === p0 && n1 === 1;
  if (n.length === 2 && pLen === 2) return n0 === p0 && n1 === p1 + 1;
  return false;
}

function nextNonBlank(lines: string[], from: number, count: number): string[] {
  const out: string[] = [];
  for (let i = from; i < lines.length && out.length < count; i++)
    if ((lines[i] ?? '').trim()) out.push((lines[i] ?? '').trim());
  return out;
}

export function findItemHeadings(lines: string[], start: number, toc: TocEntry[]): ItemHeading[] {
  const punkt: ItemHeading[] = [];
  for (let i = start; i < lines.length; i++) {
    const m = PUNKT.exec((lines[i] ?? '').trim());
    if (!m) continue;
    if ((m[2] ?? '') === '') {
      const [title] = nextNonBlank(lines, i + 1, 1);
      punkt.push({ line: i, span: 2, number: m[1] ?? '', title: title ?? '' });
    } else punkt.push({ line: i, span: 1, number: m[1] ?? '', title: (m[2] ?? '').trim() });
  }
  if (punkt.length > 0) return fixSpans(lines, punkt);

  const tocTitles = toc.map((e) => simplify(e.title)).filter((t) => t.length > 0);
  const inToc = (title: string) => {
    const t = simplify(title);
    return t.length > 0 && tocTitles.some((x) => x === t || x.startsWith(t) || t.startsWith(x));
  };
  const out: ItemHeading[] = [];
  let withCase = 0;
  for (let i = start; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    let number: string | undefined;
    let title: string | undefined;
    let span = 1;
    const alone = NUMBER_ALONE.exec(line);
    const numbered = NUMBERED.exec(line);
    if (alone) {
      const [t] = nextNonBlank(lines, i + 1, 1);
      if (!t) continue;
      number = alone[1] ?? '';
      title = t;
      span = 2;
    } else if (numbered) {
      number = numbered[1] ?? '';
      title = numbered[3] ?? '';
    } else continue;
    if (!follows(out[out.length - 1]?.number, number)) continue;
    if (/^(?:at|og|samt)\b/i.test(title) || /^[a-zæøå]/.test(title)) continue;
    const after = nextNonBlank(lines, i + span, 2);
    const first = after[0] ?? '';
    // strong: the contents list it, or a case number / closed marker comes right after
    const strong = caseNumberOfLine(first) !== undefined || /^(?:lukket|sagsnr|sag\b|j\.nr)/i.test(first);
    // weak: a section heading follows; only after a blank line, and not when the items so far all had case numbers
    const prevBlank = i === 0 || (lines[i - 1] ?? '').trim() === '';
    const weak =
      prevBlank && !(out.length > 0 && withCase === out.length) && after.some((l) => isSectionHeading(l));
    const confirmed = tocTitles.length > 0 ? inToc(title) : strong || weak;
    if (!confirmed) continue;
    if (strong && caseNumberOfLine(first) !== undefined) withCase++;
    out.push({ line: i, span, number, title: title.trim() });
  }
  return fixSpans(lines, out);
}

/** A heading whose title is on the next line spans up to that line. */
function fixSpans(lines: string[], headings: ItemHeading[]): ItemHeading[] {
  return headings.map((h) => {
    if (h.span === 1) return h;
    let j = h.line + 1;
    while (j < lines.length && (lines[j] ?? '').trim() === '') j++;
    return { ...h, span: j - h.line + 1 };
  });
}
