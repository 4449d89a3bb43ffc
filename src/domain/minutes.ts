/**
 * The minutes of one agenda item (beslutningsreferat): who was there for it, the outcome of each
 * recommendation, the decision text, what to communicate, and the follow-up actions; and what the
 * outcomes mean for the item afterwards (its treatment and the effects a use case must carry out).
 *
 * Two levels of checking: the zod schema checks the shape and is enough for saving work in
 * progress; `validateItemMinutes` checks that the minutes are complete and consistent with the item
 * and the forum, and must pass before the item's minutes are finalised and `effects` applied.
 */
import { z } from 'zod';
import type { ErrorDetail } from './errors.ts';
import { isEmptyRichText, richTextDocSchema, richTextToPlainText } from './rich-text.ts';

const id = z.string().uuid();
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const note = z.string().trim().max(2000).default('');

/** Outcomes after which the recommendation is settled at this meeting. */
export const DECIDED_KINDS = ['approved', 'approved_with_changes', 'rejected', 'noted', 'discussed'] as const;
export const OUTCOME_KINDS = [...DECIDED_KINDS, 'postponed', 'referred'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** Danish labels, as the minutes print them. */
export const OUTCOME_LABELS: Record<OutcomeKind, string> = {
  approved: 'Godkendt',
  approved_with_changes: 'Godkendt med ændringer',
  rejected: 'Afvist',
  noted: 'Taget til efterretning',
  discussed: 'Drøftet',
  postponed: 'Udsat',
  referred: 'Henvist',
};

/** Where a postponed recommendation goes: a named meeting, or back to the forum's queue. */
export const postponeTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('meeting'), meetingId: id }),
  z.object({ kind: z.literal('queue') }),
]);
export type PostponeTarget = z.output<typeof postponeTargetSchema>;

export const recommendationOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(DECIDED_KINDS), note }),
  z.object({ kind: z.literal('postponed'), note, target: postponeTargetSchema }),
  z.object({
    kind: z.literal('referred'),
    note,
    targetForumId: id,
    reason: z.string().trim().min(1, 'a referral needs its reason').max(2000),
  }),
]);
export type RecommendationOutcome = z.output<typeof recommendationOutcomeSchema>;

/** A follow-up action as written in the minutes; the register makes a FollowUp of it. */
export const followUpDraftSchema = z.object({
  title: z.string().trim().min(1, 'must not be empty').max(300),
  ownerPersonId: id,
  /** A due date (local) or the meeting at which it is followed up. */
  due: z.union([z.strictObject({ date: localDate }), z.strictObject({ meetingId: id })]),
  note: z.string().trim().max(2000).default(''),
});
export type FollowUpDraft = z.output<typeof followUpDraftSchema>;

export const itemMinutesSchema = z.object({
  presence: z
    .object({
      /** Members absent for this item only (the meeting's afbud are recorded on the meeting). */
      absentPersonIds: z.array(id).max(100).default([]),
      /** Members who left the room for this item because of a conflict of interest (inhabilitet). */
      conflictPersonIds: z.array(id).max(100).default([]),
    })
    .default({ absentPersonIds: [], conflictPersonIds: [] }),
  /** One per recommendation, in order; an item without recommendations has one overall outcome. */
  outcomes: z.array(recommendationOutcomeSchema).max(30).default([]),
  decision: richTextDocSchema.default({ type: 'doc', content: [] }),
  /** "Hvad skal kommunikeres ud": include the item in the meeting's summary; without a text the
   *  summary uses the decision text. */
  communicate: z
    .object({ include: z.boolean().default(false), text: z.string().trim().max(4000).optional() })
    .default({ include: false }),
  followUps: z.array(followUpDraftSchema).max(50).default([]),
});
export type ItemMinutes = z.output<typeof itemMinutesSchema>;
export type ItemMinutesInput = z.input<typeof itemMinutesSchema>;

/** What the minutes are checked against. `forumId`/`meetingId`, when given, enable the checks that
 *  a referral goes to another forum and a postponement or follow-up to another meeting. */
export interface MinutesItem {
  recommendations: readonly string[];
  forumId?: string;
  meetingId?: string | null;
}

const isDecided = (o: RecommendationOutcome): boolean => o.kind !== 'postponed' && o.kind !== 'referred';
const targetKey = (t: PostponeTarget): string => (t.kind === 'queue' ? 'queue' : `meeting:${t.meetingId}`);

/**
 * Completeness and consistency: one outcome per recommendation (or one overall outcome); postponed
 * outcomes share one target and referred ones one forum (an item goes to one place); the absent and
 * the conflicted are members, each listed once and not both; the decision text is written.
 */
export function validateItemMinutes(
  minutes: ItemMinutes,
  item: MinutesItem,
  members: readonly string[],
): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const expected = Math.max(1, item.recommendations.length);
  if (minutes.outcomes.length !== expected)
    problems.push({
      path: 'outcomes',
      problem:
        item.recommendations.length === 0
          ? 'an item without recommendations needs exactly one overall outcome'
          : `expected one outcome per recommendation (${expected}), got ${minutes.outcomes.length}`,
    });
  const postponeTargets = new Set<string>();
  const referralForums = new Set<string>();
  minutes.outcomes.forEach((o, i) => {
    if (o.kind === 'postponed') {
      postponeTargets.add(targetKey(o.target));
      if (o.target.kind === 'meeting' && item.meetingId && o.target.meetingId === item.meetingId)
        problems.push({ path: `outcomes.${i}.target`, problem: 'cannot postpone to the same meeting' });
    }
    if (o.kind === 'referred') {
      referralForums.add(o.targetForumId);
      if (item.forumId && o.targetForumId === item.forumId)
        problems.push({ path: `outcomes.${i}.targetForumId`, problem: 'cannot refer to the same forum' });
    }
  });
  if (postponeTargets.size > 1)
    problems.push({
      path: 'outcomes',
      problem: 'postponed recommendations must go to one meeting or the queue',
    });
  if (referralForums.size > 1)
    problems.push({ path: 'outcomes', problem: 'referred recommendations must go to one forum' });

  const memberSet = new Set(members);
  const { absentPersonIds, conflictPersonIds } = minutes.presence;
  for (const [key, list] of [
    ['absentPersonIds', absentPersonIds],
    ['conflictPersonIds', conflictPersonIds],
  ] as const) {
    const seen = new Set<string>();
    list.forEach((p, i) => {
      if (!memberSet.has(p))
        problems.push({ path: `presence.${key}.${i}`, problem: 'is not a member of the forum' });
      if (seen.has(p)) problems.push({ path: `presence.${key}.${i}`, problem: 'is listed twice' });
      seen.add(p);
    });
  }
  const absent = new Set(absentPersonIds);
  conflictPersonIds.forEach((p, i) => {
    if (absent.has(p))
      problems.push({ path: `presence.conflictPersonIds.${i}`, problem: 'is also recorded as absent' });
  });

  if (isEmptyRichText(minutes.decision))
    problems.push({ path: 'decision', problem: 'the decision text is empty' });
  minutes.followUps.forEach((f, i) => {
    if ('meetingId' in f.due && item.meetingId && f.due.meetingId === item.meetingId)
      problems.push({ path: `followUps.${i}.due`, problem: 'a follow-up must target a later meeting' });
  });
  return problems;
}

export type Treatment = 'decided' | 'postponed' | 'referred';

/**
 * How the meeting treated the item, from its outcomes:
 * - every outcome postponed → 'postponed' (the item itself moves on);
 * - no outcome settled here (only referred, or referred and postponed) → 'referred';
 * - otherwise → 'decided': the item is finished at this meeting, and its postponed or referred
 *   recommendations continue in new items (see `effects`).
 * Throws on an empty list: validate first.
 */
export function itemTreatment(outcomes: readonly RecommendationOutcome[]): Treatment {
  if (outcomes.length === 0) throw new Error('itemTreatment: no outcomes (validate the minutes first)');
  if (outcomes.every((o) => o.kind === 'postponed')) return 'postponed';
  if (outcomes.some((o) => o.kind === 'referred') && !outcomes.some(isDecided)) return 'referred';
  return 'decided';
}

/** The Danish result line of an item: one label when all outcomes agree, else one per recommendation. */
export function resultText(outcomes: readonly RecommendationOutcome[]): string {
  const kinds = new Set(outcomes.map((o) => o.kind));
  const [only] = [...kinds];
  if (kinds.size === 1 && only) return OUTCOME_LABELS[only];
  return outcomes.map((o, i) => `${i + 1}: ${OUTCOME_LABELS[o.kind]}`).join('; ');
}

/** The item's line in "Hvad skal kommunikeres ud", or null when it is not marked for it. */
export function communicationText(minutes: Pick<ItemMinutes, 'communicate' | 'decision'>): string | null {
  if (!minutes.communicate.include) return null;
  const text = minutes.communicate.text?.trim() || richTextToPlainText(minutes.decision);
  return text.length > 0 ? text : null;
}

/**
 * What a use case must do once an item's minutes are final. Every effect names its source item.
 * - move: the item itself, with its history, goes to the target meeting (scheduled) or the queue.
 * - carry_forward: a new item for the same case, holding only the listed recommendations (indexes
 *   into the source's recommendations; empty when it has none), goes to the target.
 * - refer: a new item for the same case, holding the listed recommendations, enters the other
 *   forum's queue, with the reason and a citation of the source item.
 * - follow_up: a follow-up is registered from the draft.
 */
export type Effect =
  | { kind: 'move'; itemId: string; to: PostponeTarget }
  | { kind: 'carry_forward'; itemId: string; to: PostponeTarget; recommendations: number[] }
  | { kind: 'refer'; itemId: string; forumId: string; reason: string; recommendations: number[] }
  | { kind: 'follow_up'; itemId: string; draft: FollowUpDraft };

export interface EffectsItem {
  id: string;
  recommendations: readonly string[];
  /** A standing item (from the charter) never moves: the target meeting has its own. */
  standingTitle?: string | null;
}

/**
 * The effects of valid minutes. A postponed item moves, except a standing item, whose content is
 * carried forward as an ordinary item. A decided or referred item stays where it was treated; its
 * postponed recommendations are carried forward and its referred ones referred (one effect each,
 * since validation allows one target and one forum). Referral reasons of several recommendations
 * are joined, distinct ones only. Follow-ups come last, in the order written.
 */
export function effects(item: EffectsItem, minutes: Pick<ItemMinutes, 'outcomes' | 'followUps'>): Effect[] {
  const out: Effect[] = [];
  const { outcomes } = minutes;
  const indexes = (kind: OutcomeKind): number[] =>
    item.recommendations.length === 0
      ? []
      : outcomes.flatMap((o, i) => (o.kind === kind && i < item.recommendations.length ? [i] : []));
  const treatment = itemTreatment(outcomes);
  const postponed = outcomes.find((o) => o.kind === 'postponed');
  if (postponed) {
    if (treatment === 'postponed' && !item.standingTitle)
      out.push({ kind: 'move', itemId: item.id, to: postponed.target });
    else
      out.push({
        kind: 'carry_forward',
        itemId: item.id,
        to: postponed.target,
        recommendations: indexes('postponed'),
      });
  }
  const referred = outcomes.filter((o) => o.kind === 'referred');
  const [firstReferral] = referred;
  if (firstReferral)
    out.push({
      kind: 'refer',
      itemId: item.id,
      forumId: firstReferral.targetForumId,
      reason: [...new Set(referred.map((o) => o.reason))].join('\n'),
      recommendations: indexes('referred'),
    });
  for (const draft of minutes.followUps) out.push({ kind: 'follow_up', itemId: item.id, draft });
  return out;
}

export interface RemainingItem {
  id: string;
  state: string;
  treated: boolean;
  standingTitle?: string | null;
}

/** Item states in which an item stands on a meeting's agenda. */
const ON_AGENDA = new Set(['scheduled', 'published']);

/**
 * "Udsæt resterende punkter": a move for every item still on the agenda and not yet treated, in
 * the given (agenda) order. Standing items are left out: the target meeting has its own; the use
 * case records them as postponed without moving them.
 */
export function postponeRemaining(items: readonly RemainingItem[], target: PostponeTarget): Effect[] {
  return items
    .filter((i) => ON_AGENDA.has(i.state) && !i.treated && !i.standingTitle)
    .map((i) => ({ kind: 'move', itemId: i.id, to: target }));
}
