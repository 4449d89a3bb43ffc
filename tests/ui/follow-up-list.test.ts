/** The follow-up views' pure logic: order of registration, the open/done filter, who may close an entry. */
import { describe, expect, it } from 'vitest';
import {
  byRegistration,
  canComplete,
  countByFilter,
  filterFollowUps,
  isManagerOf,
  parseFilter,
} from '../../src/ui/follow-up-list.ts';

const entry = (title: string, status: 'open' | 'overdue' | 'done', createdAt: string, seq?: number) => ({
  title,
  status,
  createdAt,
  ...(seq !== undefined && { seq }),
});

describe('follow-up list', () => {
  const list = [
    entry('C', 'done', '2025-05-07T10:00:00.000Z', 3),
    entry('B', 'overdue', '2025-05-07T10:00:00.000Z', 2),
    entry('A', 'open', '2025-04-23T10:00:00.000Z', 9),
    entry('D', 'open', '2025-05-07T10:00:00.000Z', 1),
  ];

  it('orders by registration: time, then the register sequence', () => {
    expect(byRegistration(list).map((f) => f.title)).toEqual(['A', 'D', 'B', 'C']);
  });

  it('orders by title when neither time nor sequence tell', () => {
    const same = [entry('Ø', 'open', 'x'), entry('Æ', 'open', 'x'), entry('B', 'open', 'x')];
    expect(byRegistration(same).map((f) => f.title)).toEqual(['B', 'Æ', 'Ø']);
  });

  it('filters open (open and overdue), done and all, and counts each', () => {
    expect(filterFollowUps(list, 'open').map((f) => f.title)).toEqual(['B', 'A', 'D']);
    expect(filterFollowUps(list, 'done').map((f) => f.title)).toEqual(['C']);
    expect(filterFollowUps(list, 'all')).toHaveLength(4);
    expect(countByFilter(list)).toEqual({ open: 3, done: 1, all: 4 });
  });

  it('reads the filter from a value, open by default', () => {
    expect(parseFilter('done')).toBe('done');
    expect(parseFilter('all')).toBe('all');
    expect(parseFilter(null)).toBe('open');
    expect(parseFilter('x')).toBe('open');
  });

  it('lets the owner, a forum manager or an administrator close an entry that is not done', () => {
    const me = { id: 'p1', role: 'user' };
    const mine = { ownerPersonId: 'p1', forumId: 'f1', status: 'open' as const };
    const theirs = { ownerPersonId: 'p2', forumId: 'f1', status: 'overdue' as const };
    const never = () => false;
    expect(canComplete(me, mine, never)).toBe(true);
    expect(canComplete(me, { ...mine, status: 'done' }, () => true)).toBe(false);
    expect(canComplete(me, theirs, never)).toBe(false);
    expect(canComplete(me, theirs, (f) => f === 'f1')).toBe(true);
    expect(canComplete({ id: 'p9', role: 'admin' }, theirs, never)).toBe(true);
  });

  it('counts the chair and the secretary as managers, not a member', () => {
    const members = [
      { personId: 'p1', role: 'member' },
      { personId: 'p2', role: 'secretary' },
      { personId: 'p3', role: 'chair' },
    ];
    expect(isManagerOf({ id: 'p1', role: 'user' }, members)).toBe(false);
    expect(isManagerOf({ id: 'p2', role: 'user' }, members)).toBe(true);
    expect(isManagerOf({ id: 'p3', role: 'user' }, members)).toBe(true);
    expect(isManagerOf({ id: 'p4', role: 'admin' }, members)).toBe(true);
  });
});
