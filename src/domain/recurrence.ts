/**
 * RFC 5545 recurrence rules (RRULE without DTSTART), checked strictly and expanded as "floating"
 * wall-clock dates: the rrule library runs in UTC, and each UTC date is read as a local date, so a
 * 09:00 series stays at 09:00 across summer-time switches (the time is applied by the caller).
 */
import * as rruleModule from 'rrule';
import { dateToUtcMillis, utcMillisToDate } from './local-date.ts';

// rrule ships CommonJS for Node: its exports arrive on `default` in Node's ESM loader, and directly
// when a bundler resolves its ESM build.
const rrule: typeof rruleModule =
  (rruleModule as unknown as { default?: typeof rruleModule }).default ?? rruleModule;
type Options = rruleModule.Options;

export type ParsedRecurrence = { ok: true; options: Partial<Options> } | { ok: false; problem: string };

const WEEKDAY = '(MO|TU|WE|TH|FR|SA|SU)';
const intList = (min: number, max: number, signed: boolean) => (value: string) =>
  value.split(',').every((part) => {
    if (!/^[+-]?\d{1,3}$/.test(part) || (!signed && /^[+-]/.test(part))) return false;
    const n = Math.abs(Number(part));
    return n >= min && n <= max;
  });

/** The properties we accept, with a check of each value. Sub-daily frequencies and BYHOUR etc. are
 *  refused: the meeting time comes from the cadence's startTime. */
const PROPERTIES: Record<string, (value: string) => boolean> = {
  FREQ: (v) => /^(YEARLY|MONTHLY|WEEKLY|DAILY)$/.test(v),
  INTERVAL: (v) => /^\d{1,3}$/.test(v) && Number(v) >= 1,
  COUNT: (v) => /^\d{1,4}$/.test(v) && Number(v) >= 1,
  UNTIL: (v) => /^\d{8}(T\d{6}Z?)?$/.test(v),
  BYDAY: (v) => v.split(',').every((p) => new RegExp(`^([+-]?([1-9]|[1-4]\\d|5[0-3]))?${WEEKDAY}$`).test(p)),
  BYMONTHDAY: intList(1, 31, true),
  BYMONTH: intList(1, 12, false),
  BYYEARDAY: intList(1, 366, true),
  BYWEEKNO: intList(1, 53, true),
  BYSETPOS: intList(1, 366, true),
  WKST: (v) => new RegExp(`^${WEEKDAY}$`).test(v),
};

/** Parse an RRULE strictly (the rrule library itself accepts almost anything). */
export function parseRecurrence(text: string): ParsedRecurrence {
  const body = text.trim().replace(/^RRULE:/i, '');
  if (body === '') return { ok: false, problem: 'invalid RRULE: empty' };
  const seen = new Set<string>();
  for (const part of body.split(';')) {
    const eq = part.indexOf('=');
    const key = (eq < 0 ? part : part.slice(0, eq)).trim().toUpperCase();
    const value =
      eq < 0
        ? ''
        : part
            .slice(eq + 1)
            .trim()
            .toUpperCase();
    if (key === 'DTSTART' || /DTSTART/i.test(part)) {
      return {
        ok: false,
        problem: 'invalid RRULE: DTSTART is not allowed (the series starts on effectiveFrom)',
      };
    }
    const check = PROPERTIES[key];
    if (!check) return { ok: false, problem: `invalid RRULE: unsupported property ${JSON.stringify(key)}` };
    if (seen.has(key)) return { ok: false, problem: `invalid RRULE: ${key} given twice` };
    seen.add(key);
    if (!check(value))
      return { ok: false, problem: `invalid RRULE: bad value ${JSON.stringify(value)} for ${key}` };
  }
  if (!seen.has('FREQ')) return { ok: false, problem: 'invalid RRULE: FREQ is required' };
  if (seen.has('COUNT') && seen.has('UNTIL'))
    return { ok: false, problem: 'invalid RRULE: COUNT and UNTIL together' };
  try {
    const options = rrule.RRule.parseString(body.toUpperCase());
    const until = /UNTIL=(\d{4})(\d{2})(\d{2})(?:;|$)/.exec(body.toUpperCase());
    // A date-only UNTIL includes that whole day.
    if (until)
      options.until = new Date(
        Date.UTC(Number(until[1]), Number(until[2]) - 1, Number(until[3]), 23, 59, 59),
      );
    // Let the library try a few occurrences so that it reports what it cannot handle.
    new rrule.RRule({ ...options, dtstart: new Date(Date.UTC(2000, 0, 1)) }).all((_, i) => i < 3);
    return { ok: true, options };
  } catch (e) {
    return { ok: false, problem: `invalid RRULE: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Safety limit on occurrences per expansion (a daily rule over 50 years). */
const MAX_OCCURRENCES = 20_000;

/**
 * The local dates of a rule's occurrences with DTSTART = `start` (local date), from `from` to `to`
 * inclusive. `startTime` (HH:MM) matters only for a date-time UNTIL.
 */
export function expandDates(
  options: Partial<Options>,
  start: string,
  startTime: string,
  from: string,
  to: string,
): string[] {
  if (to < from || to < start) return [];
  const [hour, minute] = startTime.split(':').map(Number);
  const offset = ((hour ?? 0) * 60 + (minute ?? 0)) * 60_000;
  const rule = new rrule.RRule({
    ...options,
    dtstart: new Date(dateToUtcMillis(start) + offset),
    tzid: null,
  });
  const after = new Date(dateToUtcMillis(from > start ? from : start));
  const before = new Date(dateToUtcMillis(to) + 86_400_000 - 1);
  return rule
    .between(after, before, true, (_, i) => i < MAX_OCCURRENCES)
    .map((d) => utcMillisToDate(d.getTime()));
}
