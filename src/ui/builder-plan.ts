/**
 * The meeting builder's pure logic: the time plan of an agenda (each item's start and end from the
 * meeting's start and the items' allotments, as the server computes it) and moving an item.
 */

export interface PlanEntry {
  itemId: string;
  durationMinutes: number | null;
}

export interface PlanSlot {
  itemId: string;
  number: number;
  /** ISO instants (UTC); the view formats them in Copenhagen time. */
  start: string;
  end: string;
  /** The item has no time allotment: it takes no time in the plan. */
  unplanned: boolean;
}

export interface Plan {
  slots: PlanSlot[];
  /** Minutes from the meeting's start to the end of the last item. */
  plannedMinutes: number;
  /** The meeting's length in minutes. */
  meetingMinutes: number;
  /** Minutes the items run past the meeting's end (0 when they fit). */
  overMinutes: number;
  /** Numbers of the items without an allotment. */
  unplanned: number[];
}

const MINUTE = 60_000;

/** Each item in order starts where the previous one ends; an item without an allotment takes no time. */
export function computePlan(meetingStart: string, meetingEnd: string, entries: readonly PlanEntry[]): Plan {
  const start = new Date(meetingStart).getTime();
  const end = new Date(meetingEnd).getTime();
  let cursor = start;
  const slots = entries.map((e, i): PlanSlot => {
    const from = cursor;
    cursor += (e.durationMinutes ?? 0) * MINUTE;
    return {
      itemId: e.itemId,
      number: i + 1,
      start: new Date(from).toISOString(),
      end: new Date(cursor).toISOString(),
      unplanned: e.durationMinutes === null,
    };
  });
  const plannedMinutes = Math.round((cursor - start) / MINUTE);
  const meetingMinutes = Math.round((end - start) / MINUTE);
  return {
    slots,
    plannedMinutes,
    meetingMinutes,
    overMinutes: Math.max(0, plannedMinutes - meetingMinutes),
    unplanned: slots.filter((s) => s.unplanned).map((s) => s.number),
  };
}

/**
 * The order after moving the item at `index` one place up (-1) or down (+1); the same order (a new
 * array) when it cannot move that way.
 */
export function moveItem<T>(order: readonly T[], index: number, delta: -1 | 1): T[] {
  const next = [...order];
  const to = index + delta;
  if (index < 0 || index >= next.length || to < 0 || to >= next.length) return next;
  const [moved] = next.splice(index, 1) as [T];
  next.splice(to, 0, moved);
  return next;
}

/** Puts `items` in the order of `ids` (ids not found are skipped; items not named keep their place at the end). */
export function inOrder<T extends { itemId: string }>(items: readonly T[], ids: readonly string[]): T[] {
  const byId = new Map(items.map((i) => [i.itemId, i]));
  const named = ids.map((id) => byId.get(id)).filter((i): i is T => i !== undefined);
  const rest = items.filter((i) => !ids.includes(i.itemId));
  return [...named, ...rest];
}
