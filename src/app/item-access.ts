/** Loading an item for a caller: found, in the caller's organisation, and the action authorised. */
import { notFound } from '../domain/errors.ts';
import type { Item } from '../domain/item.ts';
import type { Organisation } from '../domain/organisation.ts';
import type { Action, Resource } from '../domain/policy.ts';
import type { DbOrTx } from '../store/db.ts';
import { findItem } from '../store/items.ts';
import { authorize, type Caller, resolveOrganisation } from './context.ts';

export const itemResource = (item: Item): Extract<Resource, { type: 'item' }> => ({
  type: 'item',
  orgId: item.orgId,
  forumId: item.forumId,
  state: item.state,
  closed: item.closed,
  submitterId: item.submitterPersonId,
  approverId: item.approverPersonId,
});

export async function loadItem(
  db: DbOrTx,
  caller: Caller,
  orgSlug: string,
  itemId: string,
  action: Action,
): Promise<{ org: Organisation; item: Item }> {
  const org = await resolveOrganisation(db, caller, orgSlug);
  const item = await findItem(db, org.id, itemId);
  if (!item) throw notFound('Item');
  authorize(caller, action, itemResource(item), 'Item');
  return { org, item };
}
