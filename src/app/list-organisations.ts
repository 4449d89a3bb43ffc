import type { Organisation } from '../domain/organisation.ts';
import { listOrganisations as listAll } from '../store/organisations.ts';
import { type AppContext, authorize, type Caller } from './context.ts';

/** The organisations the caller may know of: all for the operator, their own for a person. */
export async function listOrganisations(ctx: AppContext, caller: Caller): Promise<Organisation[]> {
  authorize(caller, 'organisation.list', { type: 'installation' });
  const all = await listAll(ctx.db);
  const a = caller.actor;
  return a.kind === 'person' ? all.filter((o) => o.id === a.orgId) : all;
}
