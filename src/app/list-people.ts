import type { Person } from '../domain/organisation.ts';
import { listPeople as listPage } from '../store/people.ts';
import { type AppContext, authorize, type Caller, orgResource, resolveOrganisation } from './context.ts';
import type { Page, Paged } from './page.ts';

export async function listPeople(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  page: Page,
): Promise<Paged<Person>> {
  const org = await resolveOrganisation(ctx.db, caller, orgSlug);
  authorize(caller, 'person.read', orgResource(org));
  const { items, total } = await listPage(ctx.db, org.id, page);
  return { items, page: { ...page, total } };
}
