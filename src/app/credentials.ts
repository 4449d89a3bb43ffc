/**
 * What sign-in needs besides the database: argon2id hashing (OWASP parameters, written out so a
 * library default can never weaken them), secret tokens, and the signed-in person as the API shows it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { type Algorithm, hash, verify } from '@node-rs/argon2';
import type { Organisation, Person } from '../domain/organisation.ts';

/** OWASP's argon2id recommendation: 19 MiB, 2 passes, 1 lane. */
/** (Algorithm.Argon2id is a const enum, which this build cannot import: its value is 2.) */
const ARGON2 = { algorithm: 2 as Algorithm, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** A valid hash of a secret nobody knows: an unknown e-mail is checked against it, so the answer
 *  takes as long as for a known one. */
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$Qn2CsTE7GbwOcfbC3g8s4Q$Xk91OeMqA0KtGF9bI9E8oqm7anwehSSghQq9F/43gD4';

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2);

/** Checks a password against a stored hash; a malformed hash is a mismatch, never an exception. */
export async function verifyPassword(passwordHash: string | undefined, password: string): Promise<boolean> {
  try {
    const ok = await verify(passwordHash ?? DUMMY_HASH, password);
    return passwordHash !== undefined && ok;
  } catch {
    return false;
  }
}

/** A new secret: 32 random bytes, base64url (43 characters). */
export const newSecret = (): string => randomBytes(32).toString('base64url');

/** The stored id of a session: SHA-256 (hex) of its cookie token. */
export const sessionIdOf = (token: string): string => createHash('sha256').update(token).digest('hex');

export interface SessionPerson {
  id: string;
  name: string;
  email: string;
  title: string;
  orgSlug: string;
  orgName: string;
  role: Person['role'];
}

export const sessionPerson = (person: Person, org: Organisation): SessionPerson => ({
  id: person.id,
  name: person.name,
  email: person.email,
  title: person.title,
  orgSlug: org.slug,
  orgName: org.name,
  role: person.role,
});
