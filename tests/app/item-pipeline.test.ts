/** Every transition of an item from proposal to the queue, and the forbidden ones with their codes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem } from '../../src/app/create-item.ts';
import { decideItem } from '../../src/app/decide-item.ts';
import { scheduleItem } from '../../src/app/schedule-item.ts';
import { submitItem } from '../../src/app/submit-item.ts';
import { updateItem } from '../../src/app/update-item.ts';
import { withdrawItem } from '../../src/app/withdraw-item.ts';
import { listAuditEvents } from '../../src/store/audit.ts';
import { findMeeting } from '../../src/store/meetings.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { failure } from '../support/failure.ts';
import { type PipelineFixture, pipelineFixture } from '../support/pipeline-fixture.ts';

let t: TestDatabase;
let f: PipelineFixture;
beforeAll(async () => {
  t = await testDatabase();
  // Monday 5 May 2025: the next Chefforum is Thursday 15 May (items by Thursday 8 May 12:00).
  t.setNow('2025-05-05T10:00:00+02:00');
  f = await pipelineFixture(t);
});
afterAll(() => t.close());

const para = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const decisionItem = (title: string, over: Record<string, unknown> = {}) => ({
  type: 'decision',
  title,
  durationMinutes: 20,
  sections: { sagsfremstilling: para('Chefforum skal tage stilling til genindførelse af miljøledelse.') },
  recommendations: ['Chefforum godkender genindførelse af miljøledelse'],
  ...over,
});

describe('from draft to queue', () => {
  it('submits a complete item to the next meeting and names the head’s director as approver', async () => {
    const item = await createItem(
      t.ctx,
      await f.as.head(),
      f.org.slug,
      f.forum.shortName,
      decisionItem('Genindførelse af miljøledelse'),
    );
    expect(item.state).toBe('draft');
    const submitted = await submitItem(t.ctx, await f.as.head(), f.org.slug, item.id);
    expect(submitted).toMatchObject({
      state: 'submitted',
      approverPersonId: f.people.director.id,
      late: false,
    });
    const meeting = await findMeeting(t.db, f.forum.id, submitted.wishedMeetingId ?? '');
    expect(meeting?.start).toBe('2025-05-15T09:00:00+02:00');

    const approved = await decideItem(t.ctx, await f.as.director(), f.org.slug, item.id, {
      decision: 'approve',
    });
    expect(approved.state).toBe('queued');
    const events = await listAuditEvents(t.db, f.org.id, { objectId: item.id, limit: 10 });
    expect(events.reverse().map((e) => [e.action, e.detail.from, e.detail.to])).toEqual([
      ['item.create', null, 'draft'],
      ['item.submit', 'draft', 'submitted'],
      ['item.approve', 'submitted', 'queued'],
    ]);
  });

  it('refuses to submit a decision item without a recommendation or a required section', async () => {
    const item = await createItem(
      t.ctx,
      await f.as.head(),
      f.org.slug,
      f.forum.shortName,
      decisionItem('Uden indstilling', { recommendations: [], sections: {} }),
    );
    const err = await failure(submitItem(t.ctx, await f.as.head(), f.org.slug, item.id));
    expect(err.code).toBe('validation_failed');
    expect(err.details.map((d) => d.path).sort()).toEqual(['recommendations', 'sections.sagsfremstilling']);
  });

  it('returns an item with a comment, and lets the submitter mend and resubmit it', async () => {
    const item = await createItem(
      t.ctx,
      await f.as.head(),
      f.org.slug,
      f.forum.shortName,
      decisionItem('Budget 2026'),
    );
    await submitItem(t.ctx, await f.as.head(), f.org.slug, item.id);
    const noComment = await failure(
      decideItem(t.ctx, await f.as.director(), f.org.slug, item.id, { decision: 'return' }),
    );
    expect(noComment.details[0]?.path).toBe('comment');
    const returned = await decideItem(t.ctx, await f.as.director(), f.org.slug, item.id, {
      decision: 'return',
      comment: 'Tilføj økonomi',
    });
    expect(returned.state).toBe('returned');
    const mended = await updateItem(t.ctx, await f.as.head(), f.org.slug, item.id, {
      version: returned.version,
      sections: { ...returned.sections, oekonomi: para('Udgiftsneutralt.') },
    });
    expect((await submitItem(t.ctx, await f.as.head(), f.org.slug, mended.id)).state).toBe('submitted');
  });

  it('approves the chair’s own item on submission, since nobody stands above the chair', async () => {
    const item = await createItem(
      t.ctx,
      await f.as.chair(),
      f.org.slug,
      f.forum.shortName,
      decisionItem('Ledelsesudvikling 2025-2026'),
    );
    const submitted = await submitItem(t.ctx, await f.as.chair(), f.org.slug, item.id);
    expect(submitted).toMatchObject({ state: 'queued', approverPersonId: null });
  });

  it('submits an item to the meeting it wishes, also one more than a year ahead', async () => {
    const item = await createItem(t.ctx, await f.as.head(), f.org.slug, f.forum.shortName, {
      ...decisionItem('Budget 2027'),
      meeting: '2026-07-02',
    });
    const submitted = await submitItem(t.ctx, await f.as.head(), f.org.slug, item.id);
    expect(submitted.late).toBe(false);
    expect((await findMeeting(t.db, f.forum.id, submitted.wishedMeetingId ?? ''))?.start).toBe(
      '2026-07-02T09:00:00+02:00',
    );
  });

  it('sends a late item to the following meeting, and lets the secretary take it in', async () => {
    t.setNow('2025-05-09T09:00:00+02:00'); // after Thursday 8 May 12:00
    try {
      const item = await createItem(t.ctx, await f.as.head(), f.org.slug, f.forum.shortName, {
        ...decisionItem('For sent'),
        meeting: '2025-05-15',
      });
      const submitted = await submitItem(t.ctx, await f.as.head(), f.org.slug, item.id);
      expect(submitted.late).toBe(true);
      expect((await findMeeting(t.db, f.forum.id, submitted.wishedMeetingId ?? ''))?.start).toBe(
        '2025-06-05T09:00:00+02:00',
      );
      await decideItem(t.ctx, await f.as.director(), f.org.slug, item.id, { decision: 'approve' });
      const taken = await scheduleItem(t.ctx, await f.as.secretary(), f.org.slug, item.id, {
        meeting: '2025-05-15',
      });
      expect(taken.state).toBe('scheduled');
    } finally {
      t.setNow('2025-05-05T10:00:00+02:00');
    }
  });
});

describe('forbidden transitions', () => {
  it('does not let anyone approve their own item (a director’s item goes to the chair)', async () => {
    const item = await createItem(
      t.ctx,
      await f.as.director(),
      f.org.slug,
      f.forum.shortName,
      decisionItem('Direktørens eget punkt'),
    );
    const submitted = await submitItem(t.ctx, await f.as.director(), f.org.slug, item.id);
    expect(submitted.approverPersonId).toBe(f.people.chair.id);
    const err = await failure(
      decideItem(t.ctx, await f.as.director(), f.org.slug, item.id, { decision: 'approve' }),
    );
    expect(err.code).toBe('forbidden');
  });

  it('does not let a non-member propose an item to the forum', async () => {
    const err = await failure(
      createItem(t.ctx, await f.as.outsider(), f.org.slug, f.forum.shortName, decisionItem('Udefra')),
    );
    expect(err.code).toBe('forbidden');
  });

  it('does not schedule an item that is not approved', async () => {
    const item = await createItem(
      t.ctx,
      await f.as.head(),
      f.org.slug,
      f.forum.shortName,
      decisionItem('Ikke godkendt'),
    );
    await submitItem(t.ctx, await f.as.head(), f.org.slug, item.id);
    const err = await failure(
      scheduleItem(t.ctx, await f.as.secretary(), f.org.slug, item.id, { meeting: '2025-05-15' }),
    );
    expect(err).toMatchObject({ code: 'conflict', details: [{ path: 'state' }] });
  });

  it('hides a draft from everyone but its submitter and the secretariat (404, not 403)', async () => {
    const item = await createItem(
      t.ctx,
      await f.as.head(),
      f.org.slug,
      f.forum.shortName,
      decisionItem('Hemmeligt udkast'),
    );
    const err = await failure(
      decideItem(t.ctx, await f.as.outsider(), f.org.slug, item.id, { decision: 'approve' }),
    );
    expect(err.code).toBe('not_found');
  });

  it('answers a concurrent edit with a conflict, never a silent overwrite', async () => {
    const item = await createItem(
      t.ctx,
      await f.as.head(),
      f.org.slug,
      f.forum.shortName,
      decisionItem('Samtidig'),
    );
    await updateItem(t.ctx, await f.as.head(), f.org.slug, item.id, {
      version: item.version,
      title: 'Første',
    });
    const err = await failure(
      updateItem(t.ctx, await f.as.head(), f.org.slug, item.id, { version: item.version, title: 'Anden' }),
    );
    expect(err).toMatchObject({ code: 'conflict', details: [{ path: 'version' }] });
  });

  it('cannot withdraw a rejected item', async () => {
    const item = await createItem(
      t.ctx,
      await f.as.head(),
      f.org.slug,
      f.forum.shortName,
      decisionItem('Afvises'),
    );
    await submitItem(t.ctx, await f.as.head(), f.org.slug, item.id);
    await decideItem(t.ctx, await f.as.director(), f.org.slug, item.id, {
      decision: 'reject',
      comment: 'Hører til i DIF',
    });
    const err = await failure(withdrawItem(t.ctx, await f.as.head(), f.org.slug, item.id, {}));
    expect(err).toMatchObject({ code: 'conflict', details: [{ path: 'state' }] });
  });
});

describe('rich text is checked on the way in', () => {
  it.each([
    [
      'a script node',
      { type: 'doc', content: [{ type: 'script', content: [{ type: 'text', text: 'alert(1)' }] }] },
    ],
    [
      'an event handler',
      {
        type: 'doc',
        content: [
          { type: 'paragraph', attrs: { onclick: 'alert(1)' }, content: [{ type: 'text', text: 'x' }] },
        ],
      },
    ],
    [
      'a javascript: link',
      {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              {
                type: 'text',
                text: 'klik',
                marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
              },
            ],
          },
        ],
      },
    ],
  ])('refuses %s with a 400 naming the section, and saves no item', async (_label, doc) => {
    const { listForumItems } = await import('../../src/store/items.ts');
    const before = (await listForumItems(t.db, f.forum.id, ['draft'])).length;
    const err = await failure(
      createItem(
        t.ctx,
        await f.as.head(),
        f.org.slug,
        f.forum.shortName,
        decisionItem('Med script', { sections: { sagsfremstilling: doc } }),
      ),
    );
    expect(err.code).toBe('validation_failed');
    expect(err.details[0]?.path).toMatch(/^sections\.sagsfremstilling/);
    expect(await listForumItems(t.db, f.forum.id, ['draft'])).toHaveLength(before);
  });
});
