/**
 * The theme plan's and Lederforum themes' page logic: coming and past meetings, the next theme
 * discussion, the status changes offered, the form's checks, the meetings a theme can be selected
 * for; and the numbers the pages state (reminder days, two themes) kept equal to the domain's.
 */
import { describe, expect, it } from 'vitest';
import * as plan from '../../src/domain/theme-plan.ts';
import * as themes from '../../src/domain/themes.ts';
import {
  assignmentFieldOf,
  assignmentProblems,
  comingAssignments,
  fill,
  PRESENTER_REMINDER_DAYS,
  planMeetings,
  presenterChoices,
  splitComing,
  statusChanges,
  THEME_STATUSES,
  type ThemePlanEntry,
  titleInSentence,
} from '../../src/ui/theme-plan-data.ts';
import { MAX_THEMES_PER_MEETING, type ThemeView, themeMeetings } from '../../src/ui/themes-data.ts';
import type { CalendarEntry, ForumView } from '../../src/ui/types.ts';

const meeting = (start: string, over: Partial<CalendarEntry> = {}) =>
  ({
    meetingId: null,
    occurrenceDate: start.slice(0, 10),
    start,
    end: start,
    state: 'planned',
    cancelled: false,
    ...over,
  }) as CalendarEntry;

const assignment = (meetingId: string, meetingStart: string, over: Partial<ThemePlanEntry> = {}) =>
  ({
    id: `${meetingId}-${over.theme ?? 'x'}`,
    meetingId,
    meetingStart,
    theme: 'Rekruttering',
    presenterPersonId: 'p1',
    presenterName: 'Dorthe Espenhein',
    status: 'proposed',
    note: '',
    ...over,
  }) as ThemePlanEntry;

const NOW = new Date('2025-05-13T08:00:00Z');

describe('the theme plan page', () => {
  it('lists every coming meeting, soonest first, and only the past meetings that had a theme', () => {
    const calendar = [
      meeting('2025-05-21T07:00:00.000Z', { meetingId: 'm21' }),
      meeting('2025-05-07T07:00:00.000Z', { meetingId: 'm07', state: 'minutes_approved' }),
      meeting('2025-04-23T07:00:00.000Z'),
      meeting('2025-06-04T07:00:00.000Z'),
    ];
    const entries = [
      assignment('m21', '2025-05-21T07:00:00.000Z'),
      assignment('m07', '2025-05-07T07:00:00.000Z', { theme: 'Trivsel' }),
      // A meeting the calendar's period does not cover still shows.
      assignment('m-old', '2024-03-13T08:00:00.000Z', { theme: 'Mangfoldighed' }),
    ];
    const { coming, past } = planMeetings(calendar, entries, NOW);
    expect(coming.map((m) => [m.start.slice(0, 10), m.assignments.map((a) => a.theme)])).toEqual([
      ['2025-05-21', ['Rekruttering']],
      ['2025-06-04', []],
    ]);
    expect(past.map((m) => [m.start.slice(0, 10), m.assignments.map((a) => a.theme)])).toEqual([
      ['2025-05-07', ['Trivsel']],
      ['2024-03-13', ['Mangfoldighed']],
    ]);
  });

  it('matches an assignment to a series date by its start when the calendar has no stored meeting', () => {
    const { coming } = planMeetings(
      [meeting('2025-05-21T07:00:00.000Z')],
      [assignment('stored', '2025-05-21T07:00:00.000Z')],
      NOW,
    );
    expect(coming).toHaveLength(1);
    expect(coming[0]?.assignments).toHaveLength(1);
  });

  it('names the coming discussions that stand, soonest first', () => {
    const entries = [
      assignment('b', '2025-06-04T07:00:00.000Z', { theme: 'B' }),
      assignment('a', '2025-05-21T07:00:00.000Z', { theme: 'A', status: 'cancelled' }),
      assignment('c', '2025-05-21T07:00:00.000Z', { theme: 'C', status: 'confirmed' }),
      assignment('d', '2025-05-07T07:00:00.000Z', { theme: 'D' }),
    ];
    expect(comingAssignments(entries, NOW).map((a) => a.theme)).toEqual(['C', 'B']);
  });

  it('offers the status changes that make sense', () => {
    expect(statusChanges('proposed')).toEqual(['confirmed', 'presented', 'cancelled']);
    expect(statusChanges('confirmed')).toEqual(['presented', 'cancelled']);
    expect(statusChanges('presented')).toEqual([]);
    expect(statusChanges('cancelled')).toEqual(['proposed']);
  });

  it('offers the chair and the members as presenters, not the secretary', () => {
    const forum = {
      members: [
        { personId: 'h', role: 'chair', name: 'Henrik Harder', title: 'Kommunaldirektør' },
        { personId: 's', role: 'secretary', name: 'Camilla Holm Nielsen', title: 'Sekretær' },
        { personId: 'd', role: 'member', name: 'Dorthe Espenhein', title: 'Afdelingschef' },
        { personId: 'g', role: 'guest', name: 'Gæst', title: '' },
      ],
    } as unknown as ForumView;
    expect(presenterChoices(forum).map((c) => c.name)).toEqual(['Henrik Harder', 'Dorthe Espenhein']);
  });

  it('checks the form and places the API’s errors at their field', () => {
    expect(assignmentProblems({ meeting: '', theme: ' ', presenterPersonId: '', note: '' })).toEqual({
      meeting: 'meetingRequired',
      theme: 'themeRequired',
      presenterPersonId: 'presenterRequired',
    });
    expect(
      assignmentProblems({ meeting: '2025-05-21', theme: 'x'.repeat(301), presenterPersonId: 'p', note: '' }),
    ).toEqual({ theme: 'themeTooLong' });
    expect(assignmentFieldOf('presenterPersonId')).toBe('presenterPersonId');
    expect(assignmentFieldOf('status')).toBeNull();
  });

  it('writes the presenter’s title in lower case inside a Danish sentence', () => {
    expect(titleInSentence('Afdelingschef for Økonomi & Stab', 'da')).toBe(
      'afdelingschef for Økonomi & Stab',
    );
    expect(titleInSentence('Head of Finance', 'en')).toBe('Head of Finance');
    expect(
      fill('{presenter} har temadrøftelsen den {date}', { presenter: 'Marie Aasøe', date: '21. maj 2025' }),
    ).toBe('Marie Aasøe har temadrøftelsen den 21. maj 2025');
  });

  it('states the same numbers as the domain', () => {
    expect(PRESENTER_REMINDER_DAYS).toEqual([...plan.PRESENTER_REMINDER_DAYS]);
    expect(THEME_STATUSES).toEqual([...plan.THEME_STATUSES]);
    // The pages say "højst to temaer".
    expect(MAX_THEMES_PER_MEETING).toBe(themes.MAX_THEMES_PER_MEETING);
    expect(MAX_THEMES_PER_MEETING).toBe(2);
  });
});

describe('the themes page', () => {
  it('lists the coming open meetings with the themes selected for each', () => {
    const calendar = [
      meeting('2025-09-09T11:00:00.000Z'),
      meeting('2025-06-10T11:00:00.000Z', { meetingId: 'june' }),
      meeting('2025-03-11T12:00:00.000Z', { meetingId: 'march', state: 'held' }),
      meeting('2025-12-09T12:00:00.000Z', { cancelled: true, state: 'cancelled' }),
    ];
    const theme = (title: string, status: 'proposed' | 'selected', meetingId: string | null) =>
      ({ id: title, title, status, meetingId, itemId: meetingId ? `${title}-item` : null }) as ThemeView;
    const list = [
      theme('A', 'selected', 'june'),
      theme('B', 'proposed', null),
      theme('C', 'selected', 'march'),
    ];
    expect(themeMeetings(calendar, list, NOW).map((m) => [m.key, m.selected.map((t) => t.title)])).toEqual([
      ['june', ['A']],
      ['2025-09-09', []],
    ]);
  });
});

describe('the coming meetings shown at once', () => {
  const meetings = (themed: number[], n: number) =>
    Array.from({ length: n }, (_, i) => ({ i, assignments: themed.includes(i) ? ['theme'] : [] }));
  it.each([
    ['up to the last with a theme, then four free', [0, 2], 26, 7],
    ['four free when none has a theme', [], 26, 4],
    ['all of few', [1], 3, 3],
  ])('%s', (_, themed, n, soon) => {
    const split = splitComing(meetings(themed, n));
    expect(split.soon.map((m) => m.i)).toEqual([...Array(soon).keys()]);
    expect(split.later).toHaveLength(n - soon);
  });
});
