/**
 * Local calendar dates (YYYY-MM-DD) and wall-clock times in Europe/Copenhagen.
 * Date arithmetic is done on UTC midnights, so it never meets a summer-time switch.
 */
import { DateTime } from 'luxon';

export const ZONE = 'Europe/Copenhagen';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})$/;

/** Milliseconds of the UTC midnight of a local date. Throws on a malformed date. */
export function dateToUtcMillis(date: string): number {
  const m = DATE_RE.exec(date);
  if (!m) throw new Error(`expected a date YYYY-MM-DD, got ${JSON.stringify(date)}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

export const utcMillisToDate = (millis: number): string => new Date(millis).toISOString().slice(0, 10);

export const addDays = (date: string, days: number): string =>
  utcMillisToDate(dateToUtcMillis(date) + days * 86_400_000);

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: string): number {
  const d = new Date(dateToUtcMillis(date)).getUTCDay();
  return d === 0 ? 7 : d;
}

export const yearOf = (date: string): number => Number(date.slice(0, 4));

export function parseTime(time: string): { hour: number; minute: number } {
  const m = TIME_RE.exec(time);
  if (!m) throw new Error(`expected a time HH:MM, got ${JSON.stringify(time)}`);
  return { hour: Number(m[1]), minute: Number(m[2]) };
}

/** The Copenhagen DateTime of a local date at a wall-clock time (HH:MM). */
export function atLocal(date: string, time: string): DateTime {
  const { hour, minute } = parseTime(time);
  const [year, month, day] = date.split('-').map(Number);
  return DateTime.fromObject({ year, month, day, hour, minute }, { zone: ZONE });
}

/** The local date (in Copenhagen) of an instant. */
export const localDateOf = (dt: DateTime): string => dt.setZone(ZONE).toFormat('yyyy-MM-dd');

/** Parse an ISO 8601 timestamp with offset into a Copenhagen DateTime. Throws if invalid. */
export function parseInstant(iso: string): DateTime {
  const dt = DateTime.fromISO(iso, { setZone: true });
  if (!dt.isValid)
    throw new Error(`invalid timestamp ${JSON.stringify(iso)}: ${dt.invalidExplanation ?? ''}`);
  return dt.setZone(ZONE);
}

/** The canonical string form of an instant: Copenhagen local time with offset, no milliseconds. */
export const formatInstant = (dt: DateTime): string =>
  dt.setZone(ZONE).toISO({ suppressMilliseconds: true }) ?? '';
