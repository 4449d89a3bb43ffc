/** Browser sessions. The id is the SHA-256 of the cookie's token; the token is never stored. */
import { and, eq, lte, ne, or } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';
import { sessions } from './schema.ts';

export interface SessionRow {
  id: string;
  personId: string;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
}

export async function insertSession(db: DbOrTx, row: SessionRow): Promise<void> {
  await db.insert(sessions).values(row);
}

export async function findSession(db: DbOrTx, id: string): Promise<SessionRow | undefined> {
  const [row] = await db.select().from(sessions).where(eq(sessions.id, id));
  return row;
}

export async function touchSession(db: DbOrTx, id: string, now: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
}

export async function deleteSession(db: DbOrTx, id: string): Promise<boolean> {
  const rows = await db.delete(sessions).where(eq(sessions.id, id)).returning({ id: sessions.id });
  return rows.length > 0;
}

/** Ends a person's sessions, all of them or all but one (the caller's own). */
export async function deleteSessionsOfPerson(db: DbOrTx, personId: string, keep?: string): Promise<void> {
  await db
    .delete(sessions)
    .where(and(eq(sessions.personId, personId), keep ? ne(sessions.id, keep) : undefined));
}

/** Removes a person's sessions that have run out (absolute end passed, or idle since `idleBefore`). */
export async function deleteExpiredSessions(
  db: DbOrTx,
  personId: string,
  now: Date,
  idleBefore: Date,
): Promise<void> {
  await db
    .delete(sessions)
    .where(
      and(
        eq(sessions.personId, personId),
        or(lte(sessions.expiresAt, now), lte(sessions.lastSeenAt, idleBefore)),
      ),
    );
}

/** Removes every session that has run out, of all people; returns how many. */
export async function deleteAllExpiredSessions(db: DbOrTx, now: Date, idleBefore: Date): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(or(lte(sessions.expiresAt, now), lte(sessions.lastSeenAt, idleBefore)))
    .returning({ id: sessions.id });
  return rows.length;
}
