/** Importing: agenda then minutes, a meeting on a series date, a manifest without items, refusals and all or nothing. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCalendar } from '../../src/app/get-calendar.ts';
import { importMeeting } from '../../src/app/import-meeting.ts';
import type { Organisation, Person } from '../../src/domain/organisation.ts';
import { latestAgendaVersion } from '../../src/store/agenda.ts';
import { listMeetingItems } from '../../src/store/items.ts';
import { findMeeting } from '../../src/store/meetings.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { callerFor, operator, orgFactory, personFactory } from '../support/factories.ts';
import { countRows, importForum, seedAgenda, seedMinutes, source } from '../support/import-fixture.ts';

let t: TestDatabase;
let org: Organisation;
let chair: Person;

const chefforum = (shortName: string, name: string) => importForum(t.ctx, org, chair, shortName, name);
const count = (table: string, where = sql`true`) => countRows(t.db, table, where);

beforeAll(async () => {
  t = await testDatabase();
  t.setNow('2025-05-01T10:00:00+02:00');
  org = await orgFactory(t.ctx);
  chair = await personFactory(t.ctx, org, { name: 'Henrik Harder', title: 'Kommunaldirektør' });
}, 60_000);
afterAll(() => t.close());

describe('agenda, then minutes of the same meeting', () => {
  it('updates the same meeting and items', async () => {
    const { id: forumId } = await chefforum('CF2', 'Chefforum Nord');
    const caller = operator();
    const agenda = await importMeeting(
      t.ctx,
      caller,
      org.slug,
      { ...seedAgenda(), forum: 'chefforum nord' },
      source('dagsorden.txt', 'a'),
    );
    expect(agenda).toMatchObject({ status: 'created', forum: 'CF2', kind: 'agenda', version: 1 });
    const afterAgenda = await listMeetingItems(t.db, agenda.meetingId);
    expect(afterAgenda.map((i) => i.state)).toEqual(['published', 'published', 'published', 'published']);
    expect((await findMeeting(t.db, forumId, agenda.meetingId))?.state).toBe('held');

    const minutes = await importMeeting(
      t.ctx,
      caller,
      org.slug,
      { ...seedMinutes(), forum: 'Chefforum Nord' },
      source('referat.txt', 'm'),
    );
    expect(minutes).toMatchObject({
      status: 'updated',
      meetingId: agenda.meetingId,
      items: { created: 0, updated: 4 },
    });
    const afterMinutes = await listMeetingItems(t.db, agenda.meetingId);
    expect(afterMinutes.map((i) => i.id)).toEqual(afterAgenda.map((i) => i.id));
    expect(afterMinutes.map((i) => i.state)).toEqual(['decided', 'decided', 'decided', 'decided']);
    expect((await findMeeting(t.db, forumId, agenda.meetingId))?.state).toBe('minutes_published');
    expect((await latestAgendaVersion(t.db, agenda.meetingId, 'agenda'))?.version).toBe(1);
    expect((await latestAgendaVersion(t.db, agenda.meetingId, 'minutes'))?.version).toBe(1);

    // A document of the meeting without items (a manifest) changes the place, not the items.
    const manifest = { ...seedMinutes(), forum: 'Chefforum Nord', items: [], location: 'Rådhuset' };
    const r = await importMeeting(t.ctx, caller, org.slug, manifest, source('manifest.xml', 'man'));
    expect(r).toMatchObject({ status: 'updated', meetingId: agenda.meetingId, version: 2 });
    const latest = await latestAgendaVersion(t.db, agenda.meetingId, 'minutes');
    expect(latest?.content.meeting.location).toBe('Rådhuset');
    expect(latest?.content.items.map((i) => i.itemId)).toEqual(afterAgenda.map((i) => i.id));
  });
});

describe('a meeting on a date of the forum series', () => {
  it('is the series occurrence, stored: the calendar shows one meeting that day, with the imported minutes', async () => {
    await chefforum('CF4', 'Chefforum Vest');
    // Thursday 1 May 2025 is the first Thursday: a date of the Chefforum series.
    const doc = seedMinutes({ forum: 'Chefforum Vest', date: '2025-05-01', start: '' });
    const r = await importMeeting(t.ctx, operator(), org.slug, doc, source('vest.txt', 'vest'));
    expect(r).toMatchObject({ status: 'created', forum: 'CF4' });
    const day = await getCalendar(t.ctx, operator(), org.slug, 'CF4', {
      from: '2025-05-01',
      to: '2025-05-01',
    });
    expect(day.map((m) => [m.meetingId, m.occurrenceDate, m.start, m.state])).toEqual([
      [r.meetingId, '2025-05-01', '2025-05-01T09:00:00+02:00', 'minutes_published'],
    ]);
  });
});

describe('refusals', () => {
  it('leaves nothing behind when a document fails part-way', async () => {
    await chefforum('CF3', 'Chefforum Syd');
    const tables = [
      'meetings',
      'items',
      'people',
      'cases',
      'attachments',
      'attendance',
      'agenda_versions',
      'audit_events',
      'import_sources',
    ];
    const before = await Promise.all(tables.map((x) => count(x)));
    const bad = seedMinutes({ forum: 'Chefforum Syd' });
    const last = bad.items[3];
    if (!last) throw new Error('fixture');
    last.decision = 'ø '.repeat(150_000); // over the rich-text limit, after three items were saved
    await expect(
      importMeeting(t.ctx, operator(), org.slug, bad, source('stor.txt', 'x')),
    ).rejects.toMatchObject({
      code: 'validation_failed',
    });
    expect(await Promise.all(tables.map((x) => count(x)))).toEqual(before);
  });

  it('refuses a forum that does not exist, naming it, and callers who are not admins', async () => {
    await expect(
      importMeeting(
        t.ctx,
        operator(),
        org.slug,
        seedMinutes({ forum: 'Økonomiudvalget' }),
        source('x.txt', 'y'),
      ),
    ).rejects.toThrow(/Forum "Økonomiudvalget" findes ikke/);
    await expect(
      importMeeting(t.ctx, await callerFor(t.ctx, chair), org.slug, seedMinutes(), source('x.txt', 'y')),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      importMeeting(t.ctx, operator(), org.slug, seedMinutes({ date: '' }), source('x.txt', 'y')),
    ).rejects.toMatchObject({ code: 'validation_failed' });
  });
});
