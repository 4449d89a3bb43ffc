/**
 * The whole pipeline over HTTP, on PGlite and on PostgreSQL: a head of department proposes two
 * items (one closed), the director approves, the secretary schedules and publishes, and a real
 * SMTP server on loopback receives one mail per member with a link that opens the agenda.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOutboxWorker } from '../../src/notify/outbox-worker.ts';
import { as, type TestServer, testServer } from '../support/http.ts';
import { type PipelineFixture, pipelineFixture } from '../support/pipeline-fixture.ts';
import { type TestSmtp, testSmtp } from '../support/smtp.ts';

const CANARY = 'KANARIEFUGL-4411';
let s: TestServer;
let smtp: TestSmtp;
let f: PipelineFixture;

beforeAll(async () => {
  s = await testServer();
  s.t.setNow('2025-05-05T10:00:00+02:00');
  f = await pipelineFixture(s.t);
  smtp = await testSmtp();
});
afterAll(async () => {
  await smtp.close();
  await s.close();
});

const call = async (method: 'GET' | 'POST' | 'PATCH', url: string, who: string, payload?: unknown) => {
  const res = await s.app.inject({
    method,
    url,
    headers: as(who),
    ...(payload !== undefined && { payload: payload as object }),
  });
  return { status: res.statusCode, body: res.json() as Record<string, unknown> & { id?: string } };
};
const para = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

describe('from proposal to mails in the inbox', () => {
  it('runs the whole path and delivers the agenda mail to every member, never with the closed title', async () => {
    const base = `/api/orgs/${f.org.slug}`;
    const ids: string[] = [];
    for (const [title, closed] of [
      ['Genindførelse af miljøledelse', false],
      [`Personalesag ${CANARY}`, true],
    ] as const) {
      const created = await call('POST', `${base}/forums/${f.forum.shortName}/items`, f.people.head.email, {
        type: 'decision',
        title,
        durationMinutes: 20,
        sections: { sagsfremstilling: para('Chefforum skal tage stilling.') },
        recommendations: ['Chefforum godkender indstillingen'],
        closed,
        closedBasis: closed ? 'Offentlighedslovens § 21, stk. 1' : null,
        meeting: '2025-05-15',
      });
      expect(created.status).toBe(201);
      const id = created.body.id ?? '';
      ids.push(id);
      expect((await call('POST', `${base}/items/${id}/submit`, f.people.head.email)).body.state).toBe(
        'submitted',
      );
      expect(
        (await call('POST', `${base}/items/${id}/decision`, f.people.director.email, { decision: 'approve' }))
          .body.state,
      ).toBe('queued');
      expect(
        (
          await call('POST', `${base}/items/${id}/schedule`, f.people.secretary.email, {
            meeting: '2025-05-15',
          })
        ).body.state,
      ).toBe('scheduled');
    }
    const published = await call(
      'POST',
      `${base}/forums/${f.forum.shortName}/meetings/2025-05-15/agenda/publish`,
      f.people.secretary.email,
    );
    expect(published.status).toBe(201);
    expect(published.body.version).toBe(1);

    const worker = startOutboxWorker({
      db: s.t.db,
      mailer: smtp.mailer,
      now: s.t.ctx.now,
      log: { info() {}, warn() {}, error() {} },
      loop: false,
    });
    expect(await worker.runOnce()).toBe(4);
    await worker.stop();

    const recipients = smtp.received.map((m) =>
      (Array.isArray(m.to) ? m.to : [m.to]).flatMap((a) => a?.value.map((v) => v.address)),
    );
    expect(recipients.flat().sort()).toEqual(
      [f.people.chair, f.people.director, f.people.head, f.people.secretary].map((p) => p.email).sort(),
    );
    for (const mail of smtp.received) {
      expect(mail.subject).toBe('Dagsorden: Chefforum 15. maj 2025');
      expect(`${mail.subject} ${mail.text} ${mail.html || ''}`).not.toContain(CANARY);
      expect(mail.text).toContain('Punkt 3: Lukket punkt');
    }
    // The link in the mail opens the agenda for a member; the outsider sees the closed item redacted.
    const link = smtp.received[0]?.text?.match(/https?:\/\/\S+/)?.[0] ?? '';
    expect(link).toContain(`/agenda/versions/1`);
    const path = new URL(link).pathname;
    const asMember = await call('GET', path, f.people.director.email);
    expect(asMember.status).toBe(200);
    expect(JSON.stringify(asMember.body)).toContain(CANARY);
    const asOutsider = await call('GET', path, f.people.outsider.email);
    expect(asOutsider.status).toBe(200);
    expect(JSON.stringify(asOutsider.body)).not.toContain(CANARY);
    expect(JSON.stringify(asOutsider.body)).toContain('Genindførelse af miljøledelse');

    // Running the worker again sends nothing twice.
    const again = startOutboxWorker({
      db: s.t.db,
      mailer: smtp.mailer,
      now: s.t.ctx.now,
      log: { info() {}, warn() {}, error() {} },
      loop: false,
    });
    expect(await again.runOnce()).toBe(0);
    await again.stop();
    expect(smtp.received).toHaveLength(4);
  });
});
