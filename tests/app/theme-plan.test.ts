/**
 * The theme plan: managers put a presenter on a meeting's theme, the rotation proposes the next
 * head, and the presenter is reminded 14 and 3 days before, once each.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignTheme, changeThemeAssignment } from '../../src/app/assign-theme.ts';
import { listThemePlan, proposeThemePresenter } from '../../src/app/list-theme-plan.ts';
import { sendPresenterReminders } from '../../src/app/send-presenter-reminders.ts';
import type { ForaError } from '../../src/domain/errors.ts';
import type { Forum, Organisation, Person } from '../../src/domain/organisation.ts';
import { listOutbox } from '../../src/store/outbox.ts';
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
let borger: Person;
let by: Person;
let outsider: Person;
beforeAll(async () => {
  t = await testDatabase();
  org = await orgFactory(t.ctx);
  forum = await forumFactory(t.ctx, org, { name: 'Chefforum' });
  await charterFactory(t.ctx, org, forum, {
    cadence: { rrule: 'FREQ=MONTHLY;BYDAY=3WE', startTime: '09:00', durationMinutes: 180 },
  });
  secretary = await personFactory(t.ctx, org, { name: 'Sekretær Ærø' });
  borger = await personFactory(t.ctx, org, { name: 'Afdelingschef Borger, Arbejdsmarked & Erhverv' });
  by = await personFactory(t.ctx, org, { name: 'Afdelingschef By & Miljø' });
  outsider = await personFactory(t.ctx, org, { name: 'Udenfor' });
  await memberFactory(t.ctx, org, forum, secretary, 'secretary');
  await memberFactory(t.ctx, org, forum, borger, 'member');
  await memberFactory(t.ctx, org, forum, by, 'member');
});
afterAll(() => t.close());

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: ForaError) => e.code,
  );

describe('the theme plan', () => {
  it('proposes heads in turn and lets managers assign and change', async () => {
    const sec = await callerFor(t.ctx, secretary);
    const first = await proposeThemePresenter(t.ctx, sec, org.slug, forum.shortName);
    expect(first?.personId).toBe(borger.id);
    const a = await assignTheme(t.ctx, sec, org.slug, forum.shortName, {
      meeting: '2025-05-21',
      theme: 'Rekruttering og fastholdelse',
      presenterPersonId: borger.id,
    });
    expect(a).toMatchObject({ status: 'proposed', meetingStart: '2025-05-21T07:00:00.000Z' });
    expect((await proposeThemePresenter(t.ctx, sec, org.slug, forum.shortName))?.personId).toBe(by.id);
    const changed = await changeThemeAssignment(t.ctx, sec, org.slug, forum.shortName, a.id, {
      status: 'confirmed',
    });
    expect(changed.status).toBe('confirmed');
    const plan = await listThemePlan(t.ctx, await callerFor(t.ctx, by), org.slug, forum.shortName);
    expect(plan.map((p) => [p.theme, p.presenterName])).toEqual([
      ['Rekruttering og fastholdelse', 'Afdelingschef Borger, Arbejdsmarked & Erhverv'],
    ]);
  });

  it('lets members read but not assign; outsiders neither', async () => {
    const member = await callerFor(t.ctx, by);
    const other = await callerFor(t.ctx, outsider);
    const input = { meeting: '2025-06-18', theme: 'X', presenterPersonId: by.id };
    expect(await code(assignTheme(t.ctx, member, org.slug, forum.shortName, input))).toBe('forbidden');
    expect(await code(listThemePlan(t.ctx, other, org.slug, forum.shortName))).toBe('forbidden');
  });

  it('reminds the presenter 14 and 3 days before, once each', async () => {
    const sec = await callerFor(t.ctx, secretary);
    const a = await assignTheme(t.ctx, sec, org.slug, forum.shortName, {
      meeting: '2025-06-18',
      theme: 'Digitalisering',
      presenterPersonId: by.id,
    });
    const mails = () => listOutbox(t.db, { eventKeyPrefix: `theme-presenter:${a.id}:` });
    const remind = () => sendPresenterReminders(t.ctx, operator());
    t.setNow('2025-06-04T08:59:00+02:00');
    await remind();
    expect(await mails()).toHaveLength(0);
    t.setNow('2025-06-04T09:00:00+02:00');
    await remind();
    await remind();
    expect((await mails()).map((m) => [m.recipientPersonId, m.eventKey])).toEqual([
      [by.id, `theme-presenter:${a.id}:14`],
    ]);
    t.setNow('2025-06-15T10:00:00+02:00');
    await remind();
    await remind();
    const all = await mails();
    expect(all.map((m) => m.eventKey)).toEqual([`theme-presenter:${a.id}:14`, `theme-presenter:${a.id}:3`]);
    expect(all[1]?.subject).toContain('Digitalisering');
    // The mail links to the forum's theme plan in the web app.
    expect(all[1]?.bodyText).toContain(`http://localhost:3000/fora/${forum.shortName}/temaplan`);
  });
});
