/**
 * Replays the minutes of Chefforum Albertslund, 13 March 2024 (../shared/seeds/referat-chefforum-
 * albertslund-2024-03-13.txt): the demo builds the meeting with its ten items through the use cases
 * and publishes the agenda; the secretary then writes and finalises every item's minutes as the
 * decisions state them, and the test checks what people see afterwards: the queue, the agendas of
 * 20 March and 10 April 2024, the follow-up register and the items' states.
 *
 * The minutes name no dates for the follow-up actions and no owners but departments: the owners are
 * the heads of those departments in the demo (Organisation & Politik and Økonomi & Indkøb belong to
 * Økonomi & Stab), and the dates and target meetings are chosen here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeFollowUp } from '../../src/app/complete-follow-up.ts';
import { chefforum20240313 as minutes } from '../../src/app/demo/chefforum-2024-03-13.ts';
import type { HeldItem } from '../../src/app/demo/held-meetings.ts';
import { finaliseItemMinutes } from '../../src/app/finalise-item-minutes.ts';
import { FOLLOW_UP_ITEM_TITLE } from '../../src/app/follow-up-item.ts';
import { getAgenda } from '../../src/app/get-agenda.ts';
import { getItem } from '../../src/app/get-item.ts';
import { listForumFollowUps } from '../../src/app/list-forum-follow-ups.ts';
import { listMyFollowUps } from '../../src/app/list-my-follow-ups.ts';
import { listQueue } from '../../src/app/list-queue.ts';
import { publishAgenda } from '../../src/app/publish-agenda.ts';
import { saveItemMinutes, storedMinutes } from '../../src/app/save-item-minutes.ts';
import type { ItemMinutesInput, RecommendationOutcome } from '../../src/domain/minutes.ts';
import { richTextToPlainText } from '../../src/domain/rich-text.ts';
import { listAuditEvents } from '../../src/store/audit.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { CF, type HeldChefforum, heldChefforum, MEETING, ORG } from '../support/held-chefforum.ts';

let t: TestDatabase;
let cf: HeldChefforum;
const ids: Record<'march20' | 'april10' | 'march13', string> = { march20: '', april10: '', march13: '' };
/** An item of the minutes by its printed title (without "CF - "). */
const held = (title: string): HeldItem => {
  const found = minutes.items.find((i) => i.title.slice(5) === title);
  if (!found) throw new Error(`no item "${title}" in the minutes`);
  return found;
};
const approval = held('Godkendelse af dagsorden og referat');
const polling = held('Udpegning af holdledere og bemanning af valgsteder til Europaparlamentsvalg');
const environment = held('Genindførelse af miljøledelse');
const budget = held('Status på arbejdet med budget 2025');
const networks = held('Netværk i Albertslund Kommune og kommissorier for netværk');
const leadersDay = held('Lederdøgn 2024');
const governance = held('Interne styringsdokumenter');
const safety = held('Tryghedspolitik 2024-2026');
const news = held('Nyt fra afdelingerne');
const themes = held('Temaer til kommende møder og eventuelt');

type Outcome = NonNullable<ItemMinutesInput['outcomes']>[number];
type Action = NonNullable<ItemMinutesInput['followUps']>[number];
const o = (
  kind: Exclude<RecommendationOutcome['kind'], 'postponed' | 'referred'>,
  note?: string,
): Outcome => ({
  kind,
  ...(note && { note }),
});
const toMeeting = (meeting: keyof typeof ids): Outcome => ({
  kind: 'postponed',
  target: { kind: 'meeting', meetingId: ids[meeting] },
});

/** The follow-up actions the minutes name, as the secretary registers them. */
const actions = (): Record<'environment' | 'budget' | 'networkMail' | 'networkProposal', Action> => ({
  environment: {
    title: 'Nyt oplæg om miljøledelse, inden arbejdet med kommende mål og indsatser igangsættes',
    ownerPersonId: cf.person('marie-jespersen').id,
    due: { meetingId: ids.april10 },
  },
  budget: {
    title: 'Indarbejde i listen over regelforenklinger, hvilke afdelinger tiltagene påvirker',
    ownerPersonId: cf.person('marie-aasoe').id,
    due: { meetingId: ids.march20 },
  },
  networkMail: {
    title: 'Mail til Chefforum om udpegning af 1-2 deltagere til netværk for budgetprocessen',
    ownerPersonId: cf.person('marie-aasoe').id,
    due: { date: '2024-03-22' },
  },
  networkProposal: {
    title: 'Skriftligt forslag til ny proces for besvarelse af budgetspørgsmål',
    ownerPersonId: cf.person('marie-aasoe').id,
    due: { date: '2024-04-05' },
  },
});

/** Every item's minutes: the outcome of each recommendation as the decision text states it. */
function recorded(): [HeldItem, Outcome[], Action[]][] {
  const a = actions();
  return [
    [approval, [o('approved'), o('approved')], []],
    [
      polling,
      [o('approved_with_changes', 'Marie Brøchner Jespersen bliver holdlederassistent'), o('approved')],
      [],
    ],
    [environment, [o('discussed'), o('discussed')], [a.environment]],
    [budget, [o('noted'), o('discussed'), o('discussed'), o('discussed')], [a.budget]],
    [
      networks,
      [o('noted'), o('approved', 'med bemærkning'), o('approved_with_changes')],
      [a.networkMail, a.networkProposal],
    ],
    [leadersDay, [o('approved_with_changes')], []],
    [governance, [toMeeting('april10')], []],
    [safety, [o('approved_with_changes')], []],
    [news, [{ kind: 'postponed', target: { kind: 'queue' } }], []],
    [themes, [toMeeting('march20')], []],
  ];
}

const secretary = () => cf.as(minutes.secretaryKey);
const agenda = async (date: string) => (await getAgenda(t.ctx, await secretary(), ORG, CF, date)).agenda;
const item = async (id: string) => getItem(t.ctx, await secretary(), ORG, id);

beforeAll(async () => {
  t = await testDatabase();
  cf = await heldChefforum(t);
  ids.march13 = await cf.meetingId(MEETING);
  ids.march20 = await cf.meetingId('2024-03-20');
  ids.april10 = await cf.meetingId('2024-04-10');
}, 120_000);
afterAll(() => t.close());

describe('Chefforum 13 March 2024: the minutes as they were taken', () => {
  it('starts from the published agenda with the ten items in the printed order', async () => {
    const before = await agenda(MEETING);
    expect(before.items.map((i) => i.title)).toEqual(minutes.items.map((i) => i.title));
    for (const held of minutes.items) expect((await item(cf.itemId(held))).state).toBe('published');
  });

  it('saves each item as it is typed and finalises it with the decision the minutes print', async () => {
    t.setNow('2024-03-13T10:30:00+01:00');
    for (const [held, outcomes, followUps] of recorded()) {
      const args = [t.ctx, await secretary(), ORG, CF, MEETING, cf.itemId(held)] as const;
      const draft = await saveItemMinutes(...args, { version: null, minutes: { decision: held.decision } });
      const full = await saveItemMinutes(...args, {
        version: draft.version,
        minutes: { decision: held.decision, outcomes, followUps },
      });
      expect(full.version).toBe(2);
      const done = await finaliseItemMinutes(...args);
      expect(done.finalisedAt).not.toBeNull();
    }
  });

  it("keeps each item's record of 13 March as written: outcomes per recommendation and decision", async () => {
    t.setNow('2024-03-14T09:00:00+01:00');
    for (const [held, outcomes] of recorded()) {
      const record = await storedMinutes(t.ctx, cf.itemId(held), ids.march13);
      expect(record?.stored.finalisedAt, held.title).not.toBeNull();
      expect(record?.minutes.outcomes.map((x) => x.kind)).toEqual(outcomes.map((x) => x.kind));
      expect(record?.minutes.decision).toEqual(held.decision);
      expect((await item(cf.itemId(held))).decision).toEqual(held.decision);
    }
  });

  it('leaves the decided items decided on 13 March, the postponed standing items postponed there', async () => {
    for (const held of [approval, polling, environment, budget, networks, leadersDay, safety])
      expect(await item(cf.itemId(held))).toMatchObject({ state: 'decided', meetingId: ids.march13 });
    for (const held of [news, themes])
      expect(await item(cf.itemId(held))).toMatchObject({ state: 'postponed', meetingId: ids.march13 });
    // The meeting's agenda keeps every item it treated here; the postponed one moved away.
    const after = await agenda(MEETING);
    expect(after.items.map((i) => i.title)).toEqual(
      minutes.items.filter((i) => i !== governance).map((i) => i.title),
    );
  });

  it('puts "Nyt fra afdelingerne" back in the queue as a new item for a later Chefforum', async () => {
    const queue = await listQueue(t.ctx, await secretary(), ORG, CF);
    const carried = queue.filter((i) => i.originItemId === cf.itemId(news));
    expect(carried).toHaveLength(1);
    const source = await item(cf.itemId(news));
    expect(carried[0]).toMatchObject({
      title: `${news.title} (udsat fra 13. marts 2024)`,
      recommendations: news.recommendations,
      caseId: source.caseId,
      meetingId: null,
      standingTitle: null,
    });
  });

  it('carries "Status på målplaner 2023" to 20 March, with the follow-up item for the budget action', async () => {
    const march20 = await agenda('2024-03-20');
    const titles = march20.items.map((i) => i.title);
    expect(titles[0]).toBe('CF - Godkendelse af dagsorden og referat');
    expect(titles.slice(-4)).toEqual([
      `CF - ${FOLLOW_UP_ITEM_TITLE}`,
      `${themes.title} (udsat fra 13. marts 2024)`,
      'CF - Nyt fra afdelingerne',
      'CF - Temaer til kommende møder og eventuelt',
    ]);
    const continuation = march20.items.at(-3);
    expect((await item(continuation?.itemId ?? '')).originItemId).toBe(cf.itemId(themes));
    const text = continuation?.sections.map((s) => richTextToPlainText(s.body));
    expect(text).toContain('Status på målplaner 2023');
    expect(march20.items.at(-4)?.recommendations).toEqual([
      `at opfølgningen på ${actions().budget.title} tages til efterretning`,
    ]);
  });

  it('moves "Interne styringsdokumenter" to 10 April with its history and the 13 March record', async () => {
    const april10 = await agenda('2024-04-10');
    const onApril = april10.items.find((i) => i.itemId === cf.itemId(governance));
    expect(onApril).toMatchObject({ title: governance.title, recommendations: governance.recommendations });
    expect(await item(cf.itemId(governance))).toMatchObject({ state: 'scheduled', meetingId: ids.april10 });
    expect(april10.items.map((i) => i.title)).toContain(`CF - ${FOLLOW_UP_ITEM_TITLE}`);

    const record = await storedMinutes(t.ctx, cf.itemId(governance), ids.march13);
    expect(record?.stored.finalisedAt).not.toBeNull();
    expect(record?.minutes.outcomes).toEqual([
      { kind: 'postponed', note: '', target: { kind: 'meeting', meetingId: ids.april10 } },
    ]);
    expect(richTextToPlainText(record?.minutes.decision ?? governance.decision)).toBe(
      'Punktet blev udsat til Chefforum den 10. april 2024',
    );
    const org = (await item(cf.itemId(governance))).orgId;
    const history = await listAuditEvents(t.db, org, { objectId: cf.itemId(governance), limit: 50 });
    expect(history.find((e) => e.action === 'item.postpone')?.detail).toMatchObject({
      fromMeetingId: ids.march13,
      toMeetingId: ids.april10,
      to: 'scheduled',
    });
    expect(history.map((e) => e.action)).toEqual(
      expect.arrayContaining(['item.submit', 'item.approve', 'item.schedule', 'minutes.finalise']),
    );
  });

  it('lists the actions in the register with owners, due dates and status', async () => {
    t.setNow('2024-03-25T09:00:00+01:00');
    const a = actions();
    const register = await listForumFollowUps(t.ctx, await cf.as('henrik-harder'), ORG, CF);
    expect(register.map((f) => [f.title, f.ownerPersonId, f.dueDate, f.status])).toEqual([
      [a.budget.title, a.budget.ownerPersonId, '2024-03-20', 'overdue'],
      [a.networkMail.title, a.networkMail.ownerPersonId, '2024-03-22', 'overdue'],
      [a.networkProposal.title, a.networkProposal.ownerPersonId, '2024-04-05', 'open'],
      [a.environment.title, a.environment.ownerPersonId, '2024-04-10', 'open'],
    ]);
    expect(register.every((f) => f.sourceItemId !== null)).toBe(true);
    expect(register.find((f) => f.title === a.budget.title)?.sourceItemId).toBe(cf.itemId(budget));

    const mail = register.find((f) => f.title === a.networkMail.title);
    const done = await completeFollowUp(t.ctx, await cf.as('marie-aasoe'), ORG, mail?.id ?? '', {
      evidence: 'Mail sendt til Chefforum den 21. marts 2024.',
    });
    expect(done.status).toBe('done');
    const mine = await listMyFollowUps(t.ctx, await cf.as('marie-aasoe'), ORG);
    expect(mine.map((f) => [f.title, f.status])).toEqual([
      [a.budget.title, 'overdue'],
      [a.networkMail.title, 'done'],
      [a.networkProposal.title, 'open'],
    ]);
    const jespersen = await listMyFollowUps(t.ctx, await cf.as('marie-jespersen'), ORG);
    expect(jespersen.map((f) => [f.title, f.dueDate, f.status])).toEqual([
      [a.environment.title, '2024-04-10', 'open'],
    ]);
  });

  it('lets 10 April write its own minutes of the moved item, keeping those of 13 March', async () => {
    t.setNow('2024-04-10T09:30:00+02:00');
    const caller = await secretary();
    const published = await publishAgenda(t.ctx, caller, ORG, CF, '2024-04-10');
    expect(published.content.items.map((i) => i.itemId)).toContain(cf.itemId(governance));
    const april = await saveItemMinutes(t.ctx, caller, ORG, CF, '2024-04-10', cf.itemId(governance), {
      version: null,
      minutes: { outcomes: [o('discussed')] },
    });
    expect(april).toMatchObject({ version: 1, meetingId: ids.april10, finalisedAt: null });
    const march = await storedMinutes(t.ctx, cf.itemId(governance), ids.march13);
    expect(march?.stored.version).toBe(2);
    expect(march?.minutes.outcomes[0]?.kind).toBe('postponed');
  });
});
