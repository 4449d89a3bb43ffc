/**
 * A case's journey between forums, built through the use cases on the Chefforum pipeline fixture
 * plus a directors' forum (DIF: the chair, the director, the secretary; the department head is
 * not in it). Two steps, so a test can look in between:
 * 1. `referToDif`: Chefforum's item (a) on 15 May 2025 is referred to DIF with a reason;
 * 2. `decideInDif`: DIF decides the referred item (b) on 5 June, approving one recommendation
 *    and referring the other back to Chefforum (c, on the agenda of 19 June); a closed DIF item of
 *    the same case (d) stands on DIF's agenda of 19 June.
 */
import type { CaseView } from '../../src/app/case-view.ts';
import { createCase } from '../../src/app/create-case.ts';
import { createItem } from '../../src/app/create-item.ts';
import { decideItem } from '../../src/app/decide-item.ts';
import { finaliseItemMinutes } from '../../src/app/finalise-item-minutes.ts';
import { listQueue } from '../../src/app/list-queue.ts';
import { publishAgenda } from '../../src/app/publish-agenda.ts';
import { saveItemMinutes } from '../../src/app/save-item-minutes.ts';
import { scheduleItem } from '../../src/app/schedule-item.ts';
import { submitItem } from '../../src/app/submit-item.ts';
import type { Item } from '../../src/domain/item.ts';
import type { ItemMinutesInput } from '../../src/domain/minutes.ts';
import type { Forum } from '../../src/domain/organisation.ts';
import { findItem } from '../../src/store/items.ts';
import type { TestDatabase } from './db.ts';
import { charterFactory, forumFactory, memberFactory } from './factories.ts';
import { type PipelineFixture, pipelineFixture } from './pipeline-fixture.ts';

export const REASON_TO_DIF = 'Certificeringen kræver direktionens beslutning.';
export const REASON_BACK = 'Implementeringen planlægges i Chefforum.';
export const CLOSED_TITLE = 'Personalesag i Miljø & Teknik';
export const CF_DECISION = 'Chefforum anbefaler DIF at tiltræde en reel miljøcertificering.';
export const DIF_DECISION = 'DIF tiltrådte, at der gennemføres en reel miljøcertificering.';
/** The installation's public URL: OParl ids need a host name for the schema's `url` format. */
export const PUBLIC_URL = 'https://fora.albertslund.dk/';

export interface CaseJourney {
  t: TestDatabase;
  f: PipelineFixture;
  /** Chefforum (the fixture's forum; its short name is random). */
  cf: Forum;
  dif: Forum;
  kase: CaseView;
  /** a: Chefforum's item, referred to DIF; b: DIF's item made by the referral; c: Chefforum's item
   *  made by DIF's referral back; d: a closed DIF item of the same case. b, c, d after step 2. */
  items: Record<'a' | 'b' | 'c' | 'd', Item>;
}

const para = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

export const journeySteps = (j: Pick<CaseJourney, 't' | 'f'>) => {
  const { t, f } = j;
  return {
    schedule: async (itemId: string, date: string) =>
      scheduleItem(t.ctx, await f.as.secretary(), f.org.slug, itemId, { meeting: date }),
    publish: async (forum: Forum, date: string) =>
      publishAgenda(t.ctx, await f.as.secretary(), f.org.slug, forum.shortName, date),
    queueOf: async (forum: Forum) => listQueue(t.ctx, await f.as.secretary(), f.org.slug, forum.shortName),
    minutes: async (forum: Forum, date: string, itemId: string, m: ItemMinutesInput) => {
      const secretary = await f.as.secretary();
      const input = { version: null, minutes: m };
      await saveItemMinutes(t.ctx, secretary, f.org.slug, forum.shortName, date, itemId, input);
      await finaliseItemMinutes(t.ctx, secretary, f.org.slug, forum.shortName, date, itemId);
    },
  };
};

/** Step 1: the case is created and Chefforum refers it to DIF on 15 May 2025. */
export async function referToDif(t: TestDatabase): Promise<CaseJourney> {
  t.ctx.settings.publicUrl = PUBLIC_URL;
  t.setNow('2025-05-05T10:00:00+02:00');
  const f = await pipelineFixture(t);
  const dif = await forumFactory(t.ctx, f.org, { shortName: 'DIF', name: 'Direktionsforum' });
  await memberFactory(t.ctx, f.org, dif, f.people.chair, 'chair');
  await memberFactory(t.ctx, f.org, dif, f.people.director, 'member');
  await memberFactory(t.ctx, f.org, dif, f.people.secretary, 'secretary');
  await charterFactory(t.ctx, f.org, dif);
  const kase = await createCase(t.ctx, await f.as.head(), f.org.slug, {
    title: 'Genindførelse af miljøledelse',
    caseNumber: '09.00.00-G01-27-23',
  });
  const step = journeySteps({ t, f });
  const head = await f.as.head();
  const a = await createItem(t.ctx, head, f.org.slug, f.forum.shortName, {
    type: 'decision',
    title: 'Genindførelse af miljøledelse',
    sections: { sagsfremstilling: para('Miljø & Teknik anbefaler en reel miljøcertificering.') },
    recommendations: ['at der gennemføres en miljøcertificering', 'at Chefforum planlægger implementeringen'],
    caseId: kase.id,
  });
  await submitItem(t.ctx, head, f.org.slug, a.id);
  await decideItem(t.ctx, await f.as.director(), f.org.slug, a.id, { decision: 'approve' });
  await step.schedule(a.id, '2025-05-15');
  await step.publish(f.forum, '2025-05-15');
  t.setNow('2025-05-15T12:00:00+02:00');
  const referred = { kind: 'referred' as const, targetForumId: dif.id, reason: REASON_TO_DIF };
  await step.minutes(f.forum, '2025-05-15', a.id, {
    outcomes: [referred, referred],
    decision: para(CF_DECISION),
  });
  const items = { a: (await findItem(t.db, f.org.id, a.id)) as Item } as CaseJourney['items'];
  return { t, f, cf: f.forum, dif, kase, items };
}

/** Step 2: DIF decides on 5 June and refers the implementation back to Chefforum (19 June). */
export async function decideInDif(j: CaseJourney): Promise<void> {
  const { t, f, dif, kase, items } = j;
  const step = journeySteps(j);
  const b = (await step.queueOf(dif)).find((i) => i.originItemId === items.a.id);
  if (!b) throw new Error('case journey: the referral is not in DIF’s queue');
  items.b = b;
  t.setNow('2025-05-20T10:00:00+02:00');
  const director = await f.as.director();
  const d = await createItem(t.ctx, director, f.org.slug, dif.shortName, {
    type: 'information',
    title: CLOSED_TITLE,
    closed: true,
    closedBasis: 'Offentlighedslovens § 21',
    caseId: kase.id,
  });
  await submitItem(t.ctx, director, f.org.slug, d.id);
  items.d = await decideItem(t.ctx, await f.as.chair(), f.org.slug, d.id, { decision: 'approve' });
  await step.schedule(b.id, '2025-06-05');
  await step.schedule(d.id, '2025-06-19');
  await step.publish(dif, '2025-06-05');
  await step.publish(dif, '2025-06-19');
  t.setNow('2025-06-05T12:00:00+02:00');
  await step.minutes(dif, '2025-06-05', b.id, {
    outcomes: [{ kind: 'approved' }, { kind: 'referred', targetForumId: j.cf.id, reason: REASON_BACK }],
    decision: para(DIF_DECISION),
  });
  const c = (await step.queueOf(j.cf)).find((i) => i.originItemId === b.id);
  if (!c) throw new Error('case journey: the referral back is not in Chefforum’s queue');
  items.c = c;
  t.setNow('2025-06-06T10:00:00+02:00');
  await step.schedule(c.id, '2025-06-19');
  await step.publish(j.cf, '2025-06-19');
  for (const key of ['b', 'c', 'd'] as const)
    items[key] = (await findItem(t.db, f.org.id, items[key].id)) ?? items[key];
}
