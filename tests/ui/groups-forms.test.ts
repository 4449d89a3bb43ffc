/** The working group and initiative forms: what they send, what they refuse and where, and the API's refusals at the fields. */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/ui/api.ts';
import { defaultPeriod, periodProblem } from '../../src/ui/dashboard-data.ts';
import {
  excerpt,
  formFromGroup,
  groupBody,
  groupFieldId,
  groupProblemsOf,
  newMemberRow,
  type WorkingGroupView,
} from '../../src/ui/groups-data.ts';
import {
  formFromInitiative,
  type InitiativeView,
  initiativeBody,
  itemIdOf,
  newMilestoneRow,
  programmeProblemsOf,
} from '../../src/ui/programme-data.ts';

const PERSON_A = '6f1c2b8e-3d4a-4b5c-8d9e-0a1b2c3d4e5f';
const PERSON_B = '7a2d3c9f-4e5b-4c6d-9e0f-1b2c3d4e5f60';
const ITEM = '8b3e4dab-5f6c-4d7e-8f10-2c3d4e5f6071';
const refused = (status: number, details: { path: string; problem: string }[]) =>
  new ApiError(status, { error: status === 409 ? 'conflict' : 'validation_failed', message: '', details });

const group = {
  id: 'g1',
  name: 'Indkøb',
  mandate: {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Gruppen belyser indkøb.' }] },
      {
        type: 'bulletList',
        content: [
          {
            type: 'listItem',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Fælles aftaler' }] }],
          },
        ],
      },
    ],
  },
  deadline: '2025-06-06',
  status: 'active',
  members: [{ personId: PERSON_A, basis: 'representation', reason: 'Institutionerne', name: 'A', title: '' }],
} as unknown as WorkingGroupView;

describe('the working group form', () => {
  it('sends a new group without status, members with their basis and trimmed reason', () => {
    const form = {
      ...formFromGroup(null),
      name: '  Trivsel ',
      mandate: 'Belys trivslen.',
      deadline: '2025-09-01',
      members: [{ ...newMemberRow(), personId: PERSON_B, basis: 'expertise' as const, reason: ' HR ' }],
    };
    expect(groupBody(form, false)).toEqual({
      ok: true,
      body: {
        name: 'Trivsel',
        mandate: 'Belys trivslen.',
        deadline: '2025-09-01',
        members: [{ personId: PERSON_B, basis: 'expertise', reason: 'HR' }],
      },
    });
  });

  it('names each missing field and a person chosen twice, by the paths the API uses', () => {
    const row = { ...newMemberRow(), personId: PERSON_A };
    const result = groupBody(
      { ...formFromGroup(null), members: [row, { ...row, uid: 'x' }, newMemberRow()] },
      false,
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { path: 'name', problem: 'required' },
        { path: 'mandate', problem: 'required' },
        { path: 'deadline', problem: 'required' },
        { path: 'members.1.personId', problem: 'duplicate' },
        { path: 'members.2.personId', problem: 'required' },
      ],
    });
    expect(groupFieldId('members.1.personId')).toBe('wg-members-1-personId');
  });

  it('edits a group with its status; the mandate is sent only when changed', () => {
    const form = formFromGroup(group);
    expect(form.mandate).toBe('Gruppen belyser indkøb.\n\nFælles aftaler');
    expect(form.members.map((m) => [m.personId, m.basis, m.reason])).toEqual([
      [PERSON_A, 'representation', 'Institutionerne'],
    ]);
    const result = groupBody({ ...form, status: 'reported' }, true);
    expect(result.ok && result.body.status).toBe('reported');
    expect(groupBody({ ...form, mandate: '' }, true).ok).toBe(true);
    expect(groupBody({ ...form, mandate: '', mandateChanged: true }, true).ok).toBe(false);
  });

  it("places the API's refusals at the fields: a taken name, a status change, an unknown person", () => {
    expect(groupProblemsOf(refused(409, [{ path: 'name', problem: 'taken' }]))).toEqual([
      { path: 'name', problem: 'taken' },
    ]);
    expect(groupProblemsOf(refused(409, [{ path: 'status', problem: 'x' }]))).toEqual([
      { path: 'status', problem: 'status' },
    ]);
    expect(
      groupProblemsOf(refused(400, [{ path: 'members.0.personId', problem: 'no such person' }])),
    ).toEqual([{ path: 'members.0.personId', problem: 'invalid' }]);
    expect(groupProblemsOf(refused(403, []))).toBeNull();
  });

  it('cuts a long mandate at a word for the list', () => {
    expect(excerpt('Kort mandat.')).toBe('Kort mandat.');
    const long = excerpt(`${'ord '.repeat(60)}slut`, 40);
    expect(long.length).toBeLessThanOrEqual(42);
    expect(long.endsWith(' …')).toBe(true);
    expect(long).not.toMatch(/or …$/);
  });
});

describe('the initiative form', () => {
  it('sends milestones with their meeting (id or series date) and the item from a pasted address', () => {
    const form = {
      ...formFromInitiative(null),
      title: 'Digitalisering',
      ownerPersonId: PERSON_A,
      milestones: [
        {
          ...newMilestoneRow(),
          title: 'Beslutning',
          dueDate: '2027-03-11',
          meeting: '2027-03-11',
          item: `https://fora.example/punkter/${ITEM.toUpperCase()}`,
        },
        { ...newMilestoneRow(), title: 'Evaluering', dueDate: '2027-11-01' },
      ],
    };
    expect(initiativeBody(form, 2027)).toEqual({
      ok: true,
      body: {
        title: 'Digitalisering',
        description: '',
        ownerPersonId: PERSON_A,
        status: 'planned',
        milestones: [
          {
            title: 'Beslutning',
            dueDate: '2027-03-11',
            status: 'open',
            meetingId: '2027-03-11',
            itemId: ITEM,
          },
          { title: 'Evaluering', dueDate: '2027-11-01', status: 'open', meetingId: null, itemId: null },
        ],
      },
    });
  });

  it("refuses a missing title, a date outside the programme's year and an address that is no item", () => {
    const form = {
      ...formFromInitiative(null),
      milestones: [
        { ...newMilestoneRow(), title: 'For sent', dueDate: '2028-01-05', item: 'punktet om budget' },
      ],
    };
    expect(initiativeBody(form, 2027)).toEqual({
      ok: false,
      problems: [
        { path: 'title', problem: 'required' },
        { path: 'milestones.0.dueDate', problem: 'year' },
        { path: 'milestones.0.itemId', problem: 'item' },
      ],
    });
    expect(itemIdOf('')).toBeNull();
  });

  it('edits an initiative with its links as the form shows them', () => {
    const initiative = {
      id: 'i1',
      title: 'Robust økonomi',
      description: 'Tekst',
      ownerPersonId: null,
      status: 'in_progress',
      milestones: [
        { title: 'Seminar', dueDate: '2027-02-01', status: 'done', meetingId: PERSON_B, itemId: ITEM },
      ],
    } as unknown as InitiativeView;
    const form = formFromInitiative(initiative);
    expect(form.ownerPersonId).toBe('');
    expect(form.milestones.map((m) => [m.meeting, m.item, m.status])).toEqual([
      [PERSON_B, `/punkter/${ITEM}`, 'done'],
    ]);
    expect(
      programmeProblemsOf(refused(400, [{ path: 'milestones.0.meetingId', problem: 'no such meeting' }])),
    ).toEqual([{ path: 'milestones.0.meetingId', problem: 'invalid' }]);
  });
});

describe('the key figures period', () => {
  it('defaults to the last 12 months and refuses an end before the start', () => {
    expect(defaultPeriod('2026-11-24')).toEqual({ from: '2025-11-24', to: '2026-11-24' });
    expect(defaultPeriod('2028-02-29')).toEqual({ from: '2027-02-28', to: '2028-02-29' });
    expect(periodProblem('2026-06-01', '2026-01-01')).toBe('order');
    expect(periodProblem('', '2026-01-01')).toBe('from');
    expect(periodProblem('2026-01-01', '2026-01-01')).toBeNull();
  });
});
