/**
 * Minute-taking in a real browser: Chefforum's meeting of 13 March 2024 (the demo) with its agenda
 * published and the clock on the meeting day. The secretary signs in, writes the minutes of item 2
 * with the keyboard only and of item 3 with the mouse, sees the autosave reach the database, meets a
 * conflict with another secretary without losing her text, finalises both items (one after the
 * server's validation problems), registers a follow-up with an owner and a due date and one at the
 * forum's next meeting (shown again after a reload), and publishes the minutes,
 * after sending them for review; they are then readable through the API. Each view passes axe at laptop and tablet width.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chefforum20240313 } from '../../src/app/demo/chefforum-2024-03-13.ts';
import { finaliseItemMinutes } from '../../src/app/finalise-item-minutes.ts';
import { getAgenda } from '../../src/app/get-agenda.ts';
import { listForumFollowUps } from '../../src/app/list-forum-follow-ups.ts';
import { saveItemMinutes, storedMinutes } from '../../src/app/save-item-minutes.ts';
import { setPassword } from '../../src/app/set-password.ts';
import { richTextToPlainText } from '../../src/domain/rich-text.ts';
import { checkView, isFocused, type ListeningServer, requireBuiltApp, tabTo } from '../support/browser.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { type DemoBrowser, openBrowserOn } from '../support/demo-browser.ts';
import { operator } from '../support/factories.ts';
import { CF, type HeldChefforum, heldChefforum, MEETING, ORG } from '../support/held-chefforum.ts';

/** The meeting day, during the meeting. */
const NOW = new Date('2024-03-13T10:30:00+01:00');
const PASSWORD = 'skriv-referatet-2024';
const [, second, third] = chefforum20240313.items;
if (!second || !third) throw new Error('the demo meeting has fewer than three items');
const SECOND_DECISION = 'Chefforum godkendte listen af holdledere.';
const THIRD_DECISION = 'Chefforum drøftede genindførelsen af miljøledelse.';
const THEIRS = 'Chefforum blev præsenteret for processen (skrevet af den anden sekretær).';
const FOLLOW_UP = 'Undersøg nye grupperinger af decentrale enheder';
const FOLLOW_UP_AT_MEETING = 'Status på miljøledelse';

let demo: DemoBrowser | undefined;
let t: TestDatabase;
let cf: HeldChefforum;
let server: ListeningServer;
let page: Page;
let meetingId: string;

beforeAll(async () => {
  requireBuiltApp();
  t = await testDatabase();
  cf = await heldChefforum(t);
  t.setNow(NOW);
  await setPassword(t.ctx, operator(), ORG, cf.person(chefforum20240313.secretaryKey).id, {
    newPassword: PASSWORD,
  });
  meetingId = await cf.meetingId(MEETING);
  demo = await openBrowserOn(t, NOW);
  ({ server, page } = demo);
});

afterAll(async () => {
  await (demo ?? t)?.close();
});

const secretary = () => cf.as(chefforum20240313.secretaryKey);
const stored = (itemId: string) => storedMinutes(t.ctx, itemId, meetingId);
const status = () => page.getByRole('status').filter({ hasText: /Gemt kl\. 10[.:]30/ });
const itemHeading = (n: number, title: string) =>
  page.getByRole('heading', { level: 2, name: `${n}. ${title}` });

describe('taking the minutes of Chefforum, 13 March 2024', () => {
  it('signs the secretary in and shows the items with their status', async () => {
    await page.goto(`${server.url}/fora/${CF}/moeder/${meetingId}/referat`);
    const secretaryPerson = cf.person(chefforum20240313.secretaryKey);
    await page.getByLabel('E-mail').fill(secretaryPerson.email);
    await page.getByLabel('Adgangskode').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('heading', { level: 1, name: /Referat/ }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Punkter' });
    await expect(nav.getByRole('button').count()).resolves.toBe(chefforum20240313.items.length);
    await expect(nav.getByText('Ikke påbegyndt').count()).resolves.toBe(chefforum20240313.items.length);
    await page.getByText('Alt+Page Down går til næste punkt').waitFor();
    // The release panel names what is missing: nothing is finalised yet.
    const release = page.getByRole('region', { name: 'Udgivelse af referatet' });
    await release
      .getByText(`Referatet af punkt 2, «${second.title}», er ikke afsluttet`)
      .or(release.getByText(`Punkt 2, «${second.title}», har intet referat`))
      .waitFor();
    await checkView(page, 'minute-taking', () =>
      itemHeading(1, chefforum20240313.items[0]?.title ?? '').waitFor(),
    );
  });

  it('writes item 2 with the keyboard only, and the autosave reaches the database', async () => {
    await page.getByRole('heading', { level: 2, name: /^1\. / }).focus();
    await page.keyboard.press('Alt+PageDown');
    const heading = itemHeading(2, second.title);
    await heading.waitFor();
    await expect(isFocused(heading)).resolves.toBe(true);
    // Presence: the first member was absent for this item (arrow keys in the radio group).
    const firstPresent = page.getByRole('radio', { name: 'Til stede' }).first();
    await tabTo(page, firstPresent);
    await page.keyboard.press('ArrowRight');
    await expect(
      page.getByRole('radio', { name: 'Fraværende under punktet' }).first().isChecked(),
    ).resolves.toBe(true);
    // Recommendation 1 approved, recommendation 2 approved with changes.
    const first = page.getByRole('group', { name: /Resultat af indstilling 1/ });
    await tabTo(page, first.getByRole('radio', { name: 'Godkendt', exact: true }));
    await page.keyboard.press('Space');
    const secondGroup = page.getByRole('group', { name: /Resultat af indstilling 2/ });
    await tabTo(page, secondGroup.getByRole('radio', { name: 'Godkendt', exact: true }));
    await page.keyboard.press('ArrowDown');
    await expect(
      secondGroup.getByRole('radio', { name: 'Godkendt med ændringer' }).isChecked(),
    ).resolves.toBe(true);
    await tabTo(page, page.getByLabel('Beslutning', { exact: true }));
    await page.keyboard.type(SECOND_DECISION);
    await tabTo(page, page.getByRole('checkbox', { name: 'Skal kommunikeres ud' }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByLabel(/Tekst til "Hvad skal kommunikeres ud"/));
    await page.keyboard.type('Cheferne hjælper med at bemande valgstederne.');
    await status().waitFor();
    const record = await stored(cf.itemId(second));
    expect(record?.minutes.outcomes.map((o) => o.kind)).toEqual(['approved', 'approved_with_changes']);
    expect(richTextToPlainText(record?.minutes.decision ?? { type: 'doc', content: [] })).toBe(
      SECOND_DECISION,
    );
    expect(record?.minutes.presence.absentPersonIds).toHaveLength(1);
    expect(record?.minutes.communicate).toEqual({
      include: true,
      text: 'Cheferne hjælper med at bemande valgstederne.',
    });
    // Finalise with the keyboard.
    await tabTo(page, page.getByRole('button', { name: 'Afslut punkt' }));
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Punkt 2 er afsluttet.' }).waitFor();
    expect((await stored(cf.itemId(second)))?.stored.finalisedAt).not.toBeNull();
    const nav = page.getByRole('navigation', { name: 'Punkter' });
    await nav.getByRole('button', { name: new RegExp(`2\\. ${second.title}.*Afsluttet`) }).waitFor();
  });

  it('keeps the typed text when another secretary saved the same item first', async () => {
    await page.getByRole('button', { name: 'Næste punkt' }).click();
    await itemHeading(3, third.title).waitFor();
    const decision = page.getByLabel('Beslutning', { exact: true });
    await decision.fill('Chefforum drøftede');
    await status().waitFor();
    const read = await stored(cf.itemId(third));
    if (!read) throw new Error('the first autosave did not store the minutes');
    // Another secretary saves the same item from the version the page read.
    await saveItemMinutes(t.ctx, await secretary(), ORG, CF, MEETING, cf.itemId(third), {
      version: read.stored.version,
      minutes: { decision: richText(THEIRS) },
    });
    await decision.fill(THIRD_DECISION);
    const conflict = page
      .getByRole('alert')
      .filter({ hasText: 'En anden har gemt dette punkt, mens du skrev' });
    await conflict.waitFor();
    await expect(decision.inputValue()).resolves.toBe(THIRD_DECISION);
    await expect(conflict.getByLabel('Din tekst (ikke gemt)').inputValue()).resolves.toContain(
      THIRD_DECISION,
    );
    // Nothing of hers overwrote the other secretary's save.
    expect(richTextToPlainText((await stored(cf.itemId(third)))?.minutes.decision ?? richText(''))).toBe(
      THEIRS,
    );
    await checkView(page, 'minute-taking-conflict', () => conflict.waitFor());
    await conflict.getByRole('button', { name: 'Hent den gemte version' }).click();
    await page.getByRole('status').filter({ hasText: 'Den gemte version er hentet.' }).waitFor();
    await expect(decision.inputValue()).resolves.toBe(THEIRS);
    await expect(page.getByLabel(/Din tekst fra før/).inputValue()).resolves.toContain(THIRD_DECISION);
  });

  it('shows the server’s problems by field, then finalises with a follow-up', async () => {
    await page.getByRole('button', { name: 'Afslut punkt' }).click();
    const problems = page.getByRole('alert').filter({ hasText: 'Punktet kan ikke afsluttes endnu' });
    await problems.waitFor();
    await expect(isFocused(problems)).resolves.toBe(true);
    await problems.getByRole('link', { name: 'Vælg ét resultat for hver indstilling.' }).waitFor();
    const group = page.getByRole('group', { name: /Resultat af indstilling 1/ });
    await group.getByText('Vælg ét resultat for hver indstilling.').waitFor();
    // She writes her own text again, copied from the box, and records the outcomes.
    await page.getByLabel('Beslutning', { exact: true }).fill(THIRD_DECISION);
    await group.getByRole('radio', { name: 'Drøftet' }).check();
    await page
      .getByRole('group', { name: /Resultat af indstilling 2/ })
      .getByRole('radio', { name: 'Drøftet' })
      .check();
    await page.getByRole('button', { name: 'Tilføj opfølgning' }).click();
    const owner = cf.person('marie-aasoe');
    await page.getByLabel('Hvad skal gøres').fill(FOLLOW_UP);
    await page.getByLabel('Ansvarlig').selectOption(owner.id);
    await expect(page.getByRole('radio', { name: 'Frist', exact: true }).isChecked()).resolves.toBe(true);
    await page.getByLabel('Fristdato').fill('2024-04-10');
    // A second follow-up is taken up at the forum's next meeting instead of by a date.
    await page.getByRole('button', { name: 'Tilføj opfølgning' }).click();
    const atMeeting = page.getByRole('group', { name: 'Opfølgning 2', exact: true });
    await atMeeting.getByLabel('Hvad skal gøres').fill(FOLLOW_UP_AT_MEETING);
    await atMeeting.getByLabel('Ansvarlig').selectOption(owner.id);
    await atMeeting.getByRole('radio', { name: 'På mødet' }).check();
    const meetingSelect = atMeeting.getByLabel('Møde', { exact: true });
    await meetingSelect.selectOption({ index: 1 });
    // A series date is stored on choosing it: the value becomes the stored meeting's id.
    await expect
      .poll(() => meetingSelect.inputValue())
      .toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const nextMeetingId = await meetingSelect.inputValue();
    await status().waitFor();
    const record = await stored(cf.itemId(third));
    expect(record?.minutes.followUps).toEqual([
      { title: FOLLOW_UP, ownerPersonId: owner.id, due: { date: '2024-04-10' }, note: '' },
      { title: FOLLOW_UP_AT_MEETING, ownerPersonId: owner.id, due: { meetingId: nextMeetingId }, note: '' },
    ]);
    await page.getByRole('button', { name: 'Afslut punkt' }).click();
    await page.getByRole('status').filter({ hasText: 'Punkt 3 er afsluttet.' }).waitFor();
    const followUps = await listForumFollowUps(t.ctx, await secretary(), ORG, CF);
    expect(followUps.find((f) => f.title === FOLLOW_UP)).toMatchObject({ ownerPersonId: owner.id });
    expect(followUps.find((f) => f.title === FOLLOW_UP_AT_MEETING)).toMatchObject({
      ownerPersonId: owner.id,
      targetMeetingId: nextMeetingId,
    });
    // Reloaded, the follow-up shows its meeting again.
    await page.reload();
    await itemHeading(3, third.title).waitFor();
    const reloaded = page.getByRole('group', { name: 'Opfølgning 2', exact: true });
    await expect(reloaded.getByRole('radio', { name: 'På mødet' }).isChecked()).resolves.toBe(true);
    await expect(reloaded.getByLabel('Møde', { exact: true }).inputValue()).resolves.toBe(nextMeetingId);
  });

  it('publishes the minutes once every item is finalised, readable through the API', async () => {
    // The rest of the meeting is minuted by the other secretary.
    const caller = await secretary();
    const { agenda } = await getAgenda(t.ctx, caller, ORG, CF, MEETING);
    for (const item of agenda.items) {
      if ((await stored(item.itemId))?.stored.finalisedAt) continue;
      const existing = await stored(item.itemId);
      await saveItemMinutes(t.ctx, caller, ORG, CF, MEETING, item.itemId, {
        version: existing?.stored.version ?? null,
        minutes: {
          outcomes: (item.recommendations.length > 0 ? item.recommendations : ['']).map(() => ({
            kind: 'noted' as const,
          })),
          decision: richText('Taget til efterretning.'),
        },
      });
      await finaliseItemMinutes(t.ctx, caller, ORG, CF, MEETING, item.itemId);
    }
    await page.reload();
    const release = page.getByRole('region', { name: 'Udgivelse af referatet' });
    await release.getByText('Alle punkter er afsluttet.').waitFor();
    const nav = page.getByRole('navigation', { name: 'Punkter' });
    await expect(nav.getByText('Afsluttet').count()).resolves.toBe(chefforum20240313.items.length);
    await checkView(page, 'minutes-release', () =>
      release.getByRole('button', { name: 'Offentliggør referat' }).waitFor(),
    );
    await release.getByRole('button', { name: 'Send til gennemsyn' }).click();
    await release
      .getByRole('status')
      .filter({ hasText: /Referatet er sendt til gennemsyn hos \d+ medlemmer/ })
      .waitFor();
    await release.getByText('Referat til gennemsyn').waitFor();
    await release.getByRole('button', { name: 'Offentliggør referat' }).click();
    await release
      .getByRole('status')
      .filter({ hasText: 'Referatet er offentliggjort som version 1.' })
      .waitFor();
    await release.getByRole('link', { name: 'Referat version 1 som PDF' }).waitFor();
    // A correction now needs a change note.
    await release.getByRole('button', { name: 'Offentliggør rettet referat' }).click();
    await release.getByText('Skriv en ændringsnote til den rettede version.').first().waitFor();
    await checkView(page, 'minutes-release-published', () => release.getByLabel('Ændringsnote').waitFor());

    const response = await page.request.get(
      `${server.url}/api/orgs/${ORG}/forums/${CF}/meetings/${meetingId}/minutes/versions/1`,
    );
    expect(response.status()).toBe(200);
    const published = (await response.json()) as {
      content: { items: { title: string; decision?: unknown; result?: string }[] };
    };
    const minuted = published.content.items.find((i) => i.title === third.title);
    expect(minuted?.result).toBe('Drøftet');
    expect(JSON.stringify(minuted?.decision)).toContain(THIRD_DECISION);
  });
});

function richText(text: string) {
  return {
    type: 'doc' as const,
    content: text ? [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }] : [],
  };
}
