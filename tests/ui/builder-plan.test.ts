/** The meeting builder's time plan and reordering. */
import { describe, expect, it } from 'vitest';
import { computePlan, inOrder, moveItem } from '../../src/ui/builder-plan.ts';

describe('computePlan', () => {
  const start = '2025-04-09T09:00:00+02:00';
  const end = '2025-04-09T12:00:00+02:00';

  it('starts each item where the previous one ends', () => {
    const plan = computePlan(start, end, [
      { itemId: 'a', durationMinutes: 10 },
      { itemId: 'b', durationMinutes: 20 },
      { itemId: 'c', durationMinutes: 15 },
    ]);
    expect(plan.slots.map((s) => [s.itemId, s.number, s.start, s.end])).toEqual([
      ['a', 1, '2025-04-09T07:00:00.000Z', '2025-04-09T07:10:00.000Z'],
      ['b', 2, '2025-04-09T07:10:00.000Z', '2025-04-09T07:30:00.000Z'],
      ['c', 3, '2025-04-09T07:30:00.000Z', '2025-04-09T07:45:00.000Z'],
    ]);
    expect(plan).toMatchObject({ plannedMinutes: 45, meetingMinutes: 180, overMinutes: 0, unplanned: [] });
  });

  it('gives an item without an allotment no time and lists it', () => {
    const plan = computePlan(start, end, [
      { itemId: 'a', durationMinutes: null },
      { itemId: 'b', durationMinutes: 30 },
    ]);
    expect(plan.slots[0]).toMatchObject({ start: plan.slots[0]?.end, unplanned: true });
    expect(plan.slots[1]?.start).toBe('2025-04-09T07:00:00.000Z');
    expect(plan.unplanned).toEqual([1]);
  });

  it('says how far the items run past the meeting', () => {
    const plan = computePlan(start, end, [
      { itemId: 'a', durationMinutes: 120 },
      { itemId: 'b', durationMinutes: 75 },
    ]);
    expect(plan).toMatchObject({ plannedMinutes: 195, overMinutes: 15 });
  });

  it('keeps wall-clock minutes across the change to summer time', () => {
    const plan = computePlan('2025-03-30T01:30:00+01:00', '2025-03-30T04:30:00+02:00', [
      { itemId: 'a', durationMinutes: 60 },
    ]);
    expect(plan.meetingMinutes).toBe(120);
    expect(plan.slots[0]?.end).toBe('2025-03-30T01:30:00.000Z');
  });

  it('is empty for an empty agenda', () => {
    expect(computePlan(start, end, [])).toMatchObject({ slots: [], plannedMinutes: 0, overMinutes: 0 });
  });
});

describe('moveItem', () => {
  const order = ['a', 'b', 'c', 'd'];
  it('moves an item up or down one place', () => {
    expect(moveItem(order, 2, -1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveItem(order, 0, 1)).toEqual(['b', 'a', 'c', 'd']);
  });
  it('leaves the order as it is at the ends and out of range, without changing the input', () => {
    expect(moveItem(order, 0, -1)).toEqual(order);
    expect(moveItem(order, 3, 1)).toEqual(order);
    expect(moveItem(order, 7, 1)).toEqual(order);
    expect(order).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('inOrder', () => {
  it('orders items by id and keeps unnamed ones last', () => {
    const items = [{ itemId: 'a' }, { itemId: 'b' }, { itemId: 'c' }];
    expect(inOrder(items, ['c', 'a', 'x']).map((i) => i.itemId)).toEqual(['c', 'a', 'b']);
  });
});
