/**
 * Who a session cookie signs in: the person, as `resolveActor` builds them, while the session is
 * within its idle timeout and its absolute lifetime. An expired session is deleted and is no
 * identity. `last_seen_at` is written at most once a minute.
 */
import { notFound } from '../domain/errors.ts';
import type { Actor } from '../domain/policy.ts';
import { needsTouch, sessionState } from '../domain/session.ts';
import { findOrganisationById } from '../store/organisations.ts';
import { findPersonById } from '../store/people.ts';
import { deleteSession, findSession, touchSession } from '../store/sessions.ts';
import { type AppContext, today } from './context.ts';
import { type SessionPerson, sessionIdOf, sessionPerson } from './credentials.ts';
import { actorForPerson } from './resolve-actor.ts';

export interface ResolvedSession {
  /** The stored id (the token's hash). */
  id: string;
  csrfToken: string;
  expiresAt: Date;
  actor: Extract<Actor, { kind: 'person' }>;
}

export async function resolveSession(
  ctx: AppContext,
  token: string | undefined,
): Promise<ResolvedSession | undefined> {
  if (!token) return undefined;
  const id = sessionIdOf(token);
  const session = await findSession(ctx.db, id);
  if (!session) return undefined;
  const now = ctx.now();
  if (sessionState(session, now) !== 'valid') {
    await deleteSession(ctx.db, id);
    return undefined;
  }
  const person = await findPersonById(ctx.db, session.personId);
  if (!person) return undefined;
  if (needsTouch(session.lastSeenAt, now)) await touchSession(ctx.db, id, now);
  const actor = await actorForPerson(ctx.db, person, today(ctx));
  if (actor.kind !== 'person') return undefined;
  return { id, csrfToken: session.csrfToken, expiresAt: session.expiresAt, actor };
}

/** The signed-in person and the CSRF token, for the browser app (GET /api/session). */
export async function getSessionPerson(
  ctx: AppContext,
  session: ResolvedSession,
): Promise<{ person: SessionPerson; csrfToken: string }> {
  const person = await findPersonById(ctx.db, session.actor.personId);
  const org = person ? await findOrganisationById(ctx.db, person.orgId) : undefined;
  if (!person || !org) throw notFound('Person');
  return { person: sessionPerson(person, org), csrfToken: session.csrfToken };
}
