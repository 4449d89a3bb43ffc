/** Local sign-in accounts: one per person, with an argon2id hash and the lockout state. */
import { eq } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';
import { accounts } from './schema.ts';

export interface Account {
  personId: string;
  passwordHash: string;
  failedAttempts: number;
  lockedUntil: Date | null;
  passwordChangedAt: Date;
}

const columns = {
  personId: accounts.personId,
  passwordHash: accounts.passwordHash,
  failedAttempts: accounts.failedAttempts,
  lockedUntil: accounts.lockedUntil,
  passwordChangedAt: accounts.passwordChangedAt,
};

/** With `forUpdate` (inside a transaction) the row stays locked until the transaction ends. */
export async function findAccount(
  db: DbOrTx,
  personId: string,
  options: { forUpdate?: boolean } = {},
): Promise<Account | undefined> {
  const query = db.select(columns).from(accounts).where(eq(accounts.personId, personId));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** Sets a person's password hash (creating the account), and clears the lockout. */
export async function upsertAccountPassword(
  db: DbOrTx,
  personId: string,
  passwordHash: string,
  now: Date,
): Promise<void> {
  const set = { passwordHash, failedAttempts: 0, lockedUntil: null, passwordChangedAt: now };
  await db
    .insert(accounts)
    .values({ personId, ...set, createdAt: now })
    .onConflictDoUpdate({ target: accounts.personId, set });
}

export async function updateLockState(
  db: DbOrTx,
  personId: string,
  state: { failedAttempts: number; lockedUntil: Date | null },
): Promise<void> {
  await db.update(accounts).set(state).where(eq(accounts.personId, personId));
}
