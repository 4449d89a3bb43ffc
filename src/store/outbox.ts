/**
 * The mail outbox (ADR 0009): use cases insert mails in the transaction of the change they
 * announce; the worker claims due rows, sends them and marks the result. One row per
 * (event, recipient), so the same notification is never queued twice.
 *
 * While a row is 'sending', `next_attempt_at` holds the time it was claimed: that is how a row
 * left behind by a crash mid-send is found and released. `attempts` counts claims, so a mail that
 * crashes the sender every time still ends as 'failed'.
 */
import { and, asc, eq, inArray, like, lt, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';
import { outbox } from './schema.ts';

export type OutboxStatus = (typeof outbox.$inferSelect)['status'];

export interface OutboxMail {
  id: number;
  orgId: string | null;
  eventKey: string;
  recipientPersonId: string;
  recipientEmail: string;
  subject: string;
  bodyText: string;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  sentAt: Date | null;
  createdAt: Date;
}

export interface MailWrite {
  orgId: string | null;
  /** What the mail announces, e.g. `agenda:<meetingId>:v2`; unique together with the recipient. */
  eventKey: string;
  recipientPersonId: string;
  recipientEmail: string;
  subject: string;
  bodyText: string;
}

/** Longest error text kept on a row. */
const MAX_ERROR = 1000;

/**
 * Queues mails; a row whose (event, recipient) is already queued or sent is skipped. Pass the
 * use case's `ctx.now()` as `now` (when the mails become due); without it the database clock is used.
 * Returns the number of mails queued.
 */
export async function enqueueMails(db: DbOrTx, rows: readonly MailWrite[], now?: Date): Promise<number> {
  if (rows.length === 0) return 0;
  const values = rows.map((r) => ({
    orgId: r.orgId,
    eventKey: r.eventKey,
    recipientPersonId: r.recipientPersonId,
    recipientEmail: r.recipientEmail,
    subject: r.subject,
    bodyText: r.bodyText,
    ...(now ? { nextAttemptAt: now, createdAt: now } : {}),
  }));
  const inserted = await db
    .insert(outbox)
    .values(values)
    .onConflictDoNothing({ target: [outbox.eventKey, outbox.recipientPersonId] })
    .returning({ id: outbox.id });
  return inserted.length;
}

/**
 * Claims up to `limit` due mails (pending, next attempt at or before `now`) for this worker: they
 * become 'sending' with `attempts` incremented. Rows another worker is claiming are skipped.
 */
export async function claimDueMails(db: DbOrTx, now: Date, limit: number): Promise<OutboxMail[]> {
  const due = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, now)))
    .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
    .limit(limit)
    .for('update', { skipLocked: true });
  const rows = await db
    .update(outbox)
    .set({ status: 'sending', attempts: sql`${outbox.attempts} + 1`, nextAttemptAt: now })
    .where(inArray(outbox.id, due))
    .returning();
  return rows.sort((a, b) => a.id - b.id);
}

/** The SMTP server accepted the mail. */
export async function markSent(db: DbOrTx, id: number, now: Date): Promise<void> {
  await db
    .update(outbox)
    .set({ status: 'sent', sentAt: now, lastError: null })
    .where(and(eq(outbox.id, id), eq(outbox.status, 'sending')));
}

/** Sending failed: try again at `nextAttemptAt`, or give up ('failed') when it is null. */
export async function markFailed(
  db: DbOrTx,
  id: number,
  error: string,
  nextAttemptAt: Date | null,
): Promise<void> {
  await db
    .update(outbox)
    .set({
      status: nextAttemptAt ? 'pending' : 'failed',
      lastError: error.slice(0, MAX_ERROR),
      ...(nextAttemptAt ? { nextAttemptAt } : {}),
    })
    .where(and(eq(outbox.id, id), eq(outbox.status, 'sending')));
}

/**
 * Returns mails claimed before `olderThan` and never marked (the sender crashed mid-send) to
 * 'pending', due at once. Returns how many.
 */
export async function releaseStuck(db: DbOrTx, olderThan: Date): Promise<number> {
  const rows = await db
    .update(outbox)
    .set({ status: 'pending' })
    .where(and(eq(outbox.status, 'sending'), lt(outbox.nextAttemptAt, olderThan)))
    .returning({ id: outbox.id });
  return rows.length;
}

/** Gives claimed mails that were not tried (the worker is stopping) back, without counting an attempt. */
export async function unclaimMails(db: DbOrTx, ids: readonly number[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(outbox)
    .set({ status: 'pending', attempts: sql`greatest(${outbox.attempts} - 1, 0)`, nextAttemptAt: now })
    .where(and(inArray(outbox.id, [...ids]), eq(outbox.status, 'sending')));
}

export interface OutboxFilter {
  orgId?: string;
  status?: OutboxStatus;
  recipientPersonId?: string;
  /** Event keys starting with this, e.g. `reminder:submission:`. */
  eventKeyPrefix?: string;
  limit?: number;
}

/** The outbox, oldest first (for tests and administration). */
export async function listOutbox(db: DbOrTx, filter: OutboxFilter = {}): Promise<OutboxMail[]> {
  const prefix = filter.eventKeyPrefix?.replace(/[\\%_]/g, (c) => `\\${c}`);
  return db
    .select()
    .from(outbox)
    .where(
      and(
        filter.orgId ? eq(outbox.orgId, filter.orgId) : undefined,
        filter.status ? eq(outbox.status, filter.status) : undefined,
        filter.recipientPersonId ? eq(outbox.recipientPersonId, filter.recipientPersonId) : undefined,
        prefix !== undefined ? like(outbox.eventKey, `${prefix}%`) : undefined,
      ),
    )
    .orderBy(asc(outbox.id))
    .limit(filter.limit ?? 1000);
}
