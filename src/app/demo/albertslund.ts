/**
 * Albertslund Kommune: the management forums of "Kommissorier for ledelsesfora" (2019) with the
 * people of the Chefforum minutes of 13 March 2024 and 23 April 2025. Names and titles are those of
 * the 2025 minutes; 2024 variants are noted. People marked "invented" are not in the seeds.
 */
import {
  CHARTERS_2019,
  cfCharters,
  difCharters,
  lederdagCharters,
  lfCharters,
} from './albertslund-charters.ts';
import { albertslundCases, albertslundItems } from './albertslund-items.ts';
import type { DemoMembership, DemoOrg, DemoPerson } from './types.ts';

/** Rikke Terslev and Sisse Krøll Willemoes attend in March 2024 but not in April 2025, where Tanja
 *  Thor Møller heads Ældre, Sundhed & Social. The real dates are not in the seeds: we use the turn
 *  of the year, which is also when Chefforum's third charter version applies. */
const LEFT = '2024-12-31';
const JOINED = '2025-01-01';

const membership = (
  personKey: string,
  role: DemoMembership['role'] = 'member',
  startDate = CHARTERS_2019,
  endDate?: string,
): DemoMembership => (endDate ? { personKey, role, startDate, endDate } : { personKey, role, startDate });

const person = (
  key: string,
  name: string,
  title: string,
  unitKey: string,
  email: string,
  role?: DemoPerson['role'],
): DemoPerson => ({
  key,
  name,
  title,
  unitKey,
  email: `${email}@albertslund.dk`,
  ...(role ? { role } : {}),
});

/** Units. Department names follow the 2025 minutes; the placement of departments under the two
 *  directorates is inferred from the directors' titles, not stated in the seeds. */
const units: DemoOrg['units'] = [
  // Covers the kommunaldirektør's own area, to which Økonomi & Stab belongs.
  { key: 'direktion', name: 'Direktionen', directorKey: 'henrik-harder' },
  {
    key: 'bkmb',
    name: 'By, Kultur, Miljø & Beskæftigelse',
    parentKey: 'direktion',
    directorKey: 'kristine-klaebel',
  },
  { key: 'bsv', name: 'Børn, Sundhed & Velfærd', parentKey: 'direktion', directorKey: 'lise-bayer' },
  { key: 'oekonomi-stab', name: 'Økonomi & Stab', parentKey: 'direktion' },
  // 2024: 'Borger & Arbejdsmarked'.
  { key: 'borger-arbejdsmarked', name: 'Borger, Arbejdsmarked & Erhverv', parentKey: 'bkmb' },
  // 2024: 'Kultur, Fritid & Erhverv' (the 2024 election staffing list says 'Kultur, Fritid, Ejendomme & Erhverv').
  { key: 'kultur-fritid', name: 'Kultur, Fritid & Ejendomme', parentKey: 'bkmb' },
  { key: 'miljoe-teknik', name: 'Miljø & Teknik', parentKey: 'bkmb' },
  { key: 'aeldre-sundhed', name: 'Ældre, Sundhed & Social', parentKey: 'bsv' },
  // 2024: 'Børn- & Familie' in a title.
  { key: 'boern-familie', name: 'Børn & Familie', parentKey: 'bsv' },
  // Its head from 2024 is not in the 2025 minutes, so the demo has no head from 2025.
  { key: 'dagtilbud-skole', name: 'Dagtilbud & Skole', parentKey: 'bsv' },
];

const people: DemoPerson[] = [
  person('henrik-harder', 'Henrik Harder', 'Kommunaldirektør', 'direktion', 'henrik.harder'),
  person(
    'kristine-klaebel',
    'Kristine Klæbel',
    'Direktør By, Kultur, Miljø & Beskæftigelse',
    'bkmb',
    'kristine.klaebel',
  ),
  // 2024 minutes: 'Lise Lise Valentin Bayer' (a typo).
  person('lise-bayer', 'Lise Valentin Bayer', 'Direktør Børn, Sundhed & Velfærd', 'bsv', 'lise.bayer'),
  // 2024 title: 'Afdelingschef Økonomi & Stab'.
  person('marie-aasoe', 'Marie Aasøe', 'Afdelingschef for Økonomi & Stab', 'oekonomi-stab', 'marie.aasoee'),
  // 2024: 'Dorthe Espenheim', 'Afdelingschef Borger & Arbejdsmarked'.
  person(
    'dorthe-espenhein',
    'Dorthe Espenhein',
    'Afdelingschef Borger, Arbejdsmarked & Erhverv',
    'borger-arbejdsmarked',
    'dorthe.espenhein',
  ),
  person(
    'marie-jespersen',
    'Marie Brøchner Jespersen',
    'Afdelingschef Miljø & Teknik',
    'miljoe-teknik',
    'marie.jespersen',
  ),
  // 2024 title: 'Afdelingschef Kultur, Fritid & Erhverv'.
  person(
    'rene-olesen',
    'René Birkemark Olesen',
    'Afdelingschef Kultur, Fritid & Ejendomme',
    'kultur-fritid',
    'rene.olesen',
  ),
  // 2024 title: 'Afdelingschef Børn- & Familie'.
  person('tine-juhl', 'Tine Buch Juhl', 'Afdelingschef Børn & Familie', 'boern-familie', 'tine.juhl'),
  // In the 2025 minutes only.
  person(
    'tanja-moeller',
    'Tanja Thor Møller',
    'Afdelingschef Ældre, Sundhed & Social',
    'aeldre-sundhed',
    'tanja.moeller',
  ),
  // In the 2024 minutes only.
  person(
    'rikke-terslev',
    'Rikke Terslev',
    'Afdelingschef Ældre, Sundhed & Social',
    'aeldre-sundhed',
    'rikke.terslev',
  ),
  person(
    'sisse-willemoes',
    'Sisse Krøll Willemoes',
    'Afdelingschef Dagtilbud & Skole',
    'dagtilbud-skole',
    'sisse.willemoes',
  ),
  // Invented: the secretary in Økonomi & Stab who serves the forums ("Eventuelle afbud meldes
  // skriftligt til sekretæren") and administers the demo organisation.
  person(
    'camilla-nielsen',
    'Camilla Holm Nielsen',
    'Sekretær, Økonomi & Stab',
    'oekonomi-stab',
    'camilla.nielsen',
    'admin',
  ),
  // Invented: decentral leaders, members of Lederforum and the lederdag.
  person('anne-mette-kjaer', 'Anne-Mette Kjær', 'Skoleleder', 'dagtilbud-skole', 'anne-mette.kjaer'),
  person('jonas-lund', 'Jonas Bech Lund', 'Dagtilbudsleder', 'dagtilbud-skole', 'jonas.lund'),
  person('soeren-friis', 'Søren Ørsted Friis', 'Leder af Hjemmeplejen', 'aeldre-sundhed', 'soeren.friis'),
  person(
    'mads-oestergaard',
    'Mads Østergaard',
    'Leder af Jobcentret',
    'borger-arbejdsmarked',
    'mads.oestergaard',
  ),
  person('sofie-andersen', 'Sofie Dahl Andersen', 'Biblioteksleder', 'kultur-fritid', 'sofie.andersen'),
];

const chair = membership('henrik-harder', 'chair');
const secretary = membership('camilla-nielsen', 'secretary');
const directors = [membership('kristine-klaebel'), membership('lise-bayer')];
/** The afdelingschefer, with the changes between the 2024 and 2025 minutes. */
const departmentHeads = [
  membership('marie-aasoe'),
  membership('dorthe-espenhein'),
  membership('marie-jespersen'),
  membership('rene-olesen'),
  membership('tine-juhl'),
  membership('rikke-terslev', 'member', CHARTERS_2019, LEFT),
  membership('sisse-willemoes', 'member', CHARTERS_2019, LEFT),
  membership('tanja-moeller', 'member', JOINED),
];
const decentralLeaders = [
  'anne-mette-kjaer',
  'jonas-lund',
  'soeren-friis',
  'mads-oestergaard',
  'sofie-andersen',
].map((key) => membership(key));

export const albertslund: DemoOrg = {
  slug: 'albertslund',
  name: 'Albertslund Kommune',
  units,
  people,
  forums: [
    {
      shortName: 'DIF',
      name: 'Direktørforum',
      // "kommunaldirektøren (formand), direktøren for Børn, Sundhed og Velfærd, direktøren for By,
      // Miljø, Kultur & Beskæftigelse"
      memberships: [chair, ...directors, secretary],
      charters: difCharters,
    },
    {
      shortName: 'CF',
      name: 'Chefforum',
      // "områdedirektørerne samt afdelingscheferne, og har kommunaldirektøren som formand"
      memberships: [chair, ...directors, ...departmentHeads, secretary],
      charters: cfCharters,
      // The two meetings whose minutes are in the seeds; the room is a property of the meeting.
      meetings: [
        { date: '2024-03-13', location: '915' },
        { date: '2025-04-23', location: 'Mødelokale 915' },
      ],
    },
    {
      shortName: 'LF',
      name: 'Lederforum',
      // "direktørerne, cheferne og lederne af de decentrale institutioner samt af enheder på rådhuset,
      // og har kommunaldirektøren som formand"
      memberships: [chair, ...directors, ...departmentHeads, ...decentralLeaders, secretary],
      charters: lfCharters,
    },
    {
      shortName: 'LEDERDAG',
      name: 'Den årlige lederdag',
      kind: 'event',
      // "Alle ledere med personaleansvar ... Kommunaldirektøren er vært for dagen." The host is the chair.
      // Participants register per event; membership here is the invitation list.
      memberships: [chair, ...directors, ...departmentHeads, ...decentralLeaders, secretary],
      charters: lederdagCharters,
    },
  ],
  cases: albertslundCases,
  items: albertslundItems,
};
