/** Local time in Copenhagen: parsing and formatting shared by every layer. */
import { DateTime } from 'luxon';
import { z } from 'zod';

export const ZONE = 'Europe/Copenhagen';

export const localDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine((s) => DateTime.fromISO(s, { zone: ZONE }).isValid, 'not a valid date');

/** `2025-04-23T09:00` (Copenhagen local time) or a full ISO 8601 time with offset. */
export const dateTimeSchema = z
  .string()
  .refine(
    (s) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s) && DateTime.fromISO(s, { zone: ZONE, setZone: false }).isValid,
    {
      message: 'expected a date and time, e.g. 2025-04-23T09:00 or 2025-04-23T09:00:00+02:00',
    },
  );

export const parseDateTime = (s: string): DateTime => DateTime.fromISO(s, { zone: ZONE });

/** ISO 8601 with the Copenhagen offset, no milliseconds: 2025-04-23T09:00:00+02:00 */
export const formatDateTime = (d: DateTime): string =>
  d.setZone(ZONE).toISO({ suppressMilliseconds: true }) ?? '';

export const localDateOf = (iso: string): string => DateTime.fromISO(iso, { zone: ZONE }).toISODate() ?? '';

/** Days between two local dates (b - a). */
export const daysBetween = (a: string, b: string): number =>
  DateTime.fromISO(b, { zone: 'UTC' }).diff(DateTime.fromISO(a, { zone: 'UTC' }), 'days').days;
