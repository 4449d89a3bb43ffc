/** The demo holds the Chefforum meetings of 13 March 2024 and 23 April 2025 as published minutes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAgendaVersion } from '../../src/app/get-agenda-version.ts';
import { getCalendar } from '../../src/app/get-calendar.ts';
import { listCases } from '../../src/app/list-cases.ts';
import { loadDemo } from '../../src/app/load-demo.ts';
import type { AgendaSnapshot, AgendaSnapshotItem } from '../../src/domain/agenda.ts';
import { type RichTextDoc, richTextToPlainText } from '../../src/domain/rich-text.ts';
import { latestAgendaVersion } from '../../src/store/agenda.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { operator } from '../support/factories.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await testDatabase();
  // After both meetings: the demo loads them as held, with minutes.
  t.setNow('2025-06-02T10:00:00+02:00');
  await loadDemo(t.ctx, operator());
}, 180_000);
afterAll(() => t.close());

async function minutes(date: string): Promise<{ state: string; location: string; content: AgendaSnapshot }> {
  const [entry] = await getCalendar(t.ctx, operator(), 'albertslund', 'CF', { from: date, to: date });
  if (!entry?.meetingId) throw new Error(`no stored Chefforum meeting on ${date}`);
  const version = await latestAgendaVersion(t.db, entry.meetingId, 'minutes');
  if (!version) throw new Error(`no minutes for ${date}`);
  expect(version.version).toBe(1);
  return { state: entry.state, location: entry.location, content: version.content };
}

const plain = (doc: RichTextDoc | null | undefined) => (doc ? richTextToPlainText(doc) : null);
const section = (item: AgendaSnapshotItem | undefined, key: string) =>
  item?.sections.find((s) => s.key === key)?.body;
const participants = (m: AgendaSnapshot) =>
  (m.meeting.participants ?? [])
    .filter((p) => p.role !== 'secretary')
    .map((p) => p.name)
    .sort();

describe('demo minutes: Chefforum 13 March 2024', () => {
  it('has every item of the minutes in order, with case numbers, recommendations, decisions and attachments', async () => {
    const { state, location, content } = await minutes('2024-03-13');
    expect(state).toBe('minutes_published');
    // The README's example: the latest minutes by series date, as a reader of the organisation.
    const byDate = await getAgendaVersion(
      t.ctx,
      operator(),
      'albertslund',
      'CF',
      '2024-03-13',
      'latest',
      'minutes',
    );
    expect(byDate.content).toEqual(content);
    expect(location).toBe('915');
    expect(content.meeting.start).toBe('2024-03-13T09:00:00+01:00');
    expect(content.items.map((i) => [i.number, i.title, i.caseNumber, i.type])).toEqual([
      [1, 'CF – Godkendelse af dagsorden og referat', '00.01.00-P35-7-23', 'decision'],
      [
        2,
        'CF - Udpegning af holdledere og bemanning af valgsteder til Europaparlamentsvalg',
        '84.07.00-A00-1-23',
        'decision',
      ],
      [3, 'CF - Genindførelse af miljøledelse', '09.00.00-G01-27-23', 'decision'],
      [4, 'CF - Status på arbejdet med budget 2025', '00.30.00-P05-1-24', 'information'],
      [5, 'CF - Netværk i Albertslund Kommune og kommissorier for netværk', '00.00.00-A21-1-24', 'decision'],
      [6, 'CF - Lederdøgn 2024', '00.00.00-A21-7-23', 'decision'],
      [7, 'CF - Interne styringsdokumenter', '00.15.01-A00-1-24', 'decision'],
      [8, 'CF - Tryghedspolitik 2024-2026', '27.00.00-P22-2-24', 'decision'],
      [9, 'CF - Nyt fra afdelingerne', '00.01.00-P35-7-23', 'information'],
      [10, 'CF - Temaer til kommende møder og eventuelt', '00.01.00-P35-7-23', 'theme'],
    ]);
    expect(content.items.map((i) => i.recommendations.length)).toEqual([2, 2, 2, 4, 3, 1, 1, 1, 1, 1]);
    expect(content.items.every((i) => i.recommendations.every((r) => r.startsWith('at ')))).toBe(true);
    expect(content.items[0]?.recommendations).toEqual([
      'at dagsorden til dette møde godkendes',
      'at referat fra mødet den 29. februar 2024 godkendes',
    ]);
    expect(content.items[3]?.recommendations[3]).toBe('at der udveksles ideer til indkøbsbesparelser');
    expect(plain(section(content.items[0], 'indstilling'))).toBe('Kommunaldirektøren indstiller,');
    expect(plain(section(content.items[2], 'indstilling'))).toBe(
      'Direktøren for By, Kultur, Miljø & Beskæftigelse indstiller,',
    );

    expect(content.items.every((i) => plain(i.decision))).toBe(true);
    expect(plain(content.items[0]?.decision)).toBe(
      'Chefforum godkendte dagsordenen til dette møde samt referat fra Chefforum den 29. februar 2024',
    );
    expect(plain(content.items[6]?.decision)).toBe('Punktet blev udsat til Chefforum den 10. april 2024');
    expect(plain(content.items[1]?.decision)).toMatch(
      /^Chefforum godkendte listen af holdledere .* Herstedvester Skole er i den afsluttende fase\.\nChefforum godkendte, at cheferne medvirker til at bistå med rekrutteringen, hvis der mangler medarbejdere, der kan deltage på selve valgdagen\.$/,
    );

    expect(content.items.map((i) => i.attachments.length)).toEqual([0, 2, 4, 3, 3, 3, 4, 1, 0, 1]);
    expect(content.items[5]?.attachments.map((a) => a.name)).toEqual([
      'Program Lederdøgn april 2024_CF.docx',
      'Drejebog Lederdøgn april 2024_CF.docx',
      'Kommissorium Ledernetværk_CF.docx',
    ]);
    expect(content.items[7]?.attachments.map((a) => a.name)).toEqual(['Tryghedspolitikken 2024-2026']);
  });

  it('keeps the polling-station table, the lists and the link of item 2 as rich text', async () => {
    const { content } = await minutes('2024-03-13');
    const body = section(content.items[1], 'sagsfremstilling');
    const table = body?.content.find((b) => b.type === 'table');
    if (table?.type !== 'table') throw new Error('no table in item 2');
    expect(table.content).toHaveLength(6);
    expect(
      table.content[0]?.content.map((c) => [c.type, plain({ type: 'doc', content: c.content })]),
    ).toEqual([
      ['tableHeader', 'Valgsted'],
      ['tableHeader', 'Holdleder'],
      ['tableHeader', 'Holdlederassistent'],
    ]);
    expect(table.content[3]?.content.map((c) => plain({ type: 'doc', content: c.content }))).toEqual([
      'Herstedlund Skole',
      'Kristine Klæbel',
      'Vakant',
    ]);
    const list = body?.content.find((b) => b.type === 'bulletList');
    expect(list?.type === 'bulletList' && list.content).toHaveLength(7);
    expect(JSON.stringify(body)).toContain(
      '"href":"https://medarbejdersiden.albertslund.dk/vaerktoejer/valg-og-afstemning/valghaandbogen"',
    );
  });

  it('lists the participants of the minutes (Lise Valentin Bayer and Dorthe Espenhein once each)', async () => {
    const { content } = await minutes('2024-03-13');
    expect(participants(content)).toEqual(
      [
        'Henrik Harder',
        'René Birkemark Olesen',
        'Rikke Terslev',
        'Tine Buch Juhl',
        'Kristine Klæbel',
        'Sisse Krøll Willemoes',
        'Dorthe Espenhein',
        'Marie Brøchner Jespersen',
        'Marie Aasøe',
        'Lise Valentin Bayer',
      ].sort(),
    );
    expect(content.meeting.participants?.[0]).toMatchObject({ name: 'Henrik Harder', role: 'chair' });
    expect(content.meeting.absent).toEqual([]);
  });
});

describe('demo minutes: Chefforum 23 April 2025', () => {
  it('has every item of the minutes in order, with time allotments, recommendations, decisions and attachments', async () => {
    const { state, location, content } = await minutes('2025-04-23');
    expect(state).toBe('minutes_published');
    expect(location).toBe('Mødelokale 915');
    expect(content.items.map((i) => [i.title, i.caseNumber, i.type, i.durationMinutes])).toEqual([
      ['Godkendelse af dagsorden og referat', '00.01.00-P35-7-23', 'decision', null],
      ['Videre proces for Budget 2026', '00.30.00-P00-4-24', 'decision', 10],
      ['Status på Budgetaftale 2025', '00.30.14-S00-4-25', 'decision', 20],
      ['Orientering om KommuneMED møde d. 30. april 2025', '81.38.04-P35-1-25', 'information', 15],
      ['Orientering om prøvehandling fra 2024', '27.00.00-A00-17-24', 'information', 15],
      ['Orientering om arbejdet med den konstituerende dagsorden', '00.01.00-P35-1-25', 'information', 20],
      ['Beslutning om ledelsesudvikling 2025 - 2026', '00.15.00-A21-2-25', 'decision', 25],
      // 00.30.08-000-1-24 is printed but is no valid KLE number: the case carries it in its title.
      ['Temadrøftelse - Status på anlægsplan budget 2026', null, 'theme', null],
      ['Temaer til kommende møder og eventuelt', '00.01.00-P35-7-23', 'theme', null],
    ]);
    expect(content.items.map((i) => i.recommendations)).toEqual([
      ['at dagsordenen godkendes', 'at referat godkendes'],
      ['at tidsplanen for den resterende del af arbejdet med budgetkataloget og budget 2026 drøftes.'],
      ['at statusskemaerne gennemgås i plenum'],
      ['at orienteringen tages til efterretning'],
      ['at orienteringen tages til efterretning.'],
      ['at processen for arbejdet med den konstituerende dagsorden tages til efterretning.'],
      ['at et fælles ledelsesudviklingsforløb i Albertslund Kommune i 2025 - 2026 drøftes.'],
      ['at Chefforum drøfter temaet.'],
      ['at punktet drøftes'],
    ]);
    expect(plain(section(content.items[4], 'indstilling'))).toBe(
      'Direktøren for Børn, Sundhed og Velfærd indstiller,',
    );
    expect(content.items[1]?.sections.map((s) => s.heading)).toEqual([
      'Resumé',
      'Sagsfremstilling',
      'Indstilling',
      'Kommunens vision og politikker',
      'Økonomi',
      'Lovgrundlag',
      'Borgerperspektiv',
      'Historik',
    ]);
    expect(content.items[4]?.presenters.map((p) => p.name)).toEqual(['Dorthe Espenhein', 'Tine Buch Juhl']);

    expect(content.items.every((i) => plain(i.decision))).toBe(true);
    expect(plain(content.items[0]?.decision)).toBe('Chefforum godkendte dagsorden og referat.');
    expect(plain(content.items[8]?.decision)).toBe(
      'Chefforum besluttede, at afdelingschef for Borger, Arbejdsmarked & Erhverv har den kommende temadrøftelse den 21. maj 2025.',
    );
    expect(plain(content.items[7]?.decision)).toBe(
      'Afdelingschef for Kultur, Fritid & Ejendomme præsenterede bilagene om procesplan for anlægsplan Budget 2026 og anlægsplan 2026. Chefforum drøftede nedslagene i anlægsplanen.',
    );

    expect(content.items.map((i) => i.attachments.length)).toEqual([0, 1, 7, 2, 1, 2, 1, 2, 1]);
    expect(content.items[3]?.attachments.map((a) => a.name)).toEqual([
      'Baggrundsmateriale til drøftelsen af temaet Krav i Arbejde 2025',
      '30.04.2025 Dagsorden KommuneMED',
    ]);
    expect(content.items[2]?.attachments.map((a) => a.name)[5]).toBe('B&A Status på budgetaftale 2025');
  });

  it('lists the participants of the minutes, the new head of Ældre, Sundhed & Social among them', async () => {
    const { content } = await minutes('2025-04-23');
    expect(participants(content)).toEqual(
      [
        'Henrik Harder',
        'Kristine Klæbel',
        'Lise Valentin Bayer',
        'Marie Aasøe',
        'Dorthe Espenhein',
        'Marie Brøchner Jespersen',
        'René Birkemark Olesen',
        'Tine Buch Juhl',
        'Tanja Thor Møller',
      ].sort(),
    );
  });

  it('keeps the printed number of the capital-plan case that is not valid KLE in the case title', async () => {
    const { items } = await listCases(t.ctx, operator(), 'albertslund', { query: '00.30.08-000-1-24' });
    expect(items.map((c) => [c.title, c.caseNumber])).toEqual([
      ['Anlægsplan budget 2026 (sagsnr. 00.30.08-000-1-24)', null],
    ]);
  });
});
