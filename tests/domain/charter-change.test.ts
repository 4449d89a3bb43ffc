import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/domain/calendar.ts';
import type { Charter } from '../../src/domain/charter.ts';
import type { CalendarMeeting, StoredMeeting } from '../../src/domain/meeting.ts';
import { CHEFFORUM_2019, charter, stored } from './factories.ts';

// Chefforum: 1st and 3rd Thursday from 2019; every Wednesday from 2024 (the referat of 13 March 2024
// refers to meetings on 20 March and 10 April); every second Wednesday from 2025 (23 April 2025).
const v1 = charter({ ...CHEFFORUM_2019, version: 1 });
const v2 = charter({
  ...CHEFFORUM_2019,
  version: 2,
  effectiveFrom: '2024-01-01',
  cadence: { rrule: 'FREQ=WEEKLY;BYDAY=WE', startTime: '09:00', durationMinutes: 180 },
});
const v3 = charter({
  ...CHEFFORUM_2019,
  version: 3,
  effectiveFrom: '2025-01-01',
  cadence: { rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE', startTime: '09:00', durationMinutes: 180 },
});

const heldBeforeChange = stored({
  id: 'cf-2023-12-21',
  occurrenceDate: '2023-12-21',
  start: '2023-12-21T09:00:00+01:00',
  end: '2023-12-21T12:00:00+01:00',
  state: 'minutes_approved',
  location: '915',
});
// "referat fra mødet den 29. februar 2024": the Wednesday meeting held on Thursday instead.
const heldMoved = stored({
  id: 'cf-2024-02-29',
  occurrenceDate: '2024-02-28',
  start: '2024-02-29T09:00:00+01:00',
  end: '2024-02-29T12:00:00+01:00',
  state: 'minutes_approved',
});

const build = (charters: Charter[], storedMeetings: StoredMeeting[], from: string, to: string) =>
  buildCalendar({ charters, stored: storedMeetings, memberships: [], from, to });
const summary = (ms: CalendarMeeting[]) =>
  ms.map((m) => [m.start, m.origin, m.charterVersion, m.occurrenceDate, m.meetingId]);

describe('charter changes', () => {
  const charters = [v3, v1, v2]; // any order

  it('switches from Thursdays to Wednesdays on 1 January 2024 and keeps the held meeting', () => {
    expect(summary(build(charters, [heldBeforeChange, heldMoved], '2023-12-01', '2024-01-31'))).toEqual([
      ['2023-12-07T09:00:00+01:00', 'series', 1, '2023-12-07', null],
      ['2023-12-21T09:00:00+01:00', 'kept', 1, '2023-12-21', 'cf-2023-12-21'],
      // No 1st Thursday 4 January 2024: version 1 ends on 31 December.
      ['2024-01-03T09:00:00+01:00', 'series', 2, '2024-01-03', null],
      ['2024-01-10T09:00:00+01:00', 'series', 2, '2024-01-10', null],
      ['2024-01-17T09:00:00+01:00', 'series', 2, '2024-01-17', null],
      ['2024-01-24T09:00:00+01:00', 'series', 2, '2024-01-24', null],
      ['2024-01-31T09:00:00+01:00', 'series', 2, '2024-01-31', null],
    ]);
  });

  it('contains the real 2024 meetings (13 and 20 March, 10 April) and the moved 29 February', () => {
    const ms = build(charters, [heldBeforeChange, heldMoved], '2024-02-26', '2024-04-30');
    expect(ms.map((m) => m.start.slice(0, 10))).toEqual([
      '2024-02-29',
      '2024-03-06',
      '2024-03-13',
      '2024-03-20',
      '2024-03-27',
      '2024-04-03',
      '2024-04-10',
      '2024-04-17',
      '2024-04-24',
    ]);
    expect(ms[0]).toMatchObject({ origin: 'moved', state: 'minutes_approved', occurrenceDate: '2024-02-28' });
    // The week after Easter: Thursday and Friday of the week before are Skærtorsdag and Langfredag.
    expect(ms.find((m) => m.start.startsWith('2024-04-03'))?.deadlines).toMatchObject({
      submission: '2024-03-27T12:00:00+01:00',
      publication: '2024-03-27T16:00:00+01:00',
    });
  });

  it('contains the real 2025 meetings (23 April, 7 and 21 May) every second Wednesday', () => {
    const ms = build(charters, [], '2025-04-01', '2025-05-31');
    expect(summary(ms)).toEqual([
      ['2025-04-09T09:00:00+02:00', 'series', 3, '2025-04-09', null],
      ['2025-04-23T09:00:00+02:00', 'series', 3, '2025-04-23', null],
      ['2025-05-07T09:00:00+02:00', 'series', 3, '2025-05-07', null],
      ['2025-05-21T09:00:00+02:00', 'series', 3, '2025-05-21', null],
    ]);
  });

  it('moves the first meeting of 2025 off Nytårsdag', () => {
    const [first] = build(charters, [], '2025-01-01', '2025-01-10');
    expect(first).toMatchObject({
      start: '2025-01-02T09:00:00+01:00',
      occurrenceDate: '2025-01-01',
      holidayNote: 'Nytårsdag',
    });
  });

  it('keeps a held meeting that a retroactive change no longer generates', () => {
    const retro = charter({ ...v2, version: 2, effectiveFrom: '2023-12-01' });
    const ms = build([v1, retro], [heldBeforeChange], '2023-12-01', '2023-12-31');
    expect(summary(ms)).toEqual([
      ['2023-12-06T09:00:00+01:00', 'series', 2, '2023-12-06', null],
      ['2023-12-13T09:00:00+01:00', 'series', 2, '2023-12-13', null],
      ['2023-12-20T09:00:00+01:00', 'series', 2, '2023-12-20', null],
      ['2023-12-21T09:00:00+01:00', 'kept', 2, '2023-12-21', 'cf-2023-12-21'],
      ['2023-12-27T09:00:00+01:00', 'series', 2, '2023-12-27', null],
    ]);
    expect(ms[3]?.location).toBe('915');
  });

  it('lets the newer version win when two versions share a start date', () => {
    const later = charter({ ...v2, version: 4, cadence: { ...v2.cadence, startTime: '10:00' } });
    const ms = build([v1, later, v2], [], '2024-01-01', '2024-01-07');
    expect(summary(ms)).toEqual([['2024-01-03T10:00:00+01:00', 'series', 4, '2024-01-03', null]]);
  });

  it('gives meetings before the first charter no deadlines and version 0', () => {
    const early = stored({
      id: 'early',
      start: '2019-02-07T09:00:00+01:00',
      end: '2019-02-07T12:00:00+01:00',
    });
    const [m] = build([v1], [early], '2019-01-01', '2019-03-01');
    expect(m).toMatchObject({
      origin: 'added',
      charterVersion: 0,
      deadlines: { submission: null, approval: null, publication: null, minutes: null },
    });
  });
});

describe('stored exceptions survive regeneration', () => {
  const moved = stored({
    id: 'moved',
    occurrenceDate: '2024-03-20',
    start: '2024-03-21T10:00:00+01:00',
    end: '2024-03-21T13:00:00+01:00',
    location: 'Byrådssalen',
  });
  const cancelled = stored({
    id: 'cancelled',
    occurrenceDate: '2024-04-03',
    start: '2024-04-03T09:00:00+02:00',
    end: '2024-04-03T12:00:00+02:00',
    state: 'cancelled',
  });
  const added = stored({ id: 'added', start: '2024-04-18T13:00:00+02:00', end: '2024-04-18T15:00:00+02:00' });
  const exceptions = [moved, cancelled, added];
  const view = (ms: CalendarMeeting[]) => ms.map((m) => [m.start, m.origin, m.cancelled, m.charterVersion]);

  it('applies moved, cancelled and added meetings to the series', () => {
    const ms = build([v1, v2], exceptions, '2024-03-15', '2024-04-20');
    expect(view(ms)).toEqual([
      ['2024-03-21T10:00:00+01:00', 'moved', false, 2],
      ['2024-03-27T09:00:00+01:00', 'series', false, 2],
      ['2024-04-03T09:00:00+02:00', 'cancelled', true, 2],
      ['2024-04-10T09:00:00+02:00', 'series', false, 2],
      ['2024-04-17T09:00:00+02:00', 'series', false, 2],
      ['2024-04-18T13:00:00+02:00', 'added', false, 2],
    ]);
    expect(ms[0]).toMatchObject({
      meetingId: 'moved',
      location: 'Byrådssalen',
      occurrenceDate: '2024-03-20',
    });
    expect(ms[2]).toMatchObject({ meetingId: 'cancelled', state: 'cancelled' });
  });

  it('keeps them when a new version changes the meeting time', () => {
    const afternoon = charter({
      ...v2,
      version: 3,
      effectiveFrom: '2024-03-15',
      cadence: { ...v2.cadence, startTime: '13:00' },
    });
    expect(view(build([v1, v2, afternoon], exceptions, '2024-03-15', '2024-04-20'))).toEqual([
      ['2024-03-21T10:00:00+01:00', 'moved', false, 3],
      ['2024-03-27T13:00:00+01:00', 'series', false, 3],
      ['2024-04-03T09:00:00+02:00', 'cancelled', true, 3],
      ['2024-04-10T13:00:00+02:00', 'series', false, 3],
      ['2024-04-17T13:00:00+02:00', 'series', false, 3],
      ['2024-04-18T13:00:00+02:00', 'added', false, 3],
    ]);
  });

  it('keeps them when a new version moves the series to another weekday', () => {
    const tuesdays = charter({
      ...v2,
      version: 3,
      effectiveFrom: '2024-03-15',
      cadence: { ...v2.cadence, rrule: 'FREQ=WEEKLY;BYDAY=TU' },
    });
    const ms = build([v1, v2, tuesdays], exceptions, '2024-03-15', '2024-04-20');
    expect(view(ms)).toEqual([
      ['2024-03-19T09:00:00+01:00', 'series', false, 3],
      ['2024-03-21T10:00:00+01:00', 'moved', false, 3],
      ['2024-03-26T09:00:00+01:00', 'series', false, 3],
      // 2 April is the Tuesday after Easter: a working day.
      ['2024-04-02T09:00:00+02:00', 'series', false, 3],
      ['2024-04-03T09:00:00+02:00', 'cancelled', true, 3],
      ['2024-04-09T09:00:00+02:00', 'series', false, 3],
      ['2024-04-16T09:00:00+02:00', 'series', false, 3],
      ['2024-04-18T13:00:00+02:00', 'added', false, 3],
    ]);
  });

  it('gives the same result when built twice', () => {
    const once = build([v1, v2], exceptions, '2024-01-01', '2024-12-31');
    expect(build([v1, v2], exceptions, '2024-01-01', '2024-12-31')).toEqual(once);
  });

  it('marks a stored meeting at its series time as kept, and one at another time as moved', () => {
    const sameTime = stored({
      id: 'same',
      occurrenceDate: '2024-03-27',
      start: '2024-03-27T08:00:00Z', // the same instant as 09:00+01:00
      end: '2024-03-27T11:00:00Z',
      state: 'held',
    });
    const laterSameDay = stored({
      id: 'later',
      occurrenceDate: '2024-04-10',
      start: '2024-04-10T10:00:00+02:00',
      end: '2024-04-10T12:00:00+02:00',
    });
    const ms = build([v1, v2], [sameTime, laterSameDay], '2024-03-27', '2024-04-10');
    expect(ms.map((m) => [m.meetingId, m.origin, m.start])).toEqual([
      ['same', 'kept', '2024-03-27T09:00:00+01:00'],
      [null, 'series', '2024-04-03T09:00:00+02:00'],
      ['later', 'moved', '2024-04-10T10:00:00+02:00'],
    ]);
  });

  it('shows a stored meeting by its actual date, not its series date', () => {
    const movedOut = stored({
      id: 'out',
      occurrenceDate: '2024-03-27',
      start: '2024-05-02T09:00:00+02:00',
      end: '2024-05-02T12:00:00+02:00',
    });
    const march = build([v1, v2], [movedOut], '2024-03-25', '2024-03-31');
    expect(march).toEqual([]);
    const may = build([v1, v2], [movedOut], '2024-05-02', '2024-05-02');
    expect(may.map((m) => [m.meetingId, m.origin])).toEqual([['out', 'moved']]);
  });
});

describe('invalid charters', () => {
  it.each([
    ['cadence.rrule', { rrule: 'FREQ=FORTNIGHTLY' }],
    ['cadence.variations.0.rrule', { variations: [{ label: 'x', rrule: 'FREQ=MONTHLY;BYDAY=9XX' }] }],
  ])('refuse to build a calendar (%s)', (path, patch) => {
    const broken = { ...v2, cadence: { ...v2.cadence, ...patch } };
    expect(() => build([v1, broken], [], '2024-01-01', '2024-01-31')).toThrow(
      expect.objectContaining({ code: 'validation_failed', details: [expect.objectContaining({ path })] }),
    );
  });
});

describe('windows', () => {
  const exceptions = [
    heldBeforeChange,
    heldMoved,
    // Series date in January, moved into March.
    stored({
      id: 'late',
      occurrenceDate: '2024-01-17',
      start: '2024-03-14T13:00:00+01:00',
      end: '2024-03-14T15:00:00+01:00',
    }),
  ];
  const wide = build([v1, v2, v3], exceptions, '2019-01-01', '2025-12-31');

  it.each([
    ['2019-04-01', '2019-04-30'],
    ['2023-12-15', '2024-01-15'],
    ['2024-03-01', '2024-03-31'],
    ['2024-12-20', '2025-01-10'],
  ])('gives the same meetings for %s..%s as a wide window', (from, to) => {
    const narrow = build([v1, v2, v3], exceptions, from, to);
    expect(narrow.length).toBeGreaterThan(0);
    expect(narrow).toEqual(wide.filter((m) => m.start.slice(0, 10) >= from && m.start.slice(0, 10) <= to));
  });

  it('shows a meeting moved from far outside the window as moved, without its series occurrence', () => {
    const march = build([v1, v2, v3], exceptions, '2024-03-14', '2024-03-14');
    expect(march.map((m) => [m.meetingId, m.origin, m.occurrenceDate])).toEqual([
      ['late', 'moved', '2024-01-17'],
    ]);
    const january = build([v1, v2, v3], exceptions, '2024-01-15', '2024-01-20');
    expect(january).toEqual([]);
  });
});
