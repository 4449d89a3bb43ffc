import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { DeadlineKind, DeadlineRule } from '../../src/domain/charter.ts';
import { computeDeadline } from '../../src/domain/deadlines.ts';

const ZONE = 'Europe/Copenhagen';
const at = (iso: string): DateTime => DateTime.fromISO(iso, { zone: ZONE });
const fmt = (dt: DateTime): string => dt.toISO({ suppressMilliseconds: true }) ?? '';

const thursdayNoonWeekBefore: DeadlineRule = { kind: 'weekday_in_week_before', weekday: 4, time: '12:00' };
const fridayWeekBefore: DeadlineRule = { kind: 'weekday_in_week_before', weekday: 5 };
const thursdayBefore: DeadlineRule = { kind: 'weekday_before', weekday: 4 };

describe('computeDeadline', () => {
  it.each<[string, DeadlineRule, string, DeadlineKind, string]>([
    // Chefforum: submission Thursday 12:00 and agenda Friday in the week before.
    ['CF submission', thursdayNoonWeekBefore, '2019-04-04T09:00', 'submission', '2019-03-28T12:00:00+01:00'],
    ['CF agenda', fridayWeekBefore, '2019-04-04T09:00', 'publication', '2019-03-29T16:00:00+01:00'],
    [
      'CF submission, meeting on Monday',
      thursdayNoonWeekBefore,
      '2025-04-28T09:00',
      'submission',
      '2025-04-24T12:00:00+02:00',
    ],
    // A Sunday belongs to the ISO week Monday-Sunday; the Thursday before that is Skærtorsdag 2025.
    [
      'CF submission, meeting on Sunday',
      thursdayNoonWeekBefore,
      '2025-04-27T09:00',
      'submission',
      '2025-04-16T12:00:00+02:00',
    ],
    // Thursday in the week before is Skærtorsdag 2024: back to Wednesday.
    [
      'submission on Skærtorsdag',
      thursdayNoonWeekBefore,
      '2024-04-03T09:00',
      'submission',
      '2024-03-27T12:00:00+01:00',
    ],
    // Friday in the week before is Langfredag 2024: back over Skærtorsdag to Wednesday.
    [
      'agenda on Langfredag',
      fridayWeekBefore,
      '2024-04-03T09:00',
      'publication',
      '2024-03-27T16:00:00+01:00',
    ],
    // Store Bededag 2023 (Friday 5 May) is a holiday; in 2024 the same Friday is a working day.
    [
      'agenda on Store Bededag 2023',
      fridayWeekBefore,
      '2023-05-11T09:00',
      'publication',
      '2023-05-04T16:00:00+02:00',
    ],
    [
      'agenda on former Store Bededag 2024',
      fridayWeekBefore,
      '2024-05-02T09:00',
      'publication',
      '2024-04-26T16:00:00+02:00',
    ],
    // Direktørforum: agenda the Thursday before the Monday meeting.
    ['DIF agenda', thursdayBefore, '2025-04-28T09:30', 'publication', '2025-04-24T16:00:00+02:00'],
    [
      'DIF agenda, Thursday is Kristi Himmelfartsdag',
      thursdayBefore,
      '2024-05-13T09:30',
      'publication',
      '2024-05-08T16:00:00+02:00',
    ],
    [
      'DIF agenda, meeting on a Thursday',
      thursdayBefore,
      '2025-04-24T09:30',
      'publication',
      '2025-04-16T16:00:00+02:00',
    ],
    // The Thursday before Easter Monday 2025 is Skærtorsdag.
    [
      'DIF agenda before Easter',
      thursdayBefore,
      '2025-04-22T09:30',
      'publication',
      '2025-04-16T16:00:00+02:00',
    ],
    // Lederdag: material 14 days before.
    [
      'Lederdag material',
      { kind: 'days_before', days: 14 },
      '2024-04-04T09:00',
      'publication',
      '2024-03-21T16:00:00+01:00',
    ],
    [
      '14 days before lands on Langfredag',
      { kind: 'days_before', days: 14 },
      '2024-04-12T09:00',
      'publication',
      '2024-03-27T16:00:00+01:00',
    ],
    [
      'working days before over Easter',
      { kind: 'working_days_before', days: 2 },
      '2024-04-02T09:00',
      'approval',
      '2024-03-26T16:00:00+01:00',
    ],
    [
      'working days before, explicit time',
      { kind: 'working_days_before', days: 3, time: '10:00' },
      '2025-05-30T09:00',
      'approval',
      '2025-05-26T10:00:00+02:00',
    ],
    // Minutes move forward.
    [
      'minutes on Skærtorsdag',
      { kind: 'days_after', days: 1 },
      '2024-03-27T09:00',
      'minutes',
      '2024-04-02T16:00:00+02:00',
    ],
    [
      'minutes on Store Bededag 2023',
      { kind: 'days_after', days: 1 },
      '2023-05-04T09:00',
      'minutes',
      '2023-05-08T16:00:00+02:00',
    ],
    [
      'minutes same day',
      { kind: 'days_after', days: 0, time: '15:00' },
      '2025-04-23T09:00',
      'minutes',
      '2025-04-23T15:00:00+02:00',
    ],
    [
      'minutes 3 working days after',
      { kind: 'working_days_after', days: 3 },
      '2025-05-27T09:00',
      'minutes',
      '2025-06-02T16:00:00+02:00',
    ],
    [
      'minutes across Kristi Himmelfartsdag',
      { kind: 'days_after', days: 2 },
      '2024-05-07T09:00',
      'minutes',
      '2024-05-10T16:00:00+02:00',
    ],
  ])('%s', (_name, rule, meeting, kind, expected) => {
    expect(fmt(computeDeadline(rule, at(meeting), kind))).toBe(expected);
  });

  it('keeps the wall-clock time across the summer-time switch', () => {
    // Meeting after the switch (30 March 2025), deadline before it.
    const d = computeDeadline(thursdayNoonWeekBefore, at('2025-04-03T09:00'), 'submission');
    expect(fmt(d)).toBe('2025-03-27T12:00:00+01:00');
  });

  it('reads a meeting start given in another zone as its Copenhagen date', () => {
    // 23:30 UTC on Sunday is 01:30 on Monday in Copenhagen: the Thursday before is 3 days earlier.
    const start = DateTime.fromISO('2025-04-27T23:30:00Z', { setZone: true });
    expect(fmt(computeDeadline(thursdayBefore, start, 'publication'))).toBe('2025-04-24T16:00:00+02:00');
  });
});
