/**
 * The head of a text minutes/agenda: title line, labelled fields (Mødedato, Mødested,
 * Mødedeltagere, Afbud, Fraværende, Udvalg, ...) with the value on the same line or the following
 * lines, and a table of contents ("Indholdsfortegnelse", lines ending in dots/tabs and a page number).
 */

export type HeaderLabel = 'date' | 'time' | 'location' | 'participants' | 'absent' | 'forum' | 'other';

const LABELS: [RegExp, HeaderLabel][] = [
  [/^(?:mødedato|dato|mødetidspunkt|tid og sted|tidspunkt)\b/i, 'date'],
  [/^(?:starttidspunkt|start|mødestart)\b/i, 'time'],
  [/^(?:mødested|sted|lokale|mødelokale)\b/i, 'location'],
  [/^(?:mødedeltagere|deltagere|til stede|tilstede|deltagende|medlemmer|fremmødte)\b/i, 'participants'],
  [/^(?:afbud|fraværende|fravær|ikke til stede|afbud fra)\b/i, 'absent'],
  [/^(?:udvalg|forum|udvalget|mødeforum)\b/i, 'forum'],
  [/^(?:referent|sekretær|mødeleder|sluttidspunkt|mødeslut|slut)\b/i, 'other'],
];

export interface HeaderField {
  label: HeaderLabel;
  value: string;
}

export interface TocEntry {
  number?: string;
  title: string;
}

const TOC_LINE = /^(.*?\S)\s*(?:\.{3,}|…+|\t| {3,})\s*\.*\s*\d{1,4}\s*$/;
const TOC_HEADING = /^(?:indholdsfortegnelse|indhold|dagsordenens punkter|oversigt over punkter)\s*:?$/i;

export function isTocLine(line: string): boolean {
  return TOC_LINE.test(line.trim());
}

export function isTocHeading(line: string): boolean {
  return TOC_HEADING.test(line.trim());
}

export function tocEntry(line: string): TocEntry {
  const m = TOC_LINE.exec(line.trim()) as RegExpExecArray;
  let title = (m[1] ?? '').replace(/[.\s…]+$/, '').trim();
  const num = /^(?:punkt\s+)?(\d{1,4}(?:\.\d{1,2})*)\s*[:.)]?\s+(.+)$/i.exec(title);
  if (num) {
    title = (num[2] ?? '').trim();
    return { number: num[1] ?? '', title };
  }
  return { title };
}

/** The label a header line starts with, and the rest of the line. */
export function headerLabel(line: string): { label: HeaderLabel; rest: string } | undefined {
  const t = line.trim();
  for (const [re, label] of LABELS) {
    const m = re.exec(t);
    if (!m) continue;
    const rest = t.slice((m[0] ?? '').length);
    // a label is followed by a colon, whitespace or nothing ("Mødedato Onsdag ...", "Afbud: ...")
    if (rest !== '' && !/^\s*[:.]?\s/.test(rest) && !/^\s*:/.test(rest)) continue;
    return { label, rest: rest.replace(/^\s*[:.]?\s*/, '').trim() };
  }
  return undefined;
}

/**
 * Reads labelled fields from the header lines. A label with an empty rest takes the following
 * non-blank lines up to a blank line or the next label.
 */
export function readHeaderFields(lines: string[]): HeaderField[] {
  const fields: HeaderField[] = [];
  for (let i = 0; i < lines.length; i++) {
    const hit = headerLabel(lines[i] ?? '');
    if (!hit) continue;
    let value = hit.rest;
    if (value === '') {
      const more: string[] = [];
      let j = i + 1;
      while (j < lines.length && (lines[j] ?? '').trim() === '') j++;
      for (; j < lines.length && (lines[j] ?? '').trim() !== '' && !headerLabel(lines[j] ?? ''); j++)
        more.push((lines[j] ?? '').trim());
      value = more.join('\n');
    } else {
      // continuation lines of a long participant list
      let j = i + 1;
      while (
        (hit.label === 'participants' || hit.label === 'absent') &&
        j < lines.length &&
        (lines[j] ?? '').trim() !== '' &&
        !headerLabel(lines[j] ?? '') &&
        !isTocLine(lines[j] ?? '') &&
        !isTocHeading(lines[j] ?? '')
      ) {
        value += `\n${(lines[j] ?? '').trim()}`;
        j++;
      }
    }
    fields.push({ label: hit.label, value });
  }
  return fields;
}

const KIND_WORD =
  /^(?:referat|dagsorden|beslutningsprotokol|protokol|tillægsdagsorden|ekstraordinær dagsorden)\b/i;

/** The forum named in a title line: "REFERAT Chefforum d. 23-04-2025" → "Chefforum". */
export function forumFromTitle(title: string): string {
  let t = title.trim();
  t = t.replace(KIND_WORD, '').trim();
  t = t.replace(/^(?:for|fra|af|til)\s+/i, '');
  t = t.replace(/^(?:det\s+)?(?:ordinære\s+|ekstraordinære\s+)?mødet?\s+(?:i|for)\s+/i, '');
  t = t.replace(
    /\s*[-–,]?\s*(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\s+)?(?:d\.|den)?\s*\d{1,4}[-./ ].*$/i,
    '',
  );
  t = t.replace(/\s+(?:d\.|den)$/i, '');
  return t.trim();
}

/** minutes/agenda as the title says it, or undefined. */
export function kindFromTitle(title: string): 'agenda' | 'minutes' | undefined {
  if (/\b(?:referat|beslutningsprotokol|protokol)\b/i.test(title)) return 'minutes';
  if (/dagsorden/i.test(title)) return 'agenda';
  return undefined;
}
