/**
 * Sign-in through the use cases on a real database: passwords, the lockout and its end, a new
 * session at every sign-in, idle and absolute expiry, sign-out, and setting passwords.
 */
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, callerOf } from '../../src/app/context.ts';
import { resolveSession } from '../../src/app/resolve-session.ts';
import { setPassword, setPasswordByEmail } from '../../src/app/set-password.ts';
import { signIn } from '../../src/app/sign-in.ts';
import { signOut } from '../../src/app/sign-out.ts';
import { ForaError } from '../../src/domain/errors.ts';
import type { Organisation, Person } from '../../src/domain/organisation.ts';
import { listAuditEvents } from '../../src/store/audit.ts';
import { accounts, sessions } from '../../src/store/schema.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { callerFor, operator, orgFactory, personFactory } from '../support/factories.ts';

const PASSWORD = 'korrekt-hest-batteri';
const START = new Date('2025-04-01T08:00:00Z');
const minutes = (n: number) => new Date(START.getTime() + n * 60_000);
const anonymous = (): Caller => callerOf({ kind: 'anonymous' }, '192.0.2.7');
const client = { userAgent: 'vitest' };

let t: TestDatabase;
let org: Organisation;
let person: Person;
beforeAll(async () => {
  t = await testDatabase();
  org = await orgFactory(t.ctx);
  person = await personFactory(t.ctx, org, { name: 'Karen Kodeord' });
  await setPassword(t.ctx, operator(), org.slug, person.id, { newPassword: PASSWORD });
});
afterAll(() => t.close());

const signInAs = (p: Person, password = PASSWORD, extra: Record<string, unknown> = {}) =>
  signIn(t.ctx, anonymous(), client, { email: p.email.toUpperCase(), password, ...extra });

async function failure(promise: Promise<unknown>): Promise<ForaError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ForaError);
  return err as ForaError;
}

const sessionRows = (p: Person) => t.db.select().from(sessions).where(eq(sessions.personId, p.id));
const auditActions = async (objectId: string) =>
  (await listAuditEvents(t.db, org.id, { objectId, limit: 100 })).map((e) => e.action);

describe('signing in', () => {
  it('opens a session whose stored id is the hash of the token, and audits it with the address', async () => {
    t.setNow(START);
    const s = await signInAs(person);
    expect(s.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(s.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(s.person).toEqual({
      id: person.id,
      name: 'Karen Kodeord',
      email: person.email,
      title: person.title,
      orgSlug: org.slug,
      orgName: org.name,
      role: 'staff',
    });
    const rows = await sessionRows(person);
    const row = rows.find((r) => r.id === createHash('sha256').update(s.token).digest('hex'));
    expect(row).toMatchObject({ ip: '192.0.2.7', userAgent: 'vitest', csrfToken: s.csrfToken });
    expect(row?.expiresAt).toEqual(minutes(12 * 60));
    expect(rows.some((r) => r.id === s.token)).toBe(false);
    const resolved = await resolveSession(t.ctx, s.token);
    expect(resolved?.actor).toMatchObject({ kind: 'person', personId: person.id, orgId: org.id });
    const [audit] = await listAuditEvents(t.db, org.id, { objectId: person.id, limit: 1 });
    expect(audit).toMatchObject({
      action: 'session.sign_in',
      address: '192.0.2.7',
      actorPersonId: person.id,
    });
  });

  it('answers a wrong password and an unknown e-mail alike, and audits both', async () => {
    const wrong = await failure(signInAs(person, 'forkert-kodeord-1'));
    const unknown = await failure(
      signIn(t.ctx, anonymous(), client, { email: 'ingen@example.dk', password: PASSWORD }),
    );
    for (const e of [wrong, unknown]) {
      expect(e.code).toBe('unauthenticated');
      expect(e.message).toBe('Forkert e-mail eller adgangskode');
      expect(e.details).toEqual([]);
    }
    expect((await auditActions(person.id))[0]).toBe('session.sign_in_failed');
    // A person without a password cannot sign in either.
    const without = await personFactory(t.ctx, org);
    expect((await failure(signInAs(without))).code).toBe('unauthenticated');
    // Success resets the count.
    await signInAs(person);
    const [account] = await t.db.select().from(accounts).where(eq(accounts.personId, person.id));
    expect(account?.failedAttempts).toBe(0);
  });

  it('gives a new session at every sign-in, and ends the one the browser held', async () => {
    const first = await signInAs(person);
    const second = await signIn(
      t.ctx,
      anonymous(),
      { ...client, previousToken: first.token },
      {
        email: person.email,
        password: PASSWORD,
      },
    );
    const third = await signInAs(person);
    expect(new Set([first.token, second.token, third.token]).size).toBe(3);
    expect(new Set([first.csrfToken, second.csrfToken, third.csrfToken]).size).toBe(3);
    expect(await resolveSession(t.ctx, first.token)).toBeUndefined();
    expect(await resolveSession(t.ctx, second.token)).toBeDefined();
    expect(await resolveSession(t.ctx, third.token)).toBeDefined();
  });

  it('asks for the organisation when the e-mail is a person of several', async () => {
    const p = await personFactory(t.ctx, org);
    await setPassword(t.ctx, operator(), org.slug, p.id, { newPassword: PASSWORD });
    const other = await orgFactory(t.ctx);
    const twin = await personFactory(t.ctx, other, { email: p.email });
    await setPassword(t.ctx, operator(), other.slug, twin.id, { newPassword: 'tvillingens-kodeord' });
    const e = await failure(signInAs(p));
    expect(e.code).toBe('validation_failed');
    expect(e.details.map((d) => d.path)).toEqual(['org']);
    expect((await signInAs(p, PASSWORD, { org: org.slug })).person.id).toBe(p.id);
    expect((await signInAs(twin, 'tvillingens-kodeord', { org: other.slug })).person.orgSlug).toBe(
      other.slug,
    );
    // The other organisation's password does not open this one's account.
    expect((await failure(signInAs(p, 'tvillingens-kodeord', { org: org.slug }))).code).toBe(
      'unauthenticated',
    );
  });
});

describe('the lockout', () => {
  it('locks after 5 failures for 15 minutes, refusing even the right password, then opens again', async () => {
    const p = await personFactory(t.ctx, org);
    await setPassword(t.ctx, operator(), org.slug, p.id, { newPassword: PASSWORD });
    t.setNow(START);
    for (let i = 1; i <= 4; i++) {
      const e = await failure(signInAs(p, `forkert-${i}`));
      expect(e.details, `attempt ${i}`).toEqual([]);
    }
    const fifth = await failure(signInAs(p, 'forkert-5'));
    expect(fifth.code).toBe('unauthenticated');
    expect(fifth.details).toEqual([
      { path: 'account', problem: `locked until ${minutes(15).toISOString()}` },
    ]);
    t.setNow(minutes(14));
    expect((await failure(signInAs(p))).details[0]?.path).toBe('account');
    expect(await sessionRows(p)).toEqual([]);
    t.setNow(minutes(15));
    expect((await signInAs(p)).person.id).toBe(p.id);
    const actions = await auditActions(p.id);
    expect(actions.filter((a) => a === 'session.locked')).toHaveLength(1);
    expect(actions.filter((a) => a === 'session.sign_in_failed')).toHaveLength(6);
    // The count started again: four more failures do not lock.
    for (let i = 1; i <= 4; i++) await failure(signInAs(p, `forkert-${i}`));
    expect((await signInAs(p)).person.id).toBe(p.id);
  });
});

describe('the lockout against parallel guesses', () => {
  it('checks at most 5 passwords of 12 sent at once', async () => {
    const p = await personFactory(t.ctx, org);
    await setPassword(t.ctx, operator(), org.slug, p.id, { newPassword: PASSWORD });
    t.setNow(START);
    const errors = await Promise.all(Array.from({ length: 12 }, (_, i) => failure(signInAs(p, `gæt-${i}`))));
    expect(errors.filter((e) => e.details[0]?.path === 'account')).toHaveLength(8);
    const reasons = (await listAuditEvents(t.db, org.id, { objectId: p.id, limit: 100 }))
      .filter((e) => e.action === 'session.sign_in_failed')
      .map((e) => (e.detail as { reason: string }).reason);
    expect(reasons.filter((r) => r === 'wrong password')).toHaveLength(5);
    expect(reasons.filter((r) => r === 'locked')).toHaveLength(7);
  });
});

describe('expiry', () => {
  it('ends a session after 30 minutes without a request, and deletes it', async () => {
    t.setNow(START);
    const s = await signInAs(person);
    t.setNow(minutes(29));
    expect(await resolveSession(t.ctx, s.token)).toBeDefined();
    // The request at 29 minutes counts: 29 minutes later it is still alive.
    t.setNow(minutes(58));
    expect(await resolveSession(t.ctx, s.token)).toBeDefined();
    t.setNow(minutes(88));
    expect(await resolveSession(t.ctx, s.token)).toBeUndefined();
    const ids = (await sessionRows(person)).map((r) => r.id);
    expect(ids).not.toContain(createHash('sha256').update(s.token).digest('hex'));
  });

  it('removes the run-out sessions nobody came back to when the person signs in again', async () => {
    const p = await personFactory(t.ctx, org);
    await setPassword(t.ctx, operator(), org.slug, p.id, { newPassword: PASSWORD });
    t.setNow(START);
    await signInAs(p);
    await signInAs(p);
    t.setNow(minutes(20));
    await signInAs(p);
    expect(await sessionRows(p)).toHaveLength(3);
    t.setNow(minutes(31));
    await signInAs(p);
    // The two idle since the start are gone; the one from minute 20 and the new one remain.
    expect((await sessionRows(p)).map((r) => r.createdAt.toISOString()).sort()).toEqual([
      minutes(20).toISOString(),
      minutes(31).toISOString(),
    ]);
  });

  it('writes last_seen_at at most once a minute', async () => {
    t.setNow(START);
    const s = await signInAs(person);
    const id = createHash('sha256').update(s.token).digest('hex');
    const lastSeen = async () =>
      (await t.db.select().from(sessions).where(eq(sessions.id, id)))[0]?.lastSeenAt.toISOString();
    t.setNow(new Date(START.getTime() + 30_000));
    await resolveSession(t.ctx, s.token);
    expect(await lastSeen()).toBe(START.toISOString());
    t.setNow(minutes(1));
    await resolveSession(t.ctx, s.token);
    expect(await lastSeen()).toBe(minutes(1).toISOString());
  });

  it('ends a session 12 hours after sign-in however active', async () => {
    t.setNow(START);
    const s = await signInAs(person);
    for (let m = 20; m < 12 * 60; m += 20) {
      t.setNow(minutes(m));
      expect(await resolveSession(t.ctx, s.token), `after ${m} minutes`).toBeDefined();
    }
    t.setNow(minutes(12 * 60));
    expect(await resolveSession(t.ctx, s.token)).toBeUndefined();
  });
});

describe('signing out', () => {
  it('ends the session at once, and only that one', async () => {
    t.setNow(START);
    const a = await signInAs(person);
    const b = await signInAs(person);
    const session = await resolveSession(t.ctx, a.token);
    if (!session) throw new Error('no session');
    await signOut(t.ctx, callerOf(session.actor, '192.0.2.7'), session);
    expect(await resolveSession(t.ctx, a.token)).toBeUndefined();
    expect(await resolveSession(t.ctx, b.token)).toBeDefined();
    expect((await auditActions(person.id))[0]).toBe('session.sign_out');
  });
});

describe('setting a password', () => {
  it('lets a person change their own with the current one; their other sessions end, this one stays', async () => {
    t.setNow(START);
    const p = await personFactory(t.ctx, org);
    await setPassword(t.ctx, operator(), org.slug, p.id, { newPassword: PASSWORD });
    const here = await signInAs(p);
    const elsewhere = await signInAs(p);
    const session = await resolveSession(t.ctx, here.token);
    const self = { ...(await callerFor(t.ctx, p)), sessionId: session?.id };
    const wrong = await failure(
      setPassword(t.ctx, self, org.slug, p.id, { currentPassword: 'forkert', newPassword: 'et-nyt-kodeord' }),
    );
    expect(wrong.details.map((d) => d.path)).toEqual(['currentPassword']);
    const missing = await failure(
      setPassword(t.ctx, self, org.slug, p.id, { newPassword: 'et-nyt-kodeord' }),
    );
    expect(missing.details.map((d) => d.path)).toEqual(['currentPassword']);
    const short = await failure(
      setPassword(t.ctx, self, org.slug, p.id, { currentPassword: PASSWORD, newPassword: 'kort' }),
    );
    expect(short.details.map((d) => d.path)).toEqual(['newPassword']);
    expect(await resolveSession(t.ctx, elsewhere.token)).toBeDefined();

    await setPassword(t.ctx, self, org.slug, p.id, {
      currentPassword: PASSWORD,
      newPassword: 'et-nyt-kodeord',
    });
    expect(await resolveSession(t.ctx, here.token)).toBeDefined();
    expect(await resolveSession(t.ctx, elsewhere.token)).toBeUndefined();
    expect((await failure(signInAs(p))).code).toBe('unauthenticated');
    expect((await signInAs(p, 'et-nyt-kodeord')).person.id).toBe(p.id);
    const [event] = await listAuditEvents(t.db, org.id, { objectId: p.id, limit: 10 }).then((es) =>
      es.filter((e) => e.action === 'password.set'),
    );
    expect(event?.detail).toEqual({ by: 'self' });
    expect(JSON.stringify(event)).not.toContain('et-nyt-kodeord');
  });

  it("lets the organisation's admin set another's (ending their sessions), nobody else", async () => {
    const p = await personFactory(t.ctx, org);
    await setPassword(t.ctx, operator(), org.slug, p.id, { newPassword: PASSWORD });
    const open = await signInAs(p);
    const admin = await callerFor(t.ctx, await personFactory(t.ctx, org, { role: 'admin' }));
    const colleague = await callerFor(t.ctx, await personFactory(t.ctx, org));
    const foreignAdmin = await callerFor(
      t.ctx,
      await personFactory(t.ctx, await orgFactory(t.ctx), { role: 'admin' }),
    );
    const input = { newPassword: 'sat-af-administratoren' };
    expect((await failure(setPassword(t.ctx, colleague, org.slug, p.id, input))).code).toBe('forbidden');
    expect((await failure(setPassword(t.ctx, foreignAdmin, org.slug, p.id, input))).code).toBe('not_found');
    expect(await resolveSession(t.ctx, open.token)).toBeDefined();
    await setPassword(t.ctx, admin, org.slug, p.id, input);
    expect(await resolveSession(t.ctx, open.token)).toBeUndefined();
    expect((await signInAs(p, 'sat-af-administratoren')).person.id).toBe(p.id);
  });

  it('sets a password by e-mail as the operator (the CLI: the first admin of an installation)', async () => {
    const p = await personFactory(t.ctx, org, { role: 'admin' });
    await setPasswordByEmail(t.ctx, operator(), org.slug, ` ${p.email.toUpperCase()} `, {
      newPassword: 'den-første-administrator',
    });
    expect((await signInAs(p, 'den-første-administrator')).person.role).toBe('admin');
    const unknown = await failure(
      setPasswordByEmail(t.ctx, operator(), org.slug, 'ingen@example.dk', { newPassword: PASSWORD }),
    );
    expect(unknown.code).toBe('not_found');
  });
});
