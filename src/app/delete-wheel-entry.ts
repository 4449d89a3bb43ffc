/**
 * A forum's manager removes an entry of its annual wheel. The placeholder items already made stay:
 * they are ordinary drafts by then, owned by the responsible person. The entry's
 * `wheel_placeholders` rows go with it (they only tie an entry to its items); the audit row names
 * the items kept, by year, so the link can still be traced.
 */
import { notFound } from '../domain/errors.ts';
import { findWheelEntry, listWheelPlaceholders, deleteWheelEntry as storeDelete } from '../store/planning.ts';
import { type AppContext, audit, authorize, type Caller, forumResource, resolveForum } from './context.ts';

export async function deleteWheelEntry(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  entryId: string,
): Promise<{ keptItems: { year: number; itemId: string }[] }> {
  const { org, forum } = await resolveForum(ctx.db, caller, orgSlug, shortName);
  authorize(caller, 'wheel.manage', forumResource(forum), 'Forum');
  return ctx.db.transaction(async (tx) => {
    const entry = await findWheelEntry(tx, forum.id, entryId);
    if (!entry) throw notFound('Wheel entry');
    const keptItems = (await listWheelPlaceholders(tx, entry.id)).map((p) => ({
      year: p.year,
      itemId: p.itemId,
    }));
    if (!(await storeDelete(tx, forum.id, entry.id))) throw notFound('Wheel entry');
    await audit(tx, caller, {
      orgId: org.id,
      action: 'wheel.remove',
      objectType: 'wheel_entry',
      objectId: entry.id,
      detail: { forumId: forum.id, title: entry.title, when: entry.when, keptItems },
    });
    return { keptItems };
  });
}
