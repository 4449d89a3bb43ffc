/**
 * An item citing another forum's decision: the item input's `citedItemIds` is checked (another
 * forum's item, decided, readable by the writer) and the item read shows the citations. The
 * scenario is tests/support/case-journey.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem } from '../../src/app/create-item.ts';
import { getItem } from '../../src/app/get-item.ts';
import { submitItem } from '../../src/app/submit-item.ts';
import { updateItem } from '../../src/app/update-item.ts';
import {
  type CaseJourney,
  DIF_DECISION,
  decideInDif,
  journeySteps,
  referToDif,
} from '../support/case-journey.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { failure } from '../support/failure.ts';

const paragraph = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

let t: TestDatabase;
let j: CaseJourney;
beforeAll(async () => {
  t = await testDatabase();
  j = await referToDif(t);
  await decideInDif(j);
});
afterAll(() => t.close());

describe('citations', () => {
  it("accept decided items of other forums, and name each bad one's position", async () => {
    const { f, cf, items } = j;
    const chair = await f.as.chair();
    const unknown = '00000000-0000-4000-8000-000000000000';
    const err = await failure(
      createItem(t.ctx, chair, f.org.slug, cf.shortName, {
        type: 'information',
        title: 'Status på miljøledelse',
        citedItemIds: [items.b.id, items.a.id, items.d.id, unknown, items.b.id],
      }),
    );
    expect(err.code).toBe('validation_failed');
    expect(err.details).toEqual([
      { path: 'citedItemIds.1', problem: "is an item of the same forum; cite another forum's decision" },
      { path: 'citedItemIds.2', problem: 'has not been decided yet' },
      { path: 'citedItemIds.3', problem: 'no such item in this organisation' },
      { path: 'citedItemIds.4', problem: 'is listed twice' },
    ]);
    const ok = await createItem(t.ctx, chair, f.org.slug, cf.shortName, {
      type: 'information',
      title: 'Status på miljøledelse',
      citedItemIds: [items.b.id],
    });
    expect((await getItem(t.ctx, chair, f.org.slug, ok.id)).citations).toEqual([
      {
        itemId: items.b.id,
        forum: { id: j.dif.id, shortName: 'DIF' },
        meetingId: items.b.meetingId,
        meetingStart: '2025-06-05T09:00:00+02:00',
        lead: 'DIF har på sit møde den 5. juni 2025',
        decisionText: DIF_DECISION,
      },
    ]);
  });

  it('treat an item the writer may not read as no item, also when editing', async () => {
    const { f, cf, items } = j;
    const head = await f.as.head();
    const draft = await createItem(t.ctx, head, f.org.slug, cf.shortName, {
      type: 'information',
      title: 'Orientering om miljøledelse',
    });
    const err = await failure(
      updateItem(t.ctx, head, f.org.slug, draft.id, { version: draft.version, citedItemIds: [items.d.id] }),
    );
    expect(err.details).toEqual([{ path: 'citedItemIds.0', problem: 'no such item in this organisation' }]);
    const edited = await updateItem(t.ctx, head, f.org.slug, draft.id, {
      version: draft.version,
      citedItemIds: [items.b.id],
    });
    expect(edited.citedItemIds).toEqual([items.b.id]);
  });

  it("keep a referral's citation of its source when the item is edited", async () => {
    const { f, items } = j;
    const secretary = await f.as.secretary();
    const b = await getItem(t.ctx, secretary, f.org.slug, items.b.id);
    const edited = await updateItem(t.ctx, secretary, f.org.slug, b.id, {
      version: b.version,
      citedItemIds: b.citedItemIds,
      title: 'Miljøcertificering',
    });
    expect(edited.citedItemIds).toEqual([items.a.id]);
  });

  it('show a reader only the cited decisions they may read: a closed DIF item not to a Chefforum member outside DIF', async () => {
    const { f, cf, dif, items } = j;
    t.setNow('2025-06-19T12:00:00+02:00');
    await journeySteps(j).minutes(dif, '2025-06-19', items.d.id, {
      outcomes: [{ kind: 'noted' }],
      decision: paragraph('Fortroligt.'),
    });
    const chair = await f.as.chair();
    const citing = await createItem(t.ctx, chair, f.org.slug, cf.shortName, {
      type: 'information',
      title: 'Opfølgning på miljøledelse',
      sections: { sagsfremstilling: paragraph('Status på certificeringen.') },
      citedItemIds: [items.d.id, items.b.id],
    });
    // The chair has no one above: submitting queues it, where Chefforum's members read it.
    expect((await submitItem(t.ctx, chair, f.org.slug, citing.id)).state).toBe('queued');
    const cited = async (who: 'chair' | 'head') =>
      (await getItem(t.ctx, await f.as[who](), f.org.slug, citing.id)).citations;
    expect((await cited('chair')).map((c) => [c.itemId, c.decisionText])).toEqual([
      [items.d.id, 'Fortroligt.'],
      [items.b.id, DIF_DECISION],
    ]);
    const head = await cited('head');
    expect(head.map((c) => c.itemId)).toEqual([items.b.id]);
    expect(JSON.stringify(head)).not.toContain('Fortroligt');
  });
});
