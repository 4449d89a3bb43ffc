import { describe, expect, it } from 'vitest';
import { validateCharter } from '../../src/domain/calendar.ts';
import { type CharterContentInput, charterContentSchema } from '../../src/domain/charter.ts';
import {
  CHEFFORUM_2019,
  type CharterSpec,
  DIREKTOERFORUM_2019,
  LEDERDAG_2019,
  LEDERFORUM_2019,
} from './factories.ts';

const validate = (spec: CharterContentInput, effectiveFrom = '2025-01-01') =>
  validateCharter(charterContentSchema.parse(spec), effectiveFrom);
const withCadence = (patch: Partial<CharterSpec['cadence']>): CharterContentInput => ({
  ...CHEFFORUM_2019,
  cadence: { ...CHEFFORUM_2019.cadence, ...patch },
});
const withDeadlines = (deadlines: CharterContentInput['deadlines']): CharterContentInput => ({
  ...CHEFFORUM_2019,
  deadlines,
});

describe('validateCharter', () => {
  it.each([
    ['Chefforum', CHEFFORUM_2019],
    ['Direktørforum', DIREKTOERFORUM_2019],
    ['Lederforum', LEDERFORUM_2019],
    ['Lederdag', LEDERDAG_2019],
  ])('accepts the seed charter of %s', (_name, spec) => {
    expect(validate(spec, spec.effectiveFrom)).toEqual([]);
  });

  it('accepts a complete set of consistent deadlines', () => {
    expect(
      validate(
        withDeadlines({
          submission: { kind: 'weekday_in_week_before', weekday: 4, time: '12:00' },
          approval: { kind: 'working_days_before', days: 4, time: '12:00' },
          publication: { kind: 'weekday_in_week_before', weekday: 5 },
          minutes: { kind: 'working_days_after', days: 3 },
        }),
      ),
    ).toEqual([]);
  });

  it.each([
    ['an unknown frequency', 'FREQ=FORTNIGHTLY'],
    ['garbage', 'every other thursday'],
    ['a bad weekday', 'FREQ=WEEKLY;BYDAY=XX'],
    ['a DTSTART', 'DTSTART:20250101T090000Z\nRRULE:FREQ=WEEKLY'],
    ['no FREQ', 'BYDAY=MO'],
    ['a sub-daily frequency', 'FREQ=HOURLY'],
    ['a BYHOUR (the time is startTime)', 'FREQ=WEEKLY;BYHOUR=9'],
    ['a trailing semicolon', 'FREQ=WEEKLY;BYDAY=MO;'],
    ['INTERVAL=0', 'FREQ=WEEKLY;INTERVAL=0'],
    ['a repeated property', 'FREQ=WEEKLY;FREQ=DAILY'],
  ])('rejects an RRULE with %s', (_name, rrule) => {
    expect(validate(withCadence({ rrule }))).toEqual([
      { path: 'cadence.rrule', problem: expect.stringMatching(/^invalid RRULE: /) },
    ]);
  });

  it('accepts an RRULE with an RRULE: prefix, lower case and a date-only UNTIL', () => {
    expect(validate(withCadence({ rrule: 'RRULE:freq=monthly;byday=1th,3th;until=20261231' }))).toEqual([]);
  });

  it.each([
    ['February 30th', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30'],
    ['an UNTIL before the start', 'FREQ=WEEKLY;UNTIL=20241231'],
  ])('rejects a cadence that produces no meetings: %s', (_name, rrule) => {
    expect(validate(withCadence({ rrule }))).toEqual([
      { path: 'cadence.rrule', problem: 'produces no meetings in the first 2 years' },
    ]);
  });

  it('rejects a cadence whose every meeting the holiday rule skips', () => {
    const christmas = {
      ...withCadence({ rrule: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25' }),
      holidayRule: 'skip' as const,
    };
    expect(validate(christmas)).toEqual([
      { path: 'cadence.rrule', problem: 'produces no meetings in the first 2 years' },
    ]);
  });

  it('rejects an invalid variation and a variation that matches no meeting', () => {
    const spec = withCadence({
      rrule: 'FREQ=WEEKLY;BYDAY=MO',
      variations: [
        { label: 'Broken', rrule: 'FREQ=MONTHLY;BYDAY=1XX' },
        { label: 'First Tuesday', rrule: 'FREQ=MONTHLY;BYDAY=1TU', durationMinutes: 240 },
        { label: 'First Monday', rrule: 'FREQ=MONTHLY;BYDAY=1MO', durationMinutes: 240 },
      ],
    });
    expect(validate(spec)).toEqual([
      { path: 'cadence.variations.0.rrule', problem: expect.stringMatching(/^invalid RRULE: /) },
      { path: 'cadence.variations.1.rrule', problem: 'matches no meeting in the first 2 years' },
    ]);
  });

  it.each<[string, CharterContentInput['deadlines'], { path: string; problem: string }[]]>([
    [
      'submission on the meeting day at 16:00',
      { submission: { kind: 'days_before', days: 0 } },
      [{ path: 'deadlines.submission', problem: 'falls after the meeting' }],
    ],
    [
      'submission exactly at the meeting start',
      { submission: { kind: 'days_before', days: 0, time: '09:00' } },
      [{ path: 'deadlines.submission', problem: 'falls after the meeting' }],
    ],
    [
      'approval after the meeting',
      { approval: { kind: 'days_after', days: 1 } },
      [{ path: 'deadlines.approval', problem: 'falls after the meeting' }],
    ],
    [
      'publication after the meeting',
      { publication: { kind: 'working_days_after', days: 2 } },
      [{ path: 'deadlines.publication', problem: 'falls after the meeting' }],
    ],
    [
      'minutes during the meeting',
      { minutes: { kind: 'days_after', days: 0, time: '10:00' } },
      [{ path: 'deadlines.minutes', problem: 'falls before the meeting ends' }],
    ],
    [
      'minutes before the meeting',
      { minutes: { kind: 'days_before', days: 1 } },
      [{ path: 'deadlines.minutes', problem: 'falls before the meeting ends' }],
    ],
    [
      'two wrong deadlines',
      { submission: { kind: 'days_after', days: 1 }, minutes: { kind: 'weekday_before', weekday: 1 } },
      [
        { path: 'deadlines.submission', problem: 'falls after the meeting' },
        { path: 'deadlines.minutes', problem: 'falls before the meeting ends' },
      ],
    ],
    ['minutes at the meeting end', { minutes: { kind: 'days_after', days: 0, time: '12:00' } }, []],
    [
      'submission just before the meeting',
      { submission: { kind: 'days_before', days: 0, time: '08:59' } },
      [],
    ],
  ])('%s', (_name, deadlines, expected) => {
    expect(validate(withDeadlines(deadlines))).toEqual(expected);
  });

  it('checks deadlines against the time of each variation', () => {
    // Breakfast meetings at 08:00 on the first Thursday: a same-day deadline at 08:30 is then too late.
    const early = (time: string): CharterContentInput => ({
      ...withCadence({
        variations: [{ label: 'Morgenmøde', rrule: 'FREQ=MONTHLY;BYDAY=1TH', startTime: '08:00' }],
      }),
      deadlines: { submission: { kind: 'days_before', days: 0, time } },
    });
    expect(validate(early('07:30'))).toEqual([]);
    expect(validate(early('08:30'))).toEqual([
      { path: 'deadlines.submission', problem: 'falls after the meeting' },
    ]);
  });
});
