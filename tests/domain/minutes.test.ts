/**
 * Item minutes, replaying Chefforum's minutes of 13 March 2024
 * (../shared/seeds/referat-chefforum-albertslund-2024-03-13.txt).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  communicationText,
  type Effect,
  effects,
  type ItemMinutes,
  type ItemMinutesInput,
  itemMinutesSchema,
  itemTreatment,
  type RecommendationOutcome as Outcome,
  type PostponeTarget,
  postponeRemaining,
  recommendationOutcomeSchema,
  resultText,
  type Treatment,
  validateItemMinutes,
} from '../../src/domain/minutes.ts';
import { paragraphsDoc } from '../../src/domain/rich-text.ts';

const SEED_FILE = new URL(
  '../../../shared/seeds/referat-chefforum-albertslund-2024-03-13.txt',
  import.meta.url,
);
const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [CF, DIF, OTHER_FORUM] = [uuid(1), uuid(2), uuid(3)];
const [MEETING_13_MARCH, MEETING_20_MARCH, MEETING_10_APRIL] = [uuid(10), uuid(11), uuid(12)];

// Mødedeltagere 13 March 2024: Henrik Harder, René Birkemark Olesen, Rikke Terslev, Tine Buch Juhl,
// Kristine Klæbel, Sisse Krøll Willemoes, Dorthe Espenheim, Marie Brøchner Jespersen, Marie Aasøe,
// Lise Valentin Bayer.
const MEMBERS = Array.from({ length: 10 }, (_, i) => uuid(100 + i));
const [RENE, TINE, MARIE_JESPERSEN, MARIE_AASOE] = [uuid(101), uuid(103), uuid(107), uuid(108)];
const NOT_A_MEMBER = uuid(199); // Hanne Pedersen, Organisation & Politik

const toMeeting = (meetingId: string): PostponeTarget => ({ kind: 'meeting', meetingId });
const QUEUE: PostponeTarget = { kind: 'queue' };
const APPROVED: Outcome = { kind: 'approved', note: '' };
const NOTED: Outcome = { kind: 'noted', note: '' };
const DISCUSSED: Outcome = { kind: 'discussed', note: '' };
const changed = (note: string): Outcome => ({ kind: 'approved_with_changes', note });
const postponed = (target: PostponeTarget, note = ''): Outcome => ({ kind: 'postponed', note, target });
const referred = (reason: string, targetForumId = DIF): Outcome => ({
  kind: 'referred',
  note: '',
  targetForumId,
  reason,
});
const minutes = (input: ItemMinutesInput): ItemMinutes => itemMinutesSchema.parse(input);

const budgetNetworkFollowUp = {
  title: 'Udsende mail om udpegning af 1-2 deltagere til netværk for budgetprocessen',
  ownerPersonId: MARIE_AASOE,
  due: { date: '2024-03-20' },
  note: 'Organisation & Politik udsender også forslag til ny proces for budgetspørgsmål.',
};

/** The items of the seed as printed: title, numbered recommendations ("Indstilling") and the first
 *  paragraph of the decision ("Beslutning"). */
const PRINTED = readFileSync(SEED_FILE, 'utf8')
  .split(/^Punkt \d+: /m)
  .slice(1)
  .map((text) => {
    const [title = '', ...lines] = text.split('\n');
    const indstilling = text.slice(text.lastIndexOf('\nIndstilling\n'), text.indexOf('\nBeslutning\n'));
    const recommendations = [...indstilling.matchAll(/^\d+\. (at .*)$/gm)].map((m) => m[1] ?? '');
    const decision = lines.slice(lines.indexOf('Beslutning') + 1).find((l) => l.trim() !== '') ?? '';
    return { title: title.trim(), recommendations, decision };
  });

type SeedRow = [
  n: number,
  standing: boolean,
  outcomes: Outcome[],
  treatment: Treatment,
  effects: (id: string) => Effect[],
];
interface SeedItem {
  n: number;
  standing: boolean;
  outcomes: Outcome[];
  treatment: Treatment;
  effects: (id: string) => Effect[];
}
const none = (): Effect[] => [];
const move =
  (to: PostponeTarget) =>
  (itemId: string): Effect[] => [{ kind: 'move', itemId, to }];
const carry =
  (to: PostponeTarget, recommendations: number[]) =>
  (itemId: string): Effect[] => [{ kind: 'carry_forward', itemId, to, recommendations }];
const followUp = (itemId: string): Effect[] => [{ kind: 'follow_up', itemId, draft: budgetNetworkFollowUp }];

// How each decision reads as outcomes. Items 1, 9 and 10 are the charter's standing items.
const SEED: SeedItem[] = (
  [
    [1, true, [APPROVED, APPROVED], 'decided', none],
    [2, false, [changed('Marie Brøchner Jespersen bliver holdlederassistent'), APPROVED], 'decided', none],
    // "besluttede, at der skal udarbejdes et nyt oplæg til Chefforum": the resources recommendation
    // waits for that proposal (back to the queue); the start was discussed.
    [3, false, [postponed(QUEUE, 'nyt oplæg til Chefforum'), DISCUSSED], 'decided', carry(QUEUE, [0])],
    [4, false, [NOTED, DISCUSSED, DISCUSSED, DISCUSSED], 'decided', none],
    [
      5,
      false,
      [NOTED, changed('flere konsulenter'), changed('definition af deltagere')],
      'decided',
      followUp,
    ],
    // Asked to discuss the programme; the minutes record an approval with remarks.
    [6, false, [changed('Erhvervsliv skal inddrages i programmet på dag 2')], 'decided', none],
    // "Punktet blev udsat til Chefforum den 10. april 2024"
    [7, false, [postponed(toMeeting(MEETING_10_APRIL))], 'postponed', move(toMeeting(MEETING_10_APRIL))],
    [8, false, [changed('Der kan med fordel indarbejdes underoverskrifter')], 'decided', none],
    // "et senere Chefforum": back to the queue. A standing item does not move; its content is
    // carried forward as an ordinary item.
    [9, true, [postponed(QUEUE)], 'postponed', carry(QUEUE, [0])],
    // "status på målplaner 2023 blev udsat til Chefforum den 20. marts 2024"
    [
      10,
      true,
      [postponed(toMeeting(MEETING_20_MARCH), 'Status på målplaner 2023')],
      'postponed',
      carry(toMeeting(MEETING_20_MARCH), [0]),
    ],
  ] satisfies SeedRow[]
).map(([n, standing, outcomes, treatment, effects]) => ({ n, standing, outcomes, treatment, effects }));
const printed = (s: SeedItem) => PRINTED[s.n - 1] ?? { title: '', recommendations: [], decision: '' };

const itemId = (n: number): string => uuid(1000 + n);
const seedMinutes = (s: SeedItem): ItemMinutes =>
  minutes({
    outcomes: s.outcomes,
    decision: paragraphsDoc(printed(s).decision),
    followUps: s.n === 5 ? [budgetNetworkFollowUp] : [],
  });
const seedItem = (s: SeedItem) => ({
  id: itemId(s.n),
  recommendations: printed(s).recommendations,
  standingTitle: s.standing ? printed(s).title : null,
  forumId: CF,
  meetingId: MEETING_13_MARCH,
});

describe('the minutes of Chefforum 13 March 2024', () => {
  it('reads ten items with their recommendations and decisions from the seed', () => {
    expect(PRINTED.map((p) => p.recommendations.length)).toEqual([2, 2, 2, 4, 3, 1, 1, 1, 1, 1]);
    expect(PRINTED[6]).toMatchObject({
      title: 'CF - Interne styringsdokumenter',
      recommendations: ['at revidering af interne styringsdokumenter drøftes'],
      decision: 'Punktet blev udsat til Chefforum den 10. april 2024',
    });
    expect(PRINTED[9]?.decision).toBe(
      'Punktet om status på målplaner 2023 blev udsat til Chefforum den 20. marts 2024.',
    );
    expect(PRINTED[4]?.recommendations[0]).toBe(
      'at Chefforum tager orienteringen om eksisterende netværk til efterretning',
    );
  });

  it.each(SEED.map((s) => [`${s.n}. ${printed(s).title}`, s] as const))('%s', (_, s) => {
    const m = seedMinutes(s);
    const item = seedItem(s);
    expect(validateItemMinutes(m, item, MEMBERS)).toEqual([]);
    expect(itemTreatment(m.outcomes)).toBe(s.treatment);
    expect(effects(item, m)).toEqual(s.effects(item.id));
  });
});

describe('validateItemMinutes', () => {
  const item7 = seedItem(SEED[6] as SeedItem);
  const valid = seedMinutes(SEED[6] as SeedItem);
  const recs = (n: number) => ({ ...item7, recommendations: Array.from({ length: n }, (_, i) => `at ${i}`) });
  const outs = (...outcomes: Outcome[]): ItemMinutesInput => ({ ...valid, outcomes });
  const presence = (absentPersonIds: string[], conflictPersonIds: string[]): ItemMinutesInput => ({
    ...valid,
    presence: { absentPersonIds, conflictPersonIds },
  });
  const followUpAt = (meetingId: string): ItemMinutesInput => ({
    ...valid,
    followUps: [{ ...budgetNetworkFollowUp, due: { meetingId } }],
  });
  it.each<[string, ItemMinutesInput, ReturnType<typeof recs>, string[]]>([
    ['one outcome too few', outs(NOTED), recs(2), ['outcomes']],
    ['two outcomes, no recommendations', outs(NOTED, NOTED), recs(0), ['outcomes']],
    ['one overall outcome, no recommendations', outs(NOTED), recs(0), []],
    ['absent for this item, another in conflict', presence([RENE], [MARIE_JESPERSEN]), item7, []],
    ['a non-member in conflict', presence([], [NOT_A_MEMBER]), item7, ['presence.conflictPersonIds.0']],
    ['a non-member absent', presence([NOT_A_MEMBER], []), item7, ['presence.absentPersonIds.0']],
    ['absent and in conflict at once', presence([TINE], [TINE]), item7, ['presence.conflictPersonIds.0']],
    ['listed twice as absent', presence([TINE, TINE], []), item7, ['presence.absentPersonIds.1']],
    [
      'postponed to the meeting itself',
      outs(postponed(toMeeting(MEETING_13_MARCH))),
      item7,
      ['outcomes.0.target'],
    ],
    [
      'postponed to two places',
      outs(postponed(QUEUE), postponed(toMeeting(MEETING_10_APRIL))),
      recs(2),
      ['outcomes'],
    ],
    ['referred to the own forum', outs(referred('x', CF)), item7, ['outcomes.0.targetForumId']],
    ['referred to two forums', outs(referred('a'), referred('b', OTHER_FORUM)), recs(2), ['outcomes']],
    ['no decision text', { ...valid, decision: paragraphsDoc(' ') }, item7, ['decision']],
    ['a follow-up on the meeting itself', followUpAt(MEETING_13_MARCH), item7, ['followUps.0.due']],
    ['a follow-up on 10 April', followUpAt(MEETING_10_APRIL), item7, []],
  ])('%s', (_, input, item, paths) => {
    expect(validateItemMinutes(minutes(input), item, MEMBERS).map((p) => p.path)).toEqual(paths);
  });

  it.each<[string, unknown]>([
    ['a referral without a reason', { kind: 'referred', note: '', targetForumId: DIF, reason: ' ' }],
    ['a referral without a forum', { kind: 'referred', note: '', reason: 'x' }],
    ['a postponement without a target', { kind: 'postponed', note: '' }],
    ['an unknown outcome', { kind: 'vedtaget' }],
  ])('the schema refuses %s', (_, outcome) => {
    expect(recommendationOutcomeSchema.safeParse(outcome).success).toBe(false);
  });

  it('the schema refuses a follow-up due both on a date and at a meeting', () => {
    const due = { date: '2024-04-10', meetingId: MEETING_10_APRIL };
    expect(itemMinutesSchema.safeParse({ followUps: [{ ...budgetNetworkFollowUp, due }] }).success).toBe(
      false,
    );
  });

  it('an empty draft is a valid shape (work in progress) but not complete minutes', () => {
    const draft = minutes({});
    expect(draft.outcomes).toEqual([]);
    expect(validateItemMinutes(draft, item7, MEMBERS).map((p) => p.path)).toEqual(['outcomes', 'decision']);
  });
});

describe('itemTreatment', () => {
  const toQueue = postponed(QUEUE);
  const toDif = referred('Ressourcer i alle afdelinger afgøres af Direktørforum');
  it.each<[string, Outcome[], Treatment]>([
    ['all postponed', [toQueue, toQueue], 'postponed'],
    ['all referred', [toDif, toDif], 'referred'],
    ['referred and postponed, nothing settled', [toDif, toQueue], 'referred'],
    ['approved and postponed', [APPROVED, toQueue], 'decided'],
    ['noted and referred', [NOTED, toDif], 'decided'],
    ['only discussed', [DISCUSSED], 'decided'],
    ['rejected', [{ kind: 'rejected', note: '' }], 'decided'],
  ])('%s → %s', (_, outcomes, treatment) => {
    expect(itemTreatment(outcomes)).toBe(treatment);
  });

  it('refuses an empty list', () => {
    expect(() => itemTreatment([])).toThrow(/no outcomes/);
  });
});

describe('effects of a referral CF → DIF (item 3 as if referred)', () => {
  const item = seedItem(SEED[2] as SeedItem);
  const reason = 'Ressourcetrækket i alle afdelinger skal besluttes i Direktørforum';
  it.each<[string, Outcome[], Treatment, Effect[]]>([
    [
      'resources referred, start discussed',
      [referred(reason), DISCUSSED],
      'decided',
      [{ kind: 'refer', itemId: item.id, forumId: DIF, reason, recommendations: [0] }],
    ],
    [
      'the whole item referred, the same reason once',
      [referred(reason), referred(reason)],
      'referred',
      [{ kind: 'refer', itemId: item.id, forumId: DIF, reason, recommendations: [0, 1] }],
    ],
    [
      'resources referred, start postponed to 10 April',
      [referred(reason), postponed(toMeeting(MEETING_10_APRIL))],
      'referred',
      [
        { kind: 'carry_forward', itemId: item.id, to: toMeeting(MEETING_10_APRIL), recommendations: [1] },
        { kind: 'refer', itemId: item.id, forumId: DIF, reason, recommendations: [0] },
      ],
    ],
  ])('%s', (_, outcomes, treatment, expected) => {
    const m = minutes({ outcomes, decision: paragraphsDoc('Henvist til DIF') });
    expect(validateItemMinutes(m, item, MEMBERS)).toEqual([]);
    expect(itemTreatment(m.outcomes)).toBe(treatment);
    expect(effects(item, m)).toEqual(expected);
  });
});

describe('postponeRemaining', () => {
  // Time ran out after item 6: items 7-10 remain; one item had been withdrawn from the agenda.
  const agenda = SEED.map((s) => ({
    id: itemId(s.n),
    state: 'published',
    treated: s.n <= 6,
    standingTitle: s.standing ? printed(s).title : null,
  }));
  agenda.push({ id: uuid(2000), state: 'withdrawn', treated: false, standingTitle: null });

  it('moves every untreated item to 10 April, leaving standing items and treated ones', () => {
    expect(postponeRemaining(agenda, toMeeting(MEETING_10_APRIL))).toEqual([
      { kind: 'move', itemId: itemId(7), to: toMeeting(MEETING_10_APRIL) },
      { kind: 'move', itemId: itemId(8), to: toMeeting(MEETING_10_APRIL) },
    ]);
  });

  it('to the queue, and nothing when everything was treated', () => {
    const allTreated = agenda.map((i) => ({ ...i, treated: true }));
    expect(postponeRemaining(agenda, QUEUE).map((e) => e.kind === 'move' && e.to)).toEqual([QUEUE, QUEUE]);
    expect(postponeRemaining(allTreated, QUEUE)).toEqual([]);
  });
});

describe('result and communication texts', () => {
  it.each<[Outcome[], string]>([
    [[APPROVED, APPROVED], 'Godkendt'],
    [
      [NOTED, DISCUSSED, DISCUSSED, DISCUSSED],
      '1: Taget til efterretning; 2: Drøftet; 3: Drøftet; 4: Drøftet',
    ],
    [[postponed(toMeeting(MEETING_10_APRIL))], 'Udsat'],
  ])('resultText %#', (outcomes, text) => {
    expect(resultText(outcomes)).toBe(text);
  });

  it('uses its own text, else the decision, and nothing when not marked', () => {
    const decision = paragraphsDoc('Chefforum godkendte udkast til tryghedspolitikken');
    expect(communicationText({ decision, communicate: { include: false, text: 'x' } })).toBeNull();
    expect(communicationText({ decision, communicate: { include: true } })).toBe(
      'Chefforum godkendte udkast til tryghedspolitikken',
    );
    expect(
      communicationText({ decision, communicate: { include: true, text: 'Ny tryghedspolitik på vej' } }),
    ).toBe('Ny tryghedspolitik på vej');
  });
});
