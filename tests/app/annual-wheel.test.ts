/**
 * The annual wheel: managers keep it, members read it, and the hourly job makes each entry's
 * placeholder draft `leadWeeks` before its meeting, once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWheelEntry } from '../../src/app/create-wheel-entry.ts';
import { createWheelPlaceholders } from '../../src/app/create-wheel-placeholders.ts';
import { deleteWheelEntry } from '../../src/app/delete-wheel-entry.ts';
import { listWheelEntries } from '../../src/app/list-wheel-entries.ts';
import { updateWheelEntry } from '../../src/app/update-wheel-entry.ts';
import type { ForaError } from '../../src/domain/errors.ts';
import type { Forum, Organisation, Person } from '../../src/domain/organisation.ts';
import { listAuditEvents } from '../../src/store/audit.ts';
import { listItemsBySubmitter } from '../../src/store/items.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import {
  callerFor,
  charterFactory,
  forumFactory,
  memberFactory,
  operator,
  orgFactory,
  personFactory,
} from '../support/factories.ts';

let t: TestDatabase;
let org: Organisation;
let forum: Forum;
let secretary: Person;
let head: Person;
let outsider: Person;
beforeAll(async () => {
  t = await testDatabase();
  org = await orgFactory(t.ctx);
  // Chefforum: 1st and 3rd Thursday 09:00; in March 2025 the 6th and the 20th (week 12).
  forum = await forumFactory(t.ctx, org, { name: 'Chefforum' });
  await charterFactory(t.ctx, org, forum);
  secretary = await personFactory(t.ctx, org, { name: 'Sekretær Ærø' });
  head = await personFactory(t.ctx, org, { name: 'Afdelingschef Borger' });
  outsider = await personFactory(t.ctx, org, { name: 'Udenfor Ågesen' });
  await memberFactory(t.ctx, org, forum, secretary, 'secretary');
  await memberFactory(t.ctx, org, forum, head, 'member');
});
afterAll(() => t.close());

const run = () => createWheelPlaceholders(t.ctx, operator());
const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: ForaError) => e.code,
  );

describe('keeping the wheel', () => {
  it('lets managers add, change and remove entries, validated and audited', async () => {
    const sec = await callerFor(t.ctx, secretary);
    const entry = await createWheelEntry(t.ctx, sec, org.slug, forum.shortName, {
      title: 'Budgetproces 2026',
      when: { kind: 'first_in_month', month: 3 },
      responsiblePersonId: head.id,
      leadWeeks: 4,
    });
    expect(entry).toMatchObject({ itemType: 'theme', leadWeeks: 4, active: true });
    const changed = await updateWheelEntry(t.ctx, sec, org.slug, forum.shortName, entry.id, { leadWeeks: 6 });
    expect(changed).toMatchObject({ leadWeeks: 6, title: 'Budgetproces 2026' });
    await deleteWheelEntry(t.ctx, sec, org.slug, forum.shortName, entry.id);
    const left = await listWheelEntries(t.ctx, sec, org.slug, forum.shortName, 2025);
    expect(left.map((e) => e.id)).not.toContain(entry.id);
    const actions = (await listAuditEvents(t.db, org.id, { objectId: entry.id, limit: 50 })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(expect.arrayContaining(['wheel.create', 'wheel.update', 'wheel.remove']));
  });

  it('refuses a bad rule with the field and the reason', async () => {
    const sec = await callerFor(t.ctx, secretary);
    const err = await createWheelEntry(t.ctx, sec, org.slug, forum.shortName, {
      title: 'Uge 54',
      when: { kind: 'in_week', week: 54 },
      responsiblePersonId: head.id,
    }).catch((e: ForaError) => e);
    expect(err).toMatchObject({ code: 'validation_failed' });
    expect((err as ForaError).details?.[0]?.path).toBe('when.week');
  });

  it('lets members read but not manage; outsiders neither', async () => {
    const member = await callerFor(t.ctx, head);
    const other = await callerFor(t.ctx, outsider);
    const input = { title: 'X', when: { kind: 'in_week', week: 12 }, responsiblePersonId: head.id };
    expect(await code(createWheelEntry(t.ctx, member, org.slug, forum.shortName, input))).toBe('forbidden');
    expect(await code(listWheelEntries(t.ctx, member, org.slug, forum.shortName, 2025))).toBe('ok');
    expect(await code(listWheelEntries(t.ctx, other, org.slug, forum.shortName, 2025))).toBe('forbidden');
    const sec = await callerFor(t.ctx, secretary);
    const entry = await createWheelEntry(t.ctx, sec, org.slug, forum.shortName, input);
    expect(await code(deleteWheelEntry(t.ctx, member, org.slug, forum.shortName, entry.id))).toBe(
      'forbidden',
    );
    expect(await code(deleteWheelEntry(t.ctx, sec, org.slug, forum.shortName, entry.id))).toBe('ok');
    expect(await code(deleteWheelEntry(t.ctx, sec, org.slug, forum.shortName, entry.id))).toBe('not_found');
  });
});

describe('placeholders', () => {
  it('makes the draft exactly leadWeeks before the target meeting, once', async () => {
    const sec = await callerFor(t.ctx, secretary);
    const entry = await createWheelEntry(t.ctx, sec, org.slug, forum.shortName, {
      title: 'Temadrøftelse: rekruttering',
      when: { kind: 'in_week', week: 12 },
      responsiblePersonId: head.id,
      leadWeeks: 3,
    });
    // The meeting in week 12 is Thursday 20 March 2025 09:00; three weeks before: 27 February 09:00.
    t.setNow('2025-02-27T08:59:00+01:00');
    await run();
    const mine = () => listItemsBySubmitter(t.db, head.id);
    expect((await mine()).filter((i) => i.title === entry.title)).toHaveLength(0);

    t.setNow('2025-02-27T09:00:00+01:00');
    expect((await run()).created).toBeGreaterThanOrEqual(1);
    expect((await run()).created).toBe(0);
    const made = (await mine()).filter((i) => i.title === entry.title);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ state: 'draft', type: 'theme', forumId: forum.id });

    const [view] = (await listWheelEntries(t.ctx, sec, org.slug, forum.shortName, 2025)).filter(
      (e) => e.id === entry.id,
    );
    expect(view?.target?.occurrenceDate).toBe('2025-03-20');
    expect(view?.placeholderItemId).toBe(made[0]?.id);
    expect(made[0]?.wishedMeetingId).toBe(view?.target?.meetingId);
    const audited = await listAuditEvents(t.db, org.id, { objectId: made[0]?.id ?? '', limit: 50 });
    expect(audited.map((e) => e.action)).toContain('item.create');
  });

  it('makes nothing once the meeting has begun, nor for an inactive entry', async () => {
    const sec = await callerFor(t.ctx, secretary);
    const late = await createWheelEntry(t.ctx, sec, org.slug, forum.shortName, {
      title: 'For sent',
      when: { kind: 'first_in_month', month: 4 },
      responsiblePersonId: head.id,
    });
    await createWheelEntry(t.ctx, sec, org.slug, forum.shortName, {
      title: 'Slukket',
      when: { kind: 'last_in_month', month: 4 },
      responsiblePersonId: head.id,
      active: false,
    });
    t.setNow('2025-04-03T09:30:00+02:00'); // the first April meeting started at 09:00
    await run();
    const titles = (await listItemsBySubmitter(t.db, head.id)).map((i) => i.title);
    expect(titles).not.toContain(late.title);
    expect(titles).not.toContain('Slukket');
  });

  it("makes next year's placeholder in December when the meeting is early in January", async () => {
    const sec = await callerFor(t.ctx, secretary);
    const entry = await createWheelEntry(t.ctx, sec, org.slug, forum.shortName, {
      title: 'Årets første temadrøftelse',
      when: { kind: 'in_week', week: 3 },
      responsiblePersonId: head.id,
      leadWeeks: 3,
    });
    // Week 3 of 2026: Thursday 15 January 09:00; three weeks before is 25 December 2025 09:00.
    t.setNow('2025-12-25T09:00:00+01:00');
    await run();
    const [view] = (await listWheelEntries(t.ctx, sec, org.slug, forum.shortName, 2026)).filter(
      (e) => e.id === entry.id,
    );
    expect(view?.target?.occurrenceDate).toBe('2026-01-15');
    expect(view?.placeholderItemId).not.toBeNull();
  });

  it('keeps the placeholder item as a draft when its entry is removed, and the audit row names it', async () => {
    const sec = await callerFor(t.ctx, secretary);
    const entry = await createWheelEntry(t.ctx, sec, org.slug, forum.shortName, {
      title: 'Temadrøftelse: arbejdsmiljø',
      when: { kind: 'first_in_month', month: 6 },
      responsiblePersonId: head.id,
      leadWeeks: 2,
    });
    // The first June meeting is Thursday 5 June 2025 09:00; two weeks before: 22 May.
    t.setNow('2025-05-22T10:00:00+02:00');
    await run();
    const made = (await listItemsBySubmitter(t.db, head.id)).filter((i) => i.title === entry.title);
    expect(made).toHaveLength(1);

    const { keptItems } = await deleteWheelEntry(t.ctx, sec, org.slug, forum.shortName, entry.id);
    expect(keptItems).toEqual([{ year: 2025, itemId: made[0]?.id }]);
    const still = (await listItemsBySubmitter(t.db, head.id)).filter((i) => i.title === entry.title);
    expect(still).toMatchObject([{ id: made[0]?.id, state: 'draft' }]);
    const events = await listAuditEvents(t.db, org.id, { objectId: entry.id, limit: 50 });
    expect(events.find((e) => e.action === 'wheel.remove')?.detail).toMatchObject({
      title: entry.title,
      keptItems: [{ year: 2025, itemId: made[0]?.id }],
    });
    // The hourly job makes no second one for it.
    await run();
    const after = (await listItemsBySubmitter(t.db, head.id)).filter((i) => i.title === entry.title);
    expect(after).toHaveLength(1);
  });
});
