/** Who may read and keep the annual wheel and the theme plan, and see the year at a glance. */
import { describe, expect, it } from 'vitest';
import type { MemberRole } from '../../src/domain/charter.ts';
import { type Action, type Actor, can } from '../../src/domain/policy.ts';

const forum = { type: 'forum', orgId: 'o1', forumId: 'f1' } as const;
const person = (roles: MemberRole[], role: 'admin' | 'staff' = 'staff', orgId = 'o1'): Actor => ({
  kind: 'person',
  personId: 'p1',
  orgId,
  name: 'P',
  role,
  forumRoles: roles.length ? { f1: roles } : {},
});

describe('planning permissions', () => {
  it.each<[string, Actor, Action, boolean]>([
    ['a member reads the wheel', person(['member']), 'wheel.read', true],
    ['a guest reads the wheel', person(['guest']), 'wheel.read', true],
    ['a non-member does not read the wheel', person([]), 'wheel.read', false],
    ['an admin reads the wheel', person([], 'admin'), 'wheel.read', true],
    ['a member does not keep the wheel', person(['member']), 'wheel.manage', false],
    ['the secretary keeps the wheel', person(['secretary']), 'wheel.manage', true],
    ['the chair keeps the theme plan', person(['chair']), 'themeplan.manage', true],
    ['a member reads the theme plan', person(['member']), 'themeplan.read', true],
    ['a member does not keep the theme plan', person(['member']), 'themeplan.manage', false],
    ['a non-member does not read the theme plan', person([]), 'themeplan.read', false],
    ['another organisation never', person(['chair'], 'admin', 'o2'), 'wheel.read', false],
    ['anonymous never', { kind: 'anonymous' }, 'themeplan.read', false],
  ])('%s', (_, actor, action, allowed) => {
    expect(can(actor, action, forum)).toBe(allowed);
  });

  it('lets everyone in the organisation see the year, nobody outside it', () => {
    const org = { type: 'organisation', orgId: 'o1' } as const;
    expect(can(person([]), 'year.read', org)).toBe(true);
    expect(can(person([], 'staff', 'o2'), 'year.read', org)).toBe(false);
  });
});
