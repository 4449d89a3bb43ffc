/** An item's history: the submitter sees why it came back; other readers see the steps only. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem } from '../../src/app/create-item.ts';
import { decideItem } from '../../src/app/decide-item.ts';
import { getItemHistory } from '../../src/app/get-item-history.ts';
import { publishAgenda } from '../../src/app/publish-agenda.ts';
import { scheduleItem } from '../../src/app/schedule-item.ts';
import { submitItem } from '../../src/app/submit-item.ts';
import type { Item } from '../../src/domain/item.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { failure } from '../support/failure.ts';
import { type PipelineFixture, pipelineFixture } from '../support/pipeline-fixture.ts';

let t: TestDatabase;
let f: PipelineFixture;
let item: Item;
const para = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

beforeAll(async () => {
  t = await testDatabase();
  t.setNow('2025-05-05T10:00:00+02:00');
  f = await pipelineFixture(t);
  const head = await f.as.head();
  item = await createItem(t.ctx, head, f.org.slug, f.forum.shortName, {
    type: 'information',
    title: 'Status på vejsalt',
    sections: { sagsfremstilling: para('Lageret er fyldt.') },
  });
  await submitItem(t.ctx, head, f.org.slug, item.id);
  await decideItem(t.ctx, await f.as.director(), f.org.slug, item.id, {
    decision: 'return',
    comment: 'Tilføj udgifterne for 2024.',
  });
});
afterAll(() => t.close());

describe('the history of an item', () => {
  it('shows the submitter each step and why the item came back', async () => {
    const history = await getItemHistory(t.ctx, await f.as.head(), f.org.slug, item.id);
    expect(history.map((h) => [h.action, h.to, h.actor, h.comment])).toEqual([
      ['item.create', 'draft', 'Marie Brøchner Jespersen', null],
      ['item.submit', 'submitted', 'Marie Brøchner Jespersen', null],
      ['item.return', 'returned', 'Kristine Klæbel', 'Tilføj udgifterne for 2024.'],
    ]);
  });

  it('is hidden with the item from those who may not read it yet', async () => {
    const err = await failure(getItemHistory(t.ctx, await f.as.outsider(), f.org.slug, item.id));
    expect(err.code).toBe('not_found');
  });

  it('shows a reader of the published item the steps, without the comments', async () => {
    const head = await f.as.head();
    await submitItem(t.ctx, head, f.org.slug, item.id);
    await decideItem(t.ctx, await f.as.director(), f.org.slug, item.id, { decision: 'approve' });
    await scheduleItem(t.ctx, await f.as.secretary(), f.org.slug, item.id, { meeting: '2025-05-15' });
    await publishAgenda(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName, '2025-05-15');
    const history = await getItemHistory(t.ctx, await f.as.outsider(), f.org.slug, item.id);
    expect(history.map((h) => h.action)).toContain('item.approve');
    expect(history.every((h) => h.comment === null)).toBe(true);
    expect(JSON.stringify(history)).not.toContain('udgifterne');
  });
});
