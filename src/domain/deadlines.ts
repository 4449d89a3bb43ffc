/**
 * Deadlines relative to a meeting (see DeadlineRule in charter.ts). The deadline day is computed
 * from the meeting's local date; its time is the rule's time or 16:00 (end of the working day).
 * A deadline before the meeting (submission, approval, publication) that lands on a weekend or
 * public holiday moves to the previous working day; a minutes deadline moves to the next one.
 */
import type { DateTime } from 'luxon';
import type { DeadlineKind, DeadlineRule } from './charter.ts';
import { nextWorkingDay, onOrAfterWorkingDay, onOrBeforeWorkingDay, previousWorkingDay } from './holidays.ts';
import { addDays, atLocal, isoWeekday, localDateOf } from './local-date.ts';

export const DEFAULT_DEADLINE_TIME = '16:00';

/** Step `count` working days from `date` (backwards if `count` is negative). */
function stepWorkingDays(date: string, count: number): string {
  let d = date;
  for (let i = 0; i < Math.abs(count); i++) d = count > 0 ? nextWorkingDay(d) : previousWorkingDay(d);
  return d;
}

/** The local date a rule gives, before moving off non-working days. */
export function deadlineDate(rule: DeadlineRule, meetingDate: string): string {
  switch (rule.kind) {
    case 'weekday_in_week_before': {
      const mondayOfWeekBefore = addDays(meetingDate, -(isoWeekday(meetingDate) - 1) - 7);
      return addDays(mondayOfWeekBefore, rule.weekday - 1);
    }
    case 'weekday_before': {
      const back = (isoWeekday(meetingDate) - rule.weekday + 7) % 7 || 7;
      return addDays(meetingDate, -back);
    }
    case 'days_before':
      return addDays(meetingDate, -rule.days);
    case 'working_days_before':
      return stepWorkingDays(meetingDate, -rule.days);
    case 'days_after':
      return addDays(meetingDate, rule.days);
    case 'working_days_after':
      return stepWorkingDays(meetingDate, rule.days);
  }
}

/** The deadline of `kind` for a meeting starting at `meetingStart`, in Europe/Copenhagen. */
export function computeDeadline(rule: DeadlineRule, meetingStart: DateTime, kind: DeadlineKind): DateTime {
  const raw = deadlineDate(rule, localDateOf(meetingStart));
  const day = kind === 'minutes' ? onOrAfterWorkingDay(raw) : onOrBeforeWorkingDay(raw);
  return atLocal(day, rule.time ?? DEFAULT_DEADLINE_TIME);
}
