/** Lederforum's themes and the leaders' day: the pure rules and who may do what. */
import { describe, expect, it } from 'vitest';
import { ForaError } from '../../src/domain/errors.ts';
import {
  isRegistrationOpen,
  isReleased,
  leadersDayInputSchema,
  promotions,
  type Registration,
  releaseDate,
  statusOnRegistration,
} from '../../src/domain/leaders-day.ts';
import { type Action, type Actor, can } from '../../src/domain/policy.ts';
import { assertThemeRoom, MAX_THEMES_PER_MEETING } from '../../src/domain/themes.ts';

describe('at most two themes per meeting', () => {
  it.each([
    [0, true],
    [1, true],
    [2, false],
    [3, false],
  ])('with %i selected, another may be selected: %s', (selected, ok) => {
    if (ok) expect(() => assertThemeRoom(selected)).not.toThrow();
    else {
      const err = (() => {
        try {
          assertThemeRoom(selected);
        } catch (e) {
          return e;
        }
      })();
      expect(err).toBeInstanceOf(ForaError);
      expect(err).toMatchObject({ code: 'validation_failed', details: [{ path: 'meeting' }] });
    }
  });
  it('is two, as the terms of reference say', () => expect(MAX_THEMES_PER_MEETING).toBe(2));
});

const reg = (id: string, status: Registration['status'], at: string) => ({ id, status, registeredAt: at });

describe('seats and waitlist', () => {
  it.each([
    [3, 0, 'registered'],
    [3, 2, 'registered'],
    [3, 3, 'waitlisted'],
    [1, 5, 'waitlisted'],
  ] as const)('%i seats, %i taken: a new registration is %s', (seats, taken, status) =>
    expect(statusOnRegistration(seats, taken)).toBe(status),
  );

  it.each([
    {
      what: 'a freed seat goes to the first on the waitlist',
      seats: 2,
      regs: [
        reg('a', 'registered', '2025-04-01T10:00:00Z'),
        reg('b', 'cancelled', '2025-04-01T10:01:00Z'),
        reg('d', 'waitlisted', '2025-04-01T10:05:00Z'),
        reg('c', 'waitlisted', '2025-04-01T10:03:00Z'),
      ],
      promoted: ['c'],
    },
    {
      what: 'two freed seats go to the first two',
      seats: 3,
      regs: [
        reg('a', 'registered', '2025-04-01T10:00:00Z'),
        reg('c', 'waitlisted', '2025-04-01T10:03:00Z'),
        reg('d', 'waitlisted', '2025-04-01T10:05:00Z'),
        reg('e', 'waitlisted', '2025-04-01T10:06:00Z'),
      ],
      promoted: ['c', 'd'],
    },
    {
      what: 'nobody moves while the seats are full',
      seats: 1,
      regs: [reg('a', 'registered', '2025-04-01T10:00:00Z'), reg('c', 'waitlisted', '2025-04-01T10:03:00Z')],
      promoted: [],
    },
  ])('$what', ({ seats, regs, promoted }) => expect(promotions(seats, regs)).toEqual(promoted));
});

describe('programme and material are released 14 days before', () => {
  const day = { date: '2025-05-28' };
  it('releases on the 14th day before', () => expect(releaseDate(day)).toBe('2025-05-14'));
  it.each([
    ['2025-05-13', false],
    ['2025-05-14', true],
    ['2025-05-28', true],
  ])('on %s released: %s', (today, released) => expect(isReleased(day, today)).toBe(released));
  it.each([
    ['2025-05-01', true],
    ['2025-05-02', false],
  ])('registration open on %s: %s', (today, open) =>
    expect(isRegistrationOpen({ registrationDeadline: '2025-05-01' }, today)).toBe(open),
  );
  it('refuses a registration deadline after the day, naming the field', () => {
    const r = leadersDayInputSchema.safeParse({
      date: '2025-05-28',
      seats: 10,
      registrationDeadline: '2025-06-01',
      evaluationForum: 'DIF',
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['registrationDeadline']);
  });
});

describe('who may do what', () => {
  const F = 'forum-1';
  const person = (roles: string[], role: 'admin' | 'staff' = 'staff'): Actor => ({
    kind: 'person',
    personId: 'p',
    orgId: 'o',
    name: 'X',
    role,
    forumRoles: roles.length ? { [F]: roles as never } : {},
  });
  const forum = { type: 'forum', orgId: 'o', forumId: F } as const;
  const cases: [string, Actor, Action, boolean][] = [
    ['the chair selects themes', person(['chair']), 'theme.select', true],
    ['the secretary does not select themes', person(['secretary']), 'theme.select', false],
    ['a member does not select themes', person(['member']), 'theme.select', false],
    ['an admin does not select themes', person([], 'admin'), 'theme.select', false],
    ['a member proposes a theme', person(['member']), 'theme.propose', true],
    ['a guest does not propose', person(['guest']), 'theme.propose', false],
    ['a non-member does not read themes', person([]), 'theme.read', false],
    ['a member reads themes', person(['member']), 'theme.read', true],
    ['an invited leader registers', person(['member']), 'leadersday.register', true],
    ['someone not invited does not register', person([]), 'leadersday.register', false],
    ['a member does not organise', person(['member']), 'leadersday.manage', false],
    ['the secretary organises', person(['secretary']), 'leadersday.manage', true],
    ['the admin organises', person([], 'admin'), 'leadersday.manage', true],
    ['the admin reads the day', person([], 'admin'), 'leadersday.read', true],
  ];
  it.each(cases)('%s', (_what, actor, action, allowed) => expect(can(actor, action, forum)).toBe(allowed));
  it('never across organisations', () =>
    expect(can(person(['chair']), 'theme.select', { ...forum, orgId: 'other' })).toBe(false));
});
