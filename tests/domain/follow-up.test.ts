/**
 * The follow-up register, from the seeds: "Chefforum besluttede, at der på det kommende Chefforum
 * den 7. maj 2025 følges op på hensigtserklæringer fra Budgetaftale 2025" (minutes of 23 April
 * 2025) and the budget-network mail of 13 March 2024.
 */
import { describe, expect, it } from 'vitest';
import {
  type FollowUp,
  type FollowUpStatus,
  followUpDueDate,
  followUpFromDraft,
  followUpStatus,
  followUpsForAgenda,
  followUpsToRemind,
} from '../../src/domain/follow-up.ts';
import { followUpDraftSchema } from '../../src/domain/minutes.ts';

const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const CF_7_MAY_2025 = uuid(20);
const CF_21_MAY_2025 = uuid(21);
const CANCELLED = uuid(22);
const MARIE_AASOE = uuid(108);

const STARTS = new Map([
  [CF_7_MAY_2025, '2025-05-07T09:00:00+02:00'],
  [CF_21_MAY_2025, '2025-05-21T09:00:00+02:00'],
]);

const followUp = (spec: Partial<FollowUp> & Pick<FollowUp, 'id' | 'due'>): FollowUp => ({
  title: spec.id,
  ownerPersonId: MARIE_AASOE,
  note: '',
  evidence: '',
  doneAt: null,
  sourceItemId: null,
  createdAt: '2025-04-23T12:00:00+02:00',
  ...spec,
});

// From the 23 April 2025 minutes, as the minutes' draft becomes a register entry.
const budgetIntentions = followUpFromDraft(
  followUpDraftSchema.parse({
    title: 'Opfølgning på hensigtserklæringer fra Budgetaftale 2025',
    ownerPersonId: MARIE_AASOE,
    due: { meetingId: CF_7_MAY_2025 },
  }),
  { id: 'budget-intentions', sourceItemId: uuid(3000), createdAt: '2025-04-23T11:00:00+02:00' },
);
// From the 13 March 2024 minutes, given a due date.
const networkMail = followUp({
  id: 'network-mail',
  title: 'Udsende mail om udpegning af deltagere til netværk for budgetprocessen',
  due: { date: '2024-03-20' },
});

describe('followUpFromDraft', () => {
  it('registers the draft as open, targeting the meeting of 7 May 2025', () => {
    expect(budgetIntentions).toEqual({
      id: 'budget-intentions',
      title: 'Opfølgning på hensigtserklæringer fra Budgetaftale 2025',
      ownerPersonId: MARIE_AASOE,
      due: { meetingId: CF_7_MAY_2025 },
      note: '',
      evidence: '',
      doneAt: null,
      sourceItemId: uuid(3000),
      createdAt: '2025-04-23T11:00:00+02:00',
    });
    expect(followUpDueDate(budgetIntentions, STARTS)).toBe('2025-05-07');
  });
});

describe('followUpStatus', () => {
  const done = { ...budgetIntentions, doneAt: '2025-05-07T10:15:00+02:00', evidence: 'Gennemgået på mødet' };
  const toCancelled = followUp({ id: 'c', due: { meetingId: CANCELLED } });
  it.each<[string, FollowUp, string, FollowUpStatus]>([
    ['the day after the decision', budgetIntentions, '2025-04-24', 'open'],
    ['on the meeting day (a date)', budgetIntentions, '2025-05-07', 'open'],
    ['the day after the meeting', budgetIntentions, '2025-05-08', 'overdue'],
    ['before the meeting starts (an instant)', budgetIntentions, '2025-05-07T08:59:59+02:00', 'open'],
    ['when the meeting starts (an instant)', budgetIntentions, '2025-05-07T07:00:00Z', 'overdue'],
    ['done, even long after', done, '2026-01-01', 'done'],
    ['on its due date', networkMail, '2024-03-20', 'open'],
    ['the day after its due date', networkMail, '2024-03-21', 'overdue'],
    ['23:30 local time on its due date (22:30Z)', networkMail, '2024-03-20T22:30:00Z', 'open'],
    ['00:30 local time the day after (23:30Z)', networkMail, '2024-03-20T23:30:00Z', 'overdue'],
    ['a target meeting that is not known', toCancelled, '2030-01-01', 'open'],
  ])('%s', (_, f, now, status) => {
    expect(followUpStatus(f, now, STARTS)).toBe(status);
  });
});

describe('followUpsForAgenda', () => {
  const register: FollowUp[] = [
    followUp({
      id: 'later',
      title: 'B',
      due: { meetingId: CF_7_MAY_2025 },
      createdAt: '2025-04-23T13:00:00+02:00',
    }),
    budgetIntentions,
    followUp({ id: 'done', due: { meetingId: CF_7_MAY_2025 }, doneAt: '2025-05-01T10:00:00+02:00' }),
    followUp({ id: 'other meeting', due: { meetingId: CF_21_MAY_2025 } }),
    followUp({ id: 'dated', due: { date: '2025-05-07' } }),
    followUp({
      id: 'same time',
      title: 'A',
      due: { meetingId: CF_7_MAY_2025 },
      createdAt: '2025-04-23T13:00:00+02:00',
    }),
  ];

  it('keeps follow-ups written at the same moment in the order they were registered', () => {
    const same = (id: string, title: string, seq: number) =>
      followUp({ id, title, seq, due: { meetingId: CF_7_MAY_2025 }, createdAt: '2025-04-23T13:00:00+02:00' });
    const listed = followUpsForAgenda([same('second', 'A', 8), same('first', 'B', 7)], CF_7_MAY_2025);
    expect(listed.map((f) => f.id)).toEqual(['first', 'second']);
  });

  it('lists the open follow-ups targeting the meeting, oldest first, ties by title', () => {
    expect(followUpsForAgenda(register, CF_7_MAY_2025).map((f) => f.id)).toEqual([
      'budget-intentions',
      'same time',
      'later',
    ]);
  });

  it('keeps an overdue one on the agenda until it is done', () => {
    expect(followUpStatus(budgetIntentions, '2025-05-08', STARTS)).toBe('overdue');
    expect(followUpsForAgenda(register, CF_7_MAY_2025).map((f) => f.id)).toContain('budget-intentions');
  });

  it('lists nothing for a meeting nobody targets', () => {
    expect(followUpsForAgenda(register, uuid(99))).toEqual([]);
  });

  it('reminds of what is due or overdue on a day, in due order, with its status', () => {
    const due = followUpsToRemind([...register, networkMail], '2025-05-07', STARTS).map((r) => [
      r.followUp.id,
      r.status,
    ]);
    expect(due).toEqual([
      ['network-mail', 'overdue'],
      ['budget-intentions', 'open'],
      ['dated', 'open'],
      ['same time', 'open'],
      ['later', 'open'],
    ]);
  });
});
