/**
 * The follow-up register (opfølgning): actions from decisions, each with an owner, a due date or a
 * target meeting, a status computed from the clock the caller passes in, and an evidence note.
 */

import { localDateOf, parseInstant } from './local-date.ts';
import type { FollowUpDraft } from './minutes.ts';

export type FollowUpDue = { date: string } | { meetingId: string };

export interface FollowUp {
  id: string;
  title: string;
  ownerPersonId: string;
  due: FollowUpDue;
  note: string;
  /** What shows it was done (dokumentation), written when it is closed. */
  evidence: string;
  /** When it was marked done (ISO instant); null while open. */
  doneAt: string | null;
  /** The item whose minutes created it; null for one added to the register by hand. */
  sourceItemId: string | null;
  createdAt: string;
  /** The order of registration, where stored (follow-ups of one set of minutes share `createdAt`). */
  seq?: number;
}

export const FOLLOW_UP_STATUSES = ['open', 'done', 'overdue'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** Danish labels for lists and mails. */
export const FOLLOW_UP_STATUS_LABELS: Record<FollowUpStatus, string> = {
  open: 'Åben',
  done: 'Udført',
  overdue: 'Overskredet',
};

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** A register entry from a draft in the minutes; the use case supplies the id and the time. */
export function followUpFromDraft(
  draft: FollowUpDraft,
  meta: { id: string; sourceItemId: string | null; createdAt: string },
): FollowUp {
  return {
    id: meta.id,
    title: draft.title,
    ownerPersonId: draft.ownerPersonId,
    due: 'date' in draft.due ? { date: draft.due.date } : { meetingId: draft.due.meetingId },
    note: draft.note,
    evidence: '',
    doneAt: null,
    sourceItemId: meta.sourceItemId,
    createdAt: meta.createdAt,
  };
}

/**
 * The local date a follow-up is due: its date, or the local date of its target meeting's start.
 * Null when the target meeting is not in `meetingStarts` (not loaded, or cancelled).
 */
export function followUpDueDate(
  f: Pick<FollowUp, 'due'>,
  meetingStarts: ReadonlyMap<string, string>,
): string | null {
  if ('date' in f.due) return f.due.date;
  const start = meetingStarts.get(f.due.meetingId);
  return start ? localDateOf(parseInstant(start)) : null;
}

/**
 * Status at `now`, which is either a local date (YYYY-MM-DD) or an ISO instant.
 * - done when marked done;
 * - overdue when not done and a due date lies before today, or the target meeting has started
 *   (with a local date as `now`: the meeting's day lies before it, so on the meeting day it is
 *   still open; with an instant: from the meeting's start);
 * - open otherwise, also when the target meeting is unknown (the use case retargets follow-ups of
 *   a cancelled meeting).
 */
export function followUpStatus(
  f: Pick<FollowUp, 'due' | 'doneAt'>,
  now: string,
  meetingStarts: ReadonlyMap<string, string>,
): FollowUpStatus {
  if (f.doneAt) return 'done';
  const isDate = DATE_RE.test(now);
  const today = isDate ? now : localDateOf(parseInstant(now));
  if ('date' in f.due) return f.due.date < today ? 'overdue' : 'open';
  const start = meetingStarts.get(f.due.meetingId);
  if (!start) return 'open';
  const started = isDate
    ? localDateOf(parseInstant(start)) < today
    : parseInstant(start).toMillis() <= parseInstant(now).toMillis();
  return started ? 'overdue' : 'open';
}

/**
 * Orders follow-ups by due date (those without a known one last), then creation (time, then
 * registration order where known), then title:
 * the order of "my follow-ups", the forum overview and reminder mails.
 */
export function byDue(meetingStarts: ReadonlyMap<string, string>): (a: FollowUp, b: FollowUp) => number {
  return (a, b) => {
    const da = followUpDueDate(a, meetingStarts);
    const db = followUpDueDate(b, meetingStarts);
    if (da !== db) {
      if (da === null) return 1;
      if (db === null) return -1;
      return da < db ? -1 : 1;
    }
    if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
    if (a.seq !== undefined && b.seq !== undefined && a.seq !== b.seq) return a.seq - b.seq;
    return a.title.localeCompare(b.title, 'da');
  };
}

/**
 * The follow-ups a meeting's agenda must report on: those targeting the meeting that are not done
 * (open or overdue), in the order they were created (they share the due date), ties by title.
 */
export function followUpsForAgenda(followUps: readonly FollowUp[], meetingId: string): FollowUp[] {
  return followUps
    .filter((f) => 'meetingId' in f.due && f.due.meetingId === meetingId && !f.doneAt)
    .sort(byDue(new Map()));
}

/** Follow-ups due at `now` or overdue and not done: what a reminder mail lists, in due order. */
export function followUpsToRemind(
  followUps: readonly FollowUp[],
  now: string,
  meetingStarts: ReadonlyMap<string, string>,
): { followUp: FollowUp; status: FollowUpStatus }[] {
  const today = DATE_RE.test(now) ? now : localDateOf(parseInstant(now));
  return followUps
    .filter((f) => {
      const due = followUpDueDate(f, meetingStarts);
      return !f.doneAt && due !== null && due <= today;
    })
    .sort(byDue(meetingStarts))
    .map((followUp) => ({ followUp, status: followUpStatus(followUp, now, meetingStarts) }));
}
