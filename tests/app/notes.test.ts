/** Private notes: a reader's own, on an item or an attachment; nobody else reads them, not even admins. */
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAttachment } from '../../src/app/add-attachment.ts';
import { createItem } from '../../src/app/create-item.ts';
import { listMyNotes } from '../../src/app/list-my-notes.ts';
import { saveNote } from '../../src/app/save-note.ts';
import type { Item } from '../../src/domain/item.ts';
import { listAuditEvents } from '../../src/store/audit.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { failure } from '../support/failure.ts';
import { type PipelineFixture, pipelineFixture } from '../support/pipeline-fixture.ts';

let t: TestDatabase;
let f: PipelineFixture;
let item: Item;
let other: Item;
let attachmentId: string;
const SECRET = 'Spørg til lønsummen – KANARIE-7731';

beforeAll(async () => {
  t = await testDatabase();
  t.setNow('2025-05-05T10:00:00+02:00');
  f = await pipelineFixture(t);
  const head = await f.as.head();
  item = await createItem(t.ctx, head, f.org.slug, f.forum.shortName, {
    type: 'information',
    title: 'Budgetstatus',
  });
  other = await createItem(t.ctx, head, f.org.slug, f.forum.shortName, {
    type: 'information',
    title: 'Andet',
  });
  const body = Readable.from([Buffer.from('Tal for 2025')]);
  attachmentId = (await addAttachment(t.ctx, head, f.org.slug, item.id, { name: 'tal.txt', body })).id;
});
afterAll(() => t.close());

const write = async (who: keyof PipelineFixture['as'], input: Record<string, unknown>, on = item) =>
  saveNote(t.ctx, await f.as[who](), f.org.slug, on.id, input);
const mine = async (who: keyof PipelineFixture['as']) =>
  listMyNotes(t.ctx, await f.as[who](), f.org.slug, item.id);

describe('private notes', () => {
  it('keeps a note on the item and one on an attachment, for their writer only', async () => {
    await write('head', { body: SECRET, version: null });
    await write('head', { attachmentId, body: 'Tjek tallene i bilaget.', version: null });
    expect((await mine('head')).map((n) => [n.attachmentId, n.body])).toEqual([
      [null, SECRET],
      [attachmentId, 'Tjek tallene i bilaget.'],
    ]);
    // The forum's secretary (a manager) can read the item but not the note.
    expect(await mine('secretary')).toEqual([]);
    const audit = await listAuditEvents(t.db, f.org.id, { objectId: item.id, limit: 50 });
    expect(audit.filter((a) => a.action === 'note.save')).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain('KANARIE-7731');
  });

  it('refuses a stale version with the current one, and removes an emptied note', async () => {
    const [note] = await mine('head');
    const updated = await write('head', { body: `${SECRET} (opdateret)`, version: note?.version ?? 0 });
    expect(updated?.version).toBe(2);
    const stale = await failure(write('head', { body: 'Fra tabletten', version: 1 }));
    expect(stale.code).toBe('conflict');
    expect(stale.message).toContain('current version 2');
    expect(await write('head', { body: '  ', version: 2 })).toBeNull();
    expect((await mine('head')).map((n) => n.attachmentId)).toEqual([attachmentId]);
  });

  it("refuses another item's attachment, and an item the writer may not read", async () => {
    const wrong = await failure(write('head', { attachmentId, body: 'x', version: null }, other));
    expect(wrong.details.map((d) => d.path)).toEqual(['attachmentId']);
    const hidden = await failure(write('outsider', { body: 'x', version: null }));
    expect(hidden.code).toBe('not_found');
  });
});
