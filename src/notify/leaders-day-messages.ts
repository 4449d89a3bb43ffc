/** The leaders' day's e-mails, in Danish. */
import { compose, type MailContent } from './messages.ts';

const danishDay = (date: string): string => {
  const [y, m, d] = date.split('-').map(Number);
  const months = [
    'januar',
    'februar',
    'marts',
    'april',
    'maj',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'december',
  ];
  return `${d}. ${months[(m ?? 1) - 1]} ${y}`;
};

/** To the first on the waitlist when a seat is freed. */
export function leadersDaySeat(input: {
  forumName: string;
  date: string;
  place: string;
  link: string;
}): MailContent {
  return compose(`Du har fået en plads: ${input.forumName} ${danishDay(input.date)}`, [
    `Der er blevet en plads ledig, og du er rykket fra ventelisten til deltagerlisten til ${input.forumName} ${danishDay(input.date)}${input.place ? `, ${input.place}` : ''}.`,
    'Kan du ikke deltage alligevel, så meld afbud i Fora, så pladsen kan gå videre til den næste på ventelisten.',
    input.link,
  ]);
}
