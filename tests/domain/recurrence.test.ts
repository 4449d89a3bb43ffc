import { describe, expect, it } from 'vitest';
import { expandDates, parseRecurrence } from '../../src/domain/recurrence.ts';

const expand = (rrule: string, start: string, from: string, to: string): string[] => {
  const parsed = parseRecurrence(rrule);
  if (!parsed.ok) throw new Error(parsed.problem);
  return expandDates(parsed.options, start, '09:00', from, to);
};

describe('recurrence expansion', () => {
  it.each([
    [
      'FREQ=MONTHLY;BYDAY=1TH,3TH',
      '2019-03-18',
      '2019-03-01',
      '2019-05-31',
      ['2019-03-21', '2019-04-04', '2019-04-18', '2019-05-02', '2019-05-16'],
    ],
    [
      'FREQ=WEEKLY;BYDAY=MO',
      '2024-03-18',
      '2024-03-01',
      '2024-04-08',
      ['2024-03-18', '2024-03-25', '2024-04-01', '2024-04-08'],
    ],
    [
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE',
      '2025-01-01',
      '2025-04-01',
      '2025-05-31',
      ['2025-04-09', '2025-04-23', '2025-05-07', '2025-05-21'],
    ],
    [
      'FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU',
      '2025-01-01',
      '2025-01-01',
      '2025-12-31',
      ['2025-01-14', '2025-04-08', '2025-07-08', '2025-10-14'],
    ],
    ['FREQ=WEEKLY;COUNT=3', '2025-01-06', '2025-01-13', '2025-12-31', ['2025-01-13', '2025-01-20']],
    [
      'FREQ=WEEKLY;UNTIL=20250120',
      '2025-01-06',
      '2025-01-01',
      '2025-12-31',
      ['2025-01-06', '2025-01-13', '2025-01-20'],
    ],
    ['FREQ=WEEKLY;BYDAY=MO', '2025-01-06', '2024-12-01', '2025-01-05', []],
  ])('%s from %s, window %s..%s', (rrule, start, from, to, expected) => {
    expect(expand(rrule, start, from, to)).toEqual(expected);
  });

  it.each([
    'FREQ=WEEKLY',
    'RRULE:FREQ=WEEKLY;BYDAY=MO',
    'freq=monthly;byday=-1fr',
    'FREQ=YEARLY;BYMONTH=4;BYDAY=1TH',
  ])('accepts %s', (rrule) => {
    expect(parseRecurrence(rrule).ok).toBe(true);
  });

  it.each([
    ['', 'invalid RRULE: empty'],
    ['FREQ=WEEKLY;COUNT=2;UNTIL=20250101', 'invalid RRULE: COUNT and UNTIL together'],
    ['FREQ=WEEKLY;X-NAME=1', 'invalid RRULE: unsupported property "X-NAME"'],
    ['FREQ=MONTHLY;BYMONTHDAY=32', 'invalid RRULE: bad value "32" for BYMONTHDAY'],
  ])('rejects %j', (rrule, problem) => {
    expect(parseRecurrence(rrule)).toEqual({ ok: false, problem });
  });
});
