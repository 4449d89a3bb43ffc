/** A caller acting as a demo person (by full e-mail), with the forum roles they hold today. */
import { findPeopleByEmail } from '../../store/people.ts';
import { type AppContext, type Caller, callerOf, today } from '../context.ts';
import { actorForPerson } from '../resolve-actor.ts';

export async function demoCaller(ctx: AppContext, email: string): Promise<Caller> {
  const [person] = await findPeopleByEmail(ctx.db, email);
  if (!person) throw new Error(`demo data: no person ${email}`);
  return callerOf(await actorForPerson(ctx.db, person, today(ctx)));
}

/** The demo person's id (by full e-mail). */
export async function demoPersonId(ctx: AppContext, email: string): Promise<string> {
  const [person] = await findPeopleByEmail(ctx.db, email);
  if (!person) throw new Error(`demo data: no person ${email}`);
  return person.id;
}
