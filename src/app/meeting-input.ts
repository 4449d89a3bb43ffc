import { z } from 'zod';
import { dateTimeSchema } from '../domain/time.ts';

export const addMeetingSchema = z.object({
  start: dateTimeSchema,
  end: dateTimeSchema.optional(),
  location: z.string().trim().max(200).default(''),
  leaderPersonId: z.string().uuid().nullable().default(null),
  note: z.string().trim().max(2000).default(''),
});

export const updateMeetingSchema = z.object({
  start: dateTimeSchema.optional(),
  end: dateTimeSchema.optional(),
  location: z.string().trim().max(200).optional(),
  leaderPersonId: z.string().uuid().nullable().optional(),
  note: z.string().trim().max(2000).optional(),
});

export const cancelMeetingSchema = z.object({ reason: z.string().trim().max(2000).default('') });
