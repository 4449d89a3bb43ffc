/**
 * The terms of reference (kommissorium) of a forum, as data. A forum has versioned charters,
 * each in force from `effectiveFrom` until the next version's `effectiveFrom`.
 * Everything here is plain data: the calendar (calendar.ts) and, later, the item pipeline read it.
 */
import { z } from 'zod';

export const ITEM_TYPES = ['decision', 'information', 'theme'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export const MEMBER_ROLES = ['chair', 'member', 'secretary', 'guest'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time HH:MM');
/** ISO weekday: 1 = Monday ... 7 = Sunday. */
const isoWeekday = z.number().int().min(1).max(7);

/**
 * A deadline relative to a meeting. Kinds, with the seed phrase each models:
 * - `weekday_in_week_before`: "torsdag kl. 12.00 i ugen før mødet" (that weekday of the ISO week before
 *   the meeting's week).
 * - `weekday_before`: "torsdage inden afholdelse af møder mandage" (the last such weekday strictly
 *   before the meeting day).
 * - `days_before`: "14 dage før" (calendar days before the meeting day).
 * - `working_days_before` / `working_days_after`: counted in working days (not weekends or holidays).
 * - `days_after`: e.g. minutes distributed within 3 days after the meeting.
 * `time` is the local time of the deadline; without it the deadline is the end of the working day
 * (16:00), which is how "senest fredag" is read in practice.
 */
export const deadlineRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('weekday_in_week_before'), weekday: isoWeekday, time: localTime.optional() }),
  z.object({ kind: z.literal('weekday_before'), weekday: isoWeekday, time: localTime.optional() }),
  z.object({ kind: z.literal('days_before'), days: z.number().int(), time: localTime.optional() }),
  z.object({ kind: z.literal('working_days_before'), days: z.number().int(), time: localTime.optional() }),
  z.object({ kind: z.literal('days_after'), days: z.number().int(), time: localTime.optional() }),
  z.object({ kind: z.literal('working_days_after'), days: z.number().int(), time: localTime.optional() }),
]);
export type DeadlineRule = z.infer<typeof deadlineRuleSchema>;

export const DEADLINE_KINDS = ['submission', 'approval', 'publication', 'minutes'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/**
 * A variation of the cadence: occurrences of the base series that also match `rrule` get another
 * start time and/or duration, e.g. Direktørforum's monthly meeting extended for the pre-meeting
 * before political meetings (`FREQ=MONTHLY;BYDAY=1MO`).
 */
export const cadenceVariationSchema = z.object({
  label: z.string().min(1),
  rrule: z.string().min(1),
  startTime: localTime.optional(),
  durationMinutes: z
    .number()
    .int()
    .positive()
    .max(24 * 60 * 3)
    .optional(),
});
export type CadenceVariation = z.infer<typeof cadenceVariationSchema>;

export const cadenceSchema = z.object({
  /** RFC 5545 RRULE without DTSTART, e.g. `FREQ=MONTHLY;BYDAY=1TH,3TH`. The series starts at the
   *  charter's `effectiveFrom`. */
  rrule: z.string().min(1),
  startTime: localTime,
  durationMinutes: z
    .number()
    .int()
    .positive()
    .max(24 * 60 * 3),
  timezone: z.literal('Europe/Copenhagen').default('Europe/Copenhagen'),
  variations: z.array(cadenceVariationSchema).default([]),
});
export type Cadence = z.infer<typeof cadenceSchema>;

/** What happens to a meeting that falls on a Danish public holiday. Default: move to the next
 *  working day. Deadlines that fall on a holiday or weekend always move to the previous working
 *  day (before the meeting) or the next working day (after the meeting). */
export const HOLIDAY_RULES = ['skip', 'next_working_day', 'keep'] as const;
export type HolidayRule = (typeof HOLIDAY_RULES)[number];

export const templateSectionSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected a lower-case key'),
  heading: z.string().min(1),
  requiredFor: z.array(z.enum(ITEM_TYPES)).default([]),
});
export type TemplateSection = z.infer<typeof templateSectionSchema>;

export const standingItemSchema = z.object({
  title: z.string().min(1),
  type: z.enum(ITEM_TYPES),
  /** Where on the agenda: first or last. */
  position: z.enum(['first', 'last']).default('first'),
});

export const leaderRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('chair') }),
  /** Members (person ids) take turns in this order, one meeting each; cancelled meetings do not
   *  use a turn. */
  z.object({ kind: z.literal('rotation'), personIds: z.array(z.string().min(1)).min(1) }),
]);
export type LeaderRule = z.infer<typeof leaderRuleSchema>;

export const meetingPartSchema = z.object({
  name: z.string().min(1),
  /** Who attends this part: all members, or the members plus named extra attendees (by title or name). */
  attendees: z.string().default('Alle medlemmer'),
  durationMinutes: z.number().int().positive().optional(),
});

export const charterContentSchema = z.object({
  purpose: z.string().default(''),
  secretariatUnitId: z.string().nullable().default(null),
  cadence: cadenceSchema,
  holidayRule: z.enum(HOLIDAY_RULES).default('next_working_day'),
  deadlines: z
    .object({
      submission: deadlineRuleSchema.nullable().default(null),
      approval: deadlineRuleSchema.nullable().default(null),
      publication: deadlineRuleSchema.nullable().default(null),
      minutes: deadlineRuleSchema.nullable().default(null),
    })
    .default({ submission: null, approval: null, publication: null, minutes: null }),
  itemTypes: z.array(z.enum(ITEM_TYPES)).min(1).default(['decision', 'information', 'theme']),
  template: z.array(templateSectionSchema).default([]),
  capacity: z
    .object({
      maxThemes: z.number().int().positive().nullable().default(null),
      maxMinutes: z.number().int().positive().nullable().default(null),
    })
    .default({ maxThemes: null, maxMinutes: null }),
  standingItems: z.array(standingItemSchema).default([]),
  /** Who approves submitted items: the submitter's responsible director, or the chair. */
  approver: z.enum(['responsible_director', 'chair']).default('responsible_director'),
  leaderRule: leaderRuleSchema.default({ kind: 'chair' }),
  parts: z.array(meetingPartSchema).default([]),
  /** Whether the organisation-wide and public documents show a closed item's title (its content
   *  never); by default they show "Lukket punkt". */
  showClosedTitles: z.boolean().default(false),
  /** Optional prefix of item titles, e.g. "CF - ". */
  titlePrefix: z.string().max(20).nullable().default(null),
});
export type CharterContent = z.infer<typeof charterContentSchema>;
export type CharterContentInput = z.input<typeof charterContentSchema>;

export interface Charter extends CharterContent {
  id: string;
  forumId: string;
  version: number;
  effectiveFrom: string; // YYYY-MM-DD, local date
  createdAt: string;
}

export const charterInputSchema = charterContentSchema.extend({ effectiveFrom: localDate });
export type CharterInput = z.input<typeof charterInputSchema>;

/** The charter in force on a local date, or undefined before the first version. */
export function charterInForce<C extends { effectiveFrom: string }>(
  charters: readonly C[],
  date: string,
): C | undefined {
  let found: C | undefined;
  for (const c of charters) {
    if (c.effectiveFrom <= date && (!found || c.effectiveFrom > found.effectiveFrom)) found = c;
  }
  return found;
}
