/**
 * Turns an item's raw sections (heading + text, in document order) into a ParsedItem, the same way
 * for every family: attachment sections become `attachments`, recommendation sections give
 * `recommendations` (and stay as sections), and the decision of THIS meeting becomes `decision`
 * (removed from the sections); earlier dated decisions stay as sections. Placeholders
 * ("Tomt indhold") and empty sections are dropped.
 */
import { headingDate, isAttachmentHeading, isDecisionHeading, isRecommendationHeading } from './headings.ts';
import type { ParsedItem, ParsedSection } from './parsed-meeting.ts';
import { extractRecommendations } from './recommendations.ts';

const PLACEHOLDER = /^(?:tomt indhold|intet indhold|\.|-|–)$/i;

export interface RawItem {
  number: string;
  title: string;
  caseNumber?: string;
  closed: boolean;
  sections: ParsedSection[];
  /** Attachment names given outside the sections (XML enclosures). */
  attachments?: string[];
  /** A decision given outside the sections (XML decision fields). */
  decision?: string;
}

/** Attachment names from a "Bilag" section's text: one per line, list numbering removed. */
export function attachmentNames(text: string): string[] {
  return text
    .split('\n')
    .map((l) =>
      l
        .trim()
        .replace(/^(?:bilag\s+\d+\s*[:.-]\s*|\d+[.)]\s+|[-•*–·]\s+)/i, '')
        .trim(),
    )
    .filter((l) => l.length > 0 && !PLACEHOLDER.test(l) && !/^(?:ingen( bilag)?|intet)\.?$/i.test(l));
}

/**
 * Chooses the decision section of this meeting: a decision heading dated `meetingDate`, else the
 * only undated one, else the last one (with a warning when several dated decisions disagree).
 */
function chooseDecision(
  sections: ParsedSection[],
  meetingDate: string,
  where: string,
  warnings: string[],
): number {
  const candidates = sections.map((s, i) => ({ s, i })).filter(({ s }) => isDecisionHeading(s.heading));
  if (candidates.length === 0) return -1;
  const only = candidates[0];
  const last = candidates[candidates.length - 1];
  if (!only || !last) return -1;
  if (candidates.length === 1) {
    const date = headingDate(only.s.heading);
    if (date && meetingDate && date !== meetingDate) {
      warnings.push(
        `${where}: the only decision is dated ${date}, not the meeting date ${meetingDate}; kept as a section, no decision set`,
      );
      return -1;
    }
    return only.i;
  }
  const sameDay = candidates.filter(({ s }) => meetingDate !== '' && headingDate(s.heading) === meetingDate);
  const lastSameDay = sameDay[sameDay.length - 1];
  if (lastSameDay) return lastSameDay.i;
  const undated = candidates.filter(({ s }) => !headingDate(s.heading));
  if (undated.length === 1 && undated[0]) return undated[0].i;
  warnings.push(
    `${where}: ${candidates.length} decision headings and none dated the meeting day; took "${last.s.heading}" as the decision`,
  );
  return last.i;
}

export function buildItem(raw: RawItem, meetingDate: string, warnings: string[]): ParsedItem {
  const where = `Punkt ${raw.number}`;
  const kept: ParsedSection[] = [];
  const attachments = [...(raw.attachments ?? [])];
  for (const s of raw.sections) {
    const text = s.text.trim();
    if (isAttachmentHeading(s.heading)) {
      for (const name of attachmentNames(text)) if (!attachments.includes(name)) attachments.push(name);
      continue;
    }
    if (text === '' || PLACEHOLDER.test(text)) continue;
    kept.push({ heading: s.heading.trim(), text });
  }
  let decision = raw.decision?.trim() || undefined;
  if (decision === undefined) {
    const at = chooseDecision(kept, meetingDate, where, warnings);
    const chosen = kept[at];
    if (chosen) {
      decision = chosen.text;
      kept.splice(at, 1);
    }
  }
  const recommendations = kept
    .filter((s) => isRecommendationHeading(s.heading))
    .flatMap((s) => extractRecommendations(s.text));
  const item: ParsedItem = {
    number: raw.number,
    title: raw.title.trim(),
    closed: raw.closed,
    sections: kept,
    recommendations,
    attachments,
  };
  if (raw.caseNumber) item.caseNumber = raw.caseNumber;
  if (decision) item.decision = decision;
  return item;
}

/**
 * The kind a document says it is, corrected by its content: an "agenda" whose items carry
 * decisions is minutes (with a warning naming `said by`); nothing said → by the content.
 */
export function meetingKind(
  said: 'agenda' | 'minutes' | undefined,
  items: ParsedItem[],
  warnings: string[],
  saidBy: string,
): 'agenda' | 'minutes' {
  const hasDecisions = items.some((i) => i.decision !== undefined);
  if (said === 'agenda' && hasDecisions) {
    warnings.push(`${saidBy} says agenda but items carry decisions; read as minutes`);
    return 'minutes';
  }
  return said ?? (hasDecisions ? 'minutes' : 'agenda');
}

/** "Lukket: Title", "Lukket punkt: Title", "(Lukket) Title" → closed with the prefix removed. */
export function closedTitle(title: string): { title: string; closed: boolean } {
  const m = /^\s*(?:\(lukket(?: punkt)?\)|lukket(?: punkt)?\s*[:\-–])\s*/i.exec(title);
  if (m) return { title: title.slice((m[0] ?? '').length).trim(), closed: true };
  if (/^\s*lukket punkt\s*$/i.test(title)) return { title: title.trim(), closed: true };
  return { title: title.trim(), closed: false };
}
