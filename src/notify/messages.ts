/**
 * The e-mails Fora sends, in Danish: pure builders from plain data to subject and text. A closed
 * item's title never appears in a mail; it is "Lukket punkt", and the comment on a closed item
 * stays in Fora.
 */
import { DateTime } from 'luxon';

export interface MailContent {
  subject: string;
  text: string;
}

const ZONE = 'Europe/Copenhagen';
export const CLOSED_ITEM_TITLE = 'Lukket punkt';
const FOOTER = '\n\nVenlig hilsen\nFora\n\nDenne e-mail er sendt automatisk fra Fora.\n';

function local(iso: string): DateTime {
  const dt = DateTime.fromISO(iso, { setZone: true });
  if (!dt.isValid) throw new Error(`invalid timestamp ${JSON.stringify(iso)}`);
  return dt.setZone(ZONE).setLocale('da');
}

/** "onsdag d. 23. april 2025 kl. 09.00" */
export const danishDateTime = (iso: string): string =>
  local(iso).toFormat("cccc 'd.' d. LLLL yyyy 'kl.' HH.mm");

/** "23. april 2025" */
export const danishDate = (iso: string): string => local(iso).toFormat('d. LLLL yyyy');

/** Header-safe and list-safe: one line, single spaces. */
export const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

const titleOf = (item: { title: string; closed?: boolean }): string =>
  item.closed ? CLOSED_ITEM_TITLE : oneLine(item.title);

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const compose = (subject: string, paragraphs: readonly string[]): MailContent => ({
  subject: oneLine(subject),
  text: `${paragraphs.join('\n\n')}${FOOTER}`,
});

export interface ReleasedItem {
  number: number;
  title: string;
  closed: boolean;
}

/** The agenda (version 1) or a supplementary agenda of a meeting has been published. */
export function materialReleased(input: {
  forumName: string;
  meetingStart: string;
  version: number;
  supplementary: boolean;
  link: string;
  items: readonly ReleasedItem[];
}): MailContent {
  const forum = oneLine(input.forumName);
  const when = danishDateTime(input.meetingStart);
  const list = input.items.map((i) => `Punkt ${i.number}: ${titleOf(i)}`).join('\n');
  return compose(
    `${input.supplementary ? 'Tillægsdagsorden' : 'Dagsorden'}: ${forum} ${danishDate(input.meetingStart)}`,
    [
      input.supplementary
        ? `Der er udsendt en tillægsdagsorden (version ${input.version}) til mødet i ${forum} ${when}.`
        : `Dagsordenen til mødet i ${forum} ${when} er udsendt.`,
      input.items.length > 0 ? `Dagsordenens punkter:\n${list}` : 'Dagsordenen har ingen punkter.',
      `Læs dagsordenen og bilagene i Fora:\n${input.link}`,
    ],
  );
}

/** To a submitter with items not yet submitted, before the submission deadline. */
export function submissionReminder(input: {
  forumName: string;
  meetingStart: string;
  deadline: string;
  items: readonly { title: string; closed?: boolean }[];
  link: string;
}): MailContent {
  const forum = oneLine(input.forumName);
  const n = input.items.length;
  return compose(`Påmindelse: frist for punkter til ${forum} ${danishDateTime(input.deadline)}`, [
    `Fristen for at indsende punkter til mødet i ${forum} ${danishDateTime(input.meetingStart)} er ${danishDateTime(input.deadline)}.`,
    `Du har ${count(n, 'punkt', 'punkter')}, som endnu ikke er indsendt:\n${input.items.map((i) => `- ${titleOf(i)}`).join('\n')}`,
    `Gør dine punkter færdige og indsend dem i Fora:\n${input.link}`,
  ]);
}

/** To an approver with submitted items waiting, before the approval deadline. */
export function approvalReminder(input: {
  forumName: string;
  deadline: string;
  items: readonly { title: string; submitterName: string; closed?: boolean }[];
  link: string;
}): MailContent {
  const forum = oneLine(input.forumName);
  const n = input.items.length;
  return compose(`Påmindelse: ${count(n, 'punkt', 'punkter')} til godkendelse – ${forum}`, [
    `Du har ${count(n, 'punkt', 'punkter')} til ${forum}, som venter på din godkendelse. Fristen for godkendelse er ${danishDateTime(input.deadline)}.`,
    input.items.map((i) => `- ${titleOf(i)} (indsendt af ${oneLine(i.submitterName)})`).join('\n'),
    `Godkend punkterne eller send dem tilbage i Fora:\n${input.link}`,
  ]);
}

/** " med denne kommentar:\n\n<text>", or "." when there is no text. */
const withText = (lead: string, text: string): string => (text.trim() ? ` ${lead}:\n\n${text.trim()}` : '.');

interface ItemNotice {
  title: string;
  closed?: boolean;
  link: string;
}

/** The approver returned the item to its submitter with a comment. */
export function itemReturned(input: ItemNotice & { comment: string }): MailContent {
  return compose(
    input.closed ? 'Dit lukkede punkt er sendt tilbage' : `Punkt sendt tilbage: ${input.title}`,
    [
      input.closed
        ? 'Dit lukkede punkt er sendt tilbage til dig. Da punktet er lukket, kan kommentaren kun læses i Fora.'
        : `Dit punkt "${oneLine(input.title)}" er sendt tilbage til dig${withText('med denne kommentar', input.comment)}`,
      `Ret punktet og indsend det igen i Fora:\n${input.link}`,
    ],
  );
}

/** The approver approved the item: it waits in the forum's queue for an agenda. */
export function itemApproved(input: ItemNotice & { forumName: string }): MailContent {
  const forum = oneLine(input.forumName);
  return compose(input.closed ? 'Dit lukkede punkt er godkendt' : `Punkt godkendt: ${input.title}`, [
    `${input.closed ? 'Dit lukkede punkt' : `Dit punkt "${oneLine(input.title)}"`} er godkendt og venter nu på at blive sat på en dagsorden i ${forum}.`,
    `Se punktet i Fora:\n${input.link}`,
  ]);
}

/** The approver rejected the item. */
export function itemRejected(input: ItemNotice & { comment: string }): MailContent {
  return compose(input.closed ? 'Dit lukkede punkt er afvist' : `Punkt afvist: ${input.title}`, [
    input.closed
      ? 'Dit lukkede punkt er afvist. Da punktet er lukket, kan begrundelsen kun læses i Fora.'
      : `Dit punkt "${oneLine(input.title)}" er afvist${withText('med denne begrundelse', input.comment)}`,
    `Se punktet i Fora:\n${input.link}`,
  ]);
}

/** To the presenter of a theme in the theme plan, some days before the meeting. */
export function presenterReminder(input: {
  forumName: string;
  meetingStart: string;
  theme: string;
  daysBefore: number;
  link: string;
}): MailContent {
  const forum = oneLine(input.forumName);
  const theme = oneLine(input.theme);
  return compose(`Påmindelse: du har temaet "${theme}" i ${forum} ${danishDateTime(input.meetingStart)}`, [
    `Du står i temaplanen som oplægsholder på temaet "${theme}" på mødet i ${forum} ${danishDateTime(input.meetingStart)} (om ${input.daysBefore} dage).`,
    `Husk at forberede oplægget og at indsende et punkt til dagsordenen inden fristen:\n${input.link}`,
  ]);
}
