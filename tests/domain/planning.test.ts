/** Planning the year, pure rules: the report-back meeting, group status changes, the programme CSV, the policy. */
import { describe, expect, it } from 'vitest';
import { csvField } from '../../src/domain/csv.ts';
import { type Actor, can, type Resource } from '../../src/domain/policy.ts';
import { milestonesOutsideYear } from '../../src/domain/work-programme.ts';
import {
  canChangeStatus,
  createGroupSchema,
  type GroupStatus,
  reportBackMeeting,
} from '../../src/domain/working-group.ts';

const meetings = [
  { date: '2025-06-19', cancelled: false },
  { date: '2025-06-05', cancelled: false },
  { date: '2025-07-03', cancelled: true },
  { date: '2025-08-07', cancelled: false },
];

describe('the report-back meeting', () => {
  it.each([
    ['2025-06-01', '2025-06-05'],
    ['2025-06-05', '2025-06-05'],
    ['2025-06-06', '2025-06-19'],
    ['2025-06-20', '2025-08-07'],
    ['2025-08-08', undefined],
  ])('deadline %s → meeting %s (first not cancelled on or after)', (deadline, expected) => {
    expect(reportBackMeeting(meetings, deadline)?.date).toBe(expected);
  });
});

describe('group status', () => {
  it.each<[GroupStatus, GroupStatus, boolean]>([
    ['active', 'reported', true],
    ['active', 'closed', true],
    ['reported', 'active', true],
    ['reported', 'closed', true],
    ['closed', 'active', false],
    ['closed', 'reported', false],
    ['active', 'active', true],
  ])('%s → %s: %s', (from, to, ok) => expect(canChangeStatus(from, to)).toBe(ok));

  it('takes a mandate as plain text or rich text, and a person only once', () => {
    const base = { name: 'G', deadline: '2025-06-01' };
    expect(createGroupSchema.parse({ ...base, mandate: 'Et\n\nTo' }).mandate.content).toHaveLength(2);
    expect(
      createGroupSchema.safeParse({ ...base, mandate: { type: 'doc', content: [{ type: 'x' }] } }).success,
    ).toBe(false);
    const p = '00000000-0000-4000-8000-000000000001';
    const twice = [
      { personId: p, basis: 'expertise' },
      { personId: p, basis: 'representation' },
    ];
    expect(createGroupSchema.safeParse({ ...base, mandate: 'x', members: twice }).success).toBe(false);
  });
});

describe('the programme export', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-1', "'-1"],
    ['line\nbreak', '"line\nbreak"'],
  ])('csvField(%j) = %j', (value, expected) => expect(csvField(value)).toBe(expected));

  it('finds milestones outside the programme year', () => {
    expect(milestonesOutsideYear([{ dueDate: '2025-01-01' }, { dueDate: '2026-01-01' }], 2025)).toEqual([1]);
  });
});

describe('the planning actions of the policy', () => {
  const forum = (groupMemberIds: string[] = []): Resource => ({
    type: 'forum',
    orgId: 'o',
    forumId: 'f',
    groupMemberIds,
  });
  const person = (role: 'admin' | 'staff', roles: string[] = []): Actor => ({
    kind: 'person',
    personId: 'p',
    orgId: 'o',
    name: 'P',
    role,
    forumRoles: { f: roles as never },
  });
  const who = {
    admin: person('admin'),
    secretary: person('staff', ['secretary']),
    member: person('staff', ['member']),
    guest: person('staff', ['guest']),
    outsider: person('staff'),
  };
  it.each([
    ['group.manage', ['admin', 'secretary']],
    ['group.read', ['admin', 'secretary', 'member', 'guest']],
    ['group.list', ['admin', 'secretary', 'member', 'guest', 'outsider']],
    ['programme.read', ['admin', 'secretary', 'member', 'guest', 'outsider']],
    ['programme.manage', ['admin', 'secretary']],
    ['dashboard.read', ['admin', 'secretary', 'member', 'guest']],
  ] as const)('%s: %j', (action, allowed) => {
    const got = Object.entries(who).flatMap(([k, a]) => (can(a, action, forum()) ? [k] : []));
    expect(got).toEqual(allowed);
  });
  it('a member of the group reads it without being a member of the parent forum', () => {
    expect(can(who.outsider, 'group.read', forum(['p']))).toBe(true);
    expect(can(who.outsider, 'group.manage', forum(['p']))).toBe(false);
  });
});
