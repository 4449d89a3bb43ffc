/**
 * Sign-in with e-mail and password: a new session (a new id at every sign-in, and the caller's
 * previous session, if any, ends). An unknown e-mail costs one argon2 check like a known one, so the
 * answer's timing does not tell whether the e-mail exists. Repeated failures lock the account.
 */
import { z } from 'zod';
import { ForaError, invalid } from '../domain/errors.ts';
import { type Organisation, type Person, slugSchema } from '../domain/organisation.ts';
import { afterFailedAttempt, afterSuccess, isLocked } from '../domain/session.ts';
import { findAccount, updateLockState } from '../store/accounts.ts';
import type { DbOrTx } from '../store/db.ts';
import { findOrganisationById } from '../store/organisations.ts';
import { findPeopleByEmail } from '../store/people.ts';
import { type AppContext, audit, type Caller, today } from './context.ts';
import { verifyPassword } from './credentials.ts';
import { openSession, type SessionClient, type SignedIn } from './open-session.ts';
import { actorForPerson } from './resolve-actor.ts';
import { parseInput } from './validate.ts';

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(320),
  password: z.string().min(1).max(1024),
  org: slugSchema.optional(),
});

export type { SignedIn };

const WRONG = 'Forkert e-mail eller adgangskode';

export async function signIn(
  ctx: AppContext,
  caller: Caller,
  client: SessionClient,
  input: unknown,
): Promise<SignedIn> {
  const { email, password, org: slug } = parseInput(signInSchema, input);
  const now = ctx.now();
  const people: { person: Person; org: Organisation }[] = [];
  for (const person of await findPeopleByEmail(ctx.db, email)) {
    const org = await findOrganisationById(ctx.db, person.orgId);
    if (org && (!slug || org.slug === slug)) people.push({ person, org });
  }
  if (people.length > 1) throw invalid('org', 'several organisations have a person with this e-mail');
  const found = people[0];
  const failed = (db: DbOrTx, detail: Record<string, unknown>) =>
    audit(db, caller, {
      orgId: found?.org.id ?? null,
      action: 'session.sign_in_failed',
      objectType: 'person',
      objectId: found?.person.id ?? '',
      detail: { email, ...detail },
    });
  // The attempt counts as failed before the password is checked (and is taken back if right), so
  // parallel guesses cannot get past the lockout: the row is locked while the count is written.
  const attempt = found ? await reserveAttempt(ctx, found.person.id, now) : undefined;
  if (attempt?.lockedUntil) {
    await failed(ctx.db, { reason: 'locked' });
    throw locked(attempt.lockedUntil);
  }
  // Always one verification, against a dummy hash when there is no account.
  const ok = await verifyPassword(attempt?.passwordHash, password);
  if (!found || !attempt?.next || !ok) {
    const next = attempt?.next;
    if (!found || !next) {
      await failed(ctx.db, { reason: found ? 'no account' : 'unknown e-mail' });
      throw new ForaError('unauthenticated', WRONG);
    }
    await ctx.db.transaction(async (tx) => {
      await failed(tx, { reason: 'wrong password', failedAttempts: next.failedAttempts });
      if (next.lockedNow)
        await audit(tx, caller, {
          orgId: found.org.id,
          action: 'session.locked',
          objectType: 'person',
          objectId: found.person.id,
          detail: { until: next.lockedUntil?.toISOString() },
        });
    });
    if (next.lockedNow) throw locked(next.lockedUntil);
    throw new ForaError('unauthenticated', WRONG);
  }

  const { person, org } = found;
  const actor = await actorForPerson(ctx.db, person, today(ctx));
  return ctx.db.transaction(async (tx) => {
    await updateLockState(tx, person.id, afterSuccess());
    return openSession(tx, caller, { person, org, actor, now }, client);
  });
}

/**
 * Counts one failed attempt on the person's account under a row lock: the account's hash and the
 * new count, or when it is locked, until when. Nothing for a person without an account.
 */
async function reserveAttempt(
  ctx: AppContext,
  personId: string,
  now: Date,
): Promise<
  | { passwordHash: string; next: ReturnType<typeof afterFailedAttempt>; lockedUntil?: undefined }
  | { passwordHash?: undefined; next?: undefined; lockedUntil: Date }
  | undefined
> {
  return ctx.db.transaction(async (tx) => {
    const account = await findAccount(tx, personId, { forUpdate: true });
    if (!account) return undefined;
    if (isLocked(account, now) && account.lockedUntil) return { lockedUntil: account.lockedUntil };
    const next = afterFailedAttempt(account, now);
    await updateLockState(tx, personId, next);
    return { passwordHash: account.passwordHash, next };
  });
}

const locked = (until: Date | null): ForaError =>
  new ForaError('unauthenticated', 'Kontoen er midlertidigt låst efter for mange forkerte forsøg', [
    { path: 'account', problem: `locked until ${until?.toISOString() ?? ''}` },
  ]);
