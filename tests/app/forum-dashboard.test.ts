/** The forum dashboard on a known fixture: lead times, approval latency, deadline misses, follow-ups. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeFollowUp } from '../../src/app/complete-follow-up.ts';
import { createItem } from '../../src/app/create-item.ts';
import { decideItem } from '../../src/app/decide-item.ts';
import { finaliseItemMinutes } from '../../src/app/finalise-item-minutes.ts';
import { getForumDashboard } from '../../src/app/get-forum-dashboard.ts';
import { publishAgenda } from '../../src/app/publish-agenda.ts';
import { saveItemMinutes } from '../../src/app/save-item-minutes.ts';
import { scheduleItem } from '../../src/app/schedule-item.ts';
import { submitItem } from '../../src/app/submit-item.ts';
import { insertFollowUp } from '../../src/store/follow-ups.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { operator } from '../support/factories.ts';
import { failure } from '../support/failure.ts';
import { type PipelineFixture, pipelineFixture } from '../support/pipeline-fixture.ts';

let t: TestDatabase;
let f: PipelineFixture;
const MEETING = '2025-05-15';
const MINUTES = {
  outcomes: [{ kind: 'noted' }],
  decision: {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Taget til efterretning.' }] }],
  },
};

/** Submitted by the head at `at`, approved by the director at `approvedAt`, put on the 15 May meeting. */
async function item(title: string, at: string, approvedAt: string) {
  t.setNow(at);
  const head = await f.as.head();
  const created = await createItem(t.ctx, head, f.org.slug, f.forum.shortName, {
    type: 'information',
    title,
    sections: {
      sagsfremstilling: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: title }] }],
      },
    },
    meeting: MEETING,
  });
  await submitItem(t.ctx, head, f.org.slug, created.id);
  t.setNow(approvedAt);
  await decideItem(t.ctx, await f.as.director(), f.org.slug, created.id, { decision: 'approve' });
  await scheduleItem(t.ctx, await f.as.secretary(), f.org.slug, created.id, { meeting: MEETING });
  return created.id;
}

beforeAll(async () => {
  t = await testDatabase();
  t.setNow('2025-05-01T09:00:00+02:00');
  // Items by Thursday 12:00 the week before (8 May for 15 May); minutes 3 days after the meeting, 16:00.
  f = await pipelineFixture(t, {
    deadlines: {
      submission: { kind: 'weekday_in_week_before', weekday: 4, time: '12:00' },
      publication: { kind: 'weekday_in_week_before', weekday: 5 },
      minutes: { kind: 'days_after', days: 3, time: '16:00' },
    },
  });
  const onTime = await item('Budgetopfølgning', '2025-05-05T10:00:00+02:00', '2025-05-07T10:00:00+02:00');
  const late = await item('Sen sag', '2025-05-09T10:00:00+02:00', '2025-05-10T10:00:00+02:00');
  const secretary = await f.as.secretary();
  await publishAgenda(t.ctx, secretary, f.org.slug, f.forum.shortName, MEETING);
  t.setNow('2025-05-15T12:00:00+02:00');
  for (const id of [onTime, late]) {
    await saveItemMinutes(t.ctx, secretary, f.org.slug, f.forum.shortName, MEETING, id, {
      version: null,
      minutes: MINUTES,
    });
    await finaliseItemMinutes(t.ctx, secretary, f.org.slug, f.forum.shortName, MEETING, id);
  }
  const due = (title: string, dueDate: string) =>
    insertFollowUp(t.db, {
      orgId: f.org.id,
      forumId: f.forum.id,
      ownerPersonId: f.people.head.id,
      title,
      dueDate,
    });
  const done = await due('Notat sendt', '2025-05-10');
  await due('Overskredet', '2025-05-12');
  await due('Senere', '2025-06-10');
  await due('Uden for perioden', '2025-08-01');
  await completeFollowUp(t.ctx, operator(), f.org.slug, done.id, { evidence: 'Sendt' });
  // The minutes are not out by 18 May 16:00: on 20 May they are late.
  t.setNow('2025-05-20T10:00:00+02:00');
});
afterAll(() => t.close());

const dashboard = async (from = '2025-05-01', to = '2025-06-30') =>
  getForumDashboard(t.ctx, await f.as.head(), f.org.slug, f.forum.shortName, { from, to });

describe('the forum dashboard', () => {
  it('gives lead times from submission to decision, median and 90th percentile', async () => {
    const d = await dashboard();
    // 5 May 10:00 → 15 May 12:00 = 10.1 days; 9 May 10:00 → 15 May 12:00 = 6.1 days.
    expect(d.leadTime.items.map((i) => [i.title, i.days])).toEqual([
      ['Budgetopfølgning', 10.1],
      ['Sen sag', 6.1],
    ]);
    expect(d.leadTime).toMatchObject({ count: 2, medianDays: 8.1, p90Days: 9.7 });
  });

  it("gives the approver's latency per submission", async () => {
    const d = await dashboard();
    // 5 May 10:00 → 7 May 10:00 = 2 days; 9 May 10:00 → 10 May 10:00 = 1 day.
    expect(d.approvalLatency).toMatchObject({ count: 2, medianDays: 1.5, p90Days: 1.9 });
  });

  it('names the item submitted after the deadline of its meeting, and the late minutes', async () => {
    const d = await dashboard();
    expect(d.deadlineMisses.lateItems.map((i) => i.title)).toEqual(['Sen sag']);
    expect(d.deadlineMisses.lateMinutes.map((m) => m.start.slice(0, 10))).toEqual([MEETING]);
    expect(d.deadlineMisses.lateMinutes[0]?.publishedAt).toBeNull();
  });

  it('counts follow-ups due in the period: share done and overdue', async () => {
    expect((await dashboard()).followUps).toEqual({ total: 3, done: 1, share: 0.33, overdue: 1 });
  });

  it('is empty for a period without decisions, and only for the forum’s members', async () => {
    const d = await dashboard('2025-01-01', '2025-03-31');
    expect(d.leadTime).toMatchObject({ count: 0, medianDays: null, p90Days: null });
    const outsider = await failure(
      getForumDashboard(t.ctx, await f.as.outsider(), f.org.slug, f.forum.shortName, {
        from: '2025-05-01',
        to: '2025-06-30',
      }),
    );
    expect(outsider.code).toBe('forbidden');
    expect((await failure(dashboard('2025-06-01', '2025-05-01'))).details[0]?.path).toBe('to');
  });
});
