/**
 * The meeting series one charter version generates: its cadence expanded from `effectiveFrom`,
 * with variations (other time or duration on some occurrences) and the holiday rule applied.
 */
import type { DateTime } from 'luxon';
import type { Cadence, CharterContent } from './charter.ts';
import { holidayName, isWorkingDay, nextWorkingDay } from './holidays.ts';
import { atLocal } from './local-date.ts';
import { expandDates, type ParsedRecurrence, parseRecurrence } from './recurrence.ts';

export interface Occurrence {
  /** The local date the series gives (before any holiday move). */
  occurrenceDate: string;
  start: DateTime;
  end: DateTime;
  variations: string[];
  holidayNote: string | null;
  /** Dropped by holidayRule 'skip': kept here so a stored meeting can still replace it. */
  skipped: boolean;
}

export interface ParsedCadence {
  base: ParsedRecurrence;
  variations: ParsedRecurrence[];
}

export const parseCadence = (cadence: Cadence): ParsedCadence => ({
  base: parseRecurrence(cadence.rrule),
  variations: cadence.variations.map((v) => parseRecurrence(v.rrule)),
});

/** The note on an occurrence that a non-working day moved. */
const nonWorkingDayNote = (date: string): string => holidayName(date) ?? 'Weekend';

/**
 * Occurrences with series dates from `from` to `until` (inclusive) of the series that starts on
 * `effectiveFrom`, sorted. Invalid rules
 * (see parseCadence) generate nothing: a base rule that fails gives no meetings, a variation that
 * fails is ignored.
 */
export function generateSeries(
  content: CharterContent,
  effectiveFrom: string,
  from: string,
  until: string,
  parsed: ParsedCadence = parseCadence(content.cadence),
): Occurrence[] {
  const { cadence } = content;
  if (!parsed.base.ok) return [];
  const expand = (p: ParsedRecurrence): string[] =>
    p.ok ? expandDates(p.options, effectiveFrom, cadence.startTime, from, until) : [];
  const variationDates = parsed.variations.map((p) => new Set(expand(p)));

  const occurrences: Occurrence[] = [];
  for (const date of expand(parsed.base)) {
    let startTime = cadence.startTime;
    let duration = cadence.durationMinutes;
    const labels: string[] = [];
    cadence.variations.forEach((v, i) => {
      if (!variationDates[i]?.has(date)) return;
      labels.push(v.label);
      startTime = v.startTime ?? startTime;
      duration = v.durationMinutes ?? duration;
    });

    let day = date;
    let holidayNote: string | null = null;
    let skipped = false;
    if (!isWorkingDay(date)) {
      if (content.holidayRule === 'skip') skipped = true;
      else if (content.holidayRule === 'next_working_day') {
        day = nextWorkingDay(date);
        holidayNote = nonWorkingDayNote(date);
      }
    }
    const start = atLocal(day, startTime);
    occurrences.push({
      occurrenceDate: date,
      start,
      end: start.plus({ minutes: duration }),
      variations: labels,
      holidayNote,
      skipped,
    });
  }
  return occurrences;
}
