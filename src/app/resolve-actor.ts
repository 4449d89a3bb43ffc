/**
 * Turns an identity (a person's id or e-mail, or the operator) into an Actor with the forum roles
 * the policy needs. Until sign-in lands (the web app issue), the HTTP layer passes the development
 * header `X-Fora-Actor` here, and only outside production mode.
 */
import type { MemberRole } from '../domain/charter.ts';
import type { Person } from '../domain/organisation.ts';
import type { Actor } from '../domain/policy.ts';
import type { DbOrTx } from '../store/db.ts';
import { listActiveMembershipsOfPerson } from '../store/forums.ts';
import { findPeopleByEmail, findPersonById } from '../store/people.ts';
import { type AppContext, today } from './context.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function actorForPerson(db: DbOrTx, person: Person, date: string): Promise<Actor> {
  const forumRoles: Record<string, MemberRole[]> = {};
  for (const m of await listActiveMembershipsOfPerson(db, person.id, date)) {
    const roles = forumRoles[m.forumId] ?? [];
    roles.push(m.role);
    forumRoles[m.forumId] = roles;
  }
  return {
    kind: 'person',
    personId: person.id,
    orgId: person.orgId,
    name: person.name,
    role: person.role,
    forumRoles,
  };
}

/** `operator`, a person id, or an e-mail (unique across the installation for this to work). */
export async function resolveActor(ctx: AppContext, identity: string | undefined): Promise<Actor> {
  if (!identity) return { kind: 'anonymous' };
  if (identity === 'operator') return { kind: 'operator', label: 'dev-header' };
  let person: Person | undefined;
  if (UUID.test(identity)) person = await findPersonById(ctx.db, identity);
  else {
    const found = await findPeopleByEmail(ctx.db, identity.trim());
    if (found.length === 1) person = found[0];
  }
  return person ? actorForPerson(ctx.db, person, today(ctx)) : { kind: 'anonymous' };
}
