/**
 * The year view's and wheel editor's pure logic: a rule in words, the form's body and the API's
 * errors at their fields, the year of the URL, and a meeting's load in words and as bar segments.
 */
import { describe, expect, it } from 'vitest';
import translations from '../../src/ui/messages/year.ts';
import {
  fieldOfPath,
  formFromEntry,
  monthName,
  problemsOf,
  type RuleKind,
  ruleInWords,
  type WheelEntryView,
  wheelBody,
} from '../../src/ui/wheel-rule.ts';
import {
  barSegments,
  hasPlannedContent,
  type LoadType,
  loadInWords,
  loadScale,
  yearFromSearch,
} from '../../src/ui/year-data.ts';

const { da, en } = translations;
const words = (dict: Record<string, string>, locale: string) => ({
  template: (kind: RuleKind) => dict[`wheel.rule.${kind}`] ?? '',
  month: (m: number) => monthName(locale, m),
});

describe('a wheel rule in words', () => {
  it('says it in Danish, with the month in lower case', () => {
    const { template, month } = words(da, 'da-DK');
    expect(ruleInWords({ kind: 'first_in_month', month: 3 }, template, month)).toBe('Første møde i marts');
    expect(ruleInWords({ kind: 'last_in_month', month: 6 }, template, month)).toBe('Sidste møde i juni');
    expect(ruleInWords({ kind: 'in_week', week: 12 }, template, month)).toBe('Mødet i uge 12');
  });

  it('and in English', () => {
    const { template, month } = words(en, 'en-GB');
    expect(ruleInWords({ kind: 'first_in_month', month: 3 }, template, month)).toBe('First meeting in March');
    expect(ruleInWords({ kind: 'in_week', week: 1 }, template, month)).toBe('The meeting in week 1');
  });
});

const entry: WheelEntryView = {
  id: 'e1',
  orgId: 'o1',
  forumId: 'f1',
  createdAt: '2025-01-01T00:00:00.000Z',
  title: 'Budgetproces',
  description: 'Årets budget',
  when: { kind: 'in_week', week: 12 },
  responsiblePersonId: 'p1',
  leadWeeks: 3,
  itemType: 'decision',
  active: false,
  target: null,
  placeholderItemId: null,
};

describe('the wheel form', () => {
  it('sends what an entry holds back unchanged', () => {
    const { id, orgId, forumId, createdAt, target, placeholderItemId, ...input } = entry;
    expect(wheelBody(formFromEntry(entry))).toEqual(input);
  });

  it('sends only the rule kind’s own number, and a number not typed as null for the API to name', () => {
    const form = { ...formFromEntry(null), title: 'X', month: '4', week: '9', leadWeeks: '' };
    expect(wheelBody(form)).toMatchObject({ when: { kind: 'first_in_month', month: 4 }, leadWeeks: null });
    expect(wheelBody({ ...form, kind: 'in_week', week: 'tolv' }).when).toEqual({
      kind: 'in_week',
      week: null,
    });
    expect(wheelBody({ ...form, kind: 'in_week', week: ' 54 ' }).when).toEqual({ kind: 'in_week', week: 54 });
  });

  it("puts the API's errors at their fields, one each, in the form's order", () => {
    expect(fieldOfPath('when.week')).toBe('week');
    expect(fieldOfPath('when.month')).toBe('month');
    expect(fieldOfPath('when')).toBe('kind');
    expect(fieldOfPath('leadWeeks')).toBe('leadWeeks');
    expect(fieldOfPath('somethingElse')).toBeNull();
    const problems = problemsOf([
      { path: 'leadWeeks', problem: 'Too big' },
      { path: 'when.week', problem: 'Too big' },
      { path: 'when.week', problem: 'Again' },
      { path: '', problem: 'Whole form' },
      { path: 'title', problem: 'must not be empty' },
    ]);
    expect(problems).toEqual([
      { field: 'title', problem: 'must not be empty' },
      { field: 'week', problem: 'Too big' },
      { field: 'leadWeeks', problem: 'Too big' },
      { field: null, problem: 'Whole form' },
    ]);
  });
});

describe('the year view', () => {
  it('takes the year of ?aar=, else this year', () => {
    expect(yearFromSearch('?aar=2024', 2025)).toBe(2024);
    expect(yearFromSearch('', 2025)).toBe(2025);
    expect(yearFromSearch('?aar=24', 2025)).toBe(2025);
    expect(yearFromSearch('?aar=3000', 2025)).toBe(2025);
  });

  it('says the load with every type and its count, in singular or plural', () => {
    const word = (type: LoadType, n: number) => da[`year.load.${type}.${n === 1 ? 'one' : 'other'}`] ?? '';
    expect(loadInWords({ decision: 2, information: 0, theme: 1 }, word)).toBe(
      '2 beslutninger, 0 orienteringer, 1 temadrøftelse',
    );
  });

  it("draws the bar against the forum's busiest meeting, without empty segments", () => {
    const meeting = (decision: number, information: number, theme: number) => ({
      load: { decision, information, theme },
    });
    const scale = loadScale([meeting(1, 1, 2), meeting(3, 0, 0)] as never);
    expect(scale).toBe(4);
    expect(barSegments({ decision: 1, information: 0, theme: 2 }, scale)).toEqual([
      { type: 'decision', percent: 25 },
      { type: 'theme', percent: 50 },
    ]);
    expect(loadScale([meeting(0, 0, 0)] as never)).toBe(1);
  });

  it('counts a meeting as planned when anything is on it, and only then', () => {
    const empty = {
      load: { decision: 0, information: 0, theme: 0 },
      minutes: false,
      themes: [],
      milestones: [],
      programmeMilestones: [],
      presenters: [],
    };
    const planned = (extra: object) => hasPlannedContent({ ...empty, ...extra } as never);
    expect(planned({})).toBe(false);
    expect(planned({ load: { decision: 0, information: 1, theme: 0 } })).toBe(true);
    expect(planned({ minutes: true })).toBe(true);
    expect(planned({ milestones: [{ entryId: 'e', title: 'Budget', placeholderItemId: null }] })).toBe(true);
    expect(planned({ programmeMilestones: [{}] })).toBe(true);
    expect(planned({ presenters: [{ theme: 'Tema', presenterName: 'Dorthe', status: 'proposed' }] })).toBe(
      true,
    );
  });
});
