import { describe, expect, it } from 'vitest';
import { buildCalendar, type CalendarInput } from '../../src/domain/calendar.ts';
import type { HolidayRule } from '../../src/domain/charter.ts';
import type { CalendarMeeting } from '../../src/domain/meeting.ts';
import {
  CHEFFORUM_2019,
  type CharterSpec,
  charter,
  DIREKTOERFORUM_2019,
  LEDERDAG_2019,
  LEDERFORUM_2019,
  membership,
} from './factories.ts';

const calendar = (spec: CharterSpec, from: string, to: string, extra: Partial<CalendarInput> = {}) =>
  buildCalendar({ charters: [charter(spec)], stored: [], memberships: [], from, to, ...extra });
const starts = (ms: CalendarMeeting[]) => ms.map((m) => m.start);
const find = (ms: CalendarMeeting[], date: string): CalendarMeeting => {
  const m = ms.find((x) => x.start.startsWith(date));
  if (!m) throw new Error(`no meeting on ${date}`);
  return m;
};

describe('Chefforum 2019: 1st and 3rd Thursday 09:00-12:00', () => {
  it('generates the spring of 2019, moving Skærtorsdag to the next working day', () => {
    const ms = calendar(CHEFFORUM_2019, '2019-03-01', '2019-06-30');
    expect(starts(ms)).toEqual([
      // 7 March is before the charter's effectiveFrom (18 March 2019).
      '2019-03-21T09:00:00+01:00',
      '2019-04-04T09:00:00+02:00',
      '2019-04-23T09:00:00+02:00', // 18 April: Skærtorsdag, Langfredag, weekend, 2. påskedag
      '2019-05-02T09:00:00+02:00',
      '2019-05-16T09:00:00+02:00',
      '2019-06-06T09:00:00+02:00',
      '2019-06-20T09:00:00+02:00',
    ]);
    const moved = find(ms, '2019-04-23');
    expect(moved).toMatchObject({
      occurrenceDate: '2019-04-18',
      holidayNote: 'Skærtorsdag',
      origin: 'series',
      state: 'planned',
      end: '2019-04-23T12:00:00+02:00',
      charterVersion: 1,
      meetingId: null,
      cancelled: false,
      location: '',
    });
  });

  it.each([
    // meeting, submission (Thursday 12:00 week before), agenda (Friday week before)
    ['2019-04-04', '2019-03-28T12:00:00+01:00', '2019-03-29T16:00:00+01:00'],
    ['2019-04-23', '2019-04-17T12:00:00+02:00', '2019-04-17T16:00:00+02:00'], // Thu/Fri are Easter
    ['2023-01-05', '2022-12-29T12:00:00+01:00', '2022-12-30T16:00:00+01:00'],
    ['2023-04-11', '2023-04-05T12:00:00+02:00', '2023-04-05T16:00:00+02:00'], // moved from Skærtorsdag
    ['2023-05-04', '2023-04-27T12:00:00+02:00', '2023-04-28T16:00:00+02:00'],
    ['2023-05-19', '2023-05-11T12:00:00+02:00', '2023-05-12T16:00:00+02:00'], // moved from Kristi Himmelfartsdag
  ])('meeting %s: submission %s, agenda %s', (date, submission, publication) => {
    const m = find(calendar(CHEFFORUM_2019, date, date), date);
    expect(m.deadlines).toEqual({ submission, approval: null, publication, minutes: null });
  });

  it('generates 2023 with the Easter and Ascension moves', () => {
    const ms = calendar(CHEFFORUM_2019, '2023-03-01', '2023-05-31');
    expect(ms.map((m) => [m.occurrenceDate, m.start.slice(0, 10), m.holidayNote])).toEqual([
      ['2023-03-02', '2023-03-02', null],
      ['2023-03-16', '2023-03-16', null],
      ['2023-04-06', '2023-04-11', 'Skærtorsdag'],
      ['2023-04-20', '2023-04-20', null],
      ['2023-05-04', '2023-05-04', null],
      ['2023-05-18', '2023-05-19', 'Kristi Himmelfartsdag'],
    ]);
  });

  it('gives 24 meetings a year and the chair as leader', () => {
    const memberships = [
      membership({ personId: 'kd-old', role: 'chair', startDate: '2015-01-01', endDate: '2022-12-31' }),
      membership({ personId: 'kd-new', role: 'chair', startDate: '2023-01-01' }),
      membership({ personId: 'chef-1', role: 'member', startDate: '2015-01-01' }),
    ];
    const ms = calendar(CHEFFORUM_2019, '2022-01-01', '2023-12-31', { memberships });
    expect(ms.filter((m) => m.start.startsWith('2023'))).toHaveLength(24);
    expect(find(ms, '2022-12-15').leaderPersonId).toBe('kd-old');
    expect(find(ms, '2023-01-05').leaderPersonId).toBe('kd-new');
  });

  it('has no leader when no chair membership is active', () => {
    expect(calendar(CHEFFORUM_2019, '2023-01-01', '2023-01-31').map((m) => m.leaderPersonId)).toEqual([
      null,
      null,
    ]);
  });
});

describe('Direktørforum: every Monday 09:30-11:30, extended the first Monday of the month', () => {
  it('generates April 2019 with the extended meeting and Easter Monday moved', () => {
    const ms = calendar(DIREKTOERFORUM_2019, '2019-04-01', '2019-04-30');
    expect(ms.map((m) => [m.start, m.end, m.variations, m.holidayNote])).toEqual([
      ['2019-04-01T09:30:00+02:00', '2019-04-01T14:00:00+02:00', ['Formøde til politiske møder'], null],
      ['2019-04-08T09:30:00+02:00', '2019-04-08T11:30:00+02:00', [], null],
      ['2019-04-15T09:30:00+02:00', '2019-04-15T11:30:00+02:00', [], null],
      ['2019-04-23T09:30:00+02:00', '2019-04-23T11:30:00+02:00', [], 'Anden påskedag'],
      ['2019-04-29T09:30:00+02:00', '2019-04-29T11:30:00+02:00', [], null],
    ]);
    expect(ms.map((m) => m.forumId)).toEqual(Array(5).fill('forum-dif'));
  });

  it.each([
    // meeting date, agenda (the Thursday before, 16:00)
    ['2019-04-01', '2019-03-28T16:00:00+01:00'],
    ['2019-04-23', '2019-04-17T16:00:00+02:00'], // Thursday before is Skærtorsdag
    ['2024-05-13', '2024-05-08T16:00:00+02:00'], // Thursday before is Kristi Himmelfartsdag
    ['2025-04-28', '2025-04-24T16:00:00+02:00'],
  ])('meeting %s: agenda %s', (date, publication) => {
    expect(find(calendar(DIREKTOERFORUM_2019, date, date), date).deadlines.publication).toBe(publication);
  });

  it('keeps the extended first Monday when a holiday moves it (2. påskedag 2024, Nytårsdag 2024)', () => {
    const ms = calendar(DIREKTOERFORUM_2019, '2024-01-01', '2024-04-30');
    const easter = find(ms, '2024-04-02');
    expect(easter).toMatchObject({
      occurrenceDate: '2024-04-01',
      end: '2024-04-02T14:00:00+02:00',
      variations: ['Formøde til politiske møder'],
      holidayNote: 'Anden påskedag',
    });
    expect(find(ms, '2024-01-02')).toMatchObject({ occurrenceDate: '2024-01-01', holidayNote: 'Nytårsdag' });
    expect(ms.filter((m) => m.variations.length > 0).map((m) => m.start.slice(0, 10))).toEqual([
      '2024-01-02',
      '2024-02-05',
      '2024-03-04',
      '2024-04-02',
    ]);
  });

  it('uses the variation start time when it has one', () => {
    const spec: CharterSpec = {
      ...DIREKTOERFORUM_2019,
      cadence: {
        ...DIREKTOERFORUM_2019.cadence,
        variations: [
          { label: 'Formøde', rrule: 'FREQ=MONTHLY;BYDAY=1MO', startTime: '08:30', durationMinutes: 330 },
        ],
      },
    };
    const m = find(calendar(spec, '2025-05-01', '2025-05-31'), '2025-05-05');
    expect([m.start, m.end, m.variations]).toEqual([
      '2025-05-05T08:30:00+02:00',
      '2025-05-05T14:00:00+02:00',
      ['Formøde'],
    ]);
  });
});

describe('Lederforum and Lederdag', () => {
  it('meets quarterly for 3.5 hours with the agenda out on Friday the week before', () => {
    const ms = calendar(LEDERFORUM_2019, '2019-01-01', '2020-12-31');
    expect(ms.map((m) => m.start.slice(0, 10))).toEqual([
      '2019-06-11',
      '2019-09-10',
      '2019-12-10',
      '2020-03-10',
      '2020-06-09',
      '2020-09-08',
      '2020-12-08',
    ]);
    expect(find(ms, '2019-06-11')).toMatchObject({
      start: '2019-06-11T13:00:00+02:00',
      end: '2019-06-11T16:30:00+02:00',
      deadlines: { publication: '2019-06-07T16:00:00+02:00', submission: null },
    });
  });

  it.each([
    // year, meeting start, end (next day), material 14 days before
    ['2024', '2024-04-04T09:00:00+02:00', '2024-04-05T15:00:00+02:00', '2024-03-21T16:00:00+01:00'],
    ['2025', '2025-04-03T09:00:00+02:00', '2025-04-04T15:00:00+02:00', '2025-03-20T16:00:00+01:00'],
    // 6 April 2023 is Skærtorsdag: the day moves to Tuesday 11 April.
    ['2023', '2023-04-11T09:00:00+02:00', '2023-04-12T15:00:00+02:00', '2023-03-28T16:00:00+02:00'],
  ])('Lederdag %s starts %s, ends %s, material by %s', (year, start, end, publication) => {
    const ms = calendar(LEDERDAG_2019, `${year}-01-01`, `${year}-12-31`);
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ start, end, deadlines: { publication } });
  });
});

describe('holiday rules', () => {
  // A single meeting on `date` at 10:00 (FREQ=YEARLY;COUNT=1 from that date).
  const single = (date: string, holidayRule: HolidayRule) =>
    calendar(
      {
        effectiveFrom: date,
        holidayRule,
        cadence: { rrule: 'FREQ=YEARLY;COUNT=1', startTime: '10:00', durationMinutes: 60 },
        deadlines: { minutes: { kind: 'working_days_after', days: 1 } },
      },
      date,
      '2026-12-31',
    ).map((m) => [m.start.slice(0, 10), m.occurrenceDate, m.holidayNote]);

  it.each<[string, string, HolidayRule, (string | null)[][]]>([
    ['Skærtorsdag 2024', '2024-03-28', 'skip', []],
    ['Skærtorsdag 2024', '2024-03-28', 'next_working_day', [['2024-04-02', '2024-03-28', 'Skærtorsdag']]],
    ['Skærtorsdag 2024', '2024-03-28', 'keep', [['2024-03-28', '2024-03-28', null]]],
    ['Langfredag 2025', '2025-04-18', 'skip', []],
    ['Langfredag 2025', '2025-04-18', 'next_working_day', [['2025-04-22', '2025-04-18', 'Langfredag']]],
    ['Langfredag 2025', '2025-04-18', 'keep', [['2025-04-18', '2025-04-18', null]]],
    ['2. påskedag 2025', '2025-04-21', 'skip', []],
    ['2. påskedag 2025', '2025-04-21', 'next_working_day', [['2025-04-22', '2025-04-21', 'Anden påskedag']]],
    ['2. påskedag 2025', '2025-04-21', 'keep', [['2025-04-21', '2025-04-21', null]]],
    ['Kristi himmelfartsdag 2025', '2025-05-29', 'skip', []],
    [
      'Kristi himmelfartsdag 2025',
      '2025-05-29',
      'next_working_day',
      [['2025-05-30', '2025-05-29', 'Kristi Himmelfartsdag']],
    ],
    ['Kristi himmelfartsdag 2025', '2025-05-29', 'keep', [['2025-05-29', '2025-05-29', null]]],
    ['Store Bededag 2023', '2023-05-05', 'skip', []],
    ['Store Bededag 2023', '2023-05-05', 'next_working_day', [['2023-05-08', '2023-05-05', 'Store Bededag']]],
    ['Store Bededag 2023', '2023-05-05', 'keep', [['2023-05-05', '2023-05-05', null]]],
    ['former Store Bededag 2024', '2024-04-26', 'skip', [['2024-04-26', '2024-04-26', null]]],
    ['former Store Bededag 2024', '2024-04-26', 'next_working_day', [['2024-04-26', '2024-04-26', null]]],
    ['former Store Bededag 2024', '2024-04-26', 'keep', [['2024-04-26', '2024-04-26', null]]],
    ['Grundlovsdag 2025 (observance)', '2025-06-05', 'skip', [['2025-06-05', '2025-06-05', null]]],
    ['Saturday before Pinse 2025', '2025-06-07', 'skip', []],
    [
      'Saturday before Pinse 2025',
      '2025-06-07',
      'next_working_day',
      [['2025-06-10', '2025-06-07', 'Weekend']],
    ],
  ])('%s (%s) under %s', (_name, date, rule, expected) => {
    expect(single(date, rule)).toEqual(expected);
  });

  it('moves the minutes deadline of a meeting before Easter past the holidays', () => {
    const ms = calendar(
      {
        effectiveFrom: '2024-03-27',
        cadence: { rrule: 'FREQ=YEARLY;COUNT=1', startTime: '09:00', durationMinutes: 180 },
        deadlines: { minutes: { kind: 'days_after', days: 1 } },
      },
      '2024-01-01',
      '2024-12-31',
    );
    expect(ms[0]?.deadlines.minutes).toBe('2024-04-02T16:00:00+02:00');
  });
});

describe('summer time', () => {
  const weeklyThursday: CharterSpec = {
    effectiveFrom: '2025-01-01',
    cadence: { rrule: 'FREQ=WEEKLY;BYDAY=TH', startTime: '09:00', durationMinutes: 180 },
    deadlines: { submission: { kind: 'weekday_in_week_before', weekday: 4, time: '12:00' } },
  };

  it.each([
    // The last Sunday of March 2025 is 30 March; of October 26 October.
    [
      '2025-03-20',
      '2025-04-05',
      ['2025-03-20T09:00:00+01:00', '2025-03-27T09:00:00+01:00', '2025-04-03T09:00:00+02:00'],
    ],
    [
      '2025-10-16',
      '2025-11-01',
      ['2025-10-16T09:00:00+02:00', '2025-10-23T09:00:00+02:00', '2025-10-30T09:00:00+01:00'],
    ],
  ])('keeps 09:00 local from %s to %s', (from, to, expected) => {
    expect(starts(calendar(weeklyThursday, from, to))).toEqual(expected);
  });

  it('keeps the end and the deadline in local time across the switch', () => {
    const m = find(calendar(weeklyThursday, '2025-04-03', '2025-04-03'), '2025-04-03');
    expect(m.end).toBe('2025-04-03T12:00:00+02:00');
    expect(m.deadlines.submission).toBe('2025-03-27T12:00:00+01:00');
  });
});
