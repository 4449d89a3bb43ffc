import { z } from 'zod';
import { invalid } from '../domain/errors.ts';
import { findAttachment } from '../store/attachments.ts';
import { type Note, saveNote as storeNote } from '../store/notes.ts';
import { type AppContext, audit, type Caller } from './context.ts';
import { loadItem } from './item-access.ts';
import { parseInput } from './validate.ts';

export const saveNoteSchema = z.object({
  /** Null (or left out) for a note on the item itself. */
  attachmentId: z.string().uuid().nullable().default(null),
  /** Plain text; an empty note is removed. */
  body: z
    .string()
    .max(20_000)
    .transform((s) => s.trim()),
  /** The version read; null when there was no note. */
  version: z.number().int().positive().nullable(),
});
export type SaveNoteInput = z.input<typeof saveNoteSchema>;

/**
 * A reader writes their private note on an item they may read, or on one of its attachments.
 * The note is theirs alone: no other person, manager or administrator reads it, and the audit row
 * records that a note was written, never what it says.
 */
export async function saveNote(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  itemId: string,
  input: unknown,
): Promise<Note | null> {
  const { org, item } = await loadItem(ctx.db, caller, orgSlug, itemId, 'note.write');
  const data = parseInput(saveNoteSchema, input);
  if (caller.actor.kind !== 'person') throw invalid('actor', 'only a person keeps notes');
  const personId = caller.actor.personId;
  if (data.attachmentId) {
    const attachment = await findAttachment(ctx.db, org.id, data.attachmentId);
    if (!attachment || attachment.itemId !== item.id)
      throw invalid('attachmentId', 'no such attachment on this item');
  }
  return ctx.db.transaction(async (tx) => {
    const note = await storeNote(tx, {
      orgId: org.id,
      personId,
      itemId: item.id,
      attachmentId: data.attachmentId,
      body: data.body,
      expectedVersion: data.version,
    });
    await audit(tx, caller, {
      orgId: org.id,
      action: note ? 'note.save' : 'note.delete',
      objectType: 'item',
      objectId: item.id,
      detail: { attachmentId: data.attachmentId, version: note?.version ?? null },
    });
    return note;
  });
}
