/** The leaders' day's e-mails, in Danish. */
import { compose, danishDate, type MailContent } from './messages.ts';

/** To the first on the waitlist when a seat is freed. */
export function leadersDaySeat(input: {
  forumName: string;
  date: string;
  place: string;
  link: string;
}): MailContent {
  return compose(`Du har fået en plads: ${input.forumName} ${danishDate(input.date)}`, [
    `Der er blevet en plads ledig, og du er rykket fra ventelisten til deltagerlisten til ${input.forumName} ${danishDate(input.date)}${input.place ? `, ${input.place}` : ''}.`,
    'Kan du ikke deltage alligevel, så meld afbud i Fora, så pladsen kan gå videre til den næste på ventelisten.',
    input.link,
  ]);
}
