/** "Mit arbejde": one's own items with their deadlines, the director's approval inbox, next meetings. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem } from '../../src/app/create-item.ts';
import { listMyWork } from '../../src/app/list-my-work.ts';
import { submitItem } from '../../src/app/submit-item.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { failure } from '../support/failure.ts';
import { type PipelineFixture, pipelineFixture } from '../support/pipeline-fixture.ts';

let t: TestDatabase;
let f: PipelineFixture;

beforeAll(async () => {
  t = await testDatabase();
  t.setNow('2025-05-05T10:00:00+02:00');
  f = await pipelineFixture(t);
  const head = await f.as.head();
  await createItem(t.ctx, head, f.org.slug, f.forum.shortName, {
    type: 'information',
    title: 'Kladde om vejsalt',
  });
  const submitted = await createItem(t.ctx, head, f.org.slug, f.forum.shortName, {
    type: 'information',
    title: 'Status på klimaplanen',
    sections: {
      sagsfremstilling: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Status.' }] }],
      },
    },
    meeting: '2025-05-15',
  });
  await submitItem(t.ctx, head, f.org.slug, submitted.id);
});
afterAll(() => t.close());

describe("a head of department's and a director's work", () => {
  it("lists the head's own items with the meeting they aim at and its submission deadline", async () => {
    const work = await listMyWork(t.ctx, await f.as.head(), f.org.slug, f.people.head.id);
    expect(work.items.map((i) => [i.title, i.state, i.meeting?.date, i.deadline])).toEqual([
      ['Kladde om vejsalt', 'draft', '2025-05-15', '2025-05-08T12:00:00+02:00'],
      ['Status på klimaplanen', 'submitted', '2025-05-15', '2025-05-08T12:00:00+02:00'],
    ]);
    expect(work.approvals).toEqual([]);
  });

  it("puts the submitted item in the director's approval inbox, and the next meetings first to last", async () => {
    const work = await listMyWork(t.ctx, await f.as.director(), f.org.slug, f.people.director.id);
    expect(work.approvals.map((i) => [i.title, i.forum.name, i.meeting?.date, i.submitter?.name])).toEqual([
      ['Status på klimaplanen', 'Chefforum', '2025-05-15', f.people.head.name],
    ]);
    expect(work.meetings.slice(0, 3).map((m) => m.meeting.start.slice(0, 10))).toEqual([
      '2025-05-15',
      '2025-06-05',
      '2025-06-19',
    ]);
  });

  it("is nobody else's business", async () => {
    const err = await failure(listMyWork(t.ctx, await f.as.outsider(), f.org.slug, f.people.head.id));
    expect(['forbidden', 'not_found']).toContain(err.code);
  });
});
