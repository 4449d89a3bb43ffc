/**
 * Reminder mails of the follow-up register, in Danish. A follow-up's own title is written by the
 * secretary for the register and is shown; the title of the item it came from is shown only when
 * that item is open, never when it is closed.
 */
import { DateTime } from 'luxon';
import type { FollowUpStatus } from '../domain/follow-up.ts';
import { ZONE } from '../domain/local-date.ts';
import type { MailContent } from './messages.ts';

const FOOTER = '\n\nVenlig hilsen\nFora\n\nDenne e-mail er sendt automatisk fra Fora.\n';
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** "7. maj 2025" from a local date. */
const danishDay = (date: string): string =>
  DateTime.fromISO(date, { zone: ZONE }).setLocale('da').toFormat('d. LLLL yyyy');

export interface FollowUpReminderInput {
  forumName: string;
  title: string;
  status: FollowUpStatus;
  /** Local date (YYYY-MM-DD) it is or was due. */
  dueDate: string;
  /** The item whose decision it follows up; its title is left out when the item is closed. */
  sourceItem: { title: string; closed: boolean } | null;
  note: string;
  link: string;
}

/** To the owner of a follow-up that is due today or overdue and not yet done. */
export function followUpReminder(input: FollowUpReminderInput): MailContent {
  const forum = oneLine(input.forumName);
  const title = oneLine(input.title);
  const overdue = input.status === 'overdue';
  const paragraphs = [
    overdue
      ? `Opfølgningen "${title}" i ${forum} skulle have været udført senest ${danishDay(input.dueDate)} og er endnu ikke markeret som udført.`
      : `Opfølgningen "${title}" i ${forum} skal være udført i dag, ${danishDay(input.dueDate)}.`,
    ...(input.sourceItem && !input.sourceItem.closed
      ? [`Opfølgningen stammer fra punktet "${oneLine(input.sourceItem.title)}".`]
      : []),
    ...(input.note.trim() ? [`Bemærkning:\n${input.note.trim()}`] : []),
    `Markér opfølgningen som udført med en kort dokumentation i Fora:\n${input.link}`,
  ];
  return {
    subject: oneLine(
      `${overdue ? 'Overskredet opfølgning' : 'Påmindelse om opfølgning'}: ${title} – ${forum}`,
    ),
    text: `${paragraphs.join('\n\n')}${FOOTER}`,
  };
}
