/**
 * Planning the year in the demo (issue 9): Chefforum's annual wheel and theme plan in Albertslund
 * (the rotation of theme discussions among the heads, as in the minutes of 23 April 2025), and
 * Koncernledelsen's work programme, wheel and a working group in Ishøj (the charter's "årligt
 * arbejdsprogram ... ledsaget af et årshjul" and "grupper under koncernledelsen"). Invented, placed
 * relative to the context clock, loaded as the secretaries through the use cases.
 */
import { addDays, yearOf } from '../../domain/local-date.ts';
import { assignTheme } from '../assign-theme.ts';
import { type AppContext, today } from '../context.ts';
import { createWheelEntry } from '../create-wheel-entry.ts';
import { createWorkProgramme } from '../create-work-programme.ts';
import { createWorkingGroup } from '../create-working-group.ts';
import { getCalendar } from '../get-calendar.ts';
import { addProgrammeInitiative } from '../save-programme-initiative.ts';
import { demoCaller, demoPersonId } from './callers.ts';

const ALBERTSLUND = (name: string) => `${name}@albertslund.dk`;
const ISHOEJ = (name: string) => `${name}@ishoej.dk`;

export async function loadDemoPlanning(ctx: AppContext, slug: string): Promise<void> {
  if (slug === 'albertslund') await albertslund(ctx);
  if (slug === 'ishoej') await ishoej(ctx);
}

async function albertslund(ctx: AppContext): Promise<void> {
  const secretary = await demoCaller(ctx, ALBERTSLUND('camilla.nielsen'));
  const id = (name: string) => demoPersonId(ctx, ALBERTSLUND(name));
  const wheel = [
    {
      title: 'Budgetproces: tidsplan og rammer',
      when: { kind: 'first_in_month', month: 2 },
      responsible: 'marie.aasoee',
      leadWeeks: 4,
      itemType: 'decision',
    },
    {
      title: 'Temadrøftelse: status på anlægsplanen',
      when: { kind: 'first_in_month', month: 4 },
      responsible: 'marie.aasoee',
      leadWeeks: 3,
      itemType: 'theme',
    },
    {
      title: 'Sygefravær og trivsel: halvårlig ledelsesinformation',
      when: { kind: 'last_in_month', month: 6 },
      responsible: 'marie.aasoee',
      leadWeeks: 2,
      itemType: 'information',
    },
    {
      title: 'Evaluering af ledelsesforaenes kommissorier',
      when: { kind: 'last_in_month', month: 11 },
      responsible: 'henrik.harder',
      leadWeeks: 4,
      itemType: 'decision',
    },
  ] as const;
  for (const { responsible, ...entry } of wheel)
    await createWheelEntry(ctx, secretary, 'albertslund', 'CF', {
      ...entry,
      description: '',
      responsiblePersonId: await id(responsible),
    });

  // "afdelingschef for Borger, Arbejdsmarked & Erhverv har den kommende temadrøftelse": the next
  // two meetings' theme discussions, one confirmed and one proposed.
  const from = today(ctx);
  const coming = (
    await getCalendar(ctx, secretary, 'albertslund', 'CF', { from, to: addDays(from, 366) })
  ).filter((m) => !m.cancelled && new Date(m.start) > ctx.now());
  const themes = [
    ['dorthe.espenhein', 'Virksomhedssamarbejdet og den lokale beskæftigelsesindsats', 'confirmed'],
    ['tine.juhl', 'Tidlig indsats for børn og familier på tværs af afdelingerne', 'proposed'],
  ] as const;
  for (const [i, [presenter, theme, status]] of themes.entries()) {
    const meeting = coming[i];
    if (!meeting) break;
    await assignTheme(ctx, secretary, 'albertslund', 'CF', {
      meeting: meeting.meetingId ?? meeting.occurrenceDate,
      theme,
      presenterPersonId: await id(presenter),
      status,
      note: '',
    });
  }
}

async function ishoej(ctx: AppContext): Promise<void> {
  const secretary = await demoCaller(ctx, ISHOEJ('line.poulsen'));
  const id = (name: string) => demoPersonId(ctx, ISHOEJ(name));
  const forum = 'KONCERNLEDELSE';
  const year = yearOf(today(ctx));
  const done = (date: string) => (date < today(ctx) ? 'done' : 'open');

  await createWheelEntry(ctx, secretary, 'ishoej', forum, {
    title: 'Arbejdsprogram og årshjul: midtvejsstatus',
    description: 'Status på arbejdsprogrammets indsatser og de fælles milepæle.',
    when: { kind: 'first_in_month', month: 6 },
    responsiblePersonId: await id('line.poulsen'),
    leadWeeks: 4,
    itemType: 'information',
  });
  await createWheelEntry(ctx, secretary, 'ishoej', forum, {
    title: 'Arbejdsprogram for næste år',
    description: 'Direktionen fremlægger udkast til næste års arbejdsprogram til drøftelse.',
    when: { kind: 'last_in_month', month: 11 },
    responsiblePersonId: await id('charlotte.rask'),
    leadWeeks: 6,
    itemType: 'decision',
  });

  await createWorkProgramme(ctx, secretary, 'ishoej', forum, { year, title: `Arbejdsprogram ${year}` });
  const initiatives: {
    title: string;
    description: string;
    owner: string;
    status: 'planned' | 'in_progress';
    milestones: [title: string, dueDate: string][];
  }[] = [
    {
      title: 'Fælles rekruttering og fastholdelse',
      description: 'En fælles tilgang til rekruttering af faglige nøglemedarbejdere på tværs af centrene.',
      owner: 'sanne.kristiansen',
      status: 'in_progress',
      milestones: [
        ['Kortlægning af rekrutteringsudfordringer', `${year}-03-31`],
        ['Fælles employer branding lanceret', `${year}-09-30`],
        ['Evaluering i koncernledelsen', `${year}-12-15`],
      ],
    },
    {
      title: 'Digital selvbetjening, der virker',
      description:
        'Færre henvendelser og bedre borgeroplevelse med selvbetjening på de ti mest brugte ydelser.',
      owner: 'sanne.kristiansen',
      status: 'planned',
      milestones: [
        ['Top ti ydelser udpeget', `${year}-05-01`],
        ['Første fem ydelser omlagt', `${year}-11-30`],
      ],
    },
    {
      title: 'Budget: tværgående effektiviseringer',
      description: 'Forslag til tværgående effektiviseringer som grundlag for budgetlægningen.',
      owner: 'lars.vestergaard',
      status: 'in_progress',
      milestones: [
        ['Idékatalog fra centrene', `${year}-04-15`],
        ['Forslag til budgetseminaret', `${year}-08-20`],
      ],
    },
  ];
  for (const { owner, milestones, ...initiative } of initiatives)
    await addProgrammeInitiative(ctx, secretary, 'ishoej', forum, year, {
      ...initiative,
      ownerPersonId: await id(owner),
      milestones: milestones.map(([title, dueDate]) => ({ title, dueDate, status: done(dueDate) })),
    });

  // "Deltagerne kan udpeges ift. specifik faglig viden og/eller ud fra et ønske om bred repræsentation."
  await createWorkingGroup(ctx, secretary, 'ishoej', forum, {
    name: 'Arbejdsgruppe om onboarding af nye ledere',
    mandate:
      'Gruppen belyser, hvordan nye ledere i Ishøj Kommune kommer godt fra start, og kommer med forslag ' +
      'til et fælles onboardingforløb.\n\nForslaget fremlægges for koncernledelsen.',
    deadline: addDays(today(ctx), 75),
    members: [
      { personId: await id('sanne.kristiansen'), basis: 'expertise', reason: 'HR og lederudvikling' },
      { personId: await id('hanne.mikkelsen'), basis: 'representation', reason: 'Dagtilbud og skole' },
      {
        personId: await id('rasmus.hviid'),
        basis: 'representation',
        reason: 'Arbejdsmarked og beskæftigelse',
      },
    ],
  });
}
