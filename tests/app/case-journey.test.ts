/**
 * A case's journey between forums: Chefforum refers it to the directors' forum (DIF) with a reason;
 * DIF decides it and refers the implementation back; the deciding forum; the timeline lists every
 * visit in order with outcomes and roles, and a closed DIF item stays hidden from a Chefforum
 * member outside DIF. The scenario is tests/support/case-journey.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../src/app/create-case.ts';
import { getCaseOParl } from '../../src/app/get-case-oparl.ts';
import { getCaseTimeline } from '../../src/app/get-case-timeline.ts';
import { getItem } from '../../src/app/get-item.ts';
import { postponeRemainingItems } from '../../src/app/postpone-remaining-items.ts';
import { updateCase } from '../../src/app/update-case.ts';
import { listAuditEvents } from '../../src/store/audit.ts';
import {
  type CaseJourney,
  CF_DECISION,
  CLOSED_TITLE,
  DIF_DECISION,
  decideInDif,
  journeySteps,
  REASON_BACK,
  REASON_TO_DIF,
  referToDif,
} from '../support/case-journey.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { forumFactory, operator, orgFactory } from '../support/factories.ts';
import { failure } from '../support/failure.ts';

let t: TestDatabase;
let j: CaseJourney;
beforeAll(async () => {
  t = await testDatabase();
  j = await referToDif(t);
});
afterAll(() => t.close());

const timelineAs = async (who: 'chair' | 'head') =>
  getCaseTimeline(t.ctx, await j.f.as[who](), j.f.org.slug, j.kase.id);

describe('a case referred from Chefforum to DIF', () => {
  it("puts the referral in DIF's queue, citing Chefforum's decision", async () => {
    const { cf, dif, items, f } = j;
    const b = (await journeySteps(j).queueOf(dif)).find((i) => i.originItemId === items.a.id);
    expect(b).toMatchObject({ caseId: j.kase.id, citedItemIds: [items.a.id], state: 'queued' });
    const read = await getItem(t.ctx, await f.as.director(), f.org.slug, b?.id ?? '');
    expect(read.citations).toEqual([
      {
        itemId: items.a.id,
        forum: { id: cf.id, shortName: cf.shortName },
        meetingId: items.a.meetingId,
        meetingStart: '2025-05-15T09:00:00+02:00',
        lead: `${cf.shortName} har på sit møde den 15. maj 2025`,
        decisionText: CF_DECISION,
      },
    ]);
  });

  it('is decided in DIF and referred back to Chefforum, citing DIF’s decision', async () => {
    await decideInDif(j);
    expect(j.items.c).toMatchObject({
      caseId: j.kase.id,
      forumId: j.cf.id,
      recommendations: ['at Chefforum planlægger implementeringen'],
      citedItemIds: [j.items.b.id],
    });
    const read = await getItem(t.ctx, await j.f.as.head(), j.f.org.slug, j.items.c.id);
    expect(read.citations.map((x) => [x.lead, x.decisionText])).toEqual([
      ['DIF har på sit møde den 5. juni 2025', DIF_DECISION],
    ]);
  });
});

describe('the deciding forum', () => {
  it('falls back to the forum of the first visit until one is set', async () => {
    const timeline = await timelineAs('head');
    expect(timeline.decidingForum).toEqual({ id: j.cf.id, shortName: j.cf.shortName, source: 'first_visit' });
    expect(timeline.visits.map((v) => v.role)).toEqual(['deciding', 'consulted', 'deciding']);
  });

  it('is set by the secretariat to a forum of the organisation, audited; staff may not', async () => {
    const { f, kase, dif } = j;
    const staff = await failure(
      updateCase(t.ctx, await f.as.outsider(), f.org.slug, kase.id, { title: 'X' }),
    );
    expect(staff.code).toBe('forbidden');
    const other = await forumFactory(t.ctx, await orgFactory(t.ctx), { name: 'Andet forum' });
    for (const decidingForumId of [other.id, '00000000-0000-4000-8000-000000000000']) {
      const err = await failure(
        updateCase(t.ctx, await f.as.secretary(), f.org.slug, kase.id, { decidingForumId }),
      );
      expect(err.details).toEqual([
        { path: 'decidingForumId', problem: 'no such forum in this organisation' },
      ]);
    }
    const updated = await updateCase(t.ctx, await f.as.secretary(), f.org.slug, kase.id, {
      decidingForumId: dif.id,
    });
    expect(updated).toMatchObject({ decidingForumId: dif.id, title: kase.title });
    const [event] = await listAuditEvents(t.db, f.org.id, { objectId: kase.id, limit: 1 });
    expect(event).toMatchObject({
      action: 'case.update',
      detail: { fields: ['decidingForumId'], to: { decidingForumId: dif.id } },
    });
  });

  it('can be given when the case is created', async () => {
    const { f, dif } = j;
    const created = await createCase(t.ctx, operator(), f.org.slug, {
      title: 'Ny klimastrategi',
      decidingForumId: dif.id,
    });
    expect(created.decidingForumId).toBe(dif.id);
    const err = await failure(
      createCase(t.ctx, operator(), f.org.slug, { title: 'Forkert', decidingForumId: f.org.id }),
    );
    expect(err.details.map((d) => d.path)).toEqual(['decidingForumId']);
  });
});

describe('the timeline', () => {
  it('lists every visit in order with outcome, role, result and the referrals with their reasons', async () => {
    const { cf, dif, items } = j;
    const timeline = await timelineAs('chair');
    expect(timeline.decidingForum).toEqual({ id: dif.id, shortName: 'DIF', source: 'case' });
    const rows = timeline.visits.map((v) => [
      v.forum.shortName,
      v.meeting.start,
      v.item.id,
      v.outcome,
      v.role,
      v.result,
    ]);
    expect(rows).toEqual([
      [cf.shortName, '2025-05-15T09:00:00+02:00', items.a.id, 'referred', 'consulted', 'Henvist'],
      ['DIF', '2025-06-05T09:00:00+02:00', items.b.id, 'decided', 'deciding', '1: Godkendt; 2: Henvist'],
      ['DIF', '2025-06-19T09:00:00+02:00', items.d.id, 'pending', 'deciding', null],
      [cf.shortName, '2025-06-19T09:00:00+02:00', items.c.id, 'pending', 'consulted', null],
    ]);
    const [toDif, back] = timeline.visits;
    expect(toDif?.referral).toEqual({
      from: { id: cf.id, shortName: cf.shortName },
      to: { id: dif.id, shortName: 'DIF' },
      itemId: items.b.id,
      reason: REASON_TO_DIF,
    });
    expect(back?.referral).toMatchObject({
      to: { shortName: cf.shortName },
      itemId: items.c.id,
      reason: REASON_BACK,
    });
    // The standing item "Godkendelse af dagsorden og referat" is number 1 on Chefforum's agendas.
    expect(timeline.visits.map((v) => v.item.number)).toEqual([2, 1, 1, 2]);
  });

  it('leaves out a closed DIF item for a Chefforum member outside DIF, title and all', async () => {
    const { items } = j;
    const timeline = await timelineAs('head');
    expect(timeline.visits.map((v) => v.item.id)).toEqual([items.a.id, items.b.id, items.c.id]);
    const text = JSON.stringify(timeline);
    expect(text).not.toContain(CLOSED_TITLE);
    expect(text).not.toContain(items.d.id);
    const oparl = JSON.stringify(await getCaseOParl(t.ctx, await j.f.as.head(), j.f.org.slug, j.kase.id));
    expect(oparl).not.toContain(items.d.id);
  });

  it('keeps the visit at the meeting an item was postponed from; the next meeting is a visit of its own', async () => {
    const { f, cf, items } = j;
    const step = journeySteps(j);
    t.setNow('2025-06-19T12:00:00+02:00');
    await postponeRemainingItems(t.ctx, await f.as.secretary(), f.org.slug, cf.shortName, '2025-06-19', {
      target: { kind: 'queue' },
    });
    t.setNow('2025-06-20T10:00:00+02:00');
    await step.schedule(items.c.id, '2025-07-03');
    await step.publish(cf, '2025-07-03');
    const timeline = await timelineAs('head');
    expect(
      timeline.visits.filter((v) => v.item.id === items.c.id).map((v) => [v.meeting.start, v.outcome]),
    ).toEqual([
      ['2025-06-19T09:00:00+02:00', 'postponed'],
      ['2025-07-03T09:00:00+02:00', 'pending'],
    ]);
    const { paper } = await getCaseOParl(t.ctx, await f.as.head(), f.org.slug, j.kase.id);
    const ids = paper.consultation.map((c) => c.id);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
  });
});
