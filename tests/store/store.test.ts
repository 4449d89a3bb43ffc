/** Store tests on a real database (PGlite, and PostgreSQL in the second half of `npm test`). */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForaError } from '../../src/domain/errors.ts';
import { migrateDatabase } from '../../src/store/db.ts';
import { insertForum } from '../../src/store/forums.ts';
import { insertMeeting, listStoredMeetings } from '../../src/store/meetings.ts';
import { insertOrganisation } from '../../src/store/organisations.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { unique } from '../support/factories.ts';

let t: TestDatabase;
/** Raw SQL for assertions; both drivers answer with `rows`. */
const query = async <T>(q: ReturnType<typeof sql>): Promise<T[]> =>
  ((await t.db.execute(q)) as unknown as { rows: T[] }).rows;
beforeAll(async () => {
  t = await testDatabase();
});
afterAll(() => t.close());

describe('schema and migrations', () => {
  it('has every table, and applying the migrations again changes nothing', async () => {
    const tables = async () =>
      (
        await query<{ table_name: string }>(
          sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
        )
      ).map((r) => r.table_name);
    const before = await tables();
    expect(before).toEqual([
      'accounts',
      'agenda_versions',
      'attachments',
      'attendance',
      'audit_events',
      'cases',
      'charters',
      'feed_tokens',
      'follow_ups',
      'forum_themes',
      'forums',
      'import_sources',
      'item_minutes',
      'items',
      'jobs',
      'leaders_day_files',
      'leaders_day_registrations',
      'leaders_days',
      'meetings',
      'memberships',
      'minutes_approvals',
      'notes',
      'organisations',
      'outbox',
      'people',
      'programme_initiatives',
      'rendered_documents',
      'sessions',
      'theme_assignments',
      'units',
      'version_reads',
      'wheel_entries',
      'wheel_placeholders',
      'work_programmes',
      'working_groups',
    ]);
    await migrateDatabase(t);
    expect(await tables()).toEqual(before);
  });
});

describe('constraints become errors naming the field', () => {
  it('maps a duplicate organisation slug to a conflict on slug', async () => {
    const slug = unique('org');
    await insertOrganisation(t.db, { slug, name: 'A' });
    const err = await insertOrganisation(t.db, { slug, name: 'B' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ForaError);
    expect(err).toMatchObject({ code: 'conflict', details: [{ path: 'slug' }] });
  });

  it('rolls back a transaction that fails half-way', async () => {
    const org = await insertOrganisation(t.db, { slug: unique('org'), name: 'A' });
    const attempt = t.db.transaction(async (tx) => {
      await insertForum(tx, {
        orgId: org.id,
        shortName: 'CF',
        name: 'Chefforum',
        kind: 'forum',
        parentForumId: null,
      });
      await insertForum(tx, {
        orgId: org.id,
        shortName: 'CF',
        name: 'Igen',
        kind: 'forum',
        parentForumId: null,
      });
    });
    await expect(attempt).rejects.toMatchObject({ code: 'conflict' });
    const rows = await query<{ n: number }>(
      sql`select count(*)::int as n from forums where org_id = ${org.id}`,
    );
    expect(rows[0]?.n).toBe(0);
  });
});

async function orgWithForum() {
  const org = await insertOrganisation(t.db, { slug: unique('org'), name: 'A' });
  const forum = await insertForum(t.db, {
    orgId: org.id,
    shortName: 'CF',
    name: 'Chefforum',
    kind: 'forum',
    parentForumId: null,
  });
  return { org, forum };
}

describe('meetings', () => {
  it('keeps local Copenhagen times with their offset, summer and winter', async () => {
    const { org, forum } = await orgWithForum();
    const base = { state: 'planned' as const, location: 'Mødelokale 915', leaderPersonId: null, note: '' };
    await insertMeeting(t.db, org.id, forum.id, {
      ...base,
      occurrenceDate: '2025-03-27',
      start: '2025-03-27T09:00:00+01:00',
      end: '2025-03-27T12:00:00+01:00',
    });
    await insertMeeting(t.db, org.id, forum.id, {
      ...base,
      occurrenceDate: null,
      start: '2025-04-03T09:00:00+02:00',
      end: '2025-04-03T12:00:00+02:00',
    });
    const rows = await listStoredMeetings(t.db, forum.id, {
      from: new Date('2025-04-01T00:00:00+02:00'),
      to: new Date('2025-05-01T00:00:00+02:00'),
    });
    // The March one replaces a series occurrence, so it is returned even outside the period.
    expect(rows.map((m) => [m.occurrenceDate, m.start, m.location])).toEqual([
      ['2025-03-27', '2025-03-27T09:00:00+01:00', 'Mødelokale 915'],
      [null, '2025-04-03T09:00:00+02:00', 'Mødelokale 915'],
    ]);
  });

  it('stores one meeting per series occurrence', async () => {
    const { org, forum } = await orgWithForum();
    const m = {
      occurrenceDate: '2025-05-07',
      start: '2025-05-07T09:00:00+02:00',
      end: '2025-05-07T12:00:00+02:00',
      state: 'planned' as const,
      location: '',
      leaderPersonId: null,
      note: '',
    };
    await insertMeeting(t.db, org.id, forum.id, m);
    await expect(insertMeeting(t.db, org.id, forum.id, m)).rejects.toMatchObject({
      code: 'conflict',
      details: [{ path: 'occurrenceDate' }],
    });
  });
});
