/** Background jobs: enqueued inside the transaction that causes them, claimed like the mail outbox. */
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';
import { jobs } from './schema.ts';

export type Job = typeof jobs.$inferSelect;

/** Queues a job once per key (a second enqueue with the same key does nothing). */
export async function enqueueJob(
  db: DbOrTx,
  job: { orgId: string | null; kind: string; key: string; payload: Record<string, unknown> },
  now?: Date,
): Promise<void> {
  await db
    .insert(jobs)
    .values({ ...job, ...(now && { nextAttemptAt: now, createdAt: now }) })
    .onConflictDoNothing({ target: jobs.key });
}

export async function claimJobs(db: DbOrTx, now: Date, limit: number): Promise<Job[]> {
  const due = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.status, 'pending'), lte(jobs.nextAttemptAt, now)))
    .orderBy(asc(jobs.nextAttemptAt), asc(jobs.id))
    .limit(limit)
    .for('update', { skipLocked: true });
  const rows = await db
    .update(jobs)
    .set({ status: 'running', attempts: sql`${jobs.attempts} + 1`, nextAttemptAt: now })
    .where(inArray(jobs.id, due))
    .returning();
  return rows.sort((a, b) => a.id - b.id);
}

export async function finishJob(db: DbOrTx, id: number): Promise<void> {
  await db.update(jobs).set({ status: 'done', lastError: null }).where(eq(jobs.id, id));
}

/** A failed attempt: retried at `retryAt`, or given up (failed) when null. */
export async function failJob(db: DbOrTx, id: number, error: string, retryAt: Date | null): Promise<void> {
  await db
    .update(jobs)
    .set(
      retryAt
        ? { status: 'pending', lastError: error, nextAttemptAt: retryAt }
        : { status: 'failed', lastError: error },
    )
    .where(eq(jobs.id, id));
}

/** Jobs left 'running' by a crash go back to the queue. */
export async function releaseStuckJobs(db: DbOrTx, olderThan: Date): Promise<void> {
  await db
    .update(jobs)
    .set({ status: 'pending' })
    .where(and(eq(jobs.status, 'running'), lte(jobs.nextAttemptAt, olderThan)));
}

export async function listJobs(db: DbOrTx, kind?: string): Promise<Job[]> {
  return db
    .select()
    .from(jobs)
    .where(kind ? eq(jobs.kind, kind) : undefined)
    .orderBy(asc(jobs.id));
}
