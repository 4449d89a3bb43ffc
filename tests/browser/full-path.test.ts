/**
 * The whole path of an item in a real browser, by four people of Albertslund (the demo) in four
 * roles: a head of department (member of Chefforum) proposes it in the item editor; from her
 * submission to the agenda's publication everything is done with the KEYBOARD ONLY: she submits,
 * the municipal director approves it from his inbox, the forum's secretary puts it on the next
 * meeting and publishes the agenda; another head reads the agenda and writes a private note; on
 * the meeting day the secretary takes the minutes (outcome, decision, a follow-up for the proposer
 * at the next meeting) and the follow-up is on the proposer's home and on the next meeting.
 * Every step is checked through the API or the store as well as on the page.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAgendaVersion } from '../../src/app/get-agenda-version.ts';
import { getCalendar } from '../../src/app/get-calendar.ts';
import { listForumFollowUps } from '../../src/app/list-forum-follow-ups.ts';
import type { Person } from '../../src/domain/organisation.ts';
import { findItem } from '../../src/store/items.ts';
import { checkView, type ListeningServer, tabTo } from '../support/browser.ts';
import type { TestDatabase } from '../support/db.ts';
import {
  type DemoBrowser,
  demoPerson,
  giveDemoPasswords,
  openDemoBrowser,
  signIn,
} from '../support/demo-browser.ts';
import { callerFor, operator } from '../support/factories.ts';

/** A day before the submission deadline of Chefforum's 9 April 2025 meeting (the demo's calendar). */
const NOW = new Date('2025-04-02T10:00:00+02:00');
const PASSWORD = 'hele-vejen-2025';
const TITLE = 'Fælles introduktion af nye ledere';
const MEETING_DAY = 'onsdag den 9. april 2025';
const NOTE = 'Husk at spørge til økonomien i 2026.';
/** The meeting day, during the meeting. */
const MEETING_TIME = new Date('2025-04-09T10:15:00+02:00');
const DECISION = 'Chefforum godkendte forløbet, med start efter sommerferien.';
const FOLLOW_UP = 'Fremlæg programmet for forløbet';

let demo: DemoBrowser;
let t: TestDatabase;
let server: ListeningServer;
let page: Page;
/** The four: proposer, approver, secretary, reader. */
const who = {} as Record<'head' | 'director' | 'secretary' | 'reader', Person>;
let itemId: string;
let meetingId: string;
/** The Chefforum meeting after 23 April 2025 (whose agenda the demo has published already). */
let next: { key: string; value: string };

beforeAll(async () => {
  demo = await openDemoBrowser(NOW, async (t) => {
    who.head = await demoPerson(t, 'marie.aasoee@albertslund.dk');
    who.director = await demoPerson(t, 'henrik.harder@albertslund.dk');
    who.secretary = await demoPerson(t, 'camilla.nielsen@albertslund.dk');
    who.reader = await demoPerson(t, 'dorthe.espenhein@albertslund.dk');
    await giveDemoPasswords(t, Object.values(who), PASSWORD);
  });
  ({ t, server, page } = demo);
});

afterAll(async () => {
  await demo?.close();
});

const welcome = (p: Person) => page.getByRole('heading', { level: 1, name: `Velkommen, ${p.name}` });

/** Signs out and in as `p` with Tab, typing and Enter only. */
async function switchByKeyboard(p: Person) {
  await tabTo(page, page.getByRole('button', { name: 'Log ud' }));
  await page.keyboard.press('Enter');
  const email = page.getByLabel('E-mail');
  await tabTo(page, email);
  await page.keyboard.type(p.email);
  await tabTo(page, page.getByLabel('Adgangskode'));
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await welcome(p).waitFor();
}

/** Tab to a control and press a key (Enter for links and buttons, Space for a button). */
async function activate(target: Locator, key: 'Enter' | 'Space' = 'Enter') {
  await target.waitFor();
  await tabTo(page, target, 150);
  await page.keyboard.press(key);
}

const agendaOfMeeting = async (caller: Person) =>
  getAgendaVersion(t.ctx, await callerFor(t.ctx, caller), 'albertslund', 'CF', meetingId, 'latest');

describe('the whole path of an item, by four people in four roles', () => {
  it('the head of department proposes an item in the editor and saves it as a draft', async () => {
    await signIn(page, server, who.head, PASSWORD);
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Chefforum' })
      .getByRole('link', { name: 'Foreslå et nyt punkt' })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Nyt punkt til Chefforum' }).waitFor();
    await page.getByLabel('Titel').fill(TITLE);
    await page.getByRole('radio', { name: 'Beslutning' }).check();
    await page.getByLabel('Tid i minutter').fill('20');
    await page.getByRole('textbox', { name: /^Sagsfremstilling/ }).click();
    await page.keyboard.type('Nye ledere får et fælles forløb det første halve år.');
    await page.getByRole('textbox', { name: /^Indstilling/ }).click();
    await page.keyboard.type('Økonomi & Stab indstiller,');
    await page.getByRole('button', { name: 'Tilføj indstillingspunkt' }).click();
    await page.keyboard.type('at forløbet godkendes');
    await page.getByRole('button', { name: 'Gem kladde' }).click();
    await page.getByRole('status').filter({ hasText: 'Kladden er gemt.' }).waitFor();
    const match = /\/punkter\/([^/]+)\/rediger$/.exec(new URL(page.url()).pathname);
    if (!match?.[1]) throw new Error(`not on the editor of a saved item: ${page.url()}`);
    itemId = match[1];
    expect((await findItem(t.db, who.head.orgId, itemId))?.state).toBe('draft');
  });

  it('keyboard only: she submits, the director approves, the secretary schedules and publishes', async () => {
    // The proposer submits.
    await activate(page.getByRole('button', { name: 'Indsend til godkendelse' }));
    await page.getByRole('status').filter({ hasText: 'Punktet er indsendt til godkendelse.' }).waitFor();
    expect((await findItem(t.db, who.head.orgId, itemId))?.state).toBe('submitted');

    // The director approves from his inbox.
    await switchByKeyboard(who.director);
    await activate(page.getByRole('banner').getByRole('link', { name: /^Godkendelser/ }));
    await page.getByRole('heading', { level: 1, name: 'Punkter til godkendelse' }).waitFor();
    await activate(page.getByRole('row').filter({ hasText: TITLE }).getByRole('link', { name: TITLE }));
    await page.getByRole('heading', { level: 1, name: new RegExp(TITLE) }).waitFor();
    await activate(page.getByRole('button', { name: 'Godkend' }), 'Space');
    await page
      .getByRole('status')
      .filter({ hasText: `«${TITLE}» er godkendt og står nu i forummets kø.` })
      .waitFor();
    expect((await findItem(t.db, who.head.orgId, itemId))?.state).toBe('queued');

    // The secretary puts it on the next meeting and publishes the agenda.
    await switchByKeyboard(who.secretary);
    await activate(page.getByRole('region', { name: 'Mine fora' }).getByRole('link', { name: 'Chefforum' }));
    await page.getByRole('heading', { level: 1, name: 'Chefforum' }).waitFor();
    await activate(page.getByRole('link', { name: `Forbered ${MEETING_DAY}` }));
    await page.getByRole('heading', { level: 1, name: /Forbered mødet/ }).waitFor();
    await activate(
      page.getByRole('region', { name: 'Forummets kø' }).getByRole('button', {
        name: `Sæt på dagsordenen: ${TITLE}`,
      }),
    );
    await page
      .getByRole('status')
      .filter({ hasText: `«${TITLE}» er sat på dagsordenen.` })
      .waitFor();
    const published = page.waitForResponse(
      (r) => r.url().endsWith('/agenda/publish') && r.request().method() === 'POST',
    );
    await activate(page.getByRole('button', { name: 'Offentliggør dagsordenen' }));
    const body = (await (await published).json()) as { meetingId: string };
    meetingId = body.meetingId;
    await page
      .getByRole('status')
      .filter({ hasText: 'Dagsordenen er offentliggjort som version 1.' })
      .waitFor();
    const agenda = await agendaOfMeeting(who.secretary);
    expect(agenda.content.items.map((i) => i.title)).toContain(TITLE);
  });

  it('another head reads the published agenda and writes a private note on the item', async () => {
    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    await signIn(page, server, who.reader, PASSWORD);
    await page.goto(`${server.url}/fora/CF/moeder/${meetingId}`);
    const article = page.locator('article.agenda-item').filter({ hasText: TITLE });
    await article.getByText('Nye ledere får et fælles forløb det første halve år.').waitFor();
    const notes = article.locator('details.item-notes');
    await notes.getByText('Mine noter').click();
    const field = notes.getByLabel(/^Note til punktet/);
    await field.fill(NOTE);
    await field.blur();
    await notes.getByRole('status').filter({ hasText: 'Gemt' }).first().waitFor();
    await checkView(page, 'full-path-reading-note', () => field.waitFor());
    const mine = await server.app.inject({
      method: 'GET',
      url: `/api/orgs/albertslund/items/${itemId}/notes`,
      headers: { 'x-fora-actor': who.reader.id },
    });
    expect(JSON.stringify(mine.json())).toContain(NOTE);
    // A note is private: the proposer does not get it.
    const hers = await server.app.inject({
      method: 'GET',
      url: `/api/orgs/albertslund/items/${itemId}/notes`,
      headers: { 'x-fora-actor': who.head.id },
    });
    expect(JSON.stringify(hers.json())).not.toContain(NOTE);
  });

  it('on the meeting day, the secretary minutes the item with a follow-up for the proposer at a later meeting', async () => {
    // A week later: the session has expired, so she signs in again.
    t.setNow(MEETING_TIME);
    await page.clock.setFixedTime(MEETING_TIME);
    const calendar = await getCalendar(t.ctx, operator(), 'albertslund', 'CF', {
      from: '2025-04-24',
      to: '2025-07-31',
    });
    const after = calendar.find((m) => m.state === 'planned');
    if (!after) throw new Error('no planned Chefforum meeting after 23 April 2025 in the demo');
    const day = after.occurrenceDate ?? after.start.slice(0, 10);
    next = {
      key: after.meetingId ?? day,
      value: after.meetingId ?? `date:${day}`,
    };
    await signIn(page, server, who.secretary, PASSWORD);
    await page.goto(`${server.url}/fora/CF/moeder/${meetingId}`);
    await page
      .getByRole('navigation', { name: 'Sekretærens værktøjer' })
      .getByRole('link', { name: 'Tag referat' })
      .click();
    await page.getByRole('heading', { level: 1, name: /Referat/ }).waitFor();
    await page
      .getByRole('navigation', { name: 'Punkter' })
      .getByRole('button', { name: new RegExp(TITLE) })
      .click();
    await page.getByRole('heading', { level: 2, name: new RegExp(`\\d+\\. ${TITLE}`) }).waitFor();
    await page
      .getByRole('group', { name: /Resultat af indstilling 1/ })
      .getByRole('radio', { name: 'Godkendt', exact: true })
      .check();
    await page.getByLabel('Beslutning', { exact: true }).fill(DECISION);
    await page.getByRole('button', { name: 'Tilføj opfølgning' }).click();
    const followUp = page.getByRole('group', { name: 'Opfølgning 1', exact: true });
    await followUp.getByLabel('Hvad skal gøres').fill(FOLLOW_UP);
    await followUp.getByLabel('Ansvarlig').selectOption(who.head.id);
    await followUp.getByRole('radio', { name: 'På mødet' }).check();
    const meetingSelect = followUp.getByLabel('Møde', { exact: true });
    await meetingSelect.selectOption(next.value);
    // A meeting not stored yet is stored on choosing it: the value becomes its id.
    await expect
      .poll(() => meetingSelect.inputValue())
      .toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    next.key = await meetingSelect.inputValue();
    await page
      .getByRole('status')
      .filter({ hasText: /Gemt kl\. 10[.:]15/ })
      .waitFor();
    await checkView(page, 'full-path-minutes', () => followUp.waitFor());
    await page.getByRole('button', { name: 'Afslut punkt' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Punkt \d+ er afsluttet\./ })
      .waitFor();

    const item = await findItem(t.db, who.head.orgId, itemId);
    expect(item?.state).toBe('decided');
    const register = await listForumFollowUps(
      t.ctx,
      await callerFor(t.ctx, who.secretary),
      'albertslund',
      'CF',
    );
    expect(register.find((f) => f.title === FOLLOW_UP)).toMatchObject({
      ownerPersonId: who.head.id,
      targetMeetingId: next.key,
    });
  });

  it('the follow-up is on the proposer’s home, and on the agenda of that later meeting', async () => {
    // The secretary publishes the later meeting's agenda: it reports on the follow-ups aimed at it.
    await page.goto(`${server.url}/fora/CF/moeder/${next.key}/forbered`);
    await page.getByRole('heading', { level: 1, name: /Forbered mødet/ }).waitFor();
    await page.getByRole('button', { name: 'Offentliggør dagsordenen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Dagsordenen er offentliggjort som version 1.' })
      .waitFor();
    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();

    await signIn(page, server, who.head, PASSWORD);
    const mine = page.getByRole('region', { name: 'Mine opfølgninger' });
    await mine.getByText(FOLLOW_UP).waitFor();
    await checkView(page, 'full-path-home-follow-up', () => mine.getByText(FOLLOW_UP).waitFor());
    await page.goto(`${server.url}/fora/CF/moeder/${next.key}`);
    const report = page
      .locator('article.agenda-item')
      .filter({ hasText: 'Opfølgning på tidligere beslutninger' });
    await report.getByText(FOLLOW_UP).first().waitFor();
    await checkView(page, 'full-path-next-meeting', () => report.waitFor());
  });
});
