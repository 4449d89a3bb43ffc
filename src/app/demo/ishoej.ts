/**
 * Ishøj Kommune: direktion and koncernledelse as described in "Arbejdsgrundlag for direktion og
 * koncernledelse" (../shared/seeds/arbejdsgrundlag-direktion-koncernledelse-ishoej.txt).
 *
 * INVENTED: the seed names no people and no centres. Every person name below, the mayor's included,
 * and the names of the two directorates and nine centres are fictitious, made up for the demo; any
 * likeness to real staff is accidental. The seed fixes only their number: a direktion of three
 * (kommunaldirektøren and two directors) and centerchefer, nine here, three per director's area.
 *
 * The seed is undated: both charters apply from Monday 2 January 2023 (the first working day of 2023,
 * which also fixes which weeks the fortnightly series fall in).
 */
import type { DemoCharter, DemoMembership, DemoOrg, DemoPerson } from './types.ts';

const FROM = '2023-01-02';

const membership = (personKey: string, role: DemoMembership['role'] = 'member'): DemoMembership => ({
  personKey,
  role,
  startDate: FROM,
});

const person = (
  key: string,
  name: string,
  title: string,
  unitKey: string | null,
  email: string,
  role?: DemoPerson['role'],
): DemoPerson => ({ key, name, title, unitKey, email: `${email}@ishoej.dk`, ...(role ? { role } : {}) });

const units: DemoOrg['units'] = [
  { key: 'direktion', name: 'Direktionen', directorKey: 'charlotte-rask' },
  { key: 'kd', name: 'Kommunaldirektørens område', parentKey: 'direktion', directorKey: 'charlotte-rask' },
  { key: 'buk', name: 'Børn, Unge og Kultur', parentKey: 'direktion', directorKey: 'thomas-brandt' },
  {
    key: 'sbb',
    name: 'Sundhed, Beskæftigelse og By',
    parentKey: 'direktion',
    directorKey: 'nadia-holmgaard',
  },
  { key: 'oekonomi', name: 'Center for Økonomi og Styring', parentKey: 'kd' },
  { key: 'hr', name: 'Center for HR og Digitalisering', parentKey: 'kd' },
  // Holds the direktionssekretariat, which serves both forums.
  { key: 'politik', name: 'Center for Politik og Organisation', parentKey: 'kd' },
  { key: 'dagtilbud-skole', name: 'Center for Dagtilbud og Skole', parentKey: 'buk' },
  { key: 'boern-familie', name: 'Center for Børn og Familie', parentKey: 'buk' },
  { key: 'kultur-fritid', name: 'Center for Kultur og Fritid', parentKey: 'buk' },
  { key: 'sundhed-aeldre', name: 'Center for Sundhed og Ældre', parentKey: 'sbb' },
  { key: 'arbejdsmarked', name: 'Center for Arbejdsmarked og Beskæftigelse', parentKey: 'sbb' },
  { key: 'by-miljoe', name: 'Center for By og Miljø', parentKey: 'sbb' },
];

const DIRECTORS = ['charlotte-rask', 'thomas-brandt', 'nadia-holmgaard'] as const;
const CENTRE_HEADS = [
  'lars-vestergaard',
  'sanne-kristiansen',
  'kasper-noergaard',
  'hanne-mikkelsen',
  'yasmin-larsen',
  'mikkel-aagaard',
  'birthe-dam',
  'rasmus-hviid',
  'julie-berg',
] as const;

// All names invented (see the file comment).
const people: DemoPerson[] = [
  person('charlotte-rask', 'Charlotte Vinding Rask', 'Kommunaldirektør', 'kd', 'charlotte.rask'),
  person(
    'thomas-brandt',
    'Thomas Egholm Brandt',
    'Direktør for Børn, Unge og Kultur',
    'buk',
    'thomas.brandt',
  ),
  person(
    'nadia-holmgaard',
    'Nadia Friis Holmgaard',
    'Direktør for Sundhed, Beskæftigelse og By',
    'sbb',
    'nadia.holmgaard',
  ),
  // The mayor is not part of the administration: no unit.
  person('jens-lundsgaard', 'Jens Peter Lundsgaard', 'Borgmester', null, 'jens.lundsgaard'),
  person(
    'lars-vestergaard',
    'Lars Mørch Vestergaard',
    'Centerchef, Økonomi og Styring',
    'oekonomi',
    'lars.vestergaard',
  ),
  person(
    'sanne-kristiansen',
    'Sanne Bøgh Kristiansen',
    'Centerchef, HR og Digitalisering',
    'hr',
    'sanne.kristiansen',
  ),
  person(
    'kasper-noergaard',
    'Kasper Dyrholm Nørgaard',
    'Centerchef, Politik og Organisation',
    'politik',
    'kasper.noergaard',
  ),
  person(
    'hanne-mikkelsen',
    'Hanne Skov Mikkelsen',
    'Centerchef, Dagtilbud og Skole',
    'dagtilbud-skole',
    'hanne.mikkelsen',
  ),
  person(
    'yasmin-larsen',
    'Yasmin Haddad Larsen',
    'Centerchef, Børn og Familie',
    'boern-familie',
    'yasmin.larsen',
  ),
  person(
    'mikkel-aagaard',
    'Mikkel Strand Ågård',
    'Centerchef, Kultur og Fritid',
    'kultur-fritid',
    'mikkel.aagaard',
  ),
  person('birthe-dam', 'Birthe Lærke Dam', 'Centerchef, Sundhed og Ældre', 'sundhed-aeldre', 'birthe.dam'),
  person(
    'rasmus-hviid',
    'Rasmus Kjeldsen Hviid',
    'Centerchef, Arbejdsmarked og Beskæftigelse',
    'arbejdsmarked',
    'rasmus.hviid',
  ),
  person('julie-berg', 'Julie Søndergaard Berg', 'Centerchef, By og Miljø', 'by-miljoe', 'julie.berg'),
  // The direktionssekretær: secretary of both forums and administrator of the demo organisation.
  person('line-poulsen', 'Line Hedegaard Poulsen', 'Direktionssekretær', 'politik', 'line.poulsen', 'admin'),
];

type Section = NonNullable<DemoCharter['template']>[number];
const template: Section[] = [
  { key: 'resume', heading: 'Resumé' },
  { key: 'sagsfremstilling', heading: 'Sagsfremstilling', requiredFor: ['decision', 'information', 'theme'] },
  { key: 'indstilling', heading: 'Indstilling', requiredFor: ['decision'] },
  { key: 'oekonomi', heading: 'Økonomi' },
  { key: 'beslutning', heading: 'Beslutning' },
  { key: 'bilag', heading: 'Bilag' },
];

const direktionCharter: DemoCharter = {
  effectiveFrom: FROM,
  purpose:
    'Direktionen har det overordnede ansvar for den samlede ledelse af Ishøj Kommune. Den understøtter ' +
    'og rådgiver politikerne, sætter rammer og retning for organisationen og varetager kommunens ' +
    'interesser over for eksterne samarbejdspartnere, i tæt samspil med centercheferne. Første del af ' +
    'mødet med borgmesteren omhandler emner af politisk karakter; anden del omhandler administrative og ' +
    'organisatoriske emner. Sagerne vurderes og afgøres af de enkelte direktører.',
  secretariatUnitKey: 'politik',
  // "faste møder ca. hver 14. dag". Day and time are our choice: every second Tuesday 09:00-12:00
  // (the first on 3 January 2023), one hour with the mayor and two hours without.
  cadence: { rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', startTime: '09:00', durationMinutes: 180 },
  // The seed states no deadlines; these are our choices: items by Thursday 12:00 the week before,
  // agenda out the working day before, minutes within two working days.
  deadlines: {
    submission: { kind: 'weekday_in_week_before', weekday: 4, time: '12:00' },
    approval: null,
    publication: { kind: 'working_days_before', days: 1, time: '12:00' },
    minutes: { kind: 'working_days_after', days: 2 },
  },
  itemTypes: ['decision', 'information', 'theme'],
  template,
  standingItems: [{ title: 'Godkendelse af dagsorden', type: 'decision', position: 'first' }],
  // "Sager til direktionsmøderne ... vurderes og afgøres af de enkelte direktører."
  approver: 'responsible_director',
  // "Kommunaldirektøren ejer mødet og er mødeleder."
  leaderRule: { kind: 'chair' },
  parts: [
    { name: 'Del 1 med borgmesteren', attendees: 'Borgmester og direktion', durationMinutes: 60 },
    {
      name: 'Del 2: administrative og organisatoriske emner',
      attendees: 'Direktionen',
      durationMinutes: 120,
    },
  ],
};

const koncernledelseCharter: DemoCharter = {
  effectiveFrom: FROM,
  purpose:
    'Koncernledelsen er det fælles ledelsesrum mellem direktører og centerchefer. Den træffer strategiske ' +
    'og helhedsorienterede beslutninger på hele organisationens vegne, binder organisationen sammen ' +
    'strategisk, økonomisk, kulturelt og fagligt, fremmer implementering og eksekvering af politiske, ' +
    'direktionsmæssige og strategiske beslutninger og er sparringsforum for direktionen. Faste møder har ' +
    'fokus på større tværgående projekter, driftssager der kræver fælles stillingtagen og langsigtede ' +
    'udviklingsinitiativer.',
  secretariatUnitKey: 'politik',
  // "Afholdes hver 14. dag". Chosen: every second Thursday 09:00-11:30, in the same weeks as the
  // direktion (the first on 5 January 2023), so the direktion can bring matters for qualification two
  // days later.
  cadence: { rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', startTime: '09:00', durationMinutes: 150 },
  // "Der er formel dagsorden og referat. Centercheferne skal byde ind med forslag til punkter". The
  // deadlines are our choice: items by Thursday 12:00 the week before, approved by the responsible
  // director by Friday 10:00, agenda out Friday 12:00, minutes within two working days.
  deadlines: {
    submission: { kind: 'weekday_in_week_before', weekday: 4, time: '12:00' },
    approval: { kind: 'weekday_in_week_before', weekday: 5, time: '10:00' },
    publication: { kind: 'weekday_in_week_before', weekday: 5, time: '12:00' },
    minutes: { kind: 'working_days_after', days: 2 },
  },
  itemTypes: ['decision', 'information', 'theme'],
  template,
  standingItems: [
    { title: 'Godkendelse af dagsorden og referat', type: 'decision', position: 'first' },
    { title: 'Orientering fra direktionen', type: 'information', position: 'first' },
    { title: 'Eventuelt', type: 'information', position: 'last' },
  ],
  approver: 'responsible_director',
  // "Direktørerne skiftes til at være mødeledere." The kommunaldirektør is the formal chair.
  leaderRule: { kind: 'rotation', personKeys: [...DIRECTORS] },
};

export const ishoej: DemoOrg = {
  slug: 'ishoej',
  name: 'Ishøj Kommune',
  units,
  people,
  forums: [
    {
      shortName: 'DIREKTION',
      name: 'Direktionen',
      memberships: [
        membership('charlotte-rask', 'chair'),
        membership('thomas-brandt'),
        membership('nadia-holmgaard'),
        // Attends the first part of every meeting: a permanent guest.
        membership('jens-lundsgaard', 'guest'),
        membership('line-poulsen', 'secretary'),
      ],
      charters: [direktionCharter],
    },
    {
      shortName: 'KONCERNLEDELSE',
      name: 'Koncernledelsen',
      // "deltagelse af alle centerchefer samt direktionen"
      memberships: [
        membership('charlotte-rask', 'chair'),
        ...DIRECTORS.slice(1).map((key) => membership(key)),
        ...CENTRE_HEADS.map((key) => membership(key)),
        membership('line-poulsen', 'secretary'),
      ],
      charters: [koncernledelseCharter],
    },
  ],
};
