import type { Item } from '../domain/item.ts';
import { insertItem } from '../store/items.ts';
import { type AppContext, authorize, type Caller, forumResource, resolveForum } from './context.ts';
import { recordTransition } from './item-events.ts';
import { createItemSchema } from './item-input.ts';
import { materialiseMeeting } from './meeting-occurrence.ts';
import { parseInput } from './validate.ts';

/** A member drafts an item for a forum, for a chosen meeting or the next possible one. */
export async function createItem(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  input: unknown,
): Promise<Item> {
  const { org, forum } = await resolveForum(ctx.db, caller, orgSlug, shortName);
  authorize(caller, 'item.create', forumResource(forum));
  const { meeting, ...content } = parseInput(createItemSchema, input);
  return ctx.db.transaction(async (tx) => {
    const wished = meeting ? await materialiseMeeting(tx, forum, meeting) : null;
    const item = await insertItem(tx, {
      ...content,
      orgId: org.id,
      forumId: forum.id,
      state: 'draft',
      submitterPersonId: caller.actor.kind === 'person' ? caller.actor.personId : null,
      wishedMeetingId: wished?.id ?? null,
    });
    await recordTransition(tx, caller, item, 'create', null, 'draft');
    return item;
  });
}
