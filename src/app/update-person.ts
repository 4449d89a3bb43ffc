import { invalid, notFound } from '../domain/errors.ts';
import { type Person, personInputSchema } from '../domain/organisation.ts';
import { findUnit, updatePerson as updateRow } from '../store/people.ts';
import {
  type AppContext,
  audit,
  authorize,
  type Caller,
  orgResource,
  resolveOrganisation,
} from './context.ts';
import { parseInput, patchSchema } from './validate.ts';

export const personPatchSchema = patchSchema(personInputSchema);

export async function updatePerson(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  personId: string,
  input: unknown,
): Promise<Person> {
  const org = await resolveOrganisation(ctx.db, caller, orgSlug);
  authorize(caller, 'person.manage', orgResource(org));
  const patch = parseInput(personPatchSchema, input);
  return ctx.db.transaction(async (tx) => {
    if (patch.unitId && !(await findUnit(tx, org.id, patch.unitId))) throw invalid('unitId', 'no such unit');
    const person = await updateRow(tx, org.id, personId, patch);
    if (!person) throw notFound('Person');
    await audit(tx, caller, {
      orgId: org.id,
      action: 'person.update',
      objectType: 'person',
      objectId: person.id,
      detail: { fields: Object.keys(patch) },
    });
    return person;
  });
}
