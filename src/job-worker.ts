/**
 * Runs background jobs in the server process: rendering documents after publication. Jobs are
 * queued in the transaction that publishes, so a crash loses none; a failed job is retried.
 */
import type { AppContext } from './app/context.ts';
import { renderAndStore } from './app/render-documents.ts';
import { findAgendaVersion } from './store/agenda.ts';
import { claimJobs, failJob, finishJob, type Job, releaseStuckJobs } from './store/jobs.ts';

interface Log {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

const RETRY_MINUTES = [1, 5, 30];
const STUCK_AFTER_MS = 15 * 60_000;

async function runJob(ctx: AppContext, job: Job): Promise<void> {
  if (job.kind !== 'render') throw new Error(`unknown job kind ${job.kind}`);
  const { meetingId, kind, version } = job.payload as {
    meetingId: string;
    kind: 'agenda' | 'minutes';
    version: number;
  };
  const v = await findAgendaVersion(ctx.db, meetingId, version, kind);
  if (!v || !job.orgId) throw new Error(`version ${kind} ${version} of meeting ${meetingId} not found`);
  await renderAndStore(ctx, job.orgId, v);
}

/** Claims and runs due jobs once; returns how many succeeded. */
export async function runJobsOnce(ctx: AppContext, log: Log, batch = 5): Promise<number> {
  const now = ctx.now();
  await releaseStuckJobs(ctx.db, new Date(now.getTime() - STUCK_AFTER_MS));
  let done = 0;
  for (const job of await claimJobs(ctx.db, now, batch)) {
    try {
      await runJob(ctx, job);
      await finishJob(ctx.db, job.id);
      done++;
    } catch (err) {
      const delay = RETRY_MINUTES[job.attempts - 1];
      await failJob(
        ctx.db,
        job.id,
        String((err as Error).message ?? err),
        delay ? new Date(now.getTime() + delay * 60_000) : null,
      );
      log.error({ err, job: job.key }, 'job failed');
    }
  }
  return done;
}

export function startJobWorker(ctx: AppContext, log: Log, intervalMs = 2000): { stop(): Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = runJobsOnce(ctx, log)
      .catch((err: unknown) => log.error({ err }, 'job worker failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, intervalMs);
  return {
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
