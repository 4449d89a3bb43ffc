import type { Unit } from '../domain/organisation.ts';
import { listUnits as listAll } from '../store/people.ts';
import { type AppContext, authorize, type Caller, orgResource, resolveOrganisation } from './context.ts';

export async function listUnits(ctx: AppContext, caller: Caller, orgSlug: string): Promise<Unit[]> {
  const org = await resolveOrganisation(ctx.db, caller, orgSlug);
  authorize(caller, 'unit.read', orgResource(org));
  return listAll(ctx.db, org.id);
}
