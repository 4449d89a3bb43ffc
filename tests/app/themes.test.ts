/**
 * Lederforum's themes: members propose, the chair (the municipal director) selects at most two per
 * meeting, each becoming a theme item on that meeting's agenda, whatever the charter's capacity
 * rules say; proposers follow their proposals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem } from '../../src/app/create-item.ts';
import { decideItem } from '../../src/app/decide-item.ts';
import { getAgenda } from '../../src/app/get-agenda.ts';
import { listForumThemes } from '../../src/app/list-themes.ts';
import { proposeTheme } from '../../src/app/propose-theme.ts';
import { scheduleItem } from '../../src/app/schedule-item.ts';
import { selectTheme } from '../../src/app/select-theme.ts';
import { submitItem } from '../../src/app/submit-item.ts';
import { unselectTheme } from '../../src/app/unselect-theme.ts';
import type { Forum, Organisation, Person } from '../../src/domain/organisation.ts';
import { findItem, listMeetingItems } from '../../src/store/items.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import {
  callerFor,
  charterFactory,
  forumFactory,
  memberFactory,
  orgFactory,
  personFactory,
} from '../support/factories.ts';
import { failure } from '../support/failure.ts';
import { pipelineFixture } from '../support/pipeline-fixture.ts';

let t: TestDatabase;
let org: Organisation;
let lf: Forum;
let director: Person;
let secretary: Person;
let leader: Person;
let outsider: Person;

beforeAll(async () => {
  t = await testDatabase();
  org = await orgFactory(t.ctx);
  lf = await forumFactory(t.ctx, org, { name: 'Lederforum' });
  await charterFactory(t.ctx, org, lf);
  director = await personFactory(t.ctx, org, { name: 'Henrik Harder' });
  secretary = await personFactory(t.ctx, org, { name: 'Camilla Holm Nielsen' });
  leader = await personFactory(t.ctx, org, { name: 'Anne-Mette Kjær' });
  outsider = await personFactory(t.ctx, org, { name: 'Søren Ørsted Friis' });
  await memberFactory(t.ctx, org, lf, director, 'chair');
  await memberFactory(t.ctx, org, lf, secretary, 'secretary');
  await memberFactory(t.ctx, org, lf, leader);
});
afterAll(() => t.close());

const as = (p: Person) => callerFor(t.ctx, p);
const propose = async (title: string, by = leader) =>
  proposeTheme(t.ctx, await as(by), org.slug, lf.shortName, { title, description: `Om ${title}` });
const select = async (themeId: string, meeting: string, by = director) =>
  selectTheme(t.ctx, await as(by), org.slug, lf.shortName, themeId, { meeting });

describe('proposing and selecting themes', () => {
  it('makes a selected theme a theme item on the meeting, and shows the proposer its status', async () => {
    const theme = await propose('Rekruttering af ledere');
    expect(theme.status).toBe('proposed');
    const selected = await select(theme.id, '2025-05-15');
    expect(selected).toMatchObject({ status: 'selected' });
    const item = await findItem(t.db, org.id, selected.itemId ?? '');
    expect(item).toMatchObject({
      type: 'theme',
      title: 'Rekruttering af ledere',
      state: 'scheduled',
      meetingId: selected.meetingId,
      submitterPersonId: leader.id,
    });
    const mine = (await listForumThemes(t.ctx, await as(leader), org.slug, lf.shortName)).find(
      (x) => x.id === theme.id,
    );
    expect(mine).toMatchObject({ mine: true, status: 'selected', proposer: { name: 'Anne-Mette Kjær' } });
  });

  it('refuses a third theme on one meeting, naming the field', async () => {
    const [a, b, c] = [
      await propose('Sygefravær'),
      await propose('Digitalisering'),
      await propose('Trivsel'),
    ];
    await select(a.id, '2025-06-05');
    await select(b.id, '2025-06-05');
    await expect(select(c.id, '2025-06-05')).rejects.toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'meeting' }],
    });
    const meetingId = (await listForumThemes(t.ctx, await as(director), org.slug, lf.shortName)).find(
      (x) => x.id === a.id,
    )?.meetingId;
    const themeItems = (await listMeetingItems(t.db, meetingId ?? '')).filter((i) => i.type === 'theme');
    expect(themeItems.map((i) => i.title)).toEqual(['Sygefravær', 'Digitalisering']);
  });

  it('unselecting takes the item off the agenda and frees the place for another theme', async () => {
    const [a, b, c] = [await propose('Budget 2026'), await propose('Arbejdsmiljø'), await propose('Klima')];
    const first = await select(a.id, '2025-06-19');
    await select(b.id, '2025-06-19');
    const back = await unselectTheme(t.ctx, await as(director), org.slug, lf.shortName, a.id);
    expect(back).toMatchObject({ status: 'proposed', meetingId: null, itemId: null });
    expect(await findItem(t.db, org.id, first.itemId ?? '')).toMatchObject({
      state: 'withdrawn',
      meetingId: null,
    });
    await select(c.id, '2025-06-19');
    const titles = (await listMeetingItems(t.db, first.meetingId ?? '')).map((i) => i.title);
    expect(titles).toEqual(['Arbejdsmiljø', 'Klima']);
  });

  it('refuses selecting a theme twice', async () => {
    const theme = await propose('Samskabelse');
    await select(theme.id, '2025-08-07');
    await expect(select(theme.id, '2025-08-21')).rejects.toMatchObject({
      code: 'conflict',
      details: [{ path: 'status' }],
    });
  });
});

describe("the charter's capacity", () => {
  it('does not hold back the themes the chair selects; it still holds back the secretary', async () => {
    // One theme discussion and 60 minutes per meeting; the meeting of 5 June is full by the minutes.
    const f = await pipelineFixture(t, {
      capacity: { maxThemes: 1, maxMinutes: 60 },
      standingItems: [],
      template: [],
    });
    const approved = async (type: 'information' | 'theme', title: string, durationMinutes: number) => {
      const item = await createItem(t.ctx, await f.as.head(), f.org.slug, f.forum.shortName, {
        type,
        title,
        durationMinutes,
      });
      await submitItem(t.ctx, await f.as.head(), f.org.slug, item.id);
      return decideItem(t.ctx, await f.as.director(), f.org.slug, item.id, { decision: 'approve' });
    };
    const budget = await approved('information', 'Budgetopfølgning', 60);
    await scheduleItem(t.ctx, await f.as.secretary(), f.org.slug, budget.id, { meeting: '2025-06-05' });
    const chooseAs = async (title: string) => {
      const theme = await proposeTheme(t.ctx, await f.as.head(), f.org.slug, f.forum.shortName, { title });
      return selectTheme(t.ctx, await f.as.chair(), f.org.slug, f.forum.shortName, theme.id, {
        meeting: '2025-06-05',
      });
    };
    // Two themes where the charter takes one, on a meeting whose minutes are used up.
    await chooseAs('Ledelse af mangfoldighed');
    await chooseAs('Trivsel i hverdagen');
    const live = await getAgenda(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName, '2025-06-05');
    expect(live.agenda.items.map((i) => [i.title, i.type])).toEqual([
      ['Budgetopfølgning', 'information'],
      ['Ledelse af mangfoldighed', 'theme'],
      ['Trivsel i hverdagen', 'theme'],
    ]);
    // The rule is in force: a theme the secretary schedules is refused.
    const extra = await approved('theme', 'Arbejdsmiljø', 15);
    const err = await failure(
      scheduleItem(t.ctx, await f.as.secretary(), f.org.slug, extra.id, { meeting: '2025-06-05' }),
    );
    expect(err).toMatchObject({ code: 'conflict' });
    expect(err.details.map((d) => d.path)).toEqual(['capacity.maxThemes', 'capacity.maxMinutes']);
  });
});

describe('who may', () => {
  it('lets only the chair select; members and the secretary propose', async () => {
    const theme = await propose('Ledelse på afstand', secretary);
    await expect(select(theme.id, '2025-09-04', leader)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(select(theme.id, '2025-09-04', secretary)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      unselectTheme(t.ctx, await as(leader), org.slug, lf.shortName, theme.id),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('keeps non-members from proposing or reading themes', async () => {
    await expect(propose('Udefra', outsider)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(listForumThemes(t.ctx, await as(outsider), org.slug, lf.shortName)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
