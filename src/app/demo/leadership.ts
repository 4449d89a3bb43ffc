/**
 * Albertslund's Lederforum themes and the coming leaders' day (issue 9), loaded as the people
 * themselves: decentral leaders propose themes, the secretariat creates the day with Direktørforum
 * as the evaluating forum, and a few leaders register. Invented, placed relative to the context clock.
 */
import { addDays } from '../../domain/local-date.ts';
import { type AppContext, type Caller, today } from '../context.ts';
import { createLeadersDay } from '../create-leaders-day.ts';
import { proposeTheme } from '../propose-theme.ts';
import { registerForLeadersDay } from '../register-for-leaders-day.ts';
import { demoCaller } from './callers.ts';

const SLUG = 'albertslund';
const THEMES: [email: string, title: string, description: string][] = [
  [
    'anne-mette.kjaer',
    'Rekruttering og fastholdelse af pædagogisk personale',
    'Hvordan vi som ledere på tværs af dagtilbud, skole og fritid kan hjælpe hinanden med at rekruttere og fastholde.',
  ],
  [
    'soeren.friis',
    'Ledelse af mangfoldighed',
    'Opfølgning på Chefforums drøftelse af ledelsesudvikling om diversitet og mangfoldighed.',
  ],
  [
    'mads.oestergaard',
    'Sammenhængende borgerforløb på tværs af forvaltninger',
    'Hvor oplever borgerne, at vi ikke hænger sammen, og hvad kan vi gøre ved det i det borgernære led?',
  ],
];
const REGISTRANTS: [email: string, dietaryNeeds: string][] = [
  ['jonas.lund', ''],
  ['sofie.andersen', 'Vegetar'],
  ['anne-mette.kjaer', 'Glutenfri'],
];

const as = (ctx: AppContext, email: string): Promise<Caller> => demoCaller(ctx, `${email}@albertslund.dk`);

export async function loadDemoLeadership(ctx: AppContext, slug: string): Promise<void> {
  if (slug !== SLUG) return;
  for (const [email, title, description] of THEMES)
    await proposeTheme(ctx, await as(ctx, email), SLUG, 'LF', { title, description });
  const date = addDays(today(ctx), 120);
  const day = await createLeadersDay(ctx, await as(ctx, 'camilla.nielsen'), SLUG, 'LEDERDAG', {
    date,
    place: 'Musikteatret Albertslund',
    seats: 120,
    registrationDeadline: addDays(date, -30),
    programme:
      '08.30 Morgenmad\n09.00 Velkomst ved kommunaldirektøren\n09.30 Oplæg og drøftelse ved bordene\n' +
      '12.00 Frokost\n13.00 Workshops på tværs\n15.30 Opsamling og tak for i dag',
    material: [{ title: 'Kommissorier for ledelsesfora', url: 'https://albertslund.dk/' }],
    evaluationForum: 'DIF',
  });
  for (const [email, dietaryNeeds] of REGISTRANTS)
    await registerForLeadersDay(ctx, await as(ctx, email), SLUG, 'LEDERDAG', day.id, { dietaryNeeds });
}
