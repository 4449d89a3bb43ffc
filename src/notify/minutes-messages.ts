/** The e-mails of the minutes' release, in Danish: sent for review, and published or corrected. */
import { compose, danishDate, danishDateTime, type MailContent, oneLine } from './messages.ts';

/** The draft minutes are sent to the members for review (til gennemsyn). */
export function minutesForReview(input: {
  forumName: string;
  meetingStart: string;
  link: string;
}): MailContent {
  const forum = oneLine(input.forumName);
  return compose(`Referat til gennemsyn: ${forum} ${danishDate(input.meetingStart)}`, [
    `Udkastet til referat fra mødet i ${forum} ${danishDateTime(input.meetingStart)} er sendt til gennemsyn.`,
    'Send eventuelle bemærkninger til sekretariatet, inden referatet offentliggøres.',
    `Læs udkastet i Fora:\n${input.link}`,
  ]);
}

/** The minutes are published, or a corrected version with its change note. */
export function minutesPublished(input: {
  forumName: string;
  meetingStart: string;
  version: number;
  changeNote: string;
  link: string;
}): MailContent {
  const forum = oneLine(input.forumName);
  const corrected = input.version > 1;
  return compose(`${corrected ? 'Rettet referat' : 'Referat'}: ${forum} ${danishDate(input.meetingStart)}`, [
    corrected
      ? `Referatet fra mødet i ${forum} ${danishDateTime(input.meetingStart)} er rettet (version ${input.version}).`
      : `Referatet fra mødet i ${forum} ${danishDateTime(input.meetingStart)} er offentliggjort.`,
    ...(corrected ? [`Rettelse: ${oneLine(input.changeNote)}`] : []),
    'Referatet godkendes på næste møde, eller du kan godkende det i Fora.',
    `Læs referatet i Fora:\n${input.link}`,
  ]);
}
