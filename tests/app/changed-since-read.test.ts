/** "Ændret siden du læste": after a supplementary agenda, each reader sees what changed since the version they opened. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem } from '../../src/app/create-item.ts';
import { decideItem } from '../../src/app/decide-item.ts';
import { getAgendaVersion } from '../../src/app/get-agenda-version.ts';
import { getItem } from '../../src/app/get-item.ts';
import { publishAgenda } from '../../src/app/publish-agenda.ts';
import { scheduleItem } from '../../src/app/schedule-item.ts';
import { submitItem } from '../../src/app/submit-item.ts';
import { updateItem } from '../../src/app/update-item.ts';
import type { Item } from '../../src/domain/item.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { type PipelineFixture, pipelineFixture } from '../support/pipeline-fixture.ts';

let t: TestDatabase;
let f: PipelineFixture;
let meetingId: string;
const MEETING = '2025-05-15';
const para = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

async function scheduled(title: string, closed = false): Promise<Item> {
  const head = await f.as.head();
  const item = await createItem(t.ctx, head, f.org.slug, f.forum.shortName, {
    type: 'information',
    title,
    sections: { sagsfremstilling: para(`Om ${title}.`) },
    closed,
    closedBasis: closed ? 'Offentlighedslovens § 21' : null,
  });
  await submitItem(t.ctx, head, f.org.slug, item.id);
  await decideItem(t.ctx, await f.as.director(), f.org.slug, item.id, { decision: 'approve' });
  return scheduleItem(t.ctx, await f.as.secretary(), f.org.slug, item.id, { meeting: MEETING });
}
const latest = async (who: keyof PipelineFixture['as']) =>
  getAgendaVersion(t.ctx, await f.as[who](), f.org.slug, f.forum.shortName, meetingId, 'latest');
async function retitle(item: Item, title: string) {
  const secretary = await f.as.secretary();
  const current = await getItem(t.ctx, secretary, f.org.slug, item.id);
  await updateItem(t.ctx, secretary, f.org.slug, item.id, { version: current.version, title });
}

let open: Item;
let closed: Item;
beforeAll(async () => {
  t = await testDatabase();
  t.setNow('2025-05-05T10:00:00+02:00');
  f = await pipelineFixture(t);
  open = await scheduled('Trafikplan');
  closed = await scheduled('Personalesag', true);
  meetingId = (await publishAgenda(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName, MEETING))
    .meetingId;
});
afterAll(() => t.close());

describe('changed since you last read', () => {
  it('says nothing on a first read', async () => {
    expect((await latest('director')).sinceLastRead).toBeNull();
    expect((await latest('outsider')).sinceLastRead).toBeNull();
  });

  it('lists what a supplementary agenda changed since the version each reader opened', async () => {
    await retitle(open, 'Trafikplan 2030');
    await retitle(closed, 'Personalesag om fratrædelse');
    await publishAgenda(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName, MEETING);
    const member = await latest('director');
    expect(member.version).toBe(2);
    expect(member.sinceLastRead?.version).toBe(1);
    expect(member.sinceLastRead?.changes.map((c) => [c.kind, c.title, c.fields])).toEqual(
      expect.arrayContaining([
        ['changed', 'Trafikplan 2030', ['title']],
        ['changed', 'Personalesag om fratrædelse', ['title']],
      ]),
    );
    // A reader outside the forum learns that the closed item changed, not what it is called.
    const reader = await latest('outsider');
    const titles = reader.sinceLastRead?.changes.map((c) => c.title);
    expect(titles).toEqual(expect.arrayContaining(['Trafikplan 2030', 'Lukket punkt']));
    expect(JSON.stringify(reader.sinceLastRead)).not.toContain('fratrædelse');
  });

  it('says nothing once the reader has opened the latest version, and an old version lowers nothing', async () => {
    expect((await latest('director')).sinceLastRead).toBeNull();
    await getAgendaVersion(t.ctx, await f.as.director(), f.org.slug, f.forum.shortName, meetingId, 1);
    expect((await latest('director')).sinceLastRead).toBeNull();
    // Someone who never opened the agenda has nothing "since".
    expect((await latest('head')).sinceLastRead).toBeNull();
  });
});
