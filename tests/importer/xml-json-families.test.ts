import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../src/importer/parse-file.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'import');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const bytes = (text: string) => new TextEncoder().encode(text);

async function one(name: string, text: string) {
  const meetings = await parseImportFile(name, bytes(text));
  expect(meetings).toHaveLength(1);
  return meetings[0] as NonNullable<(typeof meetings)[0]>;
}

const sbsys = (items: string, members = '') => `<?xml version="1.0" encoding="utf-8"?>
<Publication><PublicationTypeAsEnum>Final</PublicationTypeAsEnum><Agendas><Agenda ID="A1">
<Name>Forretningsudvalget 01-03-2021</Name>
<Meeting><Members>${members}</Members><When>01-03-2021 15:00:00</When><Where>Byrådssalen</Where></Meeting>
<Committee><Name>Forretningsudvalget</Name></Committee><Items>${items}</Items></Agenda></Agendas></Publication>`;

describe('SBSYS publication', () => {
  it('ALL CAPS captions, "Tomt indhold" dropped, number-0 pseudo-items skipped, closed and per-item absences', async () => {
    const m = await one(
      'fu.xml',
      sbsys(
        `<Item><Number>1</Number><Caption>Lokalplan 12</Caption><IsPublic>true</IsPublic><Case><Number>00.01.00P35-0104</Number></Case>
        <Fields>
          <ItemField><Caption>FORRETNINGSUDVALGETS BESLUTNING</Caption><Content><![CDATA[<p>Anbefales.</p>]]></Content><Index>1</Index></ItemField>
          <ItemField><Caption>ADMINISTRATIONENS INDSTILLING</Caption><Content><![CDATA[<p>Administrationen indstiller,</p><ol><li>at planen vedtages</li><li>at sagen afsluttes</li></ol>]]></Content><Index>2</Index></ItemField>
          <ItemField><Caption>ØKONOMI</Caption><Content><![CDATA[<p>Tomt indhold</p>]]></Content><Index>3</Index></ItemField>
        </Fields>
        <Members><ItemMember><Name>Bo Jensen</Name><ParticipationStatusAsText>Afbud</ParticipationStatusAsText></ItemMember></Members>
        <Enclosures><Enclosure><Number>1</Number><Name>Planforslag</Name><FileName>p.pdf</FileName></Enclosure></Enclosures></Item>
        <Item><Number>1.1</Number><Caption>Personalesag</Caption><IsPublic>false</IsPublic><Fields /></Item>
        <Item><Number>0</Number><Caption>Lukket referat</Caption><IsPublic>false</IsPublic><Fields /></Item>`,
        '<MeetingMember><Name>Anne Hansen</Name><ParticipationStatusAsText>Deltager</ParticipationStatusAsText></MeetingMember><MeetingMember><Name>Bo Jensen</Name><ParticipationStatusAsText>Afbud</ParticipationStatusAsText></MeetingMember>',
      ),
    );
    expect(m).toMatchObject({
      forum: 'Forretningsudvalget',
      kind: 'minutes',
      date: '2021-03-01',
      start: '15:00',
      location: 'Byrådssalen',
    });
    expect(m.participants).toEqual([{ name: 'Anne Hansen' }]);
    expect(m.absent).toEqual([{ name: 'Bo Jensen' }]);
    expect(m.items.map((i) => [i.number, i.closed])).toEqual([
      ['1', false],
      ['1.1', true],
    ]);
    expect(m.items[0]).toMatchObject({
      caseNumber: '00.01.00P35-0104',
      decision: 'Anbefales.',
      recommendations: ['at planen vedtages', 'at sagen afsluttes'],
      attachments: ['Planforslag'],
    });
    expect(m.items[0]?.sections.map((s) => s.heading)).toEqual(['ADMINISTRATIONENS INDSTILLING']);
    expect(m.warnings.join('\n')).toMatch(/Punkt 1: not present for this item: Bo Jensen/);
    expect(m.warnings.join('\n')).toMatch(/pseudo-item "Lukket referat"/);
  });
});

const firstAgenda = (navn: string, punkter: unknown[]) =>
  JSON.stringify({
    Udvalg: { Navn: 'Økonomiudvalget' },
    Moede: {
      Navn: navn,
      MeetingBeginUtc: '2024-01-15T15:00:00Z',
      Sted: 'Rådhuset',
      Moededeltagere: [
        { Name: 'Anne Hansen', Absent: false },
        { Name: 'Bo Jensen', Absent: true },
      ],
    },
    Dagsordenpunkter: punkter,
  });

describe('FirstAgenda publication JSON', () => {
  it('decision first, "Ad 1./Ad 2." decisions, <h4> sub-sections, "Lukket: " prefix (IsOpen ignored), kind by content', async () => {
    const m = await one(
      'fa.json',
      firstAgenda('Dagsorden', [
        {
          Punktnummer: '1',
          Sorting: 1,
          Navn: 'Budget 2025',
          SagsNummer: '23-007005',
          IsOpen: false,
          Felter: [
            {
              Navn: '',
              Html: "<div id='sagsfremstillingContainer'><div><h3>Beslutning</h3><span><div>Ad 1. Godkendt.</div><div>Ad 2. Taget til efterretning.</div></span></div><h3>Fremstilling</h3><span><h4>Resume</h4><div>Kort resume.</div><h4>Indstilling</h4><div>Direktionen indstiller,</div><ol><li>at budgettet godkendes</li><li>at orienteringen tages til efterretning</li></ol><h4>Økonomiske konsekvenser</h4><div>Ingen.</div></span></div>",
            },
          ],
          Bilag: [
            { Navn: 'Bilag B', Order: 1 },
            { Navn: 'Bilag A', Order: 0 },
          ],
        },
        {
          Punktnummer: '2',
          Sorting: 2,
          Navn: 'Lukket: Salg af grund',
          SagsNummer: '23-007005',
          IsOpen: true,
          Felter: [{ Html: '<h3>Beslutning</h3><div>Solgt.</div>' }],
          Bilag: [],
        },
      ]),
    );
    expect(m).toMatchObject({
      kind: 'minutes',
      forum: 'Økonomiudvalget',
      date: '2024-01-15',
      start: '16:00',
      location: 'Rådhuset',
    });
    expect(m.warnings.join()).toMatch(/Moede.Navn \("Dagsorden"\) says agenda but items carry decisions/);
    expect(m.absent).toEqual([{ name: 'Bo Jensen' }]);
    expect(m.items[0]).toMatchObject({
      decision: 'Ad 1. Godkendt.\n\nAd 2. Taget til efterretning.',
      recommendations: ['at budgettet godkendes', 'at orienteringen tages til efterretning'],
      attachments: ['Bilag A', 'Bilag B'],
      closed: false,
    });
    expect(m.items[0]?.sections.map((s) => s.heading)).toEqual([
      'Resume',
      'Indstilling',
      'Økonomiske konsekvenser',
    ]);
    expect(m.items[1]).toMatchObject({
      title: 'Salg af grund',
      closed: true,
      decision: 'Solgt.',
      caseNumber: '23-007005',
    });
  });
});

describe('Acadre agenda XML', () => {
  it('several dated decisions: the one of this meeting is the decision, the others stay as sections', async () => {
    const m = await one('a.xml', fixture('acadre_agenda_syddjurs_3687981.xml'));
    const item = m.items[0];
    expect(item?.number).toBe('715');
    expect(item?.decision).toMatch(/^Punktet blev drøftet\./);
    expect(item?.sections.filter((s) => s.heading.startsWith('Beslutning')).map((s) => s.heading)).toEqual([
      'Beslutning i Udvalget for plan, udvikling og kultur (PUK) den 10-04-2013',
      'Beslutning i Udvalget for plan, udvikling og kultur (PUK) den 24-04-2013',
    ]);
  });
  it('when no decision is dated the meeting day, the last is taken and a warning says so', async () => {
    const m = await one(
      'a.xml',
      fixture('acadre_agenda_syddjurs_3687981.xml').replace('>2013-06-20 10:30<', '>2013-06-27 10:30<'),
    );
    expect(m.items[0]?.decision).toMatch(/^Punktet blev drøftet\./);
    expect(m.warnings.join()).toMatch(/3 decision headings and none dated the meeting day/);
  });
  it('the manifest gives the meeting and names the files that hold the items', async () => {
    const m = await one('manifest.xml', fixture('acadre_manifest_syddjurs_XML_1863.xml'));
    expect(m).toMatchObject({
      forum: 'Udvalget for plan, udvikling og kultur (PUK)',
      kind: 'minutes',
      date: '2013-06-20',
      items: [],
    });
    expect(m.warnings.join('\n')).toMatch(/referat "Referat PUK" in 3687981\.xml and 3687982\.docx/);
  });
});

describe('eDoc XML', () => {
  it('eDoc publishing: invalid character references and control characters are removed, items sorted', async () => {
    const text = fixture('edoc_publishing_synthetic_teknik_2012-12-04.xml').replace(
      'Godkendelse af',
      'Godkendelse\u0001 af&#0;',
    );
    const m = await one('edoc.xml', text);
    expect(m.items.map((i) => [i.number, i.title, i.closed])).toEqual([
      ['1', 'Godkendelse af dagsorden', false],
      ['2', 'Vejplan 2013', false],
      ['3', 'Ekspropriation af areal', true],
    ]);
    expect(m.warnings[0]).toMatch(/3 invalid XML characters or references removed/);
  });
  it('Fujitsu AgendaWeb: the handling placed "This" is the decision, an earlier handling a section', async () => {
    const text = fixture('edoc_fujitsu_agenda_middelfart_testudvalg_2017-05-02.xml').replace(
      '<edoc:Decision><![CDATA[Beslutning ikke frigivet]]></edoc:Decision>',
      `<edoc:Decision><![CDATA[<p>Godkendt.</p>]]></edoc:Decision></edoc:Handling><edoc:Handling><edoc:Placement>Previous</edoc:Placement><edoc:CommitteeName>Økonomiudvalget</edoc:CommitteeName><edoc:MeetingDate>04-04-2017 10:00</edoc:MeetingDate><edoc:Decision><![CDATA[Anbefalet.]]></edoc:Decision>`,
    );
    const m = await one('fujitsu.xml', text);
    expect(m.items[0]?.decision).toBe('Godkendt.');
    expect(m.items[0]?.sections).toContainEqual({
      heading: 'Beslutning i Økonomiudvalget den 04-04-2017',
      text: 'Anbefalet.',
    });
    expect(m.kind).toBe('minutes');
    expect(m.items[1]?.decision).toBeUndefined();
  });
});
