/**
 * Two secretaries taking the minutes of one meeting at the same time. Both calls start before
 * either is awaited; on PostgreSQL they run on separate pooled connections, on PGlite they
 * interleave on one. Each race is run many times so that a lost update would show.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/app/context.ts';
import { createItem } from '../../src/app/create-item.ts';
import { decideItem } from '../../src/app/decide-item.ts';
import { finaliseItemMinutes } from '../../src/app/finalise-item-minutes.ts';
import { getItem } from '../../src/app/get-item.ts';
import { listForumFollowUps } from '../../src/app/list-forum-follow-ups.ts';
import { listQueue } from '../../src/app/list-queue.ts';
import { materialiseMeeting } from '../../src/app/meeting-occurrence.ts';
import { publishAgenda } from '../../src/app/publish-agenda.ts';
import { type SavedItemMinutes, saveItemMinutes, storedMinutes } from '../../src/app/save-item-minutes.ts';
import { scheduleItem } from '../../src/app/schedule-item.ts';
import { submitItem } from '../../src/app/submit-item.ts';
import { ForaError } from '../../src/domain/errors.ts';
import type { Item } from '../../src/domain/item.ts';
import type { ItemMinutesInput } from '../../src/domain/minutes.ts';
import { paragraphsDoc } from '../../src/domain/rich-text.ts';
import { listAuditEvents } from '../../src/store/audit.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { callerFor, memberFactory, personFactory } from '../support/factories.ts';
import { type PipelineFixture, pipelineFixture } from '../support/pipeline-fixture.ts';

const MEETING = '2025-05-15';
const ROUNDS = 20;
let t: TestDatabase;
let f: PipelineFixture;
let meetingId: string;
/** The two secretaries: the forum's secretary and a colleague with the same role. */
let writers: [() => Promise<Caller>, () => Promise<Caller>];
const items: Item[] = [];

async function published(title: string, recommendations: string[]): Promise<Item> {
  const item = await createItem(t.ctx, await f.as.head(), f.org.slug, f.forum.shortName, {
    type: 'decision',
    title,
    durationMinutes: 10,
    sections: { sagsfremstilling: paragraphsDoc(`Sagsfremstilling for ${title}.`) },
    recommendations,
  });
  await submitItem(t.ctx, await f.as.head(), f.org.slug, item.id);
  await decideItem(t.ctx, await f.as.director(), f.org.slug, item.id, { decision: 'approve' });
  return scheduleItem(t.ctx, await f.as.secretary(), f.org.slug, item.id, { meeting: MEETING });
}

const save = async (who: 0 | 1, item: Item, version: number | null, minutes: ItemMinutesInput) =>
  saveItemMinutes(t.ctx, await writers[who](), f.org.slug, f.forum.shortName, MEETING, item.id, {
    version,
    minutes,
  });
const finalise = async (who: 0 | 1, item: Item) =>
  finaliseItemMinutes(t.ctx, await writers[who](), f.org.slug, f.forum.shortName, MEETING, item.id);
const readBack = async (item: Item) => {
  const found = await storedMinutes(t.ctx, item.id, meetingId);
  if (!found) throw new Error(`no minutes for ${item.title}`);
  return found;
};
const decision = (text: string) => ({ decision: paragraphsDoc(text) });

/** The one fulfilled result and the one ForaError of a race between two calls. */
function oneWinner<T>(results: PromiseSettledResult<T>[]): { winner: T; index: number; loser: ForaError } {
  const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [{ value: r.value, i }] : []));
  const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  expect(won).toHaveLength(1);
  expect(lost).toHaveLength(1);
  expect(lost[0]).toBeInstanceOf(ForaError);
  const [first] = won;
  if (!first) throw new Error('no winner');
  return { winner: first.value, index: first.i, loser: lost[0] as ForaError };
}

beforeAll(async () => {
  t = await testDatabase();
  t.setNow('2025-05-05T10:00:00+02:00');
  f = await pipelineFixture(t);
  const colleague = await personFactory(t.ctx, f.org, { name: 'Jonas Bech Lund', title: 'Sekretær' });
  await memberFactory(t.ctx, f.org, f.forum, colleague, 'secretary');
  writers = [f.as.secretary, () => callerFor(t.ctx, colleague)];
  for (const title of ['Klimaplan 2030', 'Parkeringsstrategi', 'Rengøringsudbud'])
    items.push(await published(title, [`at ${title} godkendes`]));
  for (let i = 1; i <= 5; i++)
    items.push(
      await published(`Udbud af vikarydelser, del ${i}`, ['at udbuddet igangsættes', 'at det drøftes']),
    );
  await publishAgenda(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName, MEETING);
  meetingId = (await materialiseMeeting(t.db, f.forum, MEETING)).id;
});
afterAll(() => t.close());

describe('two secretaries writing at once', () => {
  it('keeps both when they write different items of the meeting', async () => {
    const [a, b] = items as [Item, Item];
    let versions: [number | null, number | null] = [null, null];
    for (let round = 1; round <= ROUNDS; round++) {
      const saved = await Promise.all([
        save(0, a, versions[0], decision(`Klimaplanen, runde ${round}.`)),
        save(1, b, versions[1], decision(`Parkeringsstrategien, runde ${round}.`)),
      ]);
      expect(saved.map((s) => s.version)).toEqual([round, round]);
      versions = [round, round];
      const [backA, backB] = [await readBack(a), await readBack(b)];
      expect(backA.minutes.decision).toEqual(paragraphsDoc(`Klimaplanen, runde ${round}.`));
      expect(backB.minutes.decision).toEqual(paragraphsDoc(`Parkeringsstrategien, runde ${round}.`));
      expect([backA.stored.version, backB.stored.version]).toEqual([round, round]);
    }
  });

  it('lets exactly one of two writers on the same item win, and tells the other the current version', async () => {
    const item = items[2] as Item;
    let version: number | null = null;
    for (let round = 1; round <= ROUNDS; round++) {
      const mine = {
        ...decision(`Camillas tekst, runde ${round}.`),
        outcomes: [{ kind: 'approved' as const }],
      };
      const theirs = {
        ...decision(`Jonas' tekst, runde ${round}.`),
        outcomes: [{ kind: 'rejected' as const, note: 'For dyrt' }],
      };
      const results = await Promise.allSettled([
        save(0, item, version, mine),
        save(1, item, version, theirs),
      ]);
      const { winner, loser } = oneWinner<SavedItemMinutes>(results);
      const current: number = (version ?? 0) + 1;
      expect(winner.version).toBe(current);
      expect(loser.code).toBe('conflict');
      expect(loser.message).toContain(`current version ${current}`);
      expect(loser.details).toEqual([
        { path: 'version', problem: expect.stringContaining(`version ${current}`) },
      ]);

      // The stored minutes and the item's decision are the winner's, as a whole.
      const back = await readBack(item);
      expect(back.stored.version).toBe(current);
      expect(back.minutes).toEqual(winner.minutes);
      const stored = await getItem(t.ctx, await f.as.secretary(), f.org.slug, item.id);
      expect(stored.decision).toEqual(winner.minutes.decision);
      version = current;
    }
  });
});

describe('two secretaries finalising the same item at once', () => {
  it('finalises once and carries out the effects once', async () => {
    const racing = items.slice(3);
    for (const item of racing) {
      await save(0, item, null, {
        ...decision('Udbuddet igangsættes; drøftelsen udsættes.'),
        outcomes: [{ kind: 'approved' }, { kind: 'postponed', target: { kind: 'queue' } }],
        followUps: [
          {
            title: `Tidsplan for ${item.title}`,
            ownerPersonId: f.people.head.id,
            due: { date: '2025-06-01' },
          },
        ],
      });
      const results = await Promise.allSettled([finalise(0, item), finalise(1, item)]);
      const { winner, loser } = oneWinner<SavedItemMinutes>(results);
      expect(winner.finalisedAt).not.toBeNull();
      expect(loser.code).toBe('conflict');
      // Which check refuses the loser depends on how far the winner got: the record is finalised,
      // or the item has already been decided by it.
      expect(loser.message).toMatch(/already finalised|this one is decided/);
    }

    const ids = new Set(racing.map((i) => i.id));
    const queue = await listQueue(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName);
    const carried = queue.filter((i) => i.originItemId && ids.has(i.originItemId));
    expect(carried.map((i) => i.originItemId).sort()).toEqual([...ids].sort());
    expect(carried.every((i) => i.recommendations.join() === 'at det drøftes')).toBe(true);
    const register = await listForumFollowUps(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName);
    expect(
      register
        .filter((r) => r.sourceItemId && ids.has(r.sourceItemId))
        .map((r) => r.title)
        .sort(),
    ).toEqual(racing.map((i) => `Tidsplan for ${i.title}`).sort());
    for (const item of racing) {
      expect((await getItem(t.ctx, await f.as.secretary(), f.org.slug, item.id)).state).toBe('decided');
      const events = await listAuditEvents(t.db, f.org.id, { objectId: item.id, limit: 50 });
      expect(events.filter((e) => e.action === 'minutes.finalise')).toHaveLength(1);
    }
  });
});
