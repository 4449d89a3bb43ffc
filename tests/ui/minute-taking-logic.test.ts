/** Minute-taking's pure logic: the save payload from the form, text and rich text, navigation. */
import { describe, expect, it } from 'vitest';
import { itemMinutesSchema } from '../../src/domain/minutes.ts';
import {
  buildSavePlan,
  conflictVersion,
  docToText,
  emptyForm,
  fieldForProblem,
  fill,
  formFromMinutes,
  type ItemForm,
  itemStatus,
  neighbour,
  newFollowUp,
  outcomeSlots,
  presenceOf,
  setPresence,
  shortcut,
  textToDoc,
  typedText,
} from '../../src/ui/minute-taking-logic.ts';

const MEETING = '7f0c3f55-8a59-4c4b-9d0e-1a2b3c4d5e6f';
const FORUM = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const PERSON = '11111111-2222-4333-8444-555555555555';
const OTHER = '66666666-7777-4888-9999-000000000000';

const form = (patch: Partial<ItemForm> = {}, slots = 2): ItemForm => ({ ...emptyForm(slots), ...patch });

describe('the save payload', () => {
  it('sends an empty draft that the API schema accepts', () => {
    const plan = buildSavePlan(form(), null);
    expect(plan.body.version).toBeNull();
    expect(plan.pending).toEqual([]);
    expect(itemMinutesSchema.parse(plan.body.minutes)).toMatchObject({ outcomes: [], followUps: [] });
  });

  it('sends presence, outcomes, decision, communication and complete follow-ups', () => {
    const followUp = {
      ...newFollowUp(),
      title: ' Send notat ',
      ownerPersonId: PERSON,
      dueDate: '2024-04-01',
    };
    const f = setPresence(
      setPresence(
        form({
          outcomes: [
            { kind: 'approved', note: '', postponeTo: '', targetForumId: '', reason: '' },
            { kind: 'postponed', note: ' senere ', postponeTo: MEETING, targetForumId: '', reason: '' },
          ],
          decision: 'Godkendt.\n\nAndet afsnit\nmed linjeskift',
          communicate: true,
          communicateText: ' Til afdelingerne ',
          followUps: [followUp],
        }),
        PERSON,
        'absent',
      ),
      OTHER,
      'conflict',
    );
    const plan = buildSavePlan(f, 3);
    expect(plan.body.version).toBe(3);
    const minutes = itemMinutesSchema.parse(plan.body.minutes);
    expect(minutes.presence).toEqual({ absentPersonIds: [PERSON], conflictPersonIds: [OTHER] });
    expect(minutes.outcomes).toEqual([
      { kind: 'approved', note: '' },
      { kind: 'postponed', note: 'senere', target: { kind: 'meeting', meetingId: MEETING } },
    ]);
    expect(minutes.communicate).toEqual({ include: true, text: 'Til afdelingerne' });
    expect(minutes.followUps).toEqual([
      { title: 'Send notat', ownerPersonId: PERSON, due: { date: '2024-04-01' }, note: '' },
    ]);
    expect(docToText(minutes.decision)).toBe('Godkendt.\n\nAndet afsnit\nmed linjeskift');
    expect(plan.pending).toEqual([]);
  });

  it('keeps outcomes in their places: an unfinished one and those after it wait in the form', () => {
    const plan = buildSavePlan(
      form(
        {
          outcomes: [
            { kind: 'rejected', note: '', postponeTo: '', targetForumId: '', reason: '' },
            { kind: 'referred', note: '', postponeTo: '', targetForumId: FORUM, reason: '' },
            { kind: 'noted', note: '', postponeTo: '', targetForumId: '', reason: '' },
          ],
        },
        3,
      ),
      1,
    );
    expect(plan.body.minutes.outcomes).toEqual([{ kind: 'rejected', note: '' }]);
    expect(plan.pending).toEqual([
      { field: 'outcome-1-reason', reason: 'outcome_reason' },
      { field: 'outcome-2', reason: 'outcome_before' },
    ]);
    const skipped = buildSavePlan(
      form({
        outcomes: [
          { kind: null, note: '', postponeTo: '', targetForumId: '', reason: '' },
          { kind: 'noted', note: '', postponeTo: '', targetForumId: '', reason: '' },
        ],
      }),
      1,
    );
    expect(skipped.body.minutes.outcomes).toEqual([]);
    expect(skipped.pending).toEqual([{ field: 'outcome-1', reason: 'outcome_before' }]);
  });

  it('sends a referral with its forum and reason, a postponement to the queue', () => {
    const plan = buildSavePlan(
      form({
        outcomes: [
          { kind: 'referred', note: '', postponeTo: '', targetForumId: FORUM, reason: ' Hører til DIF ' },
          { kind: 'postponed', note: '', postponeTo: 'queue', targetForumId: '', reason: '' },
        ],
      }),
      1,
    );
    expect(plan.body.minutes.outcomes).toEqual([
      { kind: 'referred', note: '', targetForumId: FORUM, reason: 'Hører til DIF' },
      { kind: 'postponed', note: '', target: { kind: 'queue' } },
    ]);
  });

  it('holds back a follow-up without owner or date and says so', () => {
    const half = { ...newFollowUp(), title: 'Halv' };
    const whole = { ...newFollowUp(), title: 'Hel', ownerPersonId: PERSON, dueDate: '2024-05-01' };
    const plan = buildSavePlan(form({ followUps: [half, whole] }), 1);
    expect(plan.body.minutes.followUps?.map((f) => f.title)).toEqual(['Hel']);
    expect(plan.followUpIndexes).toEqual([1]);
    expect(plan.pending).toEqual([{ field: `followup-${half.key}`, reason: 'follow_up' }]);
    expect(fieldForProblem('followUps.0.ownerPersonId', form({ followUps: [half, whole] }), plan)).toBe(
      `followup-${whole.key}-owner`,
    );
  });

  it('sends a follow-up at a later meeting once the meeting is chosen; the date is the default', () => {
    expect(newFollowUp()).toMatchObject({ dueKind: 'date', dueDate: '', dueMeetingId: '' });
    const base = { ...newFollowUp(), title: 'Status', ownerPersonId: PERSON, dueDate: '2024-05-01' };
    const unchosen = { ...base, dueKind: 'meeting' as const };
    const waiting = buildSavePlan(form({ followUps: [unchosen] }), 1);
    expect(waiting.body.minutes.followUps).toEqual([]);
    expect(waiting.pending).toEqual([{ field: `followup-${unchosen.key}`, reason: 'follow_up' }]);
    const chosen = { ...unchosen, dueMeetingId: MEETING };
    const plan = buildSavePlan(form({ followUps: [chosen] }), 1);
    expect(plan.body.minutes.followUps).toEqual([
      { title: 'Status', ownerPersonId: PERSON, due: { meetingId: MEETING }, note: '' },
    ]);
    expect(itemMinutesSchema.parse(plan.body.minutes).followUps[0]?.due).toEqual({ meetingId: MEETING });
    expect(fieldForProblem('followUps.0.due', form({ followUps: [chosen] }), plan)).toBe(
      `followup-${chosen.key}-meeting`,
    );
    // Back to the date: the date typed before is sent again.
    const plan2 = buildSavePlan(form({ followUps: [{ ...chosen, dueKind: 'date' }] }), 1);
    expect(plan2.body.minutes.followUps?.[0]?.due).toEqual({ date: '2024-05-01' });
  });

  it('gives equal keys to equal content, whatever the version', () => {
    expect(buildSavePlan(form({ decision: 'a' }), 1).key).toBe(buildSavePlan(form({ decision: 'a' }), 2).key);
    expect(buildSavePlan(form({ decision: 'a' }), 1).key).not.toBe(
      buildSavePlan(form({ decision: 'b' }), 1).key,
    );
  });
});

describe('the form from saved minutes', () => {
  it('round-trips what the payload sent', () => {
    const followUp = { ...newFollowUp(), title: 'Notat', ownerPersonId: PERSON, dueDate: '2024-04-01' };
    const original = form({
      absent: [PERSON],
      outcomes: [
        { kind: 'referred', note: 'n', postponeTo: '', targetForumId: FORUM, reason: 'r' },
        { kind: 'postponed', note: '', postponeTo: 'queue', targetForumId: '', reason: '' },
      ],
      decision: 'Første\n\nAnden',
      communicate: true,
      communicateText: 'Ud',
      followUps: [followUp],
    });
    const saved = itemMinutesSchema.parse(buildSavePlan(original, null).body.minutes);
    const back = formFromMinutes(saved, 2);
    expect({ ...back, followUps: back.followUps.map(({ key: _k, ...f }) => f) }).toEqual({
      ...original,
      followUps: [
        { title: 'Notat', ownerPersonId: PERSON, dueKind: 'date', dueDate: '2024-04-01', dueMeetingId: '' },
      ],
    });
  });

  it('reads a follow-up at a later meeting back as the meeting choice', () => {
    const atMeeting = {
      ...newFollowUp(),
      title: 'Status',
      ownerPersonId: PERSON,
      dueKind: 'meeting' as const,
      dueMeetingId: MEETING,
    };
    const saved = itemMinutesSchema.parse(buildSavePlan(form({ followUps: [atMeeting] }), null).body.minutes);
    expect(saved.followUps[0]?.due).toEqual({ meetingId: MEETING });
    const [back] = formFromMinutes(saved, 2).followUps;
    expect(back).toMatchObject({ dueKind: 'meeting', dueMeetingId: MEETING, dueDate: '' });
  });

  it('has one outcome per recommendation, one for an item without', () => {
    expect(outcomeSlots([])).toBe(1);
    expect(outcomeSlots(['a', 'b'])).toBe(2);
    expect(formFromMinutes(itemMinutesSchema.parse({}), 3).outcomes).toHaveLength(3);
  });

  it('reads lists and hard breaks of a rich decision as text', () => {
    expect(
      docToText({
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [{ type: 'text', text: 'a' }, { type: 'hardBreak' }, { type: 'text', text: 'b' }],
          },
          {
            type: 'bulletList',
            content: [
              { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'c' }] }] },
            ],
          },
        ],
      }),
    ).toBe('a\nb\n\nc');
    expect(textToDoc('  \n\n ')).toEqual({ type: 'doc', content: [] });
  });
});

describe('presence, status, navigation', () => {
  it('records one presence per person', () => {
    let f = setPresence(form(), PERSON, 'absent');
    expect(presenceOf(f, PERSON)).toBe('absent');
    f = setPresence(f, PERSON, 'conflict');
    expect([f.absent, f.conflict]).toEqual([[], [PERSON]]);
    expect(presenceOf(setPresence(f, PERSON, 'present'), PERSON)).toBe('present');
  });

  it('tells the status from the record', () => {
    expect(itemStatus(undefined)).toBe('not_started');
    expect(itemStatus({ finalisedAt: null })).toBe('draft');
    expect(itemStatus({ finalisedAt: '2024-03-13T10:00:00Z' })).toBe('finalised');
  });

  it('moves between items within the agenda, by button or Alt+PageDown/PageUp', () => {
    expect(neighbour(0, 3, 'next')).toBe(1);
    expect(neighbour(2, 3, 'next')).toBeNull();
    expect(neighbour(0, 3, 'previous')).toBeNull();
    const key = (k: string, altKey = true) => ({
      key: k,
      altKey,
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
    });
    expect(shortcut(key('PageDown'))).toBe('next');
    expect(shortcut(key('PageUp'))).toBe('previous');
    expect(shortcut(key('PageDown', false))).toBeNull();
    expect(shortcut(key('a'))).toBeNull();
  });

  it('places server problems at their fields and reads the conflict version', () => {
    const f = form();
    expect(fieldForProblem('outcomes', f)).toBe('outcome-0');
    expect(fieldForProblem('outcomes.1.targetForumId', f)).toBe('outcome-1-forum');
    expect(fieldForProblem('presence.absentPersonIds.0', f)).toBe('presence');
    expect(fieldForProblem('decision', f)).toBe('decision');
    expect(conflictVersion('changed by someone else (current version 4)')).toBe(4);
    expect(conflictVersion('other')).toBeNull();
    expect(typedText(form({ decision: 'Min tekst', communicateText: 'Ud' }))).toBe('Min tekst\n\nUd');
    expect(fill('Punkt {n} af {count} {x}', { n: 2, count: 10 })).toBe('Punkt 2 af 10 {x}');
  });
});
