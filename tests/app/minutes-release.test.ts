/**
 * The release of the minutes: draft, sent for review, published as an immutable version, corrected
 * as a new version with a change note, approved by the members or by the next meeting; and "Hvad
 * skal kommunikeres ud".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approveMinutes } from '../../src/app/approve-minutes.ts';
import { correctItemMinutes } from '../../src/app/correct-item-minutes.ts';
import { createItem } from '../../src/app/create-item.ts';
import { decideItem } from '../../src/app/decide-item.ts';
import { finaliseItemMinutes } from '../../src/app/finalise-item-minutes.ts';
import { getAgenda } from '../../src/app/get-agenda.ts';
import { getAgendaVersion } from '../../src/app/get-agenda-version.ts';
import { getMinutesApprovals } from '../../src/app/get-minutes-approvals.ts';
import { getMinutesCommunication } from '../../src/app/get-minutes-communication.ts';
import { getMinutesDraft } from '../../src/app/get-minutes-draft.ts';
import { materialiseMeeting } from '../../src/app/meeting-occurrence.ts';
import { publishAgenda } from '../../src/app/publish-agenda.ts';
import { publishMinutes } from '../../src/app/publish-minutes.ts';
import { saveItemMinutes } from '../../src/app/save-item-minutes.ts';
import { scheduleItem } from '../../src/app/schedule-item.ts';
import { sendMinutesForReview } from '../../src/app/send-minutes-for-review.ts';
import { submitItem } from '../../src/app/submit-item.ts';
import type { Item } from '../../src/domain/item.ts';
import type { ItemMinutesInput } from '../../src/domain/minutes.ts';
import { richTextToPlainText } from '../../src/domain/rich-text.ts';
import { findItemMinutes } from '../../src/store/item-minutes.ts';
import { listMeetingItems } from '../../src/store/items.ts';
import { findMeeting } from '../../src/store/meetings.ts';
import { listOutbox } from '../../src/store/outbox.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { failure } from '../support/failure.ts';
import { type PipelineFixture, pipelineFixture } from '../support/pipeline-fixture.ts';

let t: TestDatabase;
let f: PipelineFixture;
const MAY = '2025-05-15';
const JUNE = '2025-06-05';
let mayId: string;
let juneId: string;
const items: Record<'climate' | 'parking' | 'staff', Item> = {} as never;
let standing: Item[];

const para = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const plain = (doc: unknown) => (doc ? richTextToPlainText(doc as never) : null);

async function queued(title: string, recommendations: string[], closed = false): Promise<Item> {
  const item = await createItem(t.ctx, await f.as.head(), f.org.slug, f.forum.shortName, {
    type: 'decision',
    title,
    sections: { sagsfremstilling: para(`Sagsfremstilling for ${title}.`) },
    recommendations,
    closed,
    closedBasis: closed ? 'Offentlighedslovens § 21' : null,
  });
  await submitItem(t.ctx, await f.as.head(), f.org.slug, item.id);
  return decideItem(t.ctx, await f.as.director(), f.org.slug, item.id, { decision: 'approve' });
}

async function minute(meeting: string, itemId: string, minutes: ItemMinutesInput) {
  const secretary = await f.as.secretary();
  await saveItemMinutes(t.ctx, secretary, f.org.slug, f.forum.shortName, meeting, itemId, {
    version: null,
    minutes,
  });
  return finaliseItemMinutes(t.ctx, secretary, f.org.slug, f.forum.shortName, meeting, itemId);
}
const publish = async (input: unknown = {}) =>
  publishMinutes(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName, MAY, input);
const version = async (who: keyof PipelineFixture['as'], v: number) =>
  getAgendaVersion(t.ctx, await f.as[who](), f.org.slug, f.forum.shortName, mayId, v, 'minutes');
const approve = async (who: keyof PipelineFixture['as']) =>
  approveMinutes(t.ctx, await f.as[who](), f.org.slug, f.forum.shortName, MAY);
const stateOf = async (id: string) => (await findMeeting(t.db, f.forum.id, id))?.state;

beforeAll(async () => {
  t = await testDatabase();
  t.setNow('2025-05-05T10:00:00+02:00');
  f = await pipelineFixture(t);
  items.climate = await queued('Klimaplan 2030', ['at planen godkendes', 'at budgettet drøftes']);
  items.parking = await queued('Ny parkeringsstrategi', ['at strategien godkendes']);
  items.staff = await queued(
    'Personalesag i Miljø & Teknik',
    ['at orienteringen tages til efterretning'],
    true,
  );
  for (const it of Object.values(items))
    await scheduleItem(t.ctx, await f.as.secretary(), f.org.slug, it.id, { meeting: MAY });
  await publishAgenda(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName, MAY);
  mayId = (await materialiseMeeting(t.db, f.forum, MAY)).id;
  juneId = (await materialiseMeeting(t.db, f.forum, JUNE)).id;
  standing = (await listMeetingItems(t.db, mayId)).filter((i) => i.standingTitle);
  t.setNow('2025-05-15T12:30:00+02:00');
});
afterAll(() => t.close());

describe('the minutes of 15 May 2025, from draft to approval', () => {
  it('names every item without final minutes, and sends nothing for review until they are', async () => {
    const draft = await getMinutesDraft(t.ctx, await f.as.head(), f.org.slug, f.forum.shortName, MAY);
    expect(draft.problems.map((p) => p.path)).toEqual([
      'items.1',
      'items.2',
      'items.3',
      'items.4',
      'items.5',
    ]);
    const err = await failure(
      sendMinutesForReview(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName, MAY),
    );
    expect(err.code).toBe('validation_failed');
    expect(err.details?.length).toBe(5);
  });

  it("collects the draft: a postponed item keeps its place and this meeting's decision", async () => {
    const [approval, themes] = standing as [Item, Item];
    await minute(MAY, approval.id, {
      outcomes: approval.recommendations.map(() => ({ kind: 'approved' as const })),
      decision: para('Dagsordenen blev godkendt.'),
    });
    await minute(MAY, items.climate.id, {
      outcomes: [{ kind: 'approved' }, { kind: 'discussed' }],
      decision: para('Planen blev godkendt, og budgettet blev drøftet.'),
      communicate: { include: true, text: 'Klimaplan 2030 er godkendt og sendes til afdelingerne.' },
    });
    await minute(MAY, items.parking.id, {
      outcomes: [{ kind: 'postponed', target: { kind: 'meeting', meetingId: juneId } }],
      decision: para('Punktet blev udsat til Chefforum den 5. juni 2025.'),
    });
    await minute(MAY, items.staff.id, {
      outcomes: [{ kind: 'noted' }],
      decision: para('Orienteringen blev taget til efterretning.'),
      communicate: { include: true, text: 'Personalesagen er afsluttet.' },
    });
    await minute(MAY, themes.id, { outcomes: [{ kind: 'discussed' }], decision: para('Ingen temaer.') });

    const draft = await getMinutesDraft(t.ctx, await f.as.head(), f.org.slug, f.forum.shortName, MAY);
    expect(draft.problems).toEqual([]);
    const parking = draft.content.items.find((i) => i.itemId === items.parking.id);
    expect(parking).toMatchObject({ number: 3, result: 'Udsat' });
    expect(plain(parking?.decision)).toBe('Punktet blev udsat til Chefforum den 5. juni 2025.');
    expect(draft.content.items.find((i) => i.itemId === items.climate.id)?.result).toBe(
      '1: Godkendt; 2: Drøftet',
    );
    expect(draft.content.communication?.map((c) => [c.number, c.text])).toEqual([
      [2, 'Klimaplan 2030 er godkendt og sendes til afdelingerne.'],
      [4, 'Personalesagen er afsluttet.'],
    ]);
    // The item itself has moved on to June.
    const june = await getAgenda(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName, JUNE);
    expect(june.agenda.items.map((i) => i.title)).toContain('Ny parkeringsstrategi');
  });

  it('sends the draft to the members for review, which outsiders cannot read', async () => {
    const sent = await sendMinutesForReview(
      t.ctx,
      await f.as.secretary(),
      f.org.slug,
      f.forum.shortName,
      MAY,
    );
    expect(sent.state).toBe('minutes_in_review');
    const mails = await listOutbox(t.db, { orgId: f.org.id, eventKeyPrefix: `minutes-review:${mayId}` });
    expect(mails.map((m) => m.recipientPersonId).sort()).toEqual(
      [f.people.chair.id, f.people.director.id, f.people.head.id, f.people.secretary.id].sort(),
    );
    expect(mails[0]?.subject).toBe('Referat til gennemsyn: Chefforum 15. maj 2025');
    const err = await failure(
      getMinutesDraft(t.ctx, await f.as.outsider(), f.org.slug, f.forum.shortName, MAY),
    );
    expect(['forbidden', 'not_found']).toContain(err.code);
  });

  it("publishes version 1; the organisation reads it without the closed item's content", async () => {
    const v1 = await publish();
    expect(v1.version).toBe(1);
    expect(await stateOf(mayId)).toBe('minutes_published');
    expect(v1.content.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5]);
    const outsider = await version('outsider', 1);
    const staff = outsider.content.items.find((i) => i.itemId === items.staff.id);
    expect(staff).toMatchObject({ title: 'Lukket punkt', decision: null });
    expect(JSON.stringify(outsider)).not.toContain('Personalesag');
    const summary = await getMinutesCommunication(
      t.ctx,
      await f.as.outsider(),
      f.org.slug,
      f.forum.shortName,
      MAY,
    );
    expect(summary.lines.map((l) => l.number)).toEqual([2]);
    const members = await getMinutesCommunication(
      t.ctx,
      await f.as.head(),
      f.org.slug,
      f.forum.shortName,
      MAY,
    );
    expect(members.lines.map((l) => l.number)).toEqual([2, 4]);
    const mails = await listOutbox(t.db, { orgId: f.org.id, eventKeyPrefix: `minutes:${mayId}:v1` });
    expect(mails).toHaveLength(4);
  });

  it("records each member's approval with its time, once, and approves when all have", async () => {
    t.setNow('2025-05-16T08:15:00+02:00');
    expect((await approve('director')).minutesApproved).toBe(false);
    expect((await failure(approve('director'))).code).toBe('conflict');
    expect((await failure(approve('secretary'))).code).toBe('forbidden');
    await approve('head');
    const last = await approve('chair');
    expect(last.minutesApproved).toBe(true);
    expect(await stateOf(mayId)).toBe('minutes_approved');
    const approvals = await getMinutesApprovals(t.ctx, await f.as.head(), f.org.slug, f.forum.shortName, MAY);
    expect(approvals.members.map((m) => m.approvedAt)).toEqual([
      '2025-05-16T06:15:00.000Z',
      '2025-05-16T06:15:00.000Z',
      '2025-05-16T06:15:00.000Z',
    ]);
  });

  it('corrects a decision as a new version with a change note; version 1 never changes', async () => {
    const secretary = await f.as.secretary();
    const record = await findItemMinutes(t.db, items.climate.id, mayId);
    const correct = (minutes: ItemMinutesInput, note = 'Rettet efter bemærkning fra Henrik Harder') =>
      correctItemMinutes(t.ctx, secretary, f.org.slug, f.forum.shortName, MAY, items.climate.id, {
        version: record?.version,
        minutes: { ...(record?.record as ItemMinutesInput), ...minutes },
        note,
      });
    const changed = await failure(correct({ outcomes: [{ kind: 'rejected' }, { kind: 'discussed' }] }));
    expect(changed.code).toBe('validation_failed');
    expect(changed.details?.[0]?.path).toBe('minutes.outcomes');
    await correct({ decision: para('Planen blev godkendt med en tilføjelse om cykelstier.') });

    expect((await failure(publish())).details?.[0]?.path).toBe('changeNote');
    const v2 = await publish({ changeNote: 'Beslutningen under punkt 2 er præciseret.' });
    expect(v2).toMatchObject({ version: 2, changeNote: 'Beslutningen under punkt 2 er præciseret.' });
    expect(v2.changes).toEqual([
      expect.objectContaining({ kind: 'changed', number: 2, fields: ['decision'] }),
    ]);
    const v1 = await version('head', 1);
    const climate = (v: typeof v1) =>
      plain(v.content.items.find((i) => i.itemId === items.climate.id)?.decision);
    expect(climate(v1)).toBe('Planen blev godkendt, og budgettet blev drøftet.');
    expect(climate(await version('head', 2))).toBe('Planen blev godkendt med en tilføjelse om cykelstier.');
    // The corrected version is approved anew.
    expect(await stateOf(mayId)).toBe('minutes_published');
    const approvals = await getMinutesApprovals(t.ctx, await f.as.head(), f.org.slug, f.forum.shortName, MAY);
    expect(approvals).toMatchObject({ version: 2, byMeeting: null });
    expect(approvals.members.every((m) => m.approvedAt === null)).toBe(true);
    const again = await failure(publish({ changeNote: 'Intet nyt.' }));
    expect(again.code).toBe('conflict');
  });

  it('is approved by the next meeting through its standing item', async () => {
    await publishAgenda(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName, JUNE);
    const approval = (await listMeetingItems(t.db, juneId)).find((i) => i.previousMeetingId === mayId);
    expect(approval?.recommendations).toEqual([
      'at dagsorden til dette møde godkendes',
      'at referat fra mødet den 15. maj 2025 godkendes',
    ]);
    t.setNow('2025-06-05T09:10:00+02:00');
    await minute(JUNE, approval?.id ?? '', {
      outcomes: [{ kind: 'approved' }, { kind: 'approved' }],
      decision: para('Dagsorden og referat blev godkendt.'),
    });
    expect(await stateOf(mayId)).toBe('minutes_approved');
    const approvals = await getMinutesApprovals(t.ctx, await f.as.head(), f.org.slug, f.forum.shortName, MAY);
    expect(approvals.byMeeting).toEqual({ atMeetingId: juneId, approvedAt: '2025-06-05T07:10:00.000Z' });
    // Published minutes are closed to autosave: they are only corrected, as a new version.
    const err = await failure(
      saveItemMinutes(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName, MAY, items.staff.id, {
        version: 1,
        minutes: {},
      }),
    );
    expect(err.code).toBe('conflict');
  });
});
