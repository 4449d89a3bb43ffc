import { invalid, notFound } from '../domain/errors.ts';
import { type Unit, unitInputSchema } from '../domain/organisation.ts';
import { findPerson, findUnit, updateUnit as updateRow } from '../store/people.ts';
import {
  type AppContext,
  audit,
  authorize,
  type Caller,
  orgResource,
  resolveOrganisation,
} from './context.ts';
import { parseInput, patchSchema } from './validate.ts';

export const unitPatchSchema = patchSchema(unitInputSchema);

/** Renames a unit, moves it, or names its responsible director. */
export async function updateUnit(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  unitId: string,
  input: unknown,
): Promise<Unit> {
  const org = await resolveOrganisation(ctx.db, caller, orgSlug);
  authorize(caller, 'unit.manage', orgResource(org));
  const patch = parseInput(unitPatchSchema, input);
  return ctx.db.transaction(async (tx) => {
    if (patch.parentId === unitId) throw invalid('parentId', 'a unit cannot be its own parent');
    if (patch.parentId && !(await findUnit(tx, org.id, patch.parentId)))
      throw invalid('parentId', 'no such unit');
    if (patch.directorPersonId && !(await findPerson(tx, org.id, patch.directorPersonId)))
      throw invalid('directorPersonId', 'no such person in this organisation');
    const unit = await updateRow(tx, org.id, unitId, patch);
    if (!unit) throw notFound('Unit');
    await audit(tx, caller, {
      orgId: org.id,
      action: 'unit.update',
      objectType: 'unit',
      objectId: unit.id,
      detail: patch,
    });
    return unit;
  });
}
