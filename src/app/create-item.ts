import { invalid } from '../domain/errors.ts';
import type { Item } from '../domain/item.ts';
import { findCase } from '../store/cases.ts';
import type { DbOrTx } from '../store/db.ts';
import { insertItem } from '../store/items.ts';
import { findPerson } from '../store/people.ts';
import { type AppContext, authorize, type Caller, forumResource, resolveForum } from './context.ts';
import { checkCitations } from './item-citations.ts';
import { recordTransition } from './item-events.ts';
import { createItemSchema } from './item-input.ts';
import { materialiseMeeting } from './meeting-occurrence.ts';
import { parseInput } from './validate.ts';

/** An item refers only to a case and to presenters of its own organisation. */
export async function checkItemReferences(
  db: DbOrTx,
  orgId: string,
  content: { caseId?: string | null; presenters?: readonly { personId: string | null }[] },
): Promise<void> {
  if (content.caseId && !(await findCase(db, orgId, content.caseId)))
    throw invalid('caseId', 'no such case in this organisation');
  for (const [i, p] of (content.presenters ?? []).entries())
    if (p.personId && !(await findPerson(db, orgId, p.personId)))
      throw invalid(`presenters.${i}.personId`, 'no such person in this organisation');
}

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
    await checkItemReferences(tx, org.id, content);
    await checkCitations(tx, caller.actor, org.id, forum.id, content.citedItemIds);
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
