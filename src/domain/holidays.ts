/**
 * Danish public holidays (helligdage) from date-holidays, type 'public' only: observances such as
 * Grundlovsdag, Juleaftensdag and 1. maj are working days here. Store Bededag is a holiday up to and
 * including 2023 and abolished from 2024; the library knows this.
 */
import Holidays from 'date-holidays';
import { addDays, isoWeekday, yearOf } from './local-date.ts';

const dk = new Holidays('DK');
const byYear = new Map<number, ReadonlyMap<string, string>>();

function holidaysOf(year: number): ReadonlyMap<string, string> {
  let map = byYear.get(year);
  if (!map) {
    const built = new Map<string, string>();
    for (const h of dk.getHolidays(year, 'da')) {
      if (h.type === 'public') built.set(h.date.slice(0, 10), h.name);
    }
    map = built;
    byYear.set(year, map);
  }
  return map;
}

/** The Danish name of the public holiday on a local date (YYYY-MM-DD), or null. */
export const holidayName = (date: string): string | null => holidaysOf(yearOf(date)).get(date) ?? null;

export const isWeekend = (date: string): boolean => isoWeekday(date) >= 6;

/** Monday to Friday and not a public holiday. */
export const isWorkingDay = (date: string): boolean => !isWeekend(date) && holidayName(date) === null;

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: string): string {
  let d = addDays(date, 1);
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/** The last working day strictly before `date`. */
export function previousWorkingDay(date: string): string {
  let d = addDays(date, -1);
  while (!isWorkingDay(d)) d = addDays(d, -1);
  return d;
}

/** `date` itself if it is a working day, else the next working day. */
export const onOrAfterWorkingDay = (date: string): string =>
  isWorkingDay(date) ? date : nextWorkingDay(date);

/** `date` itself if it is a working day, else the previous working day. */
export const onOrBeforeWorkingDay = (date: string): string =>
  isWorkingDay(date) ? date : previousWorkingDay(date);
