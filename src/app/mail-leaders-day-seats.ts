/** The mail to leaders given a seat on a leaders' day: after a cancellation or when seats are added. */
import type { LeadersDay } from '../domain/leaders-day.ts';
import type { Forum, Organisation } from '../domain/organisation.ts';
import { paths } from '../domain/web-paths.ts';
import { leadersDaySeat } from '../notify/leaders-day-messages.ts';
import type { DbOrTx } from '../store/db.ts';
import { enqueueMails } from '../store/outbox.ts';
import { findPeopleByIds } from '../store/people.ts';
import type { AppContext } from './context.ts';

/** Mails those given a seat (through the outbox, in the caller's transaction). */
export async function mailSeatsGiven(
  ctx: AppContext,
  tx: DbOrTx,
  org: Organisation,
  forum: Forum,
  day: LeadersDay,
  given: readonly { personId: string; registeredAt: string }[],
): Promise<void> {
  const people = await findPeopleByIds(
    tx,
    org.id,
    given.map((g) => g.personId),
  );
  const link = `${ctx.settings.publicUrl}${paths.leadersDay(forum.shortName, day.id)}`;
  const mail = leadersDaySeat({ forumName: forum.name, date: day.date, place: day.place, link });
  await enqueueMails(
    tx,
    people.map((p) => ({
      orgId: org.id,
      eventKey: `leadersday:seat:${day.id}:${given.find((g) => g.personId === p.id)?.registeredAt ?? ''}`,
      recipientPersonId: p.id,
      recipientEmail: p.email,
      subject: mail.subject,
      bodyText: mail.text,
    })),
    ctx.now(),
  );
}
