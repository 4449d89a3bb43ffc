import { invalid } from '../domain/errors.ts';
import { type Unit, unitInputSchema } from '../domain/organisation.ts';
import { findPerson, findUnit, insertUnit } from '../store/people.ts';
import {
  type AppContext,
  audit,
  authorize,
  type Caller,
  orgResource,
  resolveOrganisation,
} from './context.ts';
import { parseInput } from './validate.ts';

export async function createUnit(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  input: unknown,
): Promise<Unit> {
  const org = await resolveOrganisation(ctx.db, caller, orgSlug);
  authorize(caller, 'unit.manage', orgResource(org));
  const data = parseInput(unitInputSchema, input);
  return ctx.db.transaction(async (tx) => {
    if (data.parentId && !(await findUnit(tx, org.id, data.parentId)))
      throw invalid('parentId', 'no such unit');
    if (data.directorPersonId && !(await findPerson(tx, org.id, data.directorPersonId)))
      throw invalid('directorPersonId', 'no such person in this organisation');
    const unit = await insertUnit(tx, { orgId: org.id, ...data });
    await audit(tx, caller, {
      orgId: org.id,
      action: 'unit.create',
      objectType: 'unit',
      objectId: unit.id,
      detail: data,
    });
    return unit;
  });
}
