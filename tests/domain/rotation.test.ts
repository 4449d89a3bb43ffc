import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/domain/calendar.ts';
import type { StoredMeeting } from '../../src/domain/meeting.ts';
import { type CharterSpec, charter, membership, stored } from './factories.ts';

// Ishøj: koncernledelsen "afholdes hver 14. dag"; "Direktørerne skiftes til at være mødeledere".
const KONCERNLEDELSE: CharterSpec = {
  effectiveFrom: '2025-01-07',
  forumId: 'forum-kl',
  cadence: { rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', startTime: '09:00', durationMinutes: 120 },
  leaderRule: { kind: 'rotation', personIds: ['dir-a', 'dir-b', 'dir-c'] },
};
const kl = charter(KONCERNLEDELSE);
const summerCancelled = stored({
  id: 'cancelled-0722',
  forumId: 'forum-kl',
  occurrenceDate: '2025-07-22',
  start: '2025-07-22T09:00:00+02:00',
  end: '2025-07-22T11:00:00+02:00',
  state: 'cancelled',
});

const leaders = (storedMeetings: StoredMeeting[], from = '2025-01-01', to = '2025-12-31') =>
  buildCalendar({ charters: [kl], stored: storedMeetings, memberships: [], from, to }).map((m) => [
    m.start.slice(0, 10),
    m.leaderPersonId,
  ]);

describe('Koncernledelse: three directors take turns, every 14 days', () => {
  const year = leaders([summerCancelled]);

  it('has 26 meetings in 2025, one cancelled', () => {
    expect(year).toHaveLength(26);
    expect(year.filter(([, leader]) => leader === null)).toEqual([['2025-07-22', null]]);
  });

  it.each([
    ['2025-01-07', 'dir-a'],
    ['2025-01-21', 'dir-b'],
    ['2025-02-04', 'dir-c'],
    ['2025-02-18', 'dir-a'],
    ['2025-07-08', 'dir-b'], // the 14th meeting
    ['2025-07-22', null], // cancelled: uses no turn
    ['2025-08-05', 'dir-c'], // would have been dir-a without the cancellation
    ['2025-08-19', 'dir-a'],
    ['2025-12-23', 'dir-a'], // the 25th held meeting
  ])('%s is led by %s', (date, leader) => {
    expect(year).toContainEqual([date, leader]);
  });

  it('shares the 25 held meetings 9/8/8', () => {
    const count = (id: string) => year.filter(([, leader]) => leader === id).length;
    expect([count('dir-a'), count('dir-b'), count('dir-c')]).toEqual([9, 8, 8]);
  });

  it('counts turns from effectiveFrom even when the window starts later', () => {
    const autumn = leaders([summerCancelled], '2025-07-01', '2025-09-30');
    expect(autumn).toEqual(
      year.filter(([date]) => (date ?? '') >= '2025-07-01' && (date ?? '') <= '2025-09-30'),
    );
    expect(autumn[0]).toEqual(['2025-07-08', 'dir-b']);
  });

  it('gives an added meeting a turn in date order', () => {
    const extra = stored({
      id: 'extra',
      forumId: 'forum-kl',
      start: '2025-01-28T13:00:00+01:00',
      end: '2025-01-28T14:00:00+01:00',
    });
    expect(leaders([extra], '2025-01-01', '2025-02-28')).toEqual([
      ['2025-01-07', 'dir-a'],
      ['2025-01-21', 'dir-b'],
      ['2025-01-28', 'dir-c'],
      ['2025-02-04', 'dir-a'],
      ['2025-02-18', 'dir-b'],
    ]);
  });

  it('lets a stored leader override one meeting without shifting the rotation', () => {
    const swapped = stored({
      id: 'swapped',
      forumId: 'forum-kl',
      occurrenceDate: '2025-01-21',
      start: '2025-01-21T09:00:00+01:00',
      end: '2025-01-21T11:00:00+01:00',
      leaderPersonId: 'dir-c',
    });
    expect(leaders([swapped], '2025-01-01', '2025-02-28')).toEqual([
      ['2025-01-07', 'dir-a'],
      ['2025-01-21', 'dir-c'],
      ['2025-02-04', 'dir-c'],
      ['2025-02-18', 'dir-a'],
    ]);
  });

  it('starts the rotation again with a new charter version', () => {
    const v2 = charter({
      ...KONCERNLEDELSE,
      version: 2,
      effectiveFrom: '2025-07-01',
      leaderRule: { kind: 'rotation', personIds: ['dir-c', 'dir-a'] },
    });
    const ms = buildCalendar({
      charters: [kl, v2],
      stored: [],
      memberships: [],
      from: '2025-06-01',
      to: '2025-07-31',
    });
    expect(ms.map((m) => [m.start.slice(0, 10), m.leaderPersonId, m.charterVersion])).toEqual([
      ['2025-06-10', 'dir-c', 1],
      ['2025-06-24', 'dir-a', 1],
      // Version 2 expands FREQ=WEEKLY;INTERVAL=2 from its own effectiveFrom (Tuesday 1 July).
      ['2025-07-01', 'dir-c', 2],
      ['2025-07-15', 'dir-a', 2],
      ['2025-07-29', 'dir-c', 2],
    ]);
  });

  it('ignores memberships under a rotation rule and uses the chair under the chair rule', () => {
    const memberships = [
      membership({ forumId: 'forum-kl', personId: 'kd', role: 'chair', startDate: '2020-01-01' }),
    ];
    const chairRule = charter({ ...KONCERNLEDELSE, leaderRule: { kind: 'chair' } });
    const withChair = buildCalendar({
      charters: [chairRule],
      stored: [summerCancelled],
      memberships,
      from: '2025-07-01',
      to: '2025-07-31',
    });
    expect(withChair.map((m) => m.leaderPersonId)).toEqual(['kd', 'kd']);
    const withRotation = buildCalendar({
      charters: [kl],
      stored: [],
      memberships,
      from: '2025-01-01',
      to: '2025-01-31',
    });
    expect(withRotation.map((m) => m.leaderPersonId)).toEqual(['dir-a', 'dir-b']);
  });
});
