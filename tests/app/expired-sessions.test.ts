/**
 * Run-out sessions of everyone are deleted by the hourly job, not only when their person signs in
 * again: a session idle for 30 minutes or 12 hours old goes, a live one stays, and the removal is
 * audited.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerOf } from '../../src/app/context.ts';
import { removeExpiredSessions } from '../../src/app/remove-expired-sessions.ts';
import { resolveSession } from '../../src/app/resolve-session.ts';
import { setPassword } from '../../src/app/set-password.ts';
import { signIn } from '../../src/app/sign-in.ts';
import { ForaError } from '../../src/domain/errors.ts';
import type { Organisation, Person } from '../../src/domain/organisation.ts';
import { auditEvents, sessions } from '../../src/store/schema.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { callerFor, operator, orgFactory, personFactory } from '../support/factories.ts';

const PASSWORD = 'korrekt-hest-batteri';
const START = new Date('2025-04-01T08:00:00Z');
const minutes = (n: number) => new Date(START.getTime() + n * 60_000);

let t: TestDatabase;
let org: Organisation;
const people: Person[] = [];
beforeAll(async () => {
  t = await testDatabase();
  org = await orgFactory(t.ctx);
  for (let i = 0; i < 3; i++) {
    const p = await personFactory(t.ctx, org);
    await setPassword(t.ctx, operator(), org.slug, p.id, { newPassword: PASSWORD });
    people.push(p);
  }
});
afterAll(() => t.close());

const signInAs = (p: Person) =>
  signIn(
    t.ctx,
    callerOf({ kind: 'anonymous' }, '192.0.2.9'),
    { userAgent: 'vitest' },
    {
      email: p.email,
      password: PASSWORD,
    },
  );
const countOf = async (p: Person) =>
  (await t.db.select().from(sessions).where(eq(sessions.personId, p.id))).length;

describe('removing run-out sessions', () => {
  it('deletes idle and over-age sessions of everyone, keeps live ones, and audits how many', async () => {
    const [idle, old, live] = people as [Person, Person, Person];
    t.setNow(START);
    await signInAs(idle);
    const oldSession = await signInAs(old);
    // "old" stays active every 20 minutes for 12 hours; "live" signs in 10 minutes before the end.
    for (let m = 20; m < 12 * 60; m += 20) {
      t.setNow(minutes(m));
      expect(await resolveSession(t.ctx, oldSession.token)).toBeDefined();
    }
    t.setNow(minutes(12 * 60 - 10));
    await signInAs(live);
    t.setNow(minutes(12 * 60 + 1));
    expect([await countOf(idle), await countOf(old), await countOf(live)]).toEqual([1, 1, 1]);

    expect(await removeExpiredSessions(t.ctx, operator())).toEqual({ removed: 2 });
    expect([await countOf(idle), await countOf(old), await countOf(live)]).toEqual([0, 0, 1]);
    const rows = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'session.expired_removed'));
    expect(rows.map((r) => r.detail)).toEqual([{ removed: 2 }]);

    // Nothing left to remove: no new audit row.
    expect(await removeExpiredSessions(t.ctx, operator())).toEqual({ removed: 0 });
    expect(
      await t.db.select().from(auditEvents).where(eq(auditEvents.action, 'session.expired_removed')),
    ).toHaveLength(1);
  });

  it('is the operator’s job: a person, even an admin, is refused', async () => {
    const admin = await personFactory(t.ctx, org, { role: 'admin' });
    const err = await removeExpiredSessions(t.ctx, await callerFor(t.ctx, admin)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ForaError);
    expect(await countOf(people[2] as Person)).toBe(1);
  });
});
