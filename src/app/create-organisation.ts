import { type Organisation, organisationInputSchema } from '../domain/organisation.ts';
import { insertOrganisation } from '../store/organisations.ts';
import { type AppContext, audit, authorize, type Caller } from './context.ts';
import { parseInput } from './validate.ts';

export async function createOrganisation(
  ctx: AppContext,
  caller: Caller,
  input: unknown,
): Promise<Organisation> {
  authorize(caller, 'organisation.create', { type: 'installation' });
  const data = parseInput(organisationInputSchema, input);
  return ctx.db.transaction(async (tx) => {
    const org = await insertOrganisation(tx, data);
    await audit(tx, caller, {
      orgId: org.id,
      action: 'organisation.create',
      objectType: 'organisation',
      objectId: org.id,
      detail: data,
    });
    return org;
  });
}
