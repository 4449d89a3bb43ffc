/** Input schemas for local dates and times, shared by the use cases and the HTTP layer. */
import { DateTime } from 'luxon';
import { z } from 'zod';
import { dateToUtcMillis, ZONE } from './local-date.ts';

export const localDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine((s) => DateTime.fromISO(s, { zone: ZONE }).isValid, 'not a valid date');

/** `2025-04-23T09:00` (Copenhagen local time) or a full ISO 8601 time with offset. */
export const dateTimeSchema = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s) && DateTime.fromISO(s, { zone: ZONE }).isValid, {
    message: 'expected a date and time, e.g. 2025-04-23T09:00 or 2025-04-23T09:00:00+02:00',
  });

/** Parses input valid under dateTimeSchema; a time without offset is Copenhagen local time. */
export const parseDateTime = (s: string): DateTime => DateTime.fromISO(s, { zone: ZONE });

/** Days between two local dates (b - a). */
export const daysBetween = (a: string, b: string): number =>
  (dateToUtcMillis(b) - dateToUtcMillis(a)) / 86_400_000;
