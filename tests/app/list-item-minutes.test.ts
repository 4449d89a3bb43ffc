/** The secretariat's working records of a meeting's minutes, as the minute-taking page resumes them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem } from '../../src/app/create-item.ts';
import { decideItem } from '../../src/app/decide-item.ts';
import { finaliseItemMinutes } from '../../src/app/finalise-item-minutes.ts';
import { listItemMinutes } from '../../src/app/list-item-minutes.ts';
import { publishAgenda } from '../../src/app/publish-agenda.ts';
import { saveItemMinutes } from '../../src/app/save-item-minutes.ts';
import { scheduleItem } from '../../src/app/schedule-item.ts';
import { submitItem } from '../../src/app/submit-item.ts';
import type { Item } from '../../src/domain/item.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { failure } from '../support/failure.ts';
import { type PipelineFixture, pipelineFixture } from '../support/pipeline-fixture.ts';

let t: TestDatabase;
let f: PipelineFixture;
const MEETING = '2025-05-15';
let a: Item;
let b: Item;

const para = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

async function scheduled(title: string): Promise<Item> {
  const item = await createItem(t.ctx, await f.as.head(), f.org.slug, f.forum.shortName, {
    type: 'decision',
    title,
    durationMinutes: 20,
    sections: { sagsfremstilling: para(`Sagsfremstilling for ${title}.`) },
    recommendations: ['at sagen godkendes'],
  });
  await submitItem(t.ctx, await f.as.head(), f.org.slug, item.id);
  await decideItem(t.ctx, await f.as.director(), f.org.slug, item.id, { decision: 'approve' });
  return scheduleItem(t.ctx, await f.as.secretary(), f.org.slug, item.id, { meeting: MEETING });
}

const list = async (as: keyof PipelineFixture['as'] = 'secretary') =>
  listItemMinutes(t.ctx, await f.as[as](), f.org.slug, f.forum.shortName, MEETING);

beforeAll(async () => {
  t = await testDatabase();
  t.setNow('2025-05-05T10:00:00+02:00');
  f = await pipelineFixture(t);
  a = await scheduled('Klimaplan 2030');
  b = await scheduled('Parkeringsstrategi');
  await publishAgenda(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName, MEETING);
});
afterAll(() => t.close());

describe('listing the minutes written so far', () => {
  it('is empty before anything is written', async () => {
    await expect(list()).resolves.toEqual([]);
  });

  it("gives each item's record with its version and whether it is final", async () => {
    const save = async (itemId: string, version: number | null, text: string) =>
      saveItemMinutes(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName, MEETING, itemId, {
        version,
        minutes: { decision: para(text), outcomes: [{ kind: 'approved' }] },
      });
    await save(a.id, null, 'Godkendt.');
    await save(a.id, 1, 'Godkendt som indstillet.');
    await save(b.id, null, 'Drøftet.');
    await finaliseItemMinutes(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName, MEETING, b.id);
    const records = await list();
    const byItem = new Map(records.map((r) => [r.itemId, r]));
    expect(byItem.get(a.id)).toMatchObject({ version: 2, finalisedAt: null });
    expect(byItem.get(a.id)?.minutes.decision).toEqual(para('Godkendt som indstillet.'));
    expect(byItem.get(a.id)?.updatedByPersonId).toBe(f.people.secretary.id);
    expect(byItem.get(b.id)?.finalisedAt).not.toBeNull();
    // The chair manages the forum too.
    await expect(list('chair')).resolves.toHaveLength(2);
  });

  it('is refused to a member without a managing role', async () => {
    const err = await failure(list('head'));
    expect(err.code).toBe('forbidden');
  });
});
