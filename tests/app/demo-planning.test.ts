/**
 * The demo's plan of the year (issue 9), loaded on 1 April 2025: Chefforum's wheel and theme
 * rotation in Albertslund, Koncernledelsen's work programme, wheel and working group in Ishøj, and
 * the year view that gathers them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCalendar } from '../../src/app/get-calendar.ts';
import { getWorkProgramme } from '../../src/app/get-work-programme.ts';
import { listWorkingGroups } from '../../src/app/get-working-group.ts';
import { getYearPlan } from '../../src/app/get-year-plan.ts';
import { listThemePlan } from '../../src/app/list-theme-plan.ts';
import { listWheelEntries } from '../../src/app/list-wheel-entries.ts';
import { loadDemo } from '../../src/app/load-demo.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { operator } from '../support/factories.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await testDatabase();
  await loadDemo(t.ctx, operator());
}, 120_000);
afterAll(() => t.close());

describe('demo: planning the year', () => {
  it("places Chefforum's wheel on its meetings: the construction plan on the first meeting in April", async () => {
    const wheel = await listWheelEntries(t.ctx, operator(), 'albertslund', 'CF', 2025);
    expect(wheel).toHaveLength(4);
    const plan = wheel.find((e) => e.title === 'Temadrøftelse: status på anlægsplanen');
    const april = await getCalendar(t.ctx, operator(), 'albertslund', 'CF', {
      from: '2025-04-01',
      to: '2025-04-30',
    });
    const first = april.find((m) => !m.cancelled);
    expect(first).toBeDefined();
    expect(plan?.target?.start).toBe(first?.start);
    expect(wheel.every((e) => e.target !== null)).toBe(true);
  });

  it('gives the next theme discussion to the head of Borger, Arbejdsmarked & Erhverv, the one after to Børn & Familie', async () => {
    const plan = await listThemePlan(t.ctx, operator(), 'albertslund', 'CF');
    const upcoming = [...plan].sort((a, b) => a.meetingStart.localeCompare(b.meetingStart));
    expect(upcoming.map((a) => [a.presenterName, a.status])).toEqual([
      ['Dorthe Espenhein', 'confirmed'],
      ['Tine Buch Juhl', 'proposed'],
    ]);
    expect(new Date(upcoming[0]?.meetingStart ?? 0).getTime()).toBeGreaterThan(t.ctx.now().getTime());
  });

  it("has Koncernledelsen's work programme of the year, milestones before today done, and a working group", async () => {
    const programme = await getWorkProgramme(t.ctx, operator(), 'ishoej', 'KONCERNLEDELSE', 2025);
    expect(programme.initiatives.map((i) => i.title)).toEqual([
      'Fælles rekruttering og fastholdelse',
      'Digital selvbetjening, der virker',
      'Budget: tværgående effektiviseringer',
    ]);
    const milestones = programme.initiatives.flatMap((i) => i.milestones);
    for (const m of milestones) expect(m.status).toBe(m.dueDate < '2025-04-01' ? 'done' : 'open');
    const groups = await listWorkingGroups(t.ctx, operator(), 'ishoej', 'KONCERNLEDELSE');
    expect(groups.map((g) => [g.name, g.members.map((m) => m.basis)])).toEqual([
      ['Arbejdsgruppe om onboarding af nye ledere', ['expertise', 'representation', 'representation']],
    ]);
  });

  it('shows the milestones and theme presenters in the year view', async () => {
    const year = await getYearPlan(t.ctx, operator(), 'albertslund', 2025);
    const cf = year.forums.find((f) => f.shortName === 'CF');
    const titles = cf?.meetings.flatMap((m) => m.milestones.map((x) => x.title)) ?? [];
    expect(titles).toContain('Budgetproces: tidsplan og rammer');
    const presenters = cf?.meetings.flatMap((m) => m.presenters.map((p) => p.presenterName)) ?? [];
    expect(presenters).toEqual(['Dorthe Espenhein', 'Tine Buch Juhl']);
  });
});
