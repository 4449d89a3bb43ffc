/**
 * A new browser session for a person who has just proved who they are (a password, or an OpenID
 * Connect provider): the browser's previous session ends, the person's run-out sessions are removed,
 * a new row is written and the sign-in is audited, in the caller's transaction. Both ways of signing
 * in make the same kind of session, so the cookie, CSRF and expiry rules are the same.
 */
import type { Organisation, Person } from '../domain/organisation.ts';
import type { Actor } from '../domain/policy.ts';
import { IDLE_TIMEOUT_MS, sessionExpiry } from '../domain/session.ts';
import type { DbOrTx } from '../store/db.ts';
import { deleteExpiredSessions, deleteSession, insertSession } from '../store/sessions.ts';
import { audit, type Caller } from './context.ts';
import { newSecret, type SessionPerson, sessionIdOf, sessionPerson } from './credentials.ts';

export interface SignedIn {
  /** The cookie's secret: handed to the browser once, never stored. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
  person: SessionPerson;
}

export interface SessionClient {
  userAgent: string | null;
  /** The token of the browser's current session cookie, if it sent one: that session ends. */
  previousToken?: string | undefined;
}

export async function openSession(
  tx: DbOrTx,
  caller: Caller,
  signedIn: { person: Person; org: Organisation; actor: Actor; now: Date },
  client: SessionClient,
  /** Extra audit detail (how the person signed in). */
  detail?: Record<string, unknown>,
): Promise<SignedIn> {
  const { person, org, actor, now } = signedIn;
  const token = newSecret();
  const csrfToken = newSecret();
  const expiresAt = sessionExpiry(now);
  if (client.previousToken) await deleteSession(tx, sessionIdOf(client.previousToken));
  // Sessions nobody came back to are removed when their person next signs in.
  await deleteExpiredSessions(tx, person.id, now, new Date(now.getTime() - IDLE_TIMEOUT_MS));
  await insertSession(tx, {
    id: sessionIdOf(token),
    personId: person.id,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    ip: caller.address,
    userAgent: client.userAgent?.slice(0, 512) ?? null,
  });
  await audit(
    tx,
    { ...caller, actor },
    {
      orgId: org.id,
      action: 'session.sign_in',
      objectType: 'person',
      objectId: person.id,
      ...(detail && { detail }),
    },
  );
  return { token, csrfToken, expiresAt, person: sessionPerson(person, org) };
}
