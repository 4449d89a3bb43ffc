import { z } from 'zod';

export const absenceSchema = z.object({
  /** Whose absence; default the caller. The secretary may report for anyone. */
  personId: z.string().uuid().optional(),
  reason: z.string().trim().max(1000).default(''),
  substitutePersonId: z.string().uuid().nullable().default(null),
});

export const guestSchema = z.object({
  personId: z.string().uuid(),
  itemIds: z.array(z.string().uuid()).min(1).max(50),
});
