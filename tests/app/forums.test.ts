import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMembership } from '../../src/app/add-membership.ts';
import { createCharterVersion } from '../../src/app/create-charter-version.ts';
import { createForum } from '../../src/app/create-forum.ts';
import { endMembership } from '../../src/app/end-membership.ts';
import { getForum } from '../../src/app/get-forum.ts';
import { listCharters } from '../../src/app/list-charters.ts';
import { listForums } from '../../src/app/list-forums.ts';
import type { Organisation } from '../../src/domain/organisation.ts';
import { listMemberships } from '../../src/store/forums.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import {
  charterFactory,
  chefforumCharter,
  forumFactory,
  memberFactory,
  operator,
  orgFactory,
  personFactory,
} from '../support/factories.ts';
import { failure } from '../support/failure.ts';

let t: TestDatabase;
let org: Organisation;
beforeAll(async () => {
  t = await testDatabase();
  org = await orgFactory(t.ctx);
});
afterAll(() => t.close());

describe('forums', () => {
  it('creates a forum and lists it, and refuses a duplicate short name with nothing saved', async () => {
    await createForum(t.ctx, operator(), org.slug, { shortName: 'CF', name: 'Chefforum' });
    const err = await failure(
      createForum(t.ctx, operator(), org.slug, { shortName: 'CF', name: 'Andet forum' }),
    );
    expect(err.code).toBe('conflict');
    expect(err.details).toEqual([{ path: 'shortName', problem: expect.stringContaining('short name') }]);
    const page = await listForums(t.ctx, operator(), org.slug, { limit: 50, offset: 0 });
    expect(page.items.filter((f) => f.shortName === 'CF').map((f) => f.name)).toEqual(['Chefforum']);
  });

  it('allows the same short name in another organisation', async () => {
    const other = await orgFactory(t.ctx);
    const f = await createForum(t.ctx, operator(), other.slug, { shortName: 'CF', name: 'Chefforum' });
    expect(f.orgId).toBe(other.id);
  });

  it('names the field of a bad short name', async () => {
    const err = await failure(
      createForum(t.ctx, operator(), org.slug, { shortName: 'chef forum', name: 'x' }),
    );
    expect(err.code).toBe('validation_failed');
    expect(err.details[0]?.path).toBe('shortName');
  });

  it('answers not_found for an unknown forum or organisation', async () => {
    expect((await failure(getForum(t.ctx, operator(), org.slug, 'NOPE'))).code).toBe('not_found');
    expect((await failure(getForum(t.ctx, operator(), 'no-such-org', 'CF'))).code).toBe('not_found');
  });
});

describe('memberships', () => {
  it('refuses a membership that ends before it starts, saving nothing', async () => {
    const forum = await forumFactory(t.ctx, org);
    const p = await personFactory(t.ctx, org);
    const err = await failure(
      addMembership(t.ctx, operator(), org.slug, forum.shortName, {
        personId: p.id,
        role: 'member',
        startDate: '2025-05-01',
        endDate: '2025-04-30',
      }),
    );
    expect(err.details).toEqual([{ path: 'endDate', problem: 'ends before it starts' }]);
    expect(await listMemberships(t.ctx.db, forum.id)).toEqual([]);
  });

  it('refuses a person of another organisation', async () => {
    const forum = await forumFactory(t.ctx, org);
    const stranger = await personFactory(t.ctx, await orgFactory(t.ctx));
    const err = await failure(
      addMembership(t.ctx, operator(), org.slug, forum.shortName, {
        personId: stranger.id,
        role: 'member',
        startDate: '2025-01-01',
      }),
    );
    expect(err.details[0]?.path).toBe('personId');
  });

  it('shows current members with roles; an ended membership drops out but stays in history', async () => {
    const forum = await forumFactory(t.ctx, org);
    const chair = await personFactory(t.ctx, org, { name: 'Henrik Harder', title: 'Kommunaldirektør' });
    const leaving = await personFactory(t.ctx, org, { name: 'Rikke Terslev' });
    await memberFactory(t.ctx, org, forum, chair, 'chair');
    const m = await memberFactory(t.ctx, org, forum, leaving, 'member');
    await endMembership(t.ctx, operator(), org.slug, forum.shortName, m.id, { endDate: '2024-12-31' });
    t.setNow('2025-04-23T09:00:00+02:00');
    const view = await getForum(t.ctx, operator(), org.slug, forum.shortName);
    expect(view.members.map((x) => [x.name, x.role])).toEqual([['Henrik Harder', 'chair']]);
    expect(await listMemberships(t.ctx.db, forum.id)).toHaveLength(2);
  });
});

describe('charters', () => {
  it('keeps versions, each from its date, and shows the one in force', async () => {
    const forum = await forumFactory(t.ctx, org);
    await charterFactory(t.ctx, org, forum);
    await charterFactory(t.ctx, org, forum, {
      effectiveFrom: '2024-01-01',
      cadence: { rrule: 'FREQ=WEEKLY;BYDAY=WE', startTime: '09:00', durationMinutes: 180 },
    });
    const versions = await listCharters(t.ctx, operator(), org.slug, forum.shortName);
    expect(versions.map((c) => [c.version, c.effectiveFrom, c.cadence.rrule])).toEqual([
      [1, '2019-03-18', 'FREQ=MONTHLY;BYDAY=1TH,3TH'],
      [2, '2024-01-01', 'FREQ=WEEKLY;BYDAY=WE'],
    ]);
    t.setNow('2023-06-01T12:00:00+02:00');
    expect((await getForum(t.ctx, operator(), org.slug, forum.shortName)).charter?.version).toBe(1);
    t.setNow('2024-06-01T12:00:00+02:00');
    expect((await getForum(t.ctx, operator(), org.slug, forum.shortName)).charter?.version).toBe(2);
  });

  it.each([
    [
      'an invalid RRULE',
      { cadence: { rrule: 'FREQ=SOMETIMES', startTime: '09:00', durationMinutes: 60 } },
      'cadence.rrule',
    ],
    [
      'a submission deadline after the meeting',
      { deadlines: { submission: { kind: 'days_after', days: 1 } } },
      'deadlines.submission',
    ],
    [
      'a start time that is no time',
      { cadence: { rrule: 'FREQ=WEEKLY', startTime: '25:00', durationMinutes: 60 } },
      'cadence.startTime',
    ],
    ['an unknown item type', { itemTypes: ['gossip'] }, 'itemTypes.0'],
  ] as const)('refuses %s, naming %s, and saves nothing', async (_label, over, path) => {
    const forum = await forumFactory(t.ctx, org);
    const err = await failure(
      // biome-ignore lint/suspicious/noExplicitAny: deliberately bad input
      createCharterVersion(t.ctx, operator(), org.slug, forum.shortName, chefforumCharter(over as any)),
    );
    expect(err.code).toBe('validation_failed');
    expect(err.details.map((d) => d.path)).toContain(path);
    expect(await listCharters(t.ctx, operator(), org.slug, forum.shortName)).toEqual([]);
  });

  it('refuses a rotation among people who are not members', async () => {
    const forum = await forumFactory(t.ctx, org);
    const outsider = await personFactory(t.ctx, org);
    const err = await failure(
      charterFactory(t.ctx, org, forum, { leaderRule: { kind: 'rotation', personIds: [outsider.id] } }),
    );
    expect(err.details).toEqual([
      { path: 'leaderRule.personIds.0', problem: 'is not a member of the forum' },
    ]);
  });

  it('refuses two versions from the same date', async () => {
    const forum = await forumFactory(t.ctx, org);
    await charterFactory(t.ctx, org, forum);
    const err = await failure(charterFactory(t.ctx, org, forum));
    expect(err.code).toBe('conflict');
    expect(err.details[0]?.path).toBe('effectiveFrom');
  });
});
