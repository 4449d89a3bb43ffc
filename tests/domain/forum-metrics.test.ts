/** The dashboard's metrics as pure functions, table-driven. */
import { describe, expect, it } from 'vitest';
import type { FollowUpStatus } from '../../src/domain/follow-up.ts';
import {
  approvalLatencies,
  followUpCompletion,
  type ItemEvent,
  lateMinutes,
  lateSubmissions,
  leadTimes,
  quantile,
  summarise,
} from '../../src/domain/forum-metrics.ts';

const ev = (
  itemId: string,
  action: string,
  at: string,
  actor: string | null = 'sub',
  treatment?: string,
): ItemEvent => ({
  itemId,
  action,
  at,
  actorPersonId: actor,
  ...(treatment && { treatment }),
});

describe('quantile', () => {
  it.each<[number[], number, number | null]>([
    [[], 0.5, null],
    [[4], 0.5, 4],
    [[1, 2, 3, 10], 0.5, 2.5],
    [[3, 1, 2], 0.5, 2],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 9.1],
    [[10, 20], 0.9, 19],
  ])('%j at %d → %d', (values, q, expected) => expect(quantile(values, q)).toBe(expected));
});

describe('lead time from submission to decision', () => {
  it.each<[string | null, string | null, number[]]>([
    ['2025-05-01T10:00:00Z', '2025-05-08T22:00:00Z', [7.5]],
    ['2025-05-01T12:00:00+02:00', '2025-05-01T10:00:00Z', [0]],
    ['2025-05-01T00:00:00Z', '2025-05-22T00:00:00Z', [21]],
    [null, '2025-05-08T00:00:00Z', []],
    ['2025-05-01T00:00:00Z', null, []],
    ['2025-05-09T00:00:00Z', '2025-05-08T00:00:00Z', []],
  ])('submitted %s, decided %s → %j days', (submittedAt, decidedAt, days) =>
    expect(leadTimes([{ itemId: 'a', submittedAt, decidedAt }]).map((d) => d.days)).toEqual(days),
  );
});

describe('approval latency', () => {
  it.each<[string, ItemEvent[], number[]]>([
    [
      'approved by the approver 2 days later',
      [
        ev('a', 'item.submit', '2025-05-01T08:00:00Z'),
        ev('a', 'item.approve', '2025-05-03T08:00:00Z', 'dir'),
      ],
      [2],
    ],
    [
      'returned, then approved after resubmission: two latencies',
      [
        ev('b', 'item.submit', '2025-05-01T00:00:00Z'),
        ev('b', 'item.return', '2025-05-01T12:00:00Z', 'dir'),
        ev('b', 'item.submit', '2025-05-04T00:00:00Z'),
        ev('b', 'item.approve', '2025-05-05T00:00:00Z', 'dir'),
      ],
      [0.5, 1],
    ],
    [
      "the chair's own item, approved at submission: not counted",
      [
        ev('c', 'item.submit', '2025-05-01T00:00:00Z', 'chair'),
        ev('c', 'item.approve', '2025-05-01T00:00:00Z', 'chair'),
      ],
      [],
    ],
    ['still waiting', [ev('d', 'item.submit', '2025-05-01T00:00:00Z')], []],
  ])('%s', (_name, events, days) => expect(approvalLatencies(events).map((d) => d.days)).toEqual(days));
  it('summarises median and 90th percentile', () => {
    const ds = [1, 2, 3, 4].map((days, i) => ({ itemId: `${i}`, at: '', days }));
    expect(summarise(ds)).toEqual({ count: 4, medianDays: 2.5, p90Days: 3.7 });
  });
});

describe('deadline misses', () => {
  const deadlines = new Map([
    ['m1', '2025-05-08T12:00:00.000+02:00'],
    ['m2', null],
  ]);
  it.each<[string | null, string | null, boolean]>([
    ['2025-05-08T09:59:00Z', 'm1', false],
    ['2025-05-08T10:00:00Z', 'm1', false],
    ['2025-05-08T10:01:00Z', 'm1', true],
    ['2025-06-01T00:00:00Z', 'm2', false],
    [null, 'm1', false],
    ['2025-06-01T00:00:00Z', null, false],
  ])('submitted %s for %s: late %s (offsets compared as instants)', (submittedAt, meetingId, late) => {
    expect(lateSubmissions([{ meetingId, submittedAt }], deadlines).length).toBe(late ? 1 : 0);
  });
  it.each<[string | null, string | null, boolean]>([
    ['2025-05-20T16:00:00+02:00', '2025-05-19T10:00:00Z', false],
    ['2025-05-20T16:00:00+02:00', '2025-05-21T10:00:00Z', true],
    ['2025-05-20T16:00:00+02:00', null, true],
    ['2025-06-20T16:00:00+02:00', null, false],
    [null, '2025-05-21T10:00:00Z', false],
  ])(
    'minutes due %s, published %s: late %s (now 2025-06-01)',
    (minutesDeadline, minutesPublishedAt, late) => {
      expect(lateMinutes([{ minutesDeadline, minutesPublishedAt }], '2025-06-01T00:00:00Z').length).toBe(
        late ? 1 : 0,
      );
    },
  );
});

describe('follow-up completion', () => {
  it.each<[FollowUpStatus[], { total: number; done: number; share: number | null; overdue: number }]>([
    [[], { total: 0, done: 0, share: null, overdue: 0 }],
    [['done', 'done', 'open'], { total: 3, done: 2, share: 0.67, overdue: 0 }],
    [['overdue', 'done', 'open', 'overdue'], { total: 4, done: 1, share: 0.25, overdue: 2 }],
  ])('%j', (statuses, expected) => expect(followUpCompletion(statuses)).toEqual(expected));
});
