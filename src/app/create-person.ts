import { invalid } from '../domain/errors.ts';
import { type Person, personInputSchema } from '../domain/organisation.ts';
import { findUnit, insertPerson } from '../store/people.ts';
import {
  type AppContext,
  audit,
  authorize,
  type Caller,
  orgResource,
  resolveOrganisation,
} from './context.ts';
import { parseInput } from './validate.ts';

export async function createPerson(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  input: unknown,
): Promise<Person> {
  const org = await resolveOrganisation(ctx.db, caller, orgSlug);
  authorize(caller, 'person.manage', orgResource(org));
  const data = parseInput(personInputSchema, input);
  return ctx.db.transaction(async (tx) => {
    if (data.unitId && !(await findUnit(tx, org.id, data.unitId))) throw invalid('unitId', 'no such unit');
    const person = await insertPerson(tx, { orgId: org.id, ...data });
    await audit(tx, caller, {
      orgId: org.id,
      action: 'person.create',
      objectType: 'person',
      objectId: person.id,
    });
    return person;
  });
}
