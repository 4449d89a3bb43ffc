import { listNotes, type Note } from '../store/notes.ts';
import type { AppContext, Caller } from './context.ts';
import { loadItem } from './item-access.ts';

/** The caller's own notes on an item (and its attachments); an operator has none. */
export async function listMyNotes(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  itemId: string,
): Promise<Note[]> {
  const { item } = await loadItem(ctx.db, caller, orgSlug, itemId, 'item.read');
  if (caller.actor.kind !== 'person') return [];
  return listNotes(ctx.db, caller.actor.personId, item.id);
}
