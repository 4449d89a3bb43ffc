/**
 * Checks of a charter's cadence and deadlines that the zod schema cannot express: the RRULEs parse,
 * the series produces meetings, variations hit some meeting, and deadlines fall on the right side
 * of the meeting.
 */
import { DateTime } from 'luxon';
import { type CharterContent, DEADLINE_KINDS } from './charter.ts';
import { computeDeadline } from './deadlines.ts';
import type { ErrorDetail } from './errors.ts';
import { generateSeries, parseCadence } from './series.ts';

/** How far ahead the cadence is checked, and how many meetings the deadlines are checked on. */
const CHECK_YEARS = 2;
const CHECK_MEETINGS = 20;

export function validateCharter(content: CharterContent, effectiveFrom: string): ErrorDetail[] {
  const errors: ErrorDetail[] = [];
  const parsed = parseCadence(content.cadence);
  if (!parsed.base.ok) errors.push({ path: 'cadence.rrule', problem: parsed.base.problem });
  parsed.variations.forEach((p, i) => {
    if (!p.ok) errors.push({ path: `cadence.variations.${i}.rrule`, problem: p.problem });
  });
  if (!parsed.base.ok) return errors;

  const from = DateTime.fromISO(effectiveFrom, { zone: 'utc' });
  if (!from.isValid) return [...errors, { path: 'effectiveFrom', problem: 'expected a date YYYY-MM-DD' }];
  const until = from.plus({ years: CHECK_YEARS }).minus({ days: 1 }).toFormat('yyyy-MM-dd');
  const occurrences = generateSeries(content, effectiveFrom, effectiveFrom, until, parsed);
  const meetings = occurrences.filter((o) => !o.skipped);
  if (meetings.length === 0) {
    errors.push({ path: 'cadence.rrule', problem: `produces no meetings in the first ${CHECK_YEARS} years` });
  }

  content.cadence.variations.forEach((v, i) => {
    if (parsed.variations[i]?.ok && !meetings.some((o) => o.variations.includes(v.label))) {
      errors.push({
        path: `cadence.variations.${i}.rrule`,
        problem: `matches no meeting in the first ${CHECK_YEARS} years`,
      });
    }
  });

  const sample = meetings.slice(0, CHECK_MEETINGS);
  for (const kind of DEADLINE_KINDS) {
    const rule = content.deadlines[kind];
    if (!rule) continue;
    if (kind === 'minutes') {
      if (sample.some((o) => computeDeadline(rule, o.start, kind).toMillis() < o.end.toMillis())) {
        errors.push({ path: `deadlines.${kind}`, problem: 'falls before the meeting ends' });
      }
    } else if (sample.some((o) => computeDeadline(rule, o.start, kind).toMillis() >= o.start.toMillis())) {
      errors.push({ path: `deadlines.${kind}`, problem: 'falls after the meeting' });
    }
  }
  return errors;
}
