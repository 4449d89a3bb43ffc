/**
 * What the release of the minutes shares: draft → sent to the members for review → published
 * (version 1, then corrected versions with a change note) → approved, by the next meeting's
 * standing item or by every member digitally.
 */
import { type ErrorDetail, ForaError } from '../domain/errors.ts';
import type { MeetingState } from '../domain/meeting.ts';
import { isActiveOn, type Person } from '../domain/organisation.ts';
import { isEmptyRichText } from '../domain/rich-text.ts';
import { listAttendance } from '../store/attendance.ts';
import type { DbOrTx } from '../store/db.ts';
import { listMemberships } from '../store/forums.ts';
import { enqueueMails } from '../store/outbox.ts';
import { findPeopleByIds } from '../store/people.ts';
import type { AppContext } from './context.ts';
import type { MeetingContext } from './meeting-agenda-access.ts';
import { meetingRecords, minutesItems } from './minutes-snapshot.ts';

/** States in which minutes are still being written (and may be sent for review or published). */
export const MINUTES_DRAFT_STATES: readonly MeetingState[] = [
  'agenda_published',
  'held',
  'minutes_in_review',
];
/** States in which a published version exists. */
export const MINUTES_PUBLISHED_STATES: readonly MeetingState[] = ['minutes_published', 'minutes_approved'];

/**
 * Why the minutes cannot be released yet: an item's minutes are still a draft (not finalised), or
 * an item on the agenda has neither finalised minutes nor a recorded decision.
 */
export async function minutesProblems(db: DbOrTx, m: MeetingContext): Promise<ErrorDetail[]> {
  const records = await meetingRecords(db, m.meeting.id);
  const items = await minutesItems(db, m.forum, m.meeting, records);
  const problems: ErrorDetail[] = [];
  items.forEach((item, index) => {
    const r = records.get(item.id);
    const path = `items.${index + 1}`;
    if (r && !r.stored.finalisedAt)
      problems.push({ path, problem: `the minutes of "${item.title}" are not finalised` });
    else if (!r && (!item.decision || isEmptyRichText(item.decision)))
      problems.push({ path, problem: `"${item.title}" has no minutes` });
  });
  return problems;
}

export async function assertMinutesComplete(db: DbOrTx, m: MeetingContext): Promise<void> {
  const problems = await minutesProblems(db, m);
  if (problems.length > 0)
    throw new ForaError(
      'validation_failed',
      `The minutes are not complete: ${problems.map((p) => `${p.path}: ${p.problem}`).join('; ')}`,
      problems,
    );
}

/** The members (not guests) on the meeting day, who receive the minutes. */
export async function minutesRecipients(db: DbOrTx, m: MeetingContext): Promise<Person[]> {
  const date = m.meeting.start.slice(0, 10);
  const ids = (await listMemberships(db, m.forum.id))
    .filter((x) => x.role !== 'guest' && isActiveOn(x, date))
    .map((x) => x.personId);
  return findPeopleByIds(db, m.org.id, [...new Set(ids)]);
}

/**
 * Who approves the minutes digitally: the chair and members on the meeting day, less those who
 * sent apologies (afbud); the secretary writes the minutes and does not approve them.
 */
export async function approvingMemberIds(db: DbOrTx, m: MeetingContext): Promise<string[]> {
  const date = m.meeting.start.slice(0, 10);
  const absent = new Set(
    (await listAttendance(db, m.meeting.id)).filter((a) => a.kind === 'absent').map((a) => a.personId),
  );
  const ids = (await listMemberships(db, m.forum.id))
    .filter((x) => (x.role === 'chair' || x.role === 'member') && isActiveOn(x, date))
    .map((x) => x.personId)
    .filter((id) => !absent.has(id));
  return [...new Set(ids)];
}

/** The address of the meeting's minutes in the API (the web app links the same path). */
export const minutesLink = (ctx: AppContext, m: MeetingContext, rest: string): string =>
  `${ctx.settings.publicUrl}/api/orgs/${m.org.slug}/forums/${m.forum.shortName}/meetings/${m.meeting.id}/minutes/${rest}`;

/** One mail per recipient, keyed so that a retry never sends twice. */
export async function mailMembers(
  tx: DbOrTx,
  ctx: AppContext,
  m: MeetingContext,
  eventKey: string,
  mail: { subject: string; text: string },
): Promise<number> {
  const recipients = await minutesRecipients(tx, m);
  await enqueueMails(
    tx,
    recipients.map((p) => ({
      orgId: m.org.id,
      eventKey,
      recipientPersonId: p.id,
      recipientEmail: p.email,
      subject: mail.subject,
      bodyText: mail.text,
    })),
    ctx.now(),
  );
  return recipients.length;
}
