/** The calendar through the use cases: exceptions stored, regenerated series, charter changes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMeeting } from '../../src/app/add-meeting.ts';
import { cancelMeeting } from '../../src/app/cancel-meeting.ts';
import { getCalendar } from '../../src/app/get-calendar.ts';
import { updateMeeting } from '../../src/app/update-meeting.ts';
import type { ForaError } from '../../src/domain/errors.ts';
import type { Forum, Organisation } from '../../src/domain/organisation.ts';
import { listAuditEvents } from '../../src/store/audit.ts';
import { findMeetingByOccurrence, updateMeeting as storeUpdateMeeting } from '../../src/store/meetings.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import {
  callerFor,
  charterFactory,
  forumFactory,
  memberFactory,
  operator,
  orgFactory,
  personFactory,
} from '../support/factories.ts';

let t: TestDatabase;
let org: Organisation;
beforeAll(async () => {
  t = await testDatabase();
  org = await orgFactory(t.ctx);
});
afterAll(() => t.close());

const calendar = (forum: Forum, from: string, to: string) =>
  getCalendar(t.ctx, operator(), org.slug, forum.shortName, { from, to });

async function chefforum(): Promise<Forum> {
  const forum = await forumFactory(t.ctx, org);
  await charterFactory(t.ctx, org, forum);
  return forum;
}

describe('calendar from the charter', () => {
  it('lists Chefforum on the 1st and 3rd Thursday with the chair as leader and every deadline', async () => {
    const forum = await chefforum();
    const chair = await personFactory(t.ctx, org, { name: 'Henrik Harder', title: 'Kommunaldirektør' });
    await memberFactory(t.ctx, org, forum, chair, 'chair');
    const meetings = await calendar(forum, '2023-10-01', '2023-10-31');
    expect(
      meetings.map((m) => [m.start, m.end, m.leader?.name, m.deadlines.submission, m.deadlines.publication]),
    ).toEqual([
      [
        '2023-10-05T09:00:00+02:00',
        '2023-10-05T12:00:00+02:00',
        'Henrik Harder',
        '2023-09-28T12:00:00+02:00',
        '2023-09-29T16:00:00+02:00',
      ],
      // After the switch to winter time on 29 October the offset changes, the local time does not.
      [
        '2023-10-19T09:00:00+02:00',
        '2023-10-19T12:00:00+02:00',
        'Henrik Harder',
        '2023-10-12T12:00:00+02:00',
        '2023-10-13T16:00:00+02:00',
      ],
    ]);
    const nov = await calendar(forum, '2023-11-01', '2023-11-05');
    expect(nov.map((m) => m.start)).toEqual(['2023-11-02T09:00:00+01:00']);
  });

  it('refuses a period that ends before it starts, or is longer than three years', async () => {
    const forum = await chefforum();
    const e1 = await calendar(forum, '2025-02-01', '2025-01-01').catch((e: ForaError) => e);
    expect(e1).toMatchObject({ code: 'validation_failed', details: [{ path: 'to' }] });
    const e2 = await calendar(forum, '2020-01-01', '2025-01-01').catch((e: ForaError) => e);
    expect(e2).toMatchObject({ code: 'validation_failed', details: [{ path: 'to' }] });
  });
});

describe('exceptions survive regeneration', () => {
  it('keeps a moved, a cancelled and an added meeting across a new charter version', async () => {
    const forum = await chefforum();
    await updateMeeting(t.ctx, operator(), org.slug, forum.shortName, '2025-05-15', {
      start: '2025-05-14T13:00',
      location: 'Mødelokale 915',
    });
    await cancelMeeting(t.ctx, operator(), org.slug, forum.shortName, '2025-06-05', {
      reason: 'Grundlovsdag',
    });
    const added = await addMeeting(t.ctx, operator(), org.slug, forum.shortName, {
      start: '2025-06-24T09:00',
    });
    expect(added.end).toBe('2025-06-24T12:00:00+02:00'); // the charter's 3 hours

    // A new version from 1 May: every Wednesday. Series occurrences change; the exceptions do not.
    await charterFactory(t.ctx, org, forum, {
      effectiveFrom: '2025-05-01',
      cadence: { rrule: 'FREQ=WEEKLY;BYDAY=WE', startTime: '09:00', durationMinutes: 180 },
    });
    const june = await calendar(forum, '2025-05-01', '2025-06-30');
    const byOrigin = (o: string) => june.filter((m) => m.origin === o).map((m) => m.start);
    expect(byOrigin('moved')).toEqual(['2025-05-14T13:00:00+02:00']);
    expect(byOrigin('cancelled')).toEqual(['2025-06-05T09:00:00+02:00']);
    expect(byOrigin('added')).toEqual(['2025-06-24T09:00:00+02:00']);
    expect(june.find((m) => m.origin === 'moved')?.location).toBe('Mødelokale 915');
    expect(june.find((m) => m.origin === 'cancelled')?.cancelled).toBe(true);
    // Series meetings now fall on Wednesdays.
    expect(
      new Set(june.filter((m) => m.origin === 'series').map((m) => new Date(m.start).getUTCDay())),
    ).toEqual(new Set([3]));
  });

  it('leaves a held meeting where it was when the charter changes', async () => {
    const forum = await chefforum();
    await updateMeeting(t.ctx, operator(), org.slug, forum.shortName, '2024-03-07', { location: '915' });
    const stored = await findMeetingByOccurrence(t.ctx.db, forum.id, '2024-03-07');
    if (!stored) throw new Error('meeting not stored');
    await storeUpdateMeeting(t.ctx.db, forum.id, stored.id, { state: 'held' });
    await charterFactory(t.ctx, org, forum, {
      effectiveFrom: '2024-01-01',
      cadence: { rrule: 'FREQ=WEEKLY;BYDAY=WE', startTime: '09:00', durationMinutes: 180 },
    });
    const march = await calendar(forum, '2024-03-01', '2024-03-31');
    expect(march.find((m) => m.state === 'held')?.start).toBe('2024-03-07T09:00:00+01:00');
    expect(march.filter((m) => m.origin === 'series').map((m) => m.start.slice(0, 10))).toEqual([
      '2024-03-06',
      '2024-03-13',
      '2024-03-20',
      '2024-03-27',
    ]);
    // And a held meeting cannot be moved any more.
    const err = await updateMeeting(t.ctx, operator(), org.slug, forum.shortName, stored.id, {
      start: '2024-03-08T09:00',
    }).catch((e: ForaError) => e);
    expect(err).toMatchObject({ code: 'conflict' });
  });

  it('answers not_found for a date on which the series has no meeting, storing nothing', async () => {
    const forum = await chefforum();
    const err = await cancelMeeting(t.ctx, operator(), org.slug, forum.shortName, '2025-05-13', {}).catch(
      (e: ForaError) => e,
    );
    expect(err).toMatchObject({ code: 'not_found' });
    expect(await findMeetingByOccurrence(t.ctx.db, forum.id, '2025-05-13')).toBeUndefined();
  });

  it('writes an audit row with the change', async () => {
    const forum = await chefforum();
    const moved = await updateMeeting(t.ctx, operator(), org.slug, forum.shortName, '2025-09-04', {
      start: '2025-09-03T09:00',
    });
    const events = await listAuditEvents(t.ctx.db, org.id, { objectId: moved.meetingId ?? '', limit: 10 });
    expect(events.map((e) => e.action)).toEqual(['meeting.update']);
    expect(events[0]?.detail).toMatchObject({ to: { start: '2025-09-03T09:00:00+02:00' } });
  });
});

describe('who may change the calendar', () => {
  it('lets the forum secretary move a meeting but not an ordinary member', async () => {
    const forum = await chefforum();
    const secretary = await personFactory(t.ctx, org, { name: 'Camilla Holm' });
    const member = await personFactory(t.ctx, org);
    await memberFactory(t.ctx, org, forum, secretary, 'secretary');
    await memberFactory(t.ctx, org, forum, member, 'member');
    const ok = await updateMeeting(
      t.ctx,
      await callerFor(t.ctx, secretary),
      org.slug,
      forum.shortName,
      '2025-10-02',
      { location: '915' },
    );
    expect(ok.location).toBe('915');
    const err = await updateMeeting(
      t.ctx,
      await callerFor(t.ctx, member),
      org.slug,
      forum.shortName,
      '2025-10-16',
      { location: 'x' },
    ).catch((e: ForaError) => e);
    expect(err).toMatchObject({ code: 'forbidden' });
    expect(await findMeetingByOccurrence(t.ctx.db, forum.id, '2025-10-16')).toBeUndefined();
  });
});
