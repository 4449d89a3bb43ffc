/** The annual wheel's rules: which meeting an entry points at, and when its placeholder is due. */
import { describe, expect, it } from 'vitest';
import {
  isPlaceholderDue,
  placeholderDueAt,
  type WheelWhen,
  wheelEntryInputSchema,
  wheelPeriod,
  wheelTarget,
} from '../../src/domain/annual-wheel.ts';
import { dueReminder, nextPresenter } from '../../src/domain/theme-plan.ts';

// Chefforum 2025: 1st and 3rd Thursday 09:00 (winter +01:00, summer +02:00); 20 March cancelled.
const meetings = [
  { start: '2025-03-06T09:00:00+01:00', cancelled: false },
  { start: '2025-03-20T09:00:00+01:00', cancelled: true },
  { start: '2025-03-27T09:00:00+01:00', cancelled: false },
  { start: '2025-05-01T09:00:00+02:00', cancelled: false },
  { start: '2025-05-15T09:00:00+02:00', cancelled: false },
  { start: '2025-12-29T09:00:00+01:00', cancelled: false },
];

describe('wheelTarget', () => {
  it.each<[string, WheelWhen, number, string | undefined]>([
    ['first meeting in March', { kind: 'first_in_month', month: 3 }, 2025, '2025-03-06T09:00:00+01:00'],
    ['last meeting in March', { kind: 'last_in_month', month: 3 }, 2025, '2025-03-27T09:00:00+01:00'],
    [
      'the meeting in week 13 (not the cancelled one in week 12)',
      { kind: 'in_week', week: 13 },
      2025,
      '2025-03-27T09:00:00+01:00',
    ],
    ['a cancelled meeting is no target', { kind: 'in_week', week: 12 }, 2025, undefined],
    ['a month without meetings', { kind: 'first_in_month', month: 4 }, 2025, undefined],
    ['another year', { kind: 'first_in_month', month: 3 }, 2024, undefined],
    [
      'ISO week 1 of 2026 begins in December 2025',
      { kind: 'in_week', week: 1 },
      2026,
      '2025-12-29T09:00:00+01:00',
    ],
  ])('%s', (_, when, year, expected) => {
    expect(wheelTarget(when, year, meetings)?.start).toBe(expected);
  });

  it('gives the period to build the calendar for', () => {
    expect(wheelPeriod({ kind: 'in_week', week: 1 }, 2026)).toEqual({ from: '2025-12-29', to: '2026-01-04' });
    expect(wheelPeriod({ kind: 'first_in_month', month: 2 }, 2024)).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    });
  });
});

describe('placeholder due', () => {
  const start = '2025-03-06T09:00:00+01:00';
  it.each([
    ['one minute early', '2025-02-06T08:59:00+01:00', false],
    ['exactly four weeks before', '2025-02-06T09:00:00+01:00', true],
    ['later, before the meeting', '2025-03-06T08:59:00+01:00', true],
    ['once the meeting has begun', '2025-03-06T09:00:00+01:00', false],
  ])('%s', (_, now, due) => {
    expect(isPlaceholderDue(start, 4, new Date(now))).toBe(due);
  });

  it('counts weeks in local time across the change to summer time', () => {
    // 3 April 09:00 (+02:00) minus four weeks is 6 March 09:00 (+01:00).
    expect(placeholderDueAt('2025-04-03T09:00:00+02:00', 4)).toBe('2025-03-06T08:00:00.000Z');
  });
});

describe('wheel entry input', () => {
  it.each([
    [{ kind: 'in_week', week: 54 }, 'when.week'],
    [{ kind: 'first_in_month', month: 0 }, 'when.month'],
    [{ kind: 'second_tuesday' }, 'when.kind'],
  ])('refuses %j at %s', (when, path) => {
    const r = wheelEntryInputSchema.safeParse({ title: 'T', when, responsiblePersonId: crypto.randomUUID() });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path.join('.')).toBe(path);
  });

  it('defaults to a theme item four weeks ahead', () => {
    const r = wheelEntryInputSchema.parse({
      title: 'Budget',
      when: { kind: 'first_in_month', month: 3 },
      responsiblePersonId: crypto.randomUUID(),
    });
    expect(r).toMatchObject({ itemType: 'theme', leadWeeks: 4, active: true });
  });
});

describe('presenter rotation', () => {
  const heads = ['borger', 'by', 'born', 'okonomi'];
  const turn = (p: string, meetingStart: string, status: 'proposed' | 'cancelled' = 'proposed') => ({
    presenterPersonId: p,
    meetingStart,
    status,
  });
  it.each([
    ['nobody has presented: the first head', [], 'borger'],
    ['the next in order who never presented', [turn('borger', '2025-04-23')], 'by'],
    [
      'the one whose turn lies furthest back',
      [
        turn('borger', '2025-05-21'),
        turn('by', '2025-03-01'),
        turn('born', '2025-04-01'),
        turn('okonomi', '2025-04-10'),
      ],
      'by',
    ],
    ['a cancelled turn does not count', [turn('borger', '2025-05-21', 'cancelled')], 'borger'],
  ])('%s', (_, plan, expected) => {
    expect(nextPresenter(heads, plan)).toBe(expected);
  });
  it('has nobody to propose without heads', () => expect(nextPresenter([], [])).toBeUndefined());
});

describe('presenter reminders', () => {
  const start = '2025-05-21T09:00:00+02:00';
  it.each([
    ['15 days before', '2025-05-06T09:00:00+02:00', undefined],
    ['14 days before', '2025-05-07T09:00:00+02:00', 14],
    ['5 days before', '2025-05-16T09:00:00+02:00', 14],
    ['3 days before', '2025-05-18T09:00:00+02:00', 3],
    ['once begun', '2025-05-21T09:00:00+02:00', undefined],
  ])('%s', (_, now, days) => {
    expect(dueReminder(start, new Date(now))).toBe(days);
  });
});
