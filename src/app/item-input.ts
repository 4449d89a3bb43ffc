import { z } from 'zod';
import { itemContentSchema } from '../domain/item.ts';
import { patchSchema } from './validate.ts';

/** Items of other forums whose decisions an item cites (checked by item-citations.ts). */
const citedItemIds = z.array(z.string().uuid()).max(20);

/** Creating an item: its content, and the meeting wished for (a series date or meeting id; null = the next possible). */
export const createItemSchema = itemContentSchema.extend({
  meeting: z.string().max(40).nullable().default(null),
  citedItemIds: citedItemIds.default([]),
});

/** Editing names the version it read, so a concurrent edit is a conflict, not an overwrite. */
export const updateItemSchema = patchSchema(itemContentSchema).extend({
  version: z.number().int().positive(),
  meeting: z.string().max(40).nullable().optional(),
  citedItemIds: citedItemIds.optional(),
});

export const decideItemSchema = z
  .object({
    decision: z.enum(['approve', 'return', 'reject']),
    comment: z.string().trim().max(4000).default(''),
  })
  .refine((d) => d.decision === 'approve' || d.comment.length > 0, {
    path: ['comment'],
    message: 'say why the item is returned or rejected',
  });

export const scheduleItemSchema = z.object({ meeting: z.string().min(1).max(40) });
export const withdrawItemSchema = z.object({ comment: z.string().trim().max(4000).default('') });
