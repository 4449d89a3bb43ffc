/** Calendar-feed tokens: one per person; only the SHA-256 of the secret token is stored. */
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';
import { feedTokens } from './schema.ts';

/** Stores a person's token hash, replacing the previous one (which stops working at once). */
export async function upsertFeedToken(
  db: DbOrTx,
  orgId: string,
  personId: string,
  tokenHash: string,
): Promise<void> {
  await db
    .insert(feedTokens)
    .values({ orgId, personId, tokenHash })
    .onConflictDoUpdate({ target: feedTokens.personId, set: { tokenHash, orgId, createdAt: sql`now()` } });
}

/** The person a token hash belongs to, in any organisation (the feed URL carries no organisation). */
export async function findPersonIdByTokenHash(db: DbOrTx, tokenHash: string): Promise<string | undefined> {
  const [row] = await db
    .select({ personId: feedTokens.personId })
    .from(feedTokens)
    .where(eq(feedTokens.tokenHash, tokenHash));
  return row?.personId;
}
