/** Taking the minutes of a meeting item by item: autosave, concurrent writers, finalising, effects. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem } from '../../src/app/create-item.ts';
import { decideItem } from '../../src/app/decide-item.ts';
import { finaliseItemMinutes } from '../../src/app/finalise-item-minutes.ts';
import { getAgenda } from '../../src/app/get-agenda.ts';
import { listQueue } from '../../src/app/list-queue.ts';
import { materialiseMeeting } from '../../src/app/meeting-occurrence.ts';
import { postponeRemainingItems } from '../../src/app/postpone-remaining-items.ts';
import { publishAgenda } from '../../src/app/publish-agenda.ts';
import { saveItemMinutes } from '../../src/app/save-item-minutes.ts';
import { scheduleItem } from '../../src/app/schedule-item.ts';
import { submitItem } from '../../src/app/submit-item.ts';
import type { Item } from '../../src/domain/item.ts';
import type { ItemMinutesInput } from '../../src/domain/minutes.ts';
import type { Forum } from '../../src/domain/organisation.ts';
import { listAuditEvents } from '../../src/store/audit.ts';
import { findItemMinutes } from '../../src/store/item-minutes.ts';
import { findItem, listForumItems } from '../../src/store/items.ts';
import { followUps } from '../../src/store/schema.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { charterFactory, forumFactory, memberFactory } from '../support/factories.ts';
import { failure } from '../support/failure.ts';
import { type PipelineFixture, pipelineFixture } from '../support/pipeline-fixture.ts';

let t: TestDatabase;
let f: PipelineFixture;
let other: Forum;
let june: string;
const MEETING = '2025-05-15';
const items: Record<'a' | 'b' | 'c' | 'd' | 'e', Item> = {} as never;

const para = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

async function queued(title: string, recommendations: string[]): Promise<Item> {
  const item = await createItem(t.ctx, await f.as.head(), f.org.slug, f.forum.shortName, {
    type: 'decision',
    title,
    durationMinutes: 20,
    sections: { sagsfremstilling: para(`Sagsfremstilling for ${title}.`) },
    recommendations,
  });
  await submitItem(t.ctx, await f.as.head(), f.org.slug, item.id);
  return decideItem(t.ctx, await f.as.director(), f.org.slug, item.id, { decision: 'approve' });
}

const save = async (itemId: string, version: number | null, minutes: ItemMinutesInput) =>
  saveItemMinutes(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName, MEETING, itemId, {
    version,
    minutes,
  });
const finalise = async (itemId: string) =>
  finaliseItemMinutes(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName, MEETING, itemId);
const agendaTitles = async (key: string) =>
  (await getAgenda(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName, key)).agenda.items.map(
    (i) => i.title,
  );

beforeAll(async () => {
  t = await testDatabase();
  t.setNow('2025-05-05T10:00:00+02:00');
  f = await pipelineFixture(t);
  items.a = await queued('Klimaplan 2030', [
    'at planen godkendes',
    'at budgettet drøftes',
    'at den offentliggøres',
  ]);
  items.b = await queued('Ny parkeringsstrategi', ['at strategien godkendes']);
  items.c = await queued('Rengøringsudbud', ['at udbuddet igangsættes']);
  for (const it of [items.a, items.b, items.c])
    await scheduleItem(t.ctx, await f.as.secretary(), f.org.slug, it.id, { meeting: MEETING });
  items.d = await queued('Sygefravær på skoleområdet', ['at sagen behandles i Børne- og Ungeforum']);
  items.e = await queued('Ældrepolitik', ['at politikken godkendes']);
  for (const it of [items.d, items.e])
    await scheduleItem(t.ctx, await f.as.secretary(), f.org.slug, it.id, { meeting: MEETING });
  await publishAgenda(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName, MEETING);
  june = (await materialiseMeeting(t.db, f.forum, '2025-06-05')).id;
  other = await forumFactory(t.ctx, f.org, { name: 'Børne- og Ungeforum' });
  await memberFactory(t.ctx, f.org, other, f.people.director, 'chair');
  await memberFactory(t.ctx, f.org, other, f.people.secretary, 'secretary');
  await charterFactory(t.ctx, f.org, other);
});
afterAll(() => t.close());

describe('writing the minutes of 15 May 2025', () => {
  it('autosaves a partial draft twice and keeps the item decision in step', async () => {
    const first = await save(items.a.id, null, { decision: para('Planen blev godkendt.') });
    expect(first.version).toBe(1);
    const second = await save(items.a.id, 1, {
      decision: para('Planen blev godkendt med ændringer.'),
      outcomes: [{ kind: 'approved' }],
    });
    expect(second.version).toBe(2);
    expect(second.minutes.outcomes).toEqual([{ kind: 'approved', note: '' }]);
    const item = await findItem(t.db, f.org.id, items.a.id);
    expect(item?.decision).toEqual(para('Planen blev godkendt med ændringer.'));
  });

  it('lets two writers save different items, and stops the second on the same item', async () => {
    const [b, c] = await Promise.all([
      save(items.b.id, null, { decision: para('Udsat.') }),
      save(items.c.id, null, { decision: para('Tilbage i køen.') }),
    ]);
    expect([b.version, c.version]).toEqual([1, 1]);
    await save(items.b.id, 1, { decision: para('Udsat til juni.') });
    const err = await failure(save(items.b.id, 1, { decision: para('Min egen version.') }));
    expect(err.code).toBe('conflict');
    expect(err.message).toContain('current version 2');
    const fresh = await failure(save(items.b.id, null, { decision: para('Ny.') }));
    expect(fresh.message).toContain('current version 2');
  });

  it('refuses to finalise incomplete minutes', async () => {
    await save(items.c.id, 1, { decision: { type: 'doc', content: [] } });
    const err = await failure(finalise(items.c.id));
    expect(err.code).toBe('validation_failed');
    expect(err.details.map((d) => d.path)).toEqual(['outcomes', 'decision']);
  });

  it('refuses a follow-up owned by nobody of the organisation, and carries out nothing', async () => {
    await save(items.a.id, 2, {
      outcomes: [{ kind: 'approved' }, { kind: 'approved' }, { kind: 'noted' }],
      decision: para('Planen blev godkendt.'),
      followUps: [{ title: 'Ukendt ejer', ownerPersonId: crypto.randomUUID(), due: { date: '2025-06-01' } }],
    });
    const err = await failure(finalise(items.a.id));
    expect(err.code).toBe('validation_failed');
    expect(err.details.map((d) => d.path)).toEqual(['followUps.0.ownerPersonId']);
    expect(await t.db.select().from(followUps)).toEqual([]);
    expect((await findItem(t.db, f.org.id, items.a.id))?.state).toBe('published');
  });

  it('decides an item, carries a postponed recommendation forward and registers a follow-up', async () => {
    await save(items.a.id, 3, {
      outcomes: [
        { kind: 'approved' },
        { kind: 'postponed', target: { kind: 'meeting', meetingId: june } },
        { kind: 'noted' },
      ],
      decision: para('Planen blev godkendt; budgettet drøftes i juni.'),
      followUps: [
        { title: 'Send planen i høring', ownerPersonId: f.people.head.id, due: { date: '2025-06-01' } },
      ],
    });
    const done = await finalise(items.a.id);
    expect(done.finalisedAt).not.toBeNull();
    expect((await findItem(t.db, f.org.id, items.a.id))?.state).toBe('decided');
    const juneTitles = await agendaTitles('2025-06-05');
    expect(juneTitles).toEqual([
      'CF - Godkendelse af dagsorden og referat',
      'Klimaplan 2030',
      'CF - Temaer til kommende møder og eventuelt',
    ]);
    const carried = (await listForumItems(t.db, f.forum.id, ['scheduled'])).find(
      (i) => i.originItemId === items.a.id,
    );
    expect(carried?.recommendations).toEqual(['at budgettet drøftes']);
    expect(carried?.meetingId).toBe(june);
    const rows = await t.db.select().from(followUps);
    expect(rows).toEqual([
      expect.objectContaining({
        title: 'Send planen i høring',
        ownerPersonId: f.people.head.id,
        dueDate: '2025-06-01',
        forumId: f.forum.id,
        sourceItemId: items.a.id,
      }),
    ]);
  });

  it('refuses to finalise the same minutes twice', async () => {
    const err = await failure(finalise(items.a.id));
    expect(err.code).toBe('conflict');
    expect(err.message).toContain('already finalised');
  });

  it('moves a postponed item to the next meeting with its history', async () => {
    await save(items.b.id, 2, {
      outcomes: [{ kind: 'postponed', target: { kind: 'meeting', meetingId: june } }],
      decision: para('Punktet blev udsat til mødet 5. juni.'),
    });
    await finalise(items.b.id);
    expect(await agendaTitles('2025-06-05')).toEqual([
      'CF - Godkendelse af dagsorden og referat',
      'Klimaplan 2030',
      'Ny parkeringsstrategi',
      'CF - Temaer til kommende møder og eventuelt',
    ]);
    const history = await listAuditEvents(t.db, f.org.id, { objectId: items.b.id, limit: 50 });
    const postpone = history.find((e) => e.action === 'item.postpone');
    const from = (await materialiseMeeting(t.db, f.forum, MEETING)).id;
    expect(postpone?.detail).toMatchObject({ fromMeetingId: from, toMeetingId: june, to: 'scheduled' });
    expect(history.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'item.submit',
        'item.schedule',
        'minutes.save',
        'minutes.finalise',
        'item.postpone',
      ]),
    );
  });

  it('keeps what each meeting said about a postponed item', async () => {
    // Item b was postponed to 5 June above: its minutes there start afresh, May's stay as they were.
    const mayRecord = await findItemMinutes(
      t.db,
      items.b.id,
      (await materialiseMeeting(t.db, f.forum, MEETING)).id,
    );
    expect(mayRecord?.finalisedAt).not.toBeNull();
    expect(await findItemMinutes(t.db, items.b.id, june)).toBeUndefined();
  });

  it('sends a postponed item back to the queue', async () => {
    await save(items.c.id, 2, {
      outcomes: [{ kind: 'postponed', target: { kind: 'queue' } }],
      decision: para('Punktet sendes tilbage i køen.'),
    });
    await finalise(items.c.id);
    const queue = await listQueue(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName);
    expect(queue.map((i) => i.title)).toContain('Rengøringsudbud');
    expect(queue.find((i) => i.id === items.c.id)?.meetingId).toBeNull();
  });

  it("refers an item to another forum's queue with the reason", async () => {
    await save(items.d.id, null, {
      outcomes: [{ kind: 'referred', targetForumId: other.id, reason: 'Hører under Børne- og Ungeforum.' }],
      decision: para('Punktet henvises til Børne- og Ungeforum.'),
    });
    await finalise(items.d.id);
    expect((await findItem(t.db, f.org.id, items.d.id))?.state).toBe('referred');
    const queue = await listQueue(t.ctx, await f.as.secretary(), f.org.slug, other.shortName);
    const referred = queue.find((i) => i.originItemId === items.d.id);
    expect(referred?.title).toBe('Sygefravær på skoleområdet');
    const refer = (await listAuditEvents(t.db, f.org.id, { objectId: referred?.id ?? '', limit: 5 })).find(
      (e) => e.action === 'item.refer',
    );
    expect(refer?.detail).toMatchObject({
      reason: 'Hører under Børne- og Ungeforum.',
      sourceItemId: items.d.id,
    });
  });

  it('refuses a referral to a forum outside the organisation', async () => {
    await save(items.e.id, null, {
      outcomes: [
        { kind: 'referred', targetForumId: '00000000-0000-4000-8000-000000000000', reason: 'Fejl.' },
      ],
      decision: para('Henvist.'),
    });
    const err = await failure(finalise(items.e.id));
    expect(err.details[0]?.path).toBe('targetForumId');
    expect((await findItem(t.db, f.org.id, items.e.id))?.state).toBe('published');
  });

  it('postpones the remaining items to the queue in one action', async () => {
    const result = await postponeRemainingItems(
      t.ctx,
      await f.as.secretary(),
      f.org.slug,
      f.forum.shortName,
      MEETING,
      { target: { kind: 'queue' } },
    );
    expect(result.moved).toEqual([items.e.id]);
    expect(result.standing).toHaveLength(2);
    const queue = await listQueue(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName);
    expect(queue.map((i) => i.title)).toEqual(expect.arrayContaining(['Ældrepolitik', 'Rengøringsudbud']));
    const history = await listAuditEvents(t.db, f.org.id, { objectId: items.e.id, limit: 10 });
    expect(history[0]).toMatchObject({
      action: 'item.postpone',
      detail: expect.objectContaining({ to: 'queued' }),
    });
  });

  it('lets only forum managers write minutes', async () => {
    const err = await failure(
      saveItemMinutes(t.ctx, await f.as.head(), f.org.slug, f.forum.shortName, MEETING, items.e.id, {
        version: null,
        minutes: {},
      }),
    );
    expect(err.code).toBe('forbidden');
  });
});
