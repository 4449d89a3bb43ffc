/**
 * Setting a password for local sign-in: a person sets their own, giving the current one (if they
 * have one); the organisation's admin sets another person's. The person's other sessions end; an
 * admin's reset also lifts a lockout. The password is never logged or audited, only that it changed.
 */
import { z } from 'zod';
import { invalid, notFound } from '../domain/errors.ts';
import { afterFailedAttempt, isLocked, passwordSchema } from '../domain/session.ts';
import { findAccount, updateLockState, upsertAccountPassword } from '../store/accounts.ts';
import { findPeopleByEmail, findPerson } from '../store/people.ts';
import { deleteSessionsOfPerson } from '../store/sessions.ts';
import { type AppContext, audit, authorize, type Caller, resolveOrganisation } from './context.ts';
import { hashPassword, verifyPassword } from './credentials.ts';
import { parseInput } from './validate.ts';

export const setPasswordSchema = z.object({
  /** Required when setting one's own password and one is set already. */
  currentPassword: z.string().max(1024).optional(),
  newPassword: passwordSchema,
});

export async function setPassword(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  personId: string,
  input: unknown,
): Promise<void> {
  const org = await resolveOrganisation(ctx.db, caller, orgSlug);
  authorize(caller, 'password.set', { type: 'person', orgId: org.id, personId }, 'Person');
  const { currentPassword, newPassword } = parseInput(setPasswordSchema, input);
  const person = await findPerson(ctx.db, org.id, personId);
  if (!person) throw notFound('Person');
  const self = caller.actor.kind === 'person' && caller.actor.personId === person.id;
  const account = await findAccount(ctx.db, person.id);
  const now = ctx.now();
  if (self && account) {
    if (currentPassword === undefined) throw invalid('currentPassword', 'required');
    // A wrong current password counts towards the lockout, as at sign-in.
    if (isLocked(account, now) || !(await verifyPassword(account.passwordHash, currentPassword))) {
      if (!isLocked(account, now)) await updateLockState(ctx.db, person.id, afterFailedAttempt(account, now));
      throw invalid('currentPassword', 'does not match');
    }
  }
  if (newPassword === currentPassword) throw invalid('newPassword', 'same as the current password');
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.transaction(async (tx) => {
    await upsertAccountPassword(tx, person.id, passwordHash, now);
    await deleteSessionsOfPerson(tx, person.id, self ? caller.sessionId : undefined);
    await audit(tx, caller, {
      orgId: org.id,
      action: 'password.set',
      objectType: 'person',
      objectId: person.id,
      detail: { by: self ? 'self' : 'admin' },
    });
  });
}

/** The same, naming the person by e-mail (the CLI: how the first admin of an installation gets a password). */
export async function setPasswordByEmail(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  email: string,
  input: unknown,
): Promise<void> {
  const org = await resolveOrganisation(ctx.db, caller, orgSlug);
  const person = (await findPeopleByEmail(ctx.db, email.trim())).find((p) => p.orgId === org.id);
  if (!person) throw notFound('Person');
  await setPassword(ctx, caller, orgSlug, person.id, input);
}
