/**
 * A forum's dashboard, as pure functions over rows the store gathers: lead time from submission to
 * decision (the item's submission time and its minutes' finalising time), approval latency, deadline misses (items and minutes) and follow-up completion.
 * Durations are in days (fractional, rounded to one decimal); percentiles interpolate linearly
 * between the closest ranks (the median of 1, 2, 3, 10 is 2.5).
 */
import type { FollowUpStatus } from './follow-up.ts';

/** An item's audit event, as the store reads it (`item.submit`, `item.approve`, `item.return`, `item.reject`). */
export interface ItemEvent {
  itemId: string;
  action: string;
  /** ISO instant. */
  at: string;
  actorPersonId: string | null;
}

export interface Duration {
  itemId: string;
  /** ISO instant the duration ends (the decision). */
  at: string;
  days: number;
}

export interface Summary {
  count: number;
  medianDays: number | null;
  p90Days: number | null;
}

const DAY_MS = 86_400_000;
const round1 = (n: number): number => Math.round(n * 10) / 10;
export const daysBetween = (from: string, to: string): number =>
  round1((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** The q-quantile (0..1) of the values, linear between closest ranks; null for no values. */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? a;
  return round1(a + (b - a) * (pos - lo));
}

export const summarise = (durations: readonly Duration[]): Summary => {
  const days = durations.map((d) => d.days);
  return { count: days.length, medianDays: quantile(days, 0.5), p90Days: quantile(days, 0.9) };
};

/** Instants compare as times, not as strings (offsets differ: `Z`, `+02:00`). */
const ms = (iso: string): number => Date.parse(iso);
const byTime = (a: ItemEvent, b: ItemEvent) => ms(a.at) - ms(b.at);
const perItem = (events: readonly ItemEvent[]): Map<string, ItemEvent[]> => {
  const m = new Map<string, ItemEvent[]>();
  for (const e of [...events].sort(byTime)) m.set(e.itemId, [...(m.get(e.itemId) ?? []), e]);
  return m;
};

/**
 * Lead time per decided item: from its submission (the last one, which put it on its meeting) to
 * the finalising of the minutes that decided it. Items never submitted (standing items, imports)
 * have none.
 */
export function leadTimes(
  rows: readonly { itemId: string; submittedAt: string | null; decidedAt: string | null }[],
): Duration[] {
  return rows.flatMap((r) =>
    r.submittedAt && r.decidedAt && ms(r.decidedAt) >= ms(r.submittedAt)
      ? [{ itemId: r.itemId, at: r.decidedAt, days: daysBetween(r.submittedAt, r.decidedAt) }]
      : [],
  );
}

const APPROVER_DECISIONS = ['item.approve', 'item.return', 'item.reject'];

/**
 * Approval latency per submission: from each submission to the approver's next decision (approve,
 * return, reject). An approval made by the submitter at submission (the chair's own item) is
 * automatic and not counted; a submission still waiting has no latency yet.
 */
export function approvalLatencies(events: readonly ItemEvent[]): Duration[] {
  const out: Duration[] = [];
  for (const [itemId, es] of perItem(events)) {
    let open: ItemEvent | null = null;
    for (const e of es) {
      if (e.action === 'item.submit') open = e;
      else if (open && APPROVER_DECISIONS.includes(e.action)) {
        if (e.actorPersonId !== open.actorPersonId || open.actorPersonId === null)
          out.push({ itemId, at: e.at, days: daysBetween(open.at, e.at) });
        open = null;
      }
    }
  }
  return out;
}

/** Items submitted after the submission deadline of the meeting they were put on. */
export function lateSubmissions<T extends { meetingId: string | null; submittedAt: string | null }>(
  items: readonly T[],
  submissionDeadlines: ReadonlyMap<string, string | null>,
): (T & { deadline: string })[] {
  return items.flatMap((i) => {
    const deadline = i.meetingId ? submissionDeadlines.get(i.meetingId) : null;
    return deadline && i.submittedAt && ms(i.submittedAt) > ms(deadline) ? [{ ...i, deadline }] : [];
  });
}

/** Meetings whose minutes came out after their deadline, or are still out past it at `now`. */
export function lateMinutes<T extends { minutesDeadline: string | null; minutesPublishedAt: string | null }>(
  meetings: readonly T[],
  now: string,
): T[] {
  return meetings.filter(
    (m) => m.minutesDeadline !== null && ms(m.minutesPublishedAt ?? now) > ms(m.minutesDeadline),
  );
}

export interface FollowUpCompletion {
  total: number;
  done: number;
  /** Share done, 0..1 rounded to two decimals; null when there are none. */
  share: number | null;
  overdue: number;
}

export function followUpCompletion(statuses: readonly FollowUpStatus[]): FollowUpCompletion {
  const done = statuses.filter((s) => s === 'done').length;
  return {
    total: statuses.length,
    done,
    share: statuses.length ? Math.round((done / statuses.length) * 100) / 100 : null,
    overdue: statuses.filter((s) => s === 'overdue').length,
  };
}
