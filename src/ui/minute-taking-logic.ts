/**
 * Minute-taking without React: the form state of one item's minutes, the save payload built from it
 * (only what the API accepts as a draft; the rest stays in the form and is named as pending), the
 * plain-text decision as rich text and back, item status, navigation and keyboard shortcuts, and
 * where the server's validation problems belong in the form.
 */
import type { ItemMinutesRecord } from '../app/list-item-minutes.ts';
import type { SaveItemMinutesInput } from '../app/save-item-minutes.ts';

export type Minutes = ItemMinutesRecord['minutes'];
export type OutcomeKind = Minutes['outcomes'][number]['kind'];
type Doc = Minutes['decision'];
type Inline = { type: 'text'; text: string } | { type: 'hardBreak' };

/** In the order the radio groups offer them. */
export const OUTCOME_KINDS: readonly OutcomeKind[] = [
  'approved',
  'approved_with_changes',
  'rejected',
  'noted',
  'discussed',
  'postponed',
  'referred',
];

export interface OutcomeForm {
  kind: OutcomeKind | null;
  note: string;
  /** For 'postponed': 'queue', a stored meeting's id, or '' (not chosen yet). */
  postponeTo: string;
  /** For 'referred'. */
  targetForumId: string;
  reason: string;
}

export interface FollowUpForm {
  /** Stable within the page (React key, field ids). */
  key: string;
  title: string;
  ownerPersonId: string;
  /** Followed up by a date, or at a later meeting of the forum. */
  dueKind: 'date' | 'meeting';
  /** YYYY-MM-DD, or '' */
  dueDate: string;
  /** For 'meeting': a stored meeting's id, or '' (not chosen yet). */
  dueMeetingId: string;
}

export type Presence = 'present' | 'absent' | 'conflict';

export interface ItemForm {
  absent: string[];
  conflict: string[];
  outcomes: OutcomeForm[];
  decision: string;
  communicate: boolean;
  communicateText: string;
  followUps: FollowUpForm[];
}

/** What the form holds that cannot be saved yet, by field (see `fieldId`). */
export interface Pending {
  field: string;
  reason: 'outcome_target' | 'outcome_forum' | 'outcome_reason' | 'outcome_before' | 'follow_up';
}

/** One outcome per recommendation; an item without recommendations has one overall outcome. */
export const outcomeSlots = (recommendations: readonly string[]): number =>
  Math.max(1, recommendations.length);

export const emptyOutcome = (): OutcomeForm => ({
  kind: null,
  note: '',
  postponeTo: '',
  targetForumId: '',
  reason: '',
});

export const emptyForm = (slots: number): ItemForm => ({
  absent: [],
  conflict: [],
  outcomes: Array.from({ length: slots }, emptyOutcome),
  decision: '',
  communicate: false,
  communicateText: '',
  followUps: [],
});

let keys = 0;
export const newFollowUp = (): FollowUpForm => ({
  key: `fu${++keys}`,
  title: '',
  ownerPersonId: '',
  dueKind: 'date',
  dueDate: '',
  dueMeetingId: '',
});

/** Plain text of a rich-text document: paragraphs separated by a blank line, hard breaks as line breaks. */
export function docToText(doc: Doc | null | undefined): string {
  const blocks = (doc?.content ?? []) as { type: string; content?: unknown[] }[];
  const text = (content: unknown[] | undefined): string =>
    (content ?? [])
      .map((n) => {
        const node = n as { type: string; text?: string; content?: unknown[] };
        if (node.type === 'text') return node.text ?? '';
        if (node.type === 'hardBreak') return '\n';
        return text(node.content);
      })
      .join('');
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === 'paragraph' || b.type === 'heading') out.push(text(b.content));
    else
      for (const child of (b.content ?? []) as { content?: unknown[] }[]) {
        const line = text(child.content);
        if (line) out.push(line);
      }
  }
  return out.join('\n\n').trim();
}

/** A document of the text: blank lines separate paragraphs, other line breaks are hard breaks. */
export function textToDoc(text: string): Doc {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.split('\n').map((l) => l.trim()))
    .map((lines) => {
      while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
      while (lines.length > 0 && lines[0] === '') lines.shift();
      return lines;
    })
    .filter((lines) => lines.length > 0);
  return {
    type: 'doc',
    content: paragraphs.map((lines) => ({
      type: 'paragraph' as const,
      content: lines.flatMap((line, i): Inline[] => [
        ...(i > 0 ? [{ type: 'hardBreak' as const }] : []),
        ...(line ? [{ type: 'text' as const, text: line }] : []),
      ]),
    })),
  } as Doc;
}

/** The form of minutes saved before (by this page or another secretary). */
export function formFromMinutes(minutes: Minutes, slots: number): ItemForm {
  const outcomes = Array.from({ length: Math.max(slots, minutes.outcomes.length) }, (_, i): OutcomeForm => {
    const o = minutes.outcomes[i];
    if (!o) return emptyOutcome();
    return {
      kind: o.kind,
      note: o.note ?? '',
      postponeTo: o.kind === 'postponed' ? (o.target.kind === 'queue' ? 'queue' : o.target.meetingId) : '',
      targetForumId: o.kind === 'referred' ? o.targetForumId : '',
      reason: o.kind === 'referred' ? o.reason : '',
    };
  });
  return {
    absent: [...minutes.presence.absentPersonIds],
    conflict: [...minutes.presence.conflictPersonIds],
    outcomes,
    decision: docToText(minutes.decision),
    communicate: minutes.communicate.include,
    communicateText: minutes.communicate.text ?? '',
    followUps: minutes.followUps.map((f) => ({
      ...newFollowUp(),
      title: f.title,
      ownerPersonId: f.ownerPersonId,
      dueKind: 'meetingId' in f.due ? ('meeting' as const) : ('date' as const),
      dueDate: 'date' in f.due ? f.due.date : '',
      dueMeetingId: 'meetingId' in f.due ? f.due.meetingId : '',
    })),
  };
}

export const presenceOf = (form: ItemForm, personId: string): Presence =>
  form.absent.includes(personId) ? 'absent' : form.conflict.includes(personId) ? 'conflict' : 'present';

export function setPresence(form: ItemForm, personId: string, presence: Presence): ItemForm {
  const absent = form.absent.filter((p) => p !== personId);
  const conflict = form.conflict.filter((p) => p !== personId);
  if (presence === 'absent') absent.push(personId);
  if (presence === 'conflict') conflict.push(personId);
  return { ...form, absent, conflict };
}

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);
export const isCompleteFollowUp = (f: FollowUpForm): boolean =>
  f.title.trim() !== '' &&
  f.ownerPersonId !== '' &&
  (f.dueKind === 'meeting' ? f.dueMeetingId !== '' : isDate(f.dueDate));

/** The follow-up's `due` as the API takes it (by the kind chosen; the other value is kept in the form). */
export const dueOf = (f: FollowUpForm): { date: string } | { meetingId: string } =>
  f.dueKind === 'meeting' ? { meetingId: f.dueMeetingId } : { date: f.dueDate };

type OutcomeInput = NonNullable<SaveItemMinutesInput['minutes']['outcomes']>[number];

/** One outcome as the API takes it, or why it cannot be sent yet. */
function outcomeInput(o: OutcomeForm, i: number): OutcomeInput | Pending | null {
  if (!o.kind) return null;
  const note = o.note.trim();
  if (o.kind === 'postponed') {
    if (!o.postponeTo) return { field: `outcome-${i}-target`, reason: 'outcome_target' };
    return {
      kind: 'postponed',
      note,
      target: o.postponeTo === 'queue' ? { kind: 'queue' } : { kind: 'meeting', meetingId: o.postponeTo },
    };
  }
  if (o.kind === 'referred') {
    if (!o.targetForumId) return { field: `outcome-${i}-forum`, reason: 'outcome_forum' };
    if (!o.reason.trim()) return { field: `outcome-${i}-reason`, reason: 'outcome_reason' };
    return { kind: 'referred', note, targetForumId: o.targetForumId, reason: o.reason.trim() };
  }
  return { kind: o.kind, note };
}

export interface SavePlan {
  body: SaveItemMinutesInput;
  /** Compares two plans' content (without the version): equal keys need no save. */
  key: string;
  pending: Pending[];
  /** For each follow-up sent, its index in the form. */
  followUpIndexes: number[];
}

/**
 * The body of PUT .../minutes from the form. Outcomes are positional (one per recommendation), so
 * only the leading run of complete outcomes is sent; an unfinished one (no target, no forum or
 * reason) and every outcome after it wait in the form. Follow-ups go once they have a title, an
 * owner and a due date or a meeting. Whatever waits is listed in `pending`, so the page never claims it saved.
 */
export function buildSavePlan(form: ItemForm, version: number | null): SavePlan {
  const pending: Pending[] = [];
  const outcomes: OutcomeInput[] = [];
  let stopped = false;
  form.outcomes.forEach((o, i) => {
    const input = outcomeInput(o, i);
    if (stopped) {
      if (o.kind) pending.push({ field: `outcome-${i}`, reason: 'outcome_before' });
      return;
    }
    if (input === null) {
      stopped = true;
      return;
    }
    if ('field' in input) {
      pending.push(input);
      stopped = true;
      return;
    }
    outcomes.push(input);
  });
  const followUpIndexes: number[] = [];
  const followUps = form.followUps.flatMap((f, i) => {
    if (!isCompleteFollowUp(f)) {
      if (f.title.trim() || f.ownerPersonId || (f.dueKind === 'meeting' ? f.dueMeetingId : f.dueDate))
        pending.push({ field: `followup-${f.key}`, reason: 'follow_up' });
      return [];
    }
    followUpIndexes.push(i);
    return [{ title: f.title.trim(), ownerPersonId: f.ownerPersonId, due: dueOf(f), note: '' }];
  });
  const text = form.communicateText.trim();
  const minutes = {
    presence: { absentPersonIds: [...form.absent], conflictPersonIds: [...form.conflict] },
    outcomes,
    decision: textToDoc(form.decision),
    communicate: text ? { include: form.communicate, text } : { include: form.communicate },
    followUps,
  };
  return { body: { version, minutes }, key: JSON.stringify(minutes), pending, followUpIndexes };
}

export type ItemStatus = 'not_started' | 'draft' | 'finalised';

export const itemStatus = (record: { finalisedAt: string | null } | undefined): ItemStatus =>
  !record ? 'not_started' : record.finalisedAt ? 'finalised' : 'draft';

/** The index of the item before or after, or null at either end. */
export function neighbour(index: number, count: number, direction: 'previous' | 'next'): number | null {
  const next = direction === 'next' ? index + 1 : index - 1;
  return next >= 0 && next < count ? next : null;
}

/** Alt+PageDown / Alt+PageUp move between items (documented on the page). */
export function shortcut(e: {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}): 'next' | 'previous' | null {
  if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return null;
  if (e.key === 'PageDown') return 'next';
  if (e.key === 'PageUp') return 'previous';
  return null;
}

/**
 * The id (without the page's prefix) of the form field a validation problem of the API names:
 * `outcomes` and `outcomes.2.target` → the outcome group(s), `presence.*` → presence,
 * `followUps.1.ownerPersonId` → that follow-up (by the plan's indexes), `decision` → decision.
 */
export function fieldForProblem(
  path: string,
  form: ItemForm,
  plan?: Pick<SavePlan, 'followUpIndexes'>,
): string {
  const [head, index, leaf] = path.split('.');
  if (head === 'outcomes') {
    if (index === undefined) return 'outcome-0';
    if (leaf === 'target') return `outcome-${index}-target`;
    if (leaf === 'targetForumId') return `outcome-${index}-forum`;
    if (leaf === 'reason') return `outcome-${index}-reason`;
    return `outcome-${index}`;
  }
  if (head === 'presence') return 'presence';
  if (head === 'followUps' && index !== undefined) {
    const formIndex = plan?.followUpIndexes[Number(index)] ?? Number(index);
    const f = form.followUps[formIndex];
    if (!f) return 'followups';
    if (leaf === 'ownerPersonId') return `followup-${f.key}-owner`;
    if (leaf === 'due') return `followup-${f.key}-${f.dueKind === 'meeting' ? 'meeting' : 'due'}`;
    return `followup-${f.key}-title`;
  }
  if (head === 'communicate') return 'communicate';
  return 'decision';
}

/** The current version the API names in a conflict ("... (current version 4)"), if it does. */
export function conflictVersion(message: string): number | null {
  const m = /current version (\d+)/.exec(message);
  return m ? Number(m[1]) : null;
}

/** What a person typed in the form, as text to copy after a conflict. */
export function typedText(form: ItemForm): string {
  const parts = [form.decision.trim()];
  if (form.communicateText.trim()) parts.push(form.communicateText.trim());
  for (const o of form.outcomes) {
    if (o.note.trim()) parts.push(o.note.trim());
    if (o.reason.trim()) parts.push(o.reason.trim());
  }
  for (const f of form.followUps) if (f.title.trim()) parts.push(f.title.trim());
  return parts.filter(Boolean).join('\n\n');
}

/** Fills {name} placeholders of a message. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
