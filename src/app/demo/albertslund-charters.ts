/**
 * Charters of Albertslund's management forums, from "Kommissorier for ledelsesfora" (18 March 2019,
 * ../shared/seeds/kommissorier-ledelsesfora-albertslund-2019.txt) and the Chefforum minutes of
 * 13 March 2024 and 23 April 2025. Where the terms of reference are vague or silent, the choice made
 * here is stated in a comment. Deadlines the terms do not mention are left null on purpose.
 * Meeting location ("Mødelokale 915" in the minutes) is a property of each meeting, not of the charter.
 */
import type { DemoCharter } from './types.ts';

/** Date of the 2019 terms of reference; every forum's first charter version applies from it. */
export const CHARTERS_2019 = '2019-03-18';

type Section = NonNullable<DemoCharter['template']>[number];
type StandingItem = NonNullable<DemoCharter['standingItems']>[number];

/**
 * Item sections in the order of the Chefforum minutes (the same agenda system serves DIF and CF).
 * Sagsfremstilling is required for every item type, Indstilling for decision items. Information and
 * theme items carry formulaic recommendations in the minutes ("at orienteringen tages til
 * efterretning", "at punktet drøftes"), so Indstilling is optional for them. Beslutning is written at
 * the meeting, so it is never required at submission.
 */
const caseTemplate: Section[] = [
  { key: 'anledning', heading: 'Anledning' },
  { key: 'resume', heading: 'Resumé' },
  { key: 'sagsfremstilling', heading: 'Sagsfremstilling', requiredFor: ['decision', 'information', 'theme'] },
  { key: 'indstilling', heading: 'Indstilling', requiredFor: ['decision'] },
  { key: 'vision', heading: 'Kommunens vision og politikker' },
  { key: 'oekonomi', heading: 'Økonomi' },
  { key: 'lovgrundlag', heading: 'Lovgrundlag' },
  { key: 'borgerperspektiv', heading: 'Borgerperspektiv' },
  { key: 'historik', heading: 'Historik' },
  { key: 'beslutning', heading: 'Beslutning' },
  { key: 'bilag', heading: 'Bilag' },
];

/** Theme meetings (Lederforum, lederdag): the secretariat writes a summary ("opsamling") instead of
 *  decisions. */
const themeTemplate: Section[] = [
  { key: 'resume', heading: 'Resumé' },
  { key: 'sagsfremstilling', heading: 'Sagsfremstilling', requiredFor: ['theme'] },
  { key: 'opsamling', heading: 'Opsamling' },
  { key: 'bilag', heading: 'Bilag' },
];

const approveAgendaAndMinutes: StandingItem = {
  title: 'Godkendelse af dagsorden og referat',
  type: 'decision',
  position: 'first',
};
/** Both minutes show 'Temaer til kommende møder og eventuelt' as the last item. Items with the same
 *  position keep their order in this array, so it is listed after 'Nyt fra afdelingerne'. */
const newsFromDepartments: StandingItem = {
  title: 'Nyt fra afdelingerne',
  type: 'information',
  position: 'last',
};
const futureThemes: StandingItem = {
  title: 'Temaer til kommende møder og eventuelt',
  type: 'theme',
  position: 'last',
};

export const difCharters: DemoCharter[] = [
  {
    effectiveFrom: CHARTERS_2019,
    purpose:
      'Direktørforum har det overordnede ansvar for kommunens samlede udvikling med afsæt i de politiske ' +
      'beslutninger og sætter retning for den strategiske udvikling med et helhedsperspektiv og et udpræget ' +
      'borgerfokus. Forummet er bindeleddet mellem det politiske og det administrative niveau, har ansvaret ' +
      'for den tværgående økonomiske ressourcetildeling og for den strategiske fordeling af ressourcer på ' +
      'tværs af organisationen, og koordinerer tværkommunale samarbejder som fx KKR. Direktørerne bidrager ' +
      'hver især med dagsordenspunkter og følger op på beslutningerne inden for deres område.',
    secretariatUnitKey: 'oekonomi-stab',
    cadence: {
      // "mødes normalt hver mandag kl. 9.30-11.30"
      rrule: 'FREQ=WEEKLY;BYDAY=MO',
      startTime: '09:30',
      durationMinutes: 120,
      variations: [
        {
          // "Én gang månedligt er der formøde til politiske møder og her forlænges mødet." The terms
          // name neither the week nor the length: we choose the first Monday of the month, 09:30-14:00.
          label: 'Formøde til politiske møder',
          rrule: 'FREQ=MONTHLY;BYDAY=1MO',
          startTime: '09:30',
          durationMinutes: 270,
        },
      ],
    },
    deadlines: {
      // The terms let members put items on the agenda without a stated deadline; the approval
      // deadline below is in effect the last moment to get an item on the agenda.
      submission: null,
      // "Sagerne skal godkendes af den ansvarlige direktør forud for mødet." Chosen: Thursday 10:00,
      // so that approved items make the agenda sent out the same day.
      approval: { kind: 'weekday_before', weekday: 4, time: '10:00' },
      // "Økonomi og Stab sender dagsorden ud torsdage inden afholdelse af møder mandage." The time is
      // our choice: Thursday 12:00.
      publication: { kind: 'weekday_before', weekday: 4, time: '12:00' },
      // "Økonomi og Stab udarbejder beslutningsreferater": when is not stated; chosen: 2 working days.
      minutes: { kind: 'working_days_after', days: 2 },
    },
    itemTypes: ['decision', 'information', 'theme'],
    template: caseTemplate,
    standingItems: [approveAgendaAndMinutes],
    approver: 'responsible_director',
    leaderRule: { kind: 'chair' },
  },
];

const cfPurpose =
  'Chefforum er omdrejningspunktet for det strategiske træk på tværs af faglige områder og for ' +
  'implementeringen af tværgående initiativer og planer i organisationen. Forummet arbejder i tre spor: ' +
  'et strategisk spor med fokus på innovation og idéudvikling, et administrerende spor med fokus på helhed ' +
  'i beslutningerne og kvalitetsudvikling af kerneydelserne, og et implementerende spor med fokus på ' +
  'sammenhængen mellem de strategiske beslutninger og den operationelle udførelse inden for den ' +
  'økonomiske ramme. Områderne og afdelingerne bidrager med dagsordenspunkter og følger op på ' +
  'beslutningerne inden for deres ressortområder.';

/** What the three Chefforum versions share. */
const cfCommon = {
  purpose: cfPurpose,
  secretariatUnitKey: 'oekonomi-stab',
  deadlines: {
    // "senest torsdag kl. 12.00 i ugen før det møde hvor punktet skal drøftes"
    submission: { kind: 'weekday_in_week_before', weekday: 4, time: '12:00' },
    // The terms describe no approval step for Chefforum.
    approval: null,
    // "sender dagsorden ud senest fredag i ugen inden": no time given, so end of the working day.
    publication: { kind: 'weekday_in_week_before', weekday: 5 },
    // "Økonomi og Stab udarbejder referater": when is not stated; chosen: 2 working days.
    minutes: { kind: 'working_days_after', days: 2 },
  },
  itemTypes: ['decision', 'information', 'theme'],
  template: caseTemplate,
  // Items are queued for the agenda and every item in the minutes reads "Kommunaldirektøren
  // indstiller": the chair (kommunaldirektøren) approves, not the submitter's director.
  approver: 'chair',
  leaderRule: { kind: 'chair' },
} satisfies Partial<DemoCharter>;

export const cfCharters: DemoCharter[] = [
  {
    ...cfCommon,
    effectiveFrom: CHARTERS_2019,
    // "mødes som udgangspunkt hver 1. og 3. torsdag i måneden kl. 09.00-12.00"
    cadence: { rrule: 'FREQ=MONTHLY;BYDAY=1TH,3TH', startTime: '09:00', durationMinutes: 180 },
    standingItems: [approveAgendaAndMinutes, newsFromDepartments, futureThemes],
    titlePrefix: 'CF - ',
  },
  {
    ...cfCommon,
    // Not a documented decision: the 2024 minutes show Wednesday meetings on 13 and 20 March and
    // 10 April 2024, i.e. weekly on Wednesdays. We date the change to the start of 2024. (They also
    // approve the minutes of 29 February 2024, a Thursday that fits neither rule: a moved meeting.)
    effectiveFrom: '2024-01-01',
    cadence: { rrule: 'FREQ=WEEKLY;BYDAY=WE', startTime: '09:00', durationMinutes: 180 },
    standingItems: [approveAgendaAndMinutes, newsFromDepartments, futureThemes],
    titlePrefix: 'CF - ',
  },
  {
    ...cfCommon,
    // Not a documented decision: the 2025 minutes (23 April) refer to the next meetings on 7 and
    // 21 May 2025, i.e. every second Wednesday. The series starts on Wednesday 1 January 2025, which
    // puts 23 April, 7 May and 21 May in the series (1 January itself moves to the next working day).
    // The 2025 minutes drop the 'CF - ' title prefix and have no 'Nyt fra afdelingerne' item, and
    // give each item a time allotment ("(10 min.)"), so the meeting's 180 minutes are its capacity.
    effectiveFrom: '2025-01-01',
    cadence: { rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE', startTime: '09:00', durationMinutes: 180 },
    standingItems: [approveAgendaAndMinutes, futureThemes],
    capacity: { maxMinutes: 180 },
    titlePrefix: null,
  },
];

export const lfCharters: DemoCharter[] = [
  {
    effectiveFrom: CHARTERS_2019,
    purpose:
      'Lederforum består af de ledere, der er tæt på borgerne og kerneydelserne, og repræsenterer det ' +
      'operationelle led. Forummet skal spille ind med et sikkert borgerfokus og bidrage til, at de ' +
      'strategiske beslutninger også sikrer kvalitet i kerneydelserne. Møderne er temamøder med højst to ' +
      'temaer. Deltagerne og Chefforum foreslår temaer af betydning for hele kommunen, og ' +
      'kommunaldirektøren udvælger temaerne til hvert møde.',
    secretariatUnitKey: 'oekonomi-stab',
    // "en gang i kvartalet til et møde af 3-4 timers varighed". Chosen: the second Tuesday of March,
    // June, September and December, 13:00-16:30 (3.5 hours). BYMONTH keeps the quarters fixed
    // whatever day the series starts.
    cadence: { rrule: 'FREQ=MONTHLY;BYMONTH=3,6,9,12;BYDAY=2TU', startTime: '13:00', durationMinutes: 210 },
    deadlines: {
      submission: null,
      approval: null,
      // "sender dagsorden ud senest fredag i ugen inden afholdelse af møderne"
      publication: { kind: 'weekday_in_week_before', weekday: 5 },
      // The secretariat does "opsamling på møderne"; no deadline is stated.
      minutes: null,
    },
    itemTypes: ['theme'],
    template: themeTemplate,
    // "der drøftes maksimalt to temaer på hvert møde"
    capacity: { maxThemes: 2 },
    // "Kommunaldirektøren udvælger temaerne der sættes på dagsordenen"
    approver: 'chair',
    leaderRule: { kind: 'chair' },
  },
];

export const lederdagCharters: DemoCharter[] = [
  {
    effectiveFrom: CHARTERS_2019,
    purpose:
      'En gang årligt inviterer kommunaldirektøren sammen med de øvrige direktører alle ledere med ' +
      'personaleansvar og alle netværksledere til lederdag. Dagen skal styrke sammenhængen mellem de ' +
      'strategiske beslutninger og de konkrete handlinger, understøtte den enkelte leders blik for ' +
      'helheden og give lederne mulighed for sparring og relationer på tværs af organisationen. ' +
      'Kommunaldirektøren udvælger temaet, deltagerne tilmelder sig, og dagen evalueres på det ' +
      'førstkommende møde i Direktørforum.',
    secretariatUnitKey: 'oekonomi-stab',
    // "finder sted én gang om året og varer 1-2 dag(e)". Chosen: one day, the last Wednesday of May,
    // 09:00-16:00: the 2025 minutes mention "den kommende lederdag den 28. maj 2025" (a Wednesday).
    // The 2024 event was a two-day "Lederdøgn" on 4-5 April: a single meeting moved and lengthened.
    cadence: { rrule: 'FREQ=YEARLY;BYMONTH=5;BYDAY=-1WE', startTime: '09:00', durationMinutes: 420 },
    deadlines: {
      submission: null,
      approval: null,
      // "program samt materiale sendes ud senest 14 dage før afholdelsen"
      publication: { kind: 'days_before', days: 14 },
      minutes: null,
    },
    itemTypes: ['theme'],
    template: themeTemplate,
    // "Kommunaldirektøren udvælger det tema der drøftes på dagen": one theme.
    capacity: { maxThemes: 1 },
    approver: 'chair',
    leaderRule: { kind: 'chair' },
  },
];
