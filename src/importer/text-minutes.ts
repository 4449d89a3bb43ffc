/**
 * Minutes and agendas as plain text (also the text of PDF and DOCX files): title line, header
 * fields, table of contents (skipped, but used to confirm item headings), items with case number,
 * sections, recommendations, decision and attachments. Page furniture is removed first.
 */
import { caseNumberOfLine } from './case-number.ts';
import { findDanishDate, findTime } from './danish-date.ts';
import { isSectionHeading } from './headings.ts';
import { buildItem, closedTitle, meetingKind, type RawItem } from './item-builder.ts';
import type { ParsedMeeting, ParsedParticipant, ParsedSection } from './parsed-meeting.ts';
import { parseAbsences, parseParticipants } from './participants.ts';
import {
  forumFromTitle,
  headerLabel,
  isTocHeading,
  isTocLine,
  kindFromTitle,
  readHeaderFields,
  type TocEntry,
  tocEntry,
} from './text-header.ts';
import { findItemHeadings } from './text-items.ts';
import { removePageFurniture, tidyText } from './text-source.ts';

const PER_ITEM_ABSENCE =
  /^(?:ikke til stede|fraværende|afbud|inhabil|følgende deltog ikke i behandlingen af (?:punktet|sagen))\s*:?\s*(.*)$/i;
const CLOSED_PART = /^lukket\s+(?:referat|dagsorden|del|møde)\s*:?$/i;
const CLOSED_LINE = /^(?:lukket punkt|lukket sag|punktet er lukket|lukket)\.?$/i;

export function parseTextMinutes(input: string, source: string): ParsedMeeting {
  const warnings: string[] = [];
  const lines = removePageFurniture(input).split('\n');
  const firstLine = lines.findIndex((l) => l.trim() !== '');
  const title = firstLine >= 0 ? (lines[firstLine] ?? '').trim() : '';

  // table of contents: entries between the header and the first item
  const toc: TocEntry[] = [];
  let bodyStart = firstLine + 1;
  for (let i = firstLine + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (isTocLine(line)) {
      toc.push(tocEntry(line));
      bodyStart = i + 1;
    } else if (toc.length > 0 && line.trim() !== '') break;
    // a case number or section heading means the items have begun: no contents list after that
    else if (caseNumberOfLine(line) !== undefined || isSectionHeading(line)) break;
  }
  const headings = findItemHeadings(lines, Math.max(bodyStart, firstLine + 1), toc);
  const headerEnd = headings[0]?.line ?? lines.length;
  const headerLines = lines.slice(firstLine + 1, headerEnd).filter((l) => !isTocLine(l) && !isTocHeading(l));
  const fields = readHeaderFields(headerLines);
  const field = (label: string) => fields.find((f) => f.label === label)?.value ?? '';

  const dateText = field('date');
  let date = findDanishDate(dateText) ?? '';
  if (!date) {
    date = findDanishDate(title) ?? '';
    if (!date) warnings.push(`${source}: no meeting date found`);
  }
  const start = findTime(dateText) ?? findTime(field('time')) ?? '';
  const participants: ParsedParticipant[] = [];
  const absent = fields.filter((f) => f.label === 'absent').flatMap((f) => parseAbsences(f.value));
  for (const p of fields
    .filter((f) => f.label === 'participants')
    .flatMap((f) => parseParticipants(f.value))) {
    if (p.title && /^(?:afbud|fraværende|ikke til stede|fraværende med afbud)$/i.test(p.title)) {
      absent.push({ name: p.name });
    } else participants.push(p);
  }
  let forum = (field('forum').split('\n')[0] ?? '').trim();
  if (!forum) forum = forumFromTitle(title);
  if (!forum) {
    // "DAGSORDEN" alone: the forum is the next unlabelled line of the header ("Børne- og Skoleudvalget")
    const next = headerLines.map((l) => l.trim()).find((l) => l !== '');
    if (next && !headerLabel(next) && !findDanishDate(next)) forum = forumFromTitle(next) || next;
  }
  if (!forum) warnings.push(`${source}: no forum name found in the title or header`);

  const items = [];
  let closedPart = false;
  for (const [h, head] of headings.entries()) {
    const end = headings[h + 1]?.line ?? lines.length;
    const body = lines.slice(head.line + head.span, end);
    const { title: itemTitle, closed: titleClosed } = closedTitle(head.title);
    const raw: RawItem = {
      number: head.number,
      title: itemTitle,
      closed: titleClosed || closedPart,
      sections: [],
    };
    let i = 0;
    while (i < body.length && (body[i] ?? '').trim() === '') i++;
    // a title wrapped onto the next line (PDF): that line is directly followed by the case number
    const wrapped = (body[i] ?? '').trim();
    if (
      wrapped &&
      i === 0 &&
      caseNumberOfLine(wrapped) === undefined &&
      !isSectionHeading(wrapped) &&
      caseNumberOfLine((body[i + 1] ?? '').trim()) !== undefined
    ) {
      raw.title = `${raw.title} ${wrapped}`;
      i++;
    }
    // case number (and a Dok.nr. line) right after the heading
    for (let k = 0; k < 2 && i < body.length; k++) {
      const t = (body[i] ?? '').trim();
      const cn = caseNumberOfLine(t);
      if (cn && !raw.caseNumber) raw.caseNumber = cn;
      else if (!/^dok\.?\s*nr/i.test(t)) break;
      i++;
      while (i < body.length && (body[i] ?? '').trim() === '') i++;
    }
    let current: { heading: string; lines: string[] } = { heading: '', lines: [] };
    const sections: { heading: string; lines: string[] }[] = [current];
    for (; i < body.length; i++) {
      const t = (body[i] ?? '').trim();
      if (CLOSED_PART.test(t)) {
        closedPart = true;
        continue;
      }
      if (CLOSED_LINE.test(t)) {
        raw.closed = true;
        continue;
      }
      const absence = PER_ITEM_ABSENCE.exec(t);
      if (absence && t.length < 300) {
        warnings.push(`Punkt ${head.number}: per-item absence kept in the text: "${t}"`);
      }
      // no blank line is required before a heading: PDF text has none between paragraphs
      if (t && isSectionHeading(t)) {
        current = { heading: t.replace(/\s*:$/, ''), lines: [] };
        sections.push(current);
        continue;
      }
      // "Beslutning: Godkendt." — heading and text on one line
      const inline = /^([^:]{3,80}):\s+(\S.*)$/.exec(t);
      if (inline && isSectionHeading(inline[1] ?? '')) {
        current = { heading: (inline[1] ?? '').trim(), lines: [inline[2] ?? ''] };
        sections.push(current);
        continue;
      }
      current.lines.push(body[i] ?? '');
    }
    raw.sections = sections
      .map((s): ParsedSection => ({ heading: s.heading, text: tidyText(s.lines) }))
      .filter((s) => s.heading !== '' || s.text !== '');
    items.push(buildItem(raw, date, warnings));
  }
  if (headings.length === 0) warnings.push(`${source}: no agenda items found`);

  const titleKind = kindFromTitle(title);
  const kind = meetingKind(titleKind, items, warnings, `${source}: the title`);
  if (!titleKind)
    warnings.push(`${source}: the title does not say agenda or minutes; read as ${kind} from the content`);
  return {
    forum,
    kind,
    title,
    date,
    start,
    location: field('location').split('\n').join(', '),
    participants,
    absent,
    items,
    warnings,
  };
}
