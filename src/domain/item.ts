/**
 * Agenda items (dagsordenspunkter): their input, the state machine from draft to published
 * agenda, the charter's template enforced at submission, and who approves.
 */
import { z } from 'zod';
import { type CharterContent, ITEM_TYPES, type ItemType } from './charter.ts';
import type { ErrorDetail } from './errors.ts';
import { ITEM_STATES, type ItemState } from './item-states.ts';
import { type RichTextDoc, richTextDocSchema, richTextToPlainText } from './rich-text.ts';

export { ITEM_STATES, type ItemState };

export const presenterSchema = z.object({
  personId: z.string().uuid().nullable().default(null),
  name: z.string().trim().min(1).max(200),
});
export type Presenter = z.output<typeof presenterSchema>;

export const itemContentSchema = z.object({
  type: z.enum(ITEM_TYPES),
  title: z.string().trim().min(1, 'must not be empty').max(300),
  presenters: z.array(presenterSchema).max(20).default([]),
  durationMinutes: z.number().int().min(1).max(600).nullable().default(null),
  sections: z
    .record(z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected a section key'), richTextDocSchema)
    .default({}),
  recommendations: z.array(z.string().trim().min(1).max(2000)).max(30).default([]),
  closed: z.boolean().default(false),
  closedBasis: z.string().trim().max(500).nullable().default(null),
  caseId: z.string().uuid().nullable().default(null),
});
export type ItemContent = z.output<typeof itemContentSchema>;

export interface Item extends ItemContent {
  id: string;
  orgId: string;
  forumId: string;
  state: ItemState;
  submitterPersonId: string | null;
  approverPersonId: string | null;
  wishedMeetingId: string | null;
  late: boolean;
  meetingId: string | null;
  position: number | null;
  standingTitle: string | null;
  previousMeetingId: string | null;
  /** The item this one continues (carried forward) or was referred from. */
  originItemId: string | null;
  /** Items of other forums whose decisions this item cites. */
  citedItemIds: string[];
  /** The decision written in the minutes, null until the meeting has treated the item. */
  decision: RichTextDoc | null;
  version: number;
  submittedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The transitions of the pipeline: action -> states it may start from -> state it leads to. */
export const TRANSITIONS = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'queued' },
  return: { from: ['submitted'], to: 'returned' },
  reject: { from: ['submitted'], to: 'rejected' },
  schedule: { from: ['queued'], to: 'scheduled' },
  unschedule: { from: ['scheduled'], to: 'queued' },
  publish: { from: ['scheduled'], to: 'published' },
  withdraw: { from: ['draft', 'submitted', 'returned', 'queued', 'scheduled'], to: 'withdrawn' },
} as const satisfies Record<string, { from: readonly ItemState[]; to: ItemState }>;
export type Transition = keyof typeof TRANSITIONS;

export const canTransition = (state: ItemState, t: Transition): boolean =>
  (TRANSITIONS[t].from as readonly ItemState[]).includes(state);

/** States in which the item's content may be edited by its submitter. */
export const EDITABLE_STATES: readonly ItemState[] = ['draft', 'returned'];

const isEmpty = (doc: RichTextDoc | undefined): boolean => !doc || richTextToPlainText(doc).length === 0;

/**
 * What the charter demands of an item at submission: an allowed type, every section required for
 * its type filled in, a recommendation on decision items, a legal basis on closed items.
 */
export function submissionProblems(item: ItemContent, charter: CharterContent): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (!charter.itemTypes.includes(item.type))
    problems.push({ path: 'type', problem: `the forum does not take ${item.type} items` });
  for (const section of charter.template) {
    if (section.requiredFor.includes(item.type) && isEmpty(item.sections[section.key]))
      problems.push({
        path: `sections.${section.key}`,
        problem: `${section.heading} is required for ${item.type} items`,
      });
  }
  const known = new Set(charter.template.map((s) => s.key));
  for (const key of Object.keys(item.sections)) {
    if (charter.template.length > 0 && !known.has(key))
      problems.push({ path: `sections.${key}`, problem: 'is not a section of the forum template' });
  }
  if (item.type === 'decision' && item.recommendations.length === 0)
    problems.push({ path: 'recommendations', problem: 'a decision item needs at least one recommendation' });
  if (item.closed && !item.closedBasis)
    problems.push({ path: 'closedBasis', problem: 'a closed item needs its legal basis' });
  return problems;
}

/** The item's title as it appears on the agenda, with the charter's prefix ("CF - "). */
export const agendaTitle = (title: string, charter: Pick<CharterContent, 'titlePrefix'>): string =>
  charter.titlePrefix && !title.startsWith(charter.titlePrefix.trim())
    ? `${charter.titlePrefix}${title}`
    : title;

export interface UnitNode {
  id: string;
  parentId: string | null;
  directorPersonId: string | null;
}

/** The director responsible for a unit: its own, else the nearest ancestor's. */
export function responsibleDirector(units: readonly UnitNode[], unitId: string | null): string | null {
  const byId = new Map(units.map((u) => [u.id, u]));
  const seen = new Set<string>();
  let current = unitId ? byId.get(unitId) : undefined;
  while (current && !seen.has(current.id)) {
    if (current.directorPersonId) return current.directorPersonId;
    seen.add(current.id);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return null;
}

/**
 * Who approves an item submitted by `submitterId`: per the charter the submitter's responsible
 * director or the chair. Nobody approves their own item: when the rule names the submitter, the
 * chair approves instead; when the submitter is also the chair, there is no one above and the item
 * is approved on submission (`null`).
 */
export function approverFor(
  rule: CharterContent['approver'],
  submitterId: string,
  director: string | null,
  chair: string | null,
): string | null {
  const first = rule === 'chair' ? chair : (director ?? chair);
  if (first && first !== submitterId) return first;
  if (chair && chair !== submitterId) return chair;
  return null;
}

export type { ItemType };
