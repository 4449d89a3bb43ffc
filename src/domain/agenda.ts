/**
 * The agenda of a meeting: numbering, the time plan, the charter's capacity rules, frozen
 * snapshots for publication and the list of changes between two published versions.
 */
import type { DateTime } from 'luxon';
import type { CharterContent, ItemType } from './charter.ts';
import type { ErrorDetail } from './errors.ts';
import type { Presenter } from './item.ts';
import type { RichTextDoc } from './rich-text.ts';

export interface AgendaEntryInput {
  itemId: string;
  type: ItemType;
  durationMinutes: number | null;
}

export interface TimeSlot {
  itemId: string;
  number: number;
  start: DateTime;
  end: DateTime;
}

export interface TimePlan {
  slots: TimeSlot[];
  plannedMinutes: number;
  meetingMinutes: number;
  warnings: string[];
}

/**
 * Each item's start from the allotments, in agenda order. Items without an allotment take no time
 * in the plan and are listed in a warning, so the secretary sees the plan is incomplete.
 */
export function timePlan(
  meetingStart: DateTime,
  meetingEnd: DateTime,
  entries: readonly AgendaEntryInput[],
): TimePlan {
  const slots: TimeSlot[] = [];
  let cursor = meetingStart;
  const unplanned: number[] = [];
  entries.forEach((e, i) => {
    const minutes = e.durationMinutes ?? 0;
    if (e.durationMinutes === null) unplanned.push(i + 1);
    const end = cursor.plus({ minutes });
    slots.push({ itemId: e.itemId, number: i + 1, start: cursor, end });
    cursor = end;
  });
  const plannedMinutes = Math.round(cursor.diff(meetingStart, 'minutes').minutes);
  const meetingMinutes = Math.round(meetingEnd.diff(meetingStart, 'minutes').minutes);
  const warnings: string[] = [];
  if (plannedMinutes > meetingMinutes)
    warnings.push(
      `Punkterne varer ${plannedMinutes} min., mødet ${meetingMinutes} min. (${plannedMinutes - meetingMinutes} min. for meget)`,
    );
  if (unplanned.length > 0) warnings.push(`Punkt ${unplanned.join(', ')} har ingen tidsramme`);
  return { slots, plannedMinutes, meetingMinutes, warnings };
}

/** The charter's capacity rules that adding these items would break (enforced when scheduling). */
export function capacityProblems(
  charter: CharterContent,
  entries: readonly AgendaEntryInput[],
): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const themes = entries.filter((e) => e.type === 'theme').length;
  if (charter.capacity.maxThemes !== null && themes > charter.capacity.maxThemes)
    problems.push({
      path: 'capacity.maxThemes',
      problem: `the forum takes at most ${charter.capacity.maxThemes} theme discussions per meeting`,
    });
  const minutes = entries.reduce((sum, e) => sum + (e.durationMinutes ?? 0), 0);
  if (charter.capacity.maxMinutes !== null && minutes > charter.capacity.maxMinutes)
    problems.push({
      path: 'capacity.maxMinutes',
      problem: `the items take ${minutes} minutes; the forum allows ${charter.capacity.maxMinutes} per meeting`,
    });
  return problems;
}

export interface AgendaSnapshotItem {
  itemId: string;
  number: number;
  title: string;
  type: ItemType;
  closed: boolean;
  closedBasis: string | null;
  caseNumber: string | null;
  presenters: Presenter[];
  durationMinutes: number | null;
  start: string;
  /** In template order, only those with content. */
  sections: { key: string; heading: string; body: RichTextDoc }[];
  recommendations: string[];
  attachments: { id: string; name: string; sha256: string }[];
  standing: boolean;
  /** Minutes only: the decision (beslutning). */
  decision?: RichTextDoc | null;
  /** Minutes only, for items whose minutes were finalised: the result line ("Godkendt", "Udsat"). */
  result?: string;
}

/** A line of "Hvad skal kommunikeres ud": an item the minutes marked for the departments. */
export interface CommunicationLine {
  itemId: string;
  number: number;
  title: string;
  closed: boolean;
  text: string;
}

export interface SnapshotPerson {
  name: string;
  title: string;
  role: 'chair' | 'member' | 'secretary' | 'guest';
}

export interface AgendaSnapshot {
  meeting: {
    id: string;
    forum: string;
    forumName: string;
    start: string;
    end: string;
    location: string;
    /** Members on the day, chair first (frozen at publication). */
    participants?: SnapshotPerson[];
    /** Reported absences (afbud). */
    absent?: { name: string; title: string; reason: string }[];
  };
  /** The charter's template at publication: the order of sections, where the recommendations,
   *  the decision ('beslutning') and the attachments ('bilag') go. */
  template?: { key: string; heading: string }[];
  /** The charter allowed closed items' titles in organisation-wide and public documents. */
  showClosedTitles?: boolean;
  items: AgendaSnapshotItem[];
  /** Minutes only: "Hvad skal kommunikeres ud", in agenda order. */
  communication?: CommunicationLine[];
}

export interface AgendaChange {
  kind: 'added' | 'removed' | 'changed' | 'renumbered';
  itemId: string;
  number: number;
  title: string;
  /** For 'changed': which parts changed. */
  fields: string[];
  /** A closed item: its title is shown only to the forum's members. */
  closed: boolean;
}

const COMPARED: readonly (keyof AgendaSnapshotItem)[] = [
  'title',
  'type',
  'closed',
  'caseNumber',
  'presenters',
  'durationMinutes',
  'start',
  'sections',
  'recommendations',
  'attachments',
  'decision',
  'result',
];

/** JSON with object keys sorted: a stored snapshot (jsonb reorders keys) compares equal to a fresh one. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** What changed from one published version to the next (for the supplementary agenda). */
export function agendaChanges(before: AgendaSnapshot, after: AgendaSnapshot): AgendaChange[] {
  const old = new Map(before.items.map((i) => [i.itemId, i]));
  const now = new Map(after.items.map((i) => [i.itemId, i]));
  const changes: AgendaChange[] = [];
  for (const item of after.items) {
    const prev = old.get(item.itemId);
    if (!prev) {
      changes.push({
        kind: 'added',
        itemId: item.itemId,
        number: item.number,
        title: item.title,
        fields: [],
        closed: item.closed,
      });
      continue;
    }
    const fields = COMPARED.filter((f) => canonical(prev[f]) !== canonical(item[f]));
    if (fields.length > 0)
      changes.push({
        kind: 'changed',
        itemId: item.itemId,
        number: item.number,
        title: item.title,
        fields,
        closed: item.closed || prev.closed,
      });
    else if (prev.number !== item.number)
      changes.push({
        kind: 'renumbered',
        itemId: item.itemId,
        number: item.number,
        title: item.title,
        fields: ['number'],
        closed: item.closed,
      });
  }
  for (const item of before.items)
    if (!now.has(item.itemId))
      changes.push({
        kind: 'removed',
        itemId: item.itemId,
        number: item.number,
        title: item.title,
        fields: [],
        closed: item.closed,
      });
  return changes;
}
