/**
 * Who is reading a calendar feed: the person whose secret token is in the feed URL. Calendar
 * programs cannot sign in, so the token is the credential; only its SHA-256 is stored, and a
 * renewed token replaces the old one at once. An unknown token is no identity (the server then
 * answers 401, as for any anonymous request).
 */
import { createHash } from 'node:crypto';
import type { Actor } from '../domain/policy.ts';
import { findPersonIdByTokenHash } from '../store/feed-tokens.ts';
import { findPersonById } from '../store/people.ts';
import { type AppContext, today } from './context.ts';
import { actorForPerson } from './resolve-actor.ts';

/** A token is 32 random bytes in base64url: 43 characters. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The stored form of a token: SHA-256, hex. */
export const feedTokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

export async function resolveFeedActor(ctx: AppContext, params: unknown): Promise<Actor> {
  const token =
    params && typeof params === 'object' && 'token' in params
      ? (params as { token: unknown }).token
      : undefined;
  if (typeof token !== 'string' || !TOKEN.test(token)) return { kind: 'anonymous' };
  const personId = await findPersonIdByTokenHash(ctx.db, feedTokenHash(token));
  const person = personId ? await findPersonById(ctx.db, personId) : undefined;
  return person ? actorForPerson(ctx.db, person, today(ctx)) : { kind: 'anonymous' };
}
