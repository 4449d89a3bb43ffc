import type { Forum } from '../domain/organisation.ts';
import { listForums as listPage } from '../store/forums.ts';
import { type AppContext, authorize, type Caller, orgResource, resolveOrganisation } from './context.ts';
import type { Page, Paged } from './page.ts';

export async function listForums(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  page: Page,
): Promise<Paged<Forum>> {
  const org = await resolveOrganisation(ctx.db, caller, orgSlug);
  authorize(caller, 'forum.list', orgResource(org));
  const { items, total } = await listPage(ctx.db, org.id, page);
  return { items, page: { ...page, total } };
}
