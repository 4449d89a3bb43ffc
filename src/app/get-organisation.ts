import type { Organisation } from '../domain/organisation.ts';
import { type AppContext, authorize, type Caller, orgResource, resolveOrganisation } from './context.ts';

export async function getOrganisation(ctx: AppContext, caller: Caller, slug: string): Promise<Organisation> {
  const org = await resolveOrganisation(ctx.db, caller, slug);
  authorize(caller, 'organisation.read', orgResource(org), 'Organisation');
  return org;
}
