/**
 * Runs the deadline and follow-up reminders every hour from the server process, as the operator,
 * refreshes search's planner statistics every sixth run (PGlite has no autovacuum), and redacts
 * expired access events of the audit log every 24th run, daily (ADR 0017). Every run deletes the
 * sessions that have run out, makes the annual wheel's placeholder drafts that have come due,
 * reminds the theme plan's presenters (14 and 3 days before), and places the evaluation of a
 * leaders' day that is over on the evaluating forum's next meeting.
 */
import { type AppContext, callerOf } from './app/context.ts';
import { createWheelPlaceholders } from './app/create-wheel-placeholders.ts';
import { placeLeadersDayEvaluations } from './app/place-leaders-day-evaluations.ts';
import { pruneAuditLog } from './app/prune-audit-log.ts';
import { refreshSearchStatistics } from './app/refresh-search-statistics.ts';
import { removeExpiredSessions } from './app/remove-expired-sessions.ts';
import { sendDeadlineReminders } from './app/send-deadline-reminders.ts';
import { sendFollowUpReminders } from './app/send-follow-up-reminders.ts';
import { sendPresenterReminders } from './app/send-presenter-reminders.ts';

interface Log {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

const HOUR = 60 * 60 * 1000;

export function startReminderSchedule(ctx: AppContext, log: Log, everyMs = HOUR): { stop(): void } {
  let timer: NodeJS.Timeout | null = null;
  let runs = 0;
  const run = async () => {
    const n = runs++;
    if (n % 6 === 0)
      await refreshSearchStatistics(ctx, callerOf({ kind: 'operator', label: 'scheduler' })).catch((err) =>
        log.error({ err }, 'search statistics failed'),
      );
    if (n % 24 === 0)
      await pruneAuditLog(ctx, callerOf({ kind: 'operator', label: 'scheduler' })).then(
        (r) => {
          if (r.redacted > 0) log.info({ ...r }, 'audit log: expired access events redacted');
        },
        (err) => log.error({ err }, 'audit log pruning failed'),
      );
    await removeExpiredSessions(ctx, callerOf({ kind: 'operator', label: 'scheduler' })).catch((err) =>
      log.error({ err }, 'removing expired sessions failed'),
    );
    await createWheelPlaceholders(ctx, callerOf({ kind: 'operator', label: 'scheduler' })).then(
      (r) => {
        if (r.created > 0) log.info({ ...r }, 'annual wheel: placeholder items created');
      },
      (err) => log.error({ err }, 'annual wheel placeholders failed'),
    );
    await sendPresenterReminders(ctx, callerOf({ kind: 'operator', label: 'scheduler' })).then(
      (r) => {
        if (r.queued > 0) log.info({ ...r }, 'theme plan: presenter reminders queued');
      },
      (err) => log.error({ err }, 'presenter reminders failed'),
    );
    await placeLeadersDayEvaluations(ctx, callerOf({ kind: 'operator', label: 'scheduler' })).then(
      (r) => {
        if (r.placed > 0) log.info({ ...r }, "leaders' day evaluations placed");
      },
      (err) => log.error({ err }, "placing leaders' day evaluations failed"),
    );
    try {
      const caller = callerOf({ kind: 'operator', label: 'scheduler' });
      const { queued: deadlines } = await sendDeadlineReminders(ctx, caller);
      const { queued: followUps } = await sendFollowUpReminders(
        ctx,
        callerOf({ kind: 'operator', label: 'scheduler' }),
      );
      const queued = deadlines + followUps;
      if (queued > 0) log.info({ queued }, 'deadline reminders queued');
    } catch (err) {
      log.error({ err }, 'deadline reminders failed');
    }
    timer = setTimeout(run, everyMs);
    timer.unref();
  };
  timer = setTimeout(run, 60_000);
  timer.unref();
  return {
    stop: () => {
      if (timer) clearTimeout(timer);
    },
  };
}
