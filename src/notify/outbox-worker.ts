/**
 * The outbox worker (ADR 0009): runs in the server process, sends due mails from the outbox with
 * retries and backoff. Delivery is at least once: a crash between the SMTP server's acceptance and
 * `markSent` sends that mail again after 10 minutes, with the same Message-ID.
 */
import type { Db } from '../store/db.ts';
import {
  claimDueMails,
  markFailed,
  markSent,
  type OutboxMail,
  releaseStuck,
  unclaimMails,
} from '../store/outbox.ts';
import type { Mailer } from './mailer.ts';

/** Wait after the 1st, 2nd, 3rd and 4th failed attempt; the 5th failure is final. */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 60 * 60_000] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** A mail claimed longer ago than this and never marked was lost by a crash: send it again. */
export const STUCK_AFTER_MS = 10 * 60_000;

/** When to try again after `attempts` failed attempts, or null to give up. */
export function retryAt(attempts: number, now: Date): Date | null {
  const delay = RETRY_DELAYS_MS[attempts - 1];
  return attempts < MAX_ATTEMPTS && delay !== undefined ? new Date(now.getTime() + delay) : null;
}

/** The Message-ID of an outbox row: the same on every attempt, so a receiver can drop a resend. */
export const messageIdFor = (mail: Pick<OutboxMail, 'id' | 'createdAt'>, domain: string): string =>
  `<outbox-${mail.id}-${mail.createdAt.getTime().toString(36)}@${domain}>`;

/** The subset of a pino logger the worker uses (Fastify's `app.log` fits). */
export interface WorkerLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface OutboxWorkerOptions {
  db: Db;
  /** Null when SMTP is not configured: mails stay pending and a warning is logged once. */
  mailer: Mailer | null;
  now: () => Date;
  log: WorkerLog;
  intervalMs?: number;
  batch?: number;
  /** Right-hand side of the Message-IDs, e.g. the installation's host name. */
  messageIdDomain?: string;
  /** false: no timer; the caller drives the worker with `runOnce` (tests). */
  loop?: boolean;
}

export interface OutboxWorker {
  /** Stops the loop and resolves once no send is in flight; claimed but untried mails go back. */
  stop(): Promise<void>;
  /** One pass: release stuck mails, claim due ones, send each. Returns the number sent. */
  runOnce(): Promise<number>;
}

const errorText = (err: unknown): string => {
  if (!(err instanceof Error)) return String(err);
  const code = (err as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && !err.message.includes(String(code))
    ? `${code} ${err.message}`
    : err.message;
};

export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { db, mailer, now, log } = options;
  const intervalMs = options.intervalMs ?? 2000;
  const batch = options.batch ?? 20;
  const domain = options.messageIdDomain ?? 'fora.localhost';
  let stopped = false;
  let warned = false;
  let timer: NodeJS.Timeout | null = null;
  /** The pass in progress (or the last one); passes never overlap. */
  let last: Promise<unknown> = Promise.resolve();

  async function send(mail: OutboxMail, sender: Mailer): Promise<boolean> {
    try {
      await sender.send({
        to: mail.recipientEmail,
        subject: mail.subject,
        text: mail.bodyText,
        messageId: messageIdFor(mail, domain),
      });
    } catch (err) {
      const next = retryAt(mail.attempts, now());
      await markFailed(db, mail.id, errorText(err), next);
      const detail = { mailId: mail.id, attempts: mail.attempts, err: errorText(err) };
      if (next) log.warn({ ...detail, retryAt: next.toISOString() }, 'mail not sent; will retry');
      else log.error(detail, 'mail not sent; giving up');
      return false;
    }
    await markSent(db, mail.id, now());
    return true;
  }

  async function pass(): Promise<number> {
    if (stopped) return 0;
    if (!mailer) {
      if (!warned) log.warn({}, 'SMTP_HOST is not set: e-mails stay in the outbox unsent');
      warned = true;
      return 0;
    }
    const t = now();
    const released = await releaseStuck(db, new Date(t.getTime() - STUCK_AFTER_MS));
    if (released > 0) log.warn({ released }, 'mails left sending by a crash are queued again');
    const mails = await claimDueMails(db, t, batch);
    let sent = 0;
    for (const [i, mail] of mails.entries()) {
      if (stopped) {
        await unclaimMails(
          db,
          mails.slice(i).map((m) => m.id),
          now(),
        );
        break;
      }
      if (await send(mail, mailer)) sent++;
    }
    return sent;
  }

  function runOnce(): Promise<number> {
    const run = last.then(pass, pass);
    last = run.catch(() => undefined);
    return run;
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      timer = null;
      runOnce()
        .catch((err: unknown) => log.error({ err }, 'outbox pass failed'))
        .finally(schedule);
    }, intervalMs);
  }

  if (options.loop !== false) schedule();

  return {
    runOnce,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await last;
    },
  };
}
