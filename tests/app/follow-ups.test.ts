/** The follow-up register through its use cases: status, lists, closing, the agenda item, reminders. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeFollowUp, reopenFollowUpEntry } from '../../src/app/complete-follow-up.ts';
import { createItem } from '../../src/app/create-item.ts';
import { decideItem } from '../../src/app/decide-item.ts';
import { getAgenda } from '../../src/app/get-agenda.ts';
import { listForumFollowUps } from '../../src/app/list-forum-follow-ups.ts';
import { listMyFollowUps } from '../../src/app/list-my-follow-ups.ts';
import { materialiseMeeting } from '../../src/app/meeting-occurrence.ts';
import { publishAgenda } from '../../src/app/publish-agenda.ts';
import { scheduleItem } from '../../src/app/schedule-item.ts';
import { sendFollowUpReminders } from '../../src/app/send-follow-up-reminders.ts';
import { submitItem } from '../../src/app/submit-item.ts';
import type { Item } from '../../src/domain/item.ts';
import { paragraphsDoc } from '../../src/domain/rich-text.ts';
import { listAuditEvents } from '../../src/store/audit.ts';
import { type FollowUpInsert, insertFollowUp } from '../../src/store/follow-ups.ts';
import { listOutbox } from '../../src/store/outbox.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { operator } from '../support/factories.ts';
import { failure } from '../support/failure.ts';
import { type PipelineFixture, pipelineFixture } from '../support/pipeline-fixture.ts';

let t: TestDatabase;
let f: PipelineFixture;
const START = '2025-05-05T10:00:00+02:00';
beforeAll(async () => {
  t = await testDatabase();
  t.setNow(START);
  f = await pipelineFixture(t);
});
afterAll(() => t.close());

const CANARY = 'KANARIEFUGL-4410';

/** A register entry of Chefforum, as the minutes would write it. */
const followUp = (over: Partial<FollowUpInsert> & Pick<FollowUpInsert, 'title'>) =>
  insertFollowUp(t.db, { orgId: f.org.id, forumId: f.forum.id, ownerPersonId: f.people.head.id, ...over });

const meetingId = async (date: string) => (await materialiseMeeting(t.db, f.forum, date)).id;

/** An approved item in the queue, proposed by the head of department. */
async function queued(title: string, over: Record<string, unknown> = {}): Promise<Item> {
  const item = await createItem(t.ctx, await f.as.head(), f.org.slug, f.forum.shortName, {
    type: 'decision',
    title,
    durationMinutes: 30,
    sections: { sagsfremstilling: paragraphsDoc(`Sagsfremstilling for ${title}.`) },
    recommendations: [`Chefforum godkender ${title}`],
    ...over,
  });
  await submitItem(t.ctx, await f.as.head(), f.org.slug, item.id);
  return decideItem(t.ctx, await f.as.director(), f.org.slug, item.id, { decision: 'approve' });
}

const statuses = async () =>
  Object.fromEntries(
    (await listForumFollowUps(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName)).map((v) => [
      v.title,
      v.status,
    ]),
  );

describe('status over time', () => {
  it('is open until due, overdue after, done once completed', async () => {
    const may15 = await meetingId('2025-05-15');
    const byDate = await followUp({ title: 'Budgetnotat til direktionen', dueDate: '2025-05-10' });
    await followUp({ title: 'Hensigtserklæringer fra budgetaftalen', targetMeetingId: may15 });
    expect(await statuses()).toMatchObject({
      'Budgetnotat til direktionen': 'open',
      'Hensigtserklæringer fra budgetaftalen': 'open',
    });
    t.setNow('2025-05-10T16:00:00+02:00');
    expect((await statuses())['Budgetnotat til direktionen']).toBe('open');
    t.setNow('2025-05-11T08:00:00+02:00');
    expect((await statuses())['Budgetnotat til direktionen']).toBe('overdue');
    await completeFollowUp(t.ctx, await f.as.head(), f.org.slug, byDate.id, { evidence: 'Sendt 11/5' });
    t.setNow('2025-05-15T08:59:00+02:00');
    expect(await statuses()).toMatchObject({
      'Budgetnotat til direktionen': 'done',
      'Hensigtserklæringer fra budgetaftalen': 'open',
    });
    t.setNow('2025-05-15T09:00:00+02:00');
    expect((await statuses())['Hensigtserklæringer fra budgetaftalen']).toBe('overdue');
    t.setNow(START);
  });
});

describe('my follow-ups and the forum overview', () => {
  it('lists a person’s own entries and the whole forum’s, in due order', async () => {
    await followUp({
      title: 'Kommunikationsplan',
      dueDate: '2025-05-08',
      ownerPersonId: f.people.director.id,
    });
    const mine = await listMyFollowUps(t.ctx, await f.as.director(), f.org.slug);
    expect(mine.map((v) => [v.title, v.status, v.dueDate])).toEqual([
      ['Kommunikationsplan', 'open', '2025-05-08'],
    ]);
    const forum = await listForumFollowUps(t.ctx, await f.as.director(), f.org.slug, f.forum.shortName);
    expect(forum.map((v) => [v.title, v.dueDate])).toEqual([
      ['Kommunikationsplan', '2025-05-08'],
      ['Budgetnotat til direktionen', '2025-05-10'],
      ['Hensigtserklæringer fra budgetaftalen', '2025-05-15'],
    ]);
    const theirs = await listMyFollowUps(t.ctx, await f.as.head(), f.org.slug);
    expect(theirs.map((v) => v.title)).not.toContain('Kommunikationsplan');
  });

  it('refuses the forum overview to someone outside the forum, and another person’s list', async () => {
    const outsider = await f.as.outsider();
    expect((await failure(listForumFollowUps(t.ctx, outsider, f.org.slug, f.forum.shortName))).code).toBe(
      'forbidden',
    );
    expect((await failure(listMyFollowUps(t.ctx, outsider, f.org.slug, f.people.head.id))).code).toBe(
      'forbidden',
    );
  });
});

describe('completing a follow-up', () => {
  it('needs an evidence note and the owner or a manager of the forum', async () => {
    const entry = await followUp({ title: 'Tjekliste for miljøledelse', dueDate: '2025-06-01' });
    const blank = await failure(
      completeFollowUp(t.ctx, await f.as.head(), f.org.slug, entry.id, { evidence: ' ' }),
    );
    expect(blank.code).toBe('validation_failed');
    expect(blank.details.map((d) => d.path)).toEqual(['evidence']);
    for (const who of [f.as.director, f.as.outsider]) {
      const e = await failure(
        completeFollowUp(t.ctx, await who(), f.org.slug, entry.id, { evidence: 'Klaret' }),
      );
      expect(e.code).toBe('forbidden');
    }
    const done = await completeFollowUp(t.ctx, await f.as.secretary(), f.org.slug, entry.id, {
      evidence: 'Tjeklisten er lagt på intranettet',
    });
    expect([done.status, done.evidence]).toEqual(['done', 'Tjeklisten er lagt på intranettet']);
    const again = await failure(
      completeFollowUp(t.ctx, await f.as.head(), f.org.slug, entry.id, { evidence: 'x' }),
    );
    expect(again.code).toBe('conflict');
    const audit = await listAuditEvents(t.db, f.org.id, { objectId: entry.id, limit: 10 });
    expect(audit.map((a) => [a.action, a.actorPersonId])).toEqual([['followup.done', f.people.secretary.id]]);
    const reopened = await reopenFollowUpEntry(t.ctx, await f.as.head(), f.org.slug, entry.id);
    expect(reopened.status).toBe('open');
  });
});

describe('the follow-up item on the target meeting’s agenda', () => {
  it('appears once, after the opening items, listing the open follow-ups only', async () => {
    const june5 = await meetingId('2025-06-05');
    await followUp({ title: 'Status på sygefravær', targetMeetingId: june5 });
    await followUp({ title: 'Rekruttering af projektleder', targetMeetingId: june5 });
    const finished = await followUp({ title: 'Færdig opfølgning', targetMeetingId: june5 });
    await completeFollowUp(t.ctx, await f.as.head(), f.org.slug, finished.id, { evidence: 'Udført' });

    const first = await queued('Trafiksikkerhedsplan');
    await scheduleItem(t.ctx, await f.as.secretary(), f.org.slug, first.id, { meeting: '2025-06-05' });
    const live = await getAgenda(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName, '2025-06-05');
    expect(live.agenda.items.map((i) => i.title)).toEqual([
      'CF - Godkendelse af dagsorden og referat',
      'CF - Opfølgning på tidligere beslutninger',
      'Trafiksikkerhedsplan',
      'CF - Temaer til kommende møder og eventuelt',
    ]);
    const item = live.agenda.items[1];
    expect(item?.recommendations).toEqual([
      'at opfølgningen på Status på sygefravær tages til efterretning',
      'at opfølgningen på Rekruttering af projektleder tages til efterretning',
    ]);

    const second = await queued('Ny parkeringsstrategi');
    await scheduleItem(t.ctx, await f.as.secretary(), f.org.slug, second.id, { meeting: '2025-06-05' });
    const after = await getAgenda(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName, '2025-06-05');
    expect(after.agenda.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'CF - Godkendelse af dagsorden og referat'],
      [2, 'CF - Opfølgning på tidligere beslutninger'],
      [3, 'Trafiksikkerhedsplan'],
      [4, 'Ny parkeringsstrategi'],
      [5, 'CF - Temaer til kommende møder og eventuelt'],
    ]);
  });

  it('takes in follow-ups registered after it was made, until the agenda is published', async () => {
    const sept4 = await meetingId('2025-09-04');
    await followUp({ title: 'Status på budgetopfølgning', targetMeetingId: sept4 });
    const first = await queued('Kulturstrategi');
    await scheduleItem(t.ctx, await f.as.secretary(), f.org.slug, first.id, { meeting: '2025-09-04' });
    await followUp({ title: 'Evaluering af lederdøgnet', targetMeetingId: sept4 });
    const second = await queued('Digitaliseringsstrategi');
    await scheduleItem(t.ctx, await f.as.secretary(), f.org.slug, second.id, { meeting: '2025-09-04' });
    const published = await publishAgenda(
      t.ctx,
      await f.as.secretary(),
      f.org.slug,
      f.forum.shortName,
      '2025-09-04',
    );
    const items = published.content.items.filter(
      (i) => i.title === 'CF - Opfølgning på tidligere beslutninger',
    );
    expect(items.map((i) => i.recommendations)).toEqual([
      [
        'at opfølgningen på Status på budgetopfølgning tages til efterretning',
        'at opfølgningen på Evaluering af lederdøgnet tages til efterretning',
      ],
    ]);
  });

  it('is not added to a meeting without follow-ups', async () => {
    const item = await queued('Arbejdsmiljøredegørelse');
    await scheduleItem(t.ctx, await f.as.secretary(), f.org.slug, item.id, { meeting: '2025-06-19' });
    const live = await getAgenda(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName, '2025-06-19');
    expect(live.agenda.items.map((i) => i.title)).not.toContain('CF - Opfølgning på tidligere beslutninger');
  });
});

describe('reminders', () => {
  it('mails the owner of what is due or overdue once a day, never naming a closed source item', async () => {
    const open = await queued('Ny affaldsordning');
    const closed = await queued(`Personalesag ${CANARY}`, {
      closed: true,
      closedBasis: 'Offentlighedslovens § 21',
    });
    t.setNow('2025-07-01T07:00:00+02:00');
    const fromOpen = await followUp({
      title: 'Høringssvar til borgerne',
      dueDate: '2025-07-01',
      sourceItemId: open.id,
    });
    const fromClosed = await followUp({
      title: 'Opfølgende samtale',
      dueDate: '2025-06-20',
      sourceItemId: closed.id,
      ownerPersonId: f.people.director.id,
    });
    const later = await followUp({ title: 'Evaluering', dueDate: '2025-08-01' });

    const { queued: n } = await sendFollowUpReminders(t.ctx, operator());
    expect(n).toBeGreaterThanOrEqual(2);
    const mails = await listOutbox(t.db, { eventKeyPrefix: 'followup:' });
    const about = (id: string) => mails.filter((m) => m.eventKey.startsWith(`followup:${id}:`));
    expect(about(later.id)).toEqual([]);
    const [dueToday] = about(fromOpen.id);
    expect(dueToday?.recipientPersonId).toBe(f.people.head.id);
    expect(dueToday?.subject).toBe('Påmindelse om opfølgning: Høringssvar til borgerne – Chefforum');
    expect(dueToday?.bodyText).toContain('skal være udført i dag, 1. juli 2025');
    expect(dueToday?.bodyText).toContain('Ny affaldsordning');
    const [overdue] = about(fromClosed.id);
    expect(overdue?.recipientPersonId).toBe(f.people.director.id);
    expect(overdue?.subject).toBe('Overskredet opfølgning: Opfølgende samtale – Chefforum');
    for (const m of mails) expect(`${m.subject}\n${m.bodyText}`).not.toContain(CANARY);

    expect((await sendFollowUpReminders(t.ctx, operator())).queued).toBe(0);
    t.setNow('2025-07-02T07:00:00+02:00');
    await sendFollowUpReminders(t.ctx, operator());
    expect(
      (await listOutbox(t.db, { eventKeyPrefix: `followup:${fromOpen.id}:` })).map((m) => m.eventKey),
    ).toEqual([`followup:${fromOpen.id}:2025-07-01`, `followup:${fromOpen.id}:2025-07-02`]);
    t.setNow(START);
  });

  it('is for the operator only', async () => {
    expect((await failure(sendFollowUpReminders(t.ctx, await f.as.chair()))).code).toBe('forbidden');
  });
});
