/**
 * The mail outbox and its worker against a real SMTP server (smtp-server on 127.0.0.1): one mail
 * per event and person, retries with backoff after a temporary SMTP error, giving up after five
 * attempts, recovery of mails left 'sending' by a crash, and a clean stop.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Mailer, mailerFromEnv, smtpConfigFromEnv, smtpMailer } from '../../src/notify/mailer.ts';
import { startOutboxWorker, type WorkerLog } from '../../src/notify/outbox-worker.ts';
import { claimDueMails, enqueueMails, listOutbox, type MailWrite } from '../../src/store/outbox.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';

const MINUTE = 60_000;
let t: TestDatabase;
let server: SMTPServer;
let smtp: Mailer;
/** Mails the SMTP server accepted, and how many DATA commands it saw in all. */
let received: ParsedMail[] = [];
let dataCommands = 0;
/** The next this-many messages are answered 451 (temporary failure). */
let refuseNext = 0;
let clock = new Date('2025-04-01T08:00:00Z');
const logs: { level: string; msg: string }[] = [];
const log: WorkerLog = {
  info: (_o, msg) => logs.push({ level: 'info', msg }),
  warn: (_o, msg) => logs.push({ level: 'warn', msg }),
  error: (_o, msg) => logs.push({ level: 'error', msg }),
};

beforeAll(async () => {
  t = await testDatabase();
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      dataCommands++;
      simpleParser(stream).then((mail) => {
        if (refuseNext > 0) {
          refuseNext--;
          callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
          return;
        }
        received.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  smtp = smtpMailer({ host: '127.0.0.1', port, secure: false, from: 'Fora <fora@albertslund.dk>' });
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await t.close();
});
beforeEach(() => {
  received = [];
  dataCommands = 0;
  refuseNext = 0;
  logs.length = 0;
  clock = new Date(clock.getTime() + 24 * 60 * MINUTE);
});

const mail = (over: Partial<MailWrite> = {}): MailWrite => ({
  orgId: null,
  eventKey: `agenda:${randomUUID()}:v1`,
  recipientPersonId: randomUUID(),
  recipientEmail: 'jens.aagesen@albertslund.dk',
  subject: 'Dagsorden: Børne- og Kulturudvalgets chefmøde 23. april 2025 – Ærø',
  bodyText: 'Dagsordenen til mødet i Chefforum onsdag d. 23. april 2025 kl. 09.00 er udsendt.',
  ...over,
});
const worker = (mailer: Mailer | null = smtp) =>
  startOutboxWorker({ db: t.db, mailer, now: () => clock, log, loop: false });
const advance = (ms: number) => {
  clock = new Date(clock.getTime() + ms);
};
const rowOf = async (eventKey: string) => {
  const [row] = (await listOutbox(t.db)).filter((r) => r.eventKey === eventKey);
  if (!row) throw new Error(`no outbox row for ${eventKey}`);
  return row;
};

describe('one mail per event and person', () => {
  it('queues the same notification once, however often it is enqueued, and delivers it once', async () => {
    const m = mail();
    expect(await enqueueMails(t.db, [m, m], clock)).toBe(1);
    expect(await enqueueMails(t.db, [{ ...m, subject: 'Ændret emne' }], clock)).toBe(0);
    const w = worker();
    expect(await w.runOnce()).toBe(1);
    expect(await w.runOnce()).toBe(0);
    await w.stop();

    expect(received).toHaveLength(1);
    const [got] = received;
    expect(got?.subject).toBe(m.subject);
    expect(got?.text?.trim()).toBe(m.bodyText);
    expect(got?.from?.value).toEqual([{ name: 'Fora', address: 'fora@albertslund.dk' }]);
    const row = await rowOf(m.eventKey);
    expect(got?.to && 'text' in got.to ? got.to.text : '').toBe('jens.aagesen@albertslund.dk');
    expect(got?.messageId).toMatch(new RegExp(`^<outbox-${row.id}-[0-9a-z]+@fora\\.localhost>$`));
    expect(row).toMatchObject({ status: 'sent', attempts: 1, lastError: null, sentAt: clock });
  });

  it('sends the same event to each of its recipients', async () => {
    const eventKey = `agenda:${randomUUID()}:v2`;
    await enqueueMails(
      t.db,
      [mail({ eventKey }), mail({ eventKey, recipientEmail: 'camilla.holm@albertslund.dk' })],
      clock,
    );
    expect(await worker().runOnce()).toBe(2);
    expect(received.map((r) => (r.to && 'text' in r.to ? r.to.text : '')).sort()).toEqual([
      'camilla.holm@albertslund.dk',
      'jens.aagesen@albertslund.dk',
    ]);
  });
});

describe('retries', () => {
  it('tries again after a minute when the server answers 451, and delivers once', async () => {
    const m = mail();
    await enqueueMails(t.db, [m], clock);
    refuseNext = 1;
    const w = worker();
    expect(await w.runOnce()).toBe(0);
    const failed = await rowOf(m.eventKey);
    expect(failed).toMatchObject({ status: 'pending', attempts: 1 });
    expect(failed.lastError).toContain('451');
    expect(failed.nextAttemptAt).toEqual(new Date(clock.getTime() + MINUTE));

    // Not due yet: nothing is sent.
    advance(MINUTE - 1000);
    expect(await w.runOnce()).toBe(0);
    expect(dataCommands).toBe(1);

    advance(1000);
    expect(await w.runOnce()).toBe(1);
    expect(await w.runOnce()).toBe(0);
    expect(received).toHaveLength(1);
    expect(dataCommands).toBe(2);
    expect(await rowOf(m.eventKey)).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  });

  it('backs off 1, 5, 30 and 120 minutes and gives up after the fifth failure', async () => {
    const m = mail();
    await enqueueMails(t.db, [m], clock);
    refuseNext = 5;
    const w = worker();
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(await w.runOnce()).toBe(0);
      const row = await rowOf(m.eventKey);
      if (row.status === 'pending') {
        waits.push((row.nextAttemptAt.getTime() - clock.getTime()) / MINUTE);
        clock = row.nextAttemptAt;
      }
    }
    expect(waits).toEqual([1, 5, 30, 120]);
    const row = await rowOf(m.eventKey);
    expect(row).toMatchObject({ status: 'failed', attempts: 5 });
    expect(row.lastError).toContain('451');
    expect(logs.filter((l) => l.level === 'error').map((l) => l.msg)).toEqual(['mail not sent; giving up']);

    advance(24 * 60 * MINUTE);
    expect(await w.runOnce()).toBe(0);
    expect(dataCommands).toBe(5);
    expect(received).toHaveLength(0);
  });
});

describe('crash recovery', () => {
  it('sends a mail left sending by a crash once it has been stuck for ten minutes', async () => {
    const m = mail();
    await enqueueMails(t.db, [m], clock);
    // A worker claims the mail and dies before sending it.
    expect(await claimDueMails(t.db, clock, 10)).toHaveLength(1);
    const w = worker();
    advance(9 * MINUTE);
    expect(await w.runOnce()).toBe(0);
    expect((await rowOf(m.eventKey)).status).toBe('sending');

    advance(2 * MINUTE);
    expect(await w.runOnce()).toBe(1);
    expect(received).toHaveLength(1);
    expect(await rowOf(m.eventKey)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('gives each of several concurrent claimers different mails', async () => {
    const mails = Array.from({ length: 6 }, () => mail());
    await enqueueMails(t.db, mails, clock);
    const claims = await Promise.all([1, 2, 3].map(() => claimDueMails(t.db, clock, 2)));
    const ids = claims.flat().map((r) => r.eventKey);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(mails.map((m) => m.eventKey).sort());
    // Claimed mails are not claimed again until they count as stuck.
    expect(await claimDueMails(t.db, clock, 10)).toEqual([]);
    advance(11 * MINUTE);
    expect(await worker().runOnce()).toBe(6);
  });
});

describe('stopping', () => {
  it('waits for the send in flight and gives back the mails it has not tried', async () => {
    const a = mail();
    const b = mail();
    await enqueueMails(t.db, [a, b], clock);
    let entered!: () => void;
    const started = new Promise<void>((resolve) => {
      entered = resolve;
    });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow: Mailer = {
      async send(msg) {
        entered();
        await gate;
        await smtp.send(msg);
      },
    };
    const w = startOutboxWorker({ db: t.db, mailer: slow, now: () => clock, log, intervalMs: 1 });
    await started;
    let stopped = false;
    const stopping = w.stop().then(() => {
      stopped = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);
    release();
    await stopping;

    expect(received).toHaveLength(1);
    expect(await rowOf(a.eventKey)).toMatchObject({ status: 'sent' });
    expect(await rowOf(b.eventKey)).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await w.runOnce()).toBe(0);
    expect(received).toHaveLength(1);
    // The next worker sends the rest.
    expect(await worker().runOnce()).toBe(1);
    expect(received).toHaveLength(2);
  });
});

describe('without SMTP configured', () => {
  it('reads the SMTP settings from the environment', () => {
    expect(mailerFromEnv({})).toBeNull();
    expect(smtpConfigFromEnv({ SMTP_HOST: 'smtp.kommune.dk' })).toEqual({
      host: 'smtp.kommune.dk',
      port: 587,
      secure: false,
      from: 'Fora <fora@localhost>',
    });
    expect(
      smtpConfigFromEnv({
        SMTP_HOST: 'smtp.kommune.dk',
        SMTP_PORT: '465',
        SMTP_SECURE: 'true',
        SMTP_USER: 'fora',
        SMTP_PASSWORD: 'hemmelig',
        SMTP_FROM: 'Fora <fora@kommune.dk>',
      }),
    ).toEqual({
      host: 'smtp.kommune.dk',
      port: 465,
      secure: true,
      user: 'fora',
      password: 'hemmelig',
      from: 'Fora <fora@kommune.dk>',
    });
    expect(() => smtpConfigFromEnv({ SMTP_HOST: 'x', SMTP_PORT: 'smtp' })).toThrow(/SMTP_PORT/);
  });

  it('keeps mails pending, warns once, and sends them when a mailer is there', async () => {
    const m = mail();
    await enqueueMails(t.db, [m], clock);
    const idle = worker(null);
    expect(await idle.runOnce()).toBe(0);
    expect(await idle.runOnce()).toBe(0);
    await idle.stop();
    expect(logs.filter((l) => l.level === 'warn')).toHaveLength(1);
    expect(await rowOf(m.eventKey)).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await worker().runOnce()).toBe(1);
    expect(received).toHaveLength(1);
  });
});
