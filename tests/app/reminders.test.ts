/**
 * Reminders before the submission and approval deadlines: to those with something outstanding,
 * once per deadline however often the job runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMeeting } from '../../src/app/add-meeting.ts';
import { sendDeadlineReminders } from '../../src/app/send-deadline-reminders.ts';
import type { ForaError } from '../../src/domain/errors.ts';
import type { Forum, Organisation, Person } from '../../src/domain/organisation.ts';
import { listAuditEvents } from '../../src/store/audit.ts';
import { insertItem } from '../../src/store/items.ts';
import { listOutbox } from '../../src/store/outbox.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import {
  callerFor,
  charterFactory,
  forumFactory,
  memberFactory,
  operator,
  orgFactory,
  personFactory,
} from '../support/factories.ts';

let t: TestDatabase;
let org: Organisation;
beforeAll(async () => {
  t = await testDatabase();
  org = await orgFactory(t.ctx);
});
afterAll(() => t.close());

/**
 * Chefforum: 1st and 3rd Thursday 09:00. For the meeting on Thursday 15 May 2025, items are due
 * Thursday 8 May 12:00 and approvals Friday 9 May 10:00.
 */
async function chefforum(): Promise<Forum> {
  const forum = await forumFactory(t.ctx, org, { name: 'Chefforum' });
  await charterFactory(t.ctx, org, forum, {
    deadlines: {
      submission: { kind: 'weekday_in_week_before', weekday: 4, time: '12:00' },
      approval: { kind: 'weekday_in_week_before', weekday: 5, time: '10:00' },
      publication: { kind: 'weekday_in_week_before', weekday: 5 },
    },
  });
  return forum;
}

async function member(forum: Forum, name: string): Promise<Person> {
  const person = await personFactory(t.ctx, org, { name });
  await memberFactory(t.ctx, org, forum, person);
  return person;
}

const item = (
  forum: Forum,
  submitter: Person,
  title: string,
  over: Partial<Parameters<typeof insertItem>[1]> = {},
) =>
  insertItem(t.db, {
    orgId: org.id,
    forumId: forum.id,
    type: 'decision',
    title,
    state: 'draft',
    submitterPersonId: submitter.id,
    ...over,
  });

const remind = () => sendDeadlineReminders(t.ctx, operator(), {});
const mailsOf = (forum: Forum, kind: 'submission' | 'approval') =>
  listOutbox(t.db, { eventKeyPrefix: `reminder:${kind}:${forum.id}:` });

describe('before the submission deadline', () => {
  it('reminds each member with items not yet submitted, once', async () => {
    const forum = await chefforum();
    const drafting = await member(forum, 'Søren Ærø');
    const idle = await member(forum, 'Camilla Holm');
    const later = await member(forum, 'Henrik Harder');
    const waiting = await member(forum, 'Lise Ørum');
    await item(forum, drafting, 'Sygefravær i ældreplejen');
    await item(forum, drafting, 'Afskedigelse af navngiven medarbejder', { closed: true });
    await item(forum, drafting, 'Ny indkøbspolitik', { state: 'returned' });
    const june = await addMeeting(t.ctx, operator(), org.slug, forum.shortName, {
      start: '2025-06-24T09:00',
    });
    await item(forum, later, 'Årshjul 2026', { wishedMeetingId: june.meetingId });
    await item(forum, waiting, 'Budget 2026', { state: 'submitted', submittedAt: new Date() });

    t.setNow('2025-05-07T14:00:00+02:00'); // the deadline is tomorrow 12:00
    expect(await remind()).toEqual({ queued: 1 });
    const mails = await mailsOf(forum, 'submission');
    expect(mails.map((m) => m.recipientEmail)).toEqual([drafting.email]);
    const [mail] = mails;
    expect(mail?.subject).toBe(
      'Påmindelse: frist for punkter til Chefforum torsdag d. 8. maj 2025 kl. 12.00',
    );
    expect(mail?.bodyText).toContain(
      'Fristen for at indsende punkter til mødet i Chefforum torsdag d. 15. maj 2025 kl. 09.00',
    );
    expect(mail?.bodyText).toContain(
      'Du har 3 punkter, som endnu ikke er indsendt:\n- Sygefravær i ældreplejen\n- Lukket punkt\n- Ny indkøbspolitik',
    );
    expect(mail?.bodyText).not.toContain('Afskedigelse');
    // The link opens the forum in the web app.
    expect(mail?.bodyText).toContain(`http://localhost:3000/fora/${forum.shortName}\n`);
    for (const p of [idle, later, waiting])
      expect(await listOutbox(t.db, { recipientPersonId: p.id })).toEqual([]);

    // The job runs again (every hour, say): nothing new is queued, nothing new is audited.
    t.setNow('2025-05-07T15:00:00+02:00');
    expect(await remind()).toEqual({ queued: 0 });
    expect(await mailsOf(forum, 'submission')).toHaveLength(1);
    const audits = await listAuditEvents(t.db, org.id, { objectId: forum.id, limit: 10 });
    expect(audits.filter((a) => a.action === 'reminder.queue').map((a) => a.detail)).toEqual([
      {
        kind: 'submission',
        meetingStart: '2025-05-15T09:00:00+02:00',
        deadline: '2025-05-08T12:00:00+02:00',
        queued: 1,
      },
    ]);
  });

  it('sends nothing while the deadline is more than a day away, or once it has passed', async () => {
    const forum = await chefforum();
    await item(forum, await member(forum, 'Søren Ærø'), 'Sygefravær i ældreplejen');
    t.setNow('2025-05-07T11:59:00+02:00');
    await remind();
    t.setNow('2025-05-08T12:01:00+02:00');
    await remind();
    expect(await mailsOf(forum, 'submission')).toEqual([]);
  });
});

describe('before the approval deadline', () => {
  it('reminds the approver of a submitted item, naming the submitter', async () => {
    const forum = await chefforum();
    const submitter = await member(forum, 'Søren Ærø');
    const approver = await personFactory(t.ctx, org, { name: 'Henrik Harder', title: 'Direktør' });
    const other = await personFactory(t.ctx, org, { name: 'Anne Bøgh', title: 'Direktør' });
    await item(forum, submitter, 'Ny indkøbspolitik', {
      state: 'submitted',
      approverPersonId: approver.id,
      submittedAt: new Date(),
    });
    await item(forum, submitter, 'Årshjul 2026', { state: 'draft', approverPersonId: other.id });

    t.setNow('2025-05-08T13:00:00+02:00'); // submission closed at 12:00; approval due tomorrow 10:00
    expect(await remind()).toEqual({ queued: 1 });
    const mails = await mailsOf(forum, 'approval');
    expect(mails.map((m) => m.recipientPersonId)).toEqual([approver.id]);
    expect(mails[0]?.subject).toBe('Påmindelse: 1 punkt til godkendelse – Chefforum');
    expect(mails[0]?.bodyText).toContain('Fristen for godkendelse er fredag d. 9. maj 2025 kl. 10.00.');
    expect(mails[0]?.bodyText).toContain('- Ny indkøbspolitik (indsendt af Søren Ærø)');
    expect(await mailsOf(forum, 'submission')).toEqual([]);

    expect(await remind()).toEqual({ queued: 0 });
  });
});

describe('who may send reminders', () => {
  it('refuses a person, even an administrator, and queues nothing', async () => {
    const forum = await chefforum();
    const admin = await personFactory(t.ctx, org, { role: 'admin' });
    await item(forum, admin, 'Sygefravær i ældreplejen');
    t.setNow('2025-05-07T14:00:00+02:00');
    const err = await sendDeadlineReminders(t.ctx, await callerFor(t.ctx, admin), {}).catch(
      (e: ForaError) => e,
    );
    expect(err).toMatchObject({ code: 'forbidden' });
    expect(await mailsOf(forum, 'submission')).toEqual([]);
  });

  it('refuses a window that is not a positive number of hours', async () => {
    const err = await sendDeadlineReminders(t.ctx, operator(), { withinHours: -1 }).catch(
      (e: ForaError) => e,
    );
    expect(err).toMatchObject({ code: 'validation_failed', details: [{ path: 'withinHours' }] });
  });
});
