/**
 * The annual wheel (årshjul): recurring themes and milestones of a forum, each tied to a meeting of
 * the year by a small set of rules, and created as a placeholder item `leadWeeks` before that
 * meeting. Pure: the caller passes the year's meetings and the clock.
 */
import { DateTime } from 'luxon';
import { z } from 'zod';
import { ITEM_TYPES } from './charter.ts';

const ZONE = 'Europe/Copenhagen';

/**
 * When in the year an entry falls:
 * - `first_in_month`: the first meeting in the month ("første møde i marts");
 * - `last_in_month`: the last meeting in the month ("sidste møde før sommerferien" = juni);
 * - `in_week`: the first meeting in the ISO week ("mødet i uge 12").
 */
export const wheelWhenSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('first_in_month'), month: z.number().int().min(1).max(12) }),
  z.object({ kind: z.literal('last_in_month'), month: z.number().int().min(1).max(12) }),
  z.object({ kind: z.literal('in_week'), week: z.number().int().min(1).max(53) }),
]);
export type WheelWhen = z.output<typeof wheelWhenSchema>;

export const MAX_LEAD_WEEKS = 26;

export const wheelEntryInputSchema = z.object({
  title: z.string().trim().min(1, 'must not be empty').max(300),
  description: z.string().trim().max(4000).default(''),
  when: wheelWhenSchema,
  responsiblePersonId: z.string().uuid(),
  leadWeeks: z.number().int().min(0).max(MAX_LEAD_WEEKS).default(4),
  itemType: z.enum(ITEM_TYPES).default('theme'),
  active: z.boolean().default(true),
});
export type WheelEntryInput = z.output<typeof wheelEntryInputSchema>;

export interface WheelEntry extends WheelEntryInput {
  id: string;
  orgId: string;
  forumId: string;
  createdAt: string;
}

/** The least a meeting must say for the wheel: its start instant, and whether it is cancelled. */
export interface WheelMeeting {
  start: string;
  cancelled: boolean;
}

const local = (iso: string) => DateTime.fromISO(iso, { zone: ZONE });

/** Does the rule match this meeting (in the given year)? */
function matches(when: WheelWhen, year: number, start: DateTime): boolean {
  switch (when.kind) {
    case 'first_in_month':
    case 'last_in_month':
      return start.year === year && start.month === when.month;
    case 'in_week':
      return start.weekYear === year && start.weekNumber === when.week;
  }
}

/** The meeting of `year` the rule points at, or undefined if the forum has none there. */
export function wheelTarget<M extends WheelMeeting>(
  when: WheelWhen,
  year: number,
  meetings: readonly M[],
): M | undefined {
  const candidates = meetings
    .filter((m) => !m.cancelled && matches(when, year, local(m.start)))
    .sort((a, b) => a.start.localeCompare(b.start));
  return when.kind === 'last_in_month' ? candidates.at(-1) : candidates[0];
}

/** The local dates of the year's period the rule can fall in (to build the calendar for). */
export function wheelPeriod(when: WheelWhen, year: number): { from: string; to: string } {
  if (when.kind === 'in_week') {
    const monday = DateTime.fromObject({ weekYear: year, weekNumber: when.week, weekday: 1 }, { zone: ZONE });
    return { from: monday.toISODate() ?? '', to: monday.plus({ days: 6 }).toISODate() ?? '' };
  }
  const first = DateTime.fromObject({ year, month: when.month, day: 1 }, { zone: ZONE });
  return { from: first.toISODate() ?? '', to: first.endOf('month').toISODate() ?? '' };
}

/** The instant the placeholder is due: `leadWeeks` weeks before the meeting starts (local time). */
export const placeholderDueAt = (meetingStart: string, leadWeeks: number): string =>
  local(meetingStart).minus({ weeks: leadWeeks }).toUTC().toISO() ?? '';

/** Is the placeholder due now: at or after its due instant, and before the meeting starts? */
export function isPlaceholderDue(meetingStart: string, leadWeeks: number, now: Date): boolean {
  const due = Date.parse(placeholderDueAt(meetingStart, leadWeeks));
  return now.getTime() >= due && now.getTime() < Date.parse(meetingStart);
}

/** Short Danish label of a rule, for the year view and mails. */
export function describeWhen(when: WheelWhen): string {
  const month = (m: number) => DateTime.local(2000, m, 1).setLocale('da').toFormat('LLLL');
  switch (when.kind) {
    case 'first_in_month':
      return `Første møde i ${month(when.month)}`;
    case 'last_in_month':
      return `Sidste møde i ${month(when.month)}`;
    case 'in_week':
      return `Mødet i uge ${when.week}`;
  }
}
