/**
 * Reminders before deadlines, run by the operator (a scheduled job): before a meeting's submission
 * deadline to submitters with items not yet submitted, before its approval deadline to approvers
 * with submitted items waiting. Each reminder is queued once per (deadline, person): the outbox key
 * `reminder:<kind>:<forumId>:<meetingStart>` makes a second run queue nothing.
 */

import { z } from 'zod';
import type { Item } from '../domain/item.ts';
import { addDays } from '../domain/local-date.ts';
import type { CalendarMeeting } from '../domain/meeting.ts';
import type { Forum, Organisation } from '../domain/organisation.ts';
import { paths } from '../domain/web-paths.ts';
import { approvalReminder, submissionReminder } from '../notify/messages.ts';
import { listForums } from '../store/forums.ts';
import { listForumItems } from '../store/items.ts';
import { listOrganisations } from '../store/organisations.ts';
import { enqueueMails, type MailWrite } from '../store/outbox.ts';
import { findPeopleByIds } from '../store/people.ts';
import { type AppContext, audit, authorize, type Caller, today } from './context.ts';
import { calendarOf } from './get-calendar.ts';
import { parseInput } from './validate.ts';

/** How far ahead meetings are looked at: a deadline is at most this long before its meeting. */
const LOOKAHEAD_DAYS = 14;
const FORUM_PAGE = 500;

export const remindersInputSchema = z.object({
  withinHours: z
    .number()
    .positive()
    .max(24 * LOOKAHEAD_DAYS)
    .default(24),
});

type Kind = 'submission' | 'approval';

/** Queues the reminders for deadlines in the next `withinHours` hours, in every organisation. */
export async function sendDeadlineReminders(
  ctx: AppContext,
  caller: Caller,
  input: { withinHours?: number } = {},
): Promise<{ queued: number }> {
  authorize(caller, 'reminder.send', { type: 'installation' });
  const { withinHours } = parseInput(remindersInputSchema, input);
  const now = ctx.now();
  const until = new Date(now.getTime() + withinHours * 3_600_000);
  const inWindow = (deadline: string | null): deadline is string =>
    deadline !== null && new Date(deadline) > now && new Date(deadline) <= until;
  const period = { from: today(ctx), to: addDays(today(ctx), LOOKAHEAD_DAYS) };

  let queued = 0;
  for (const org of await listOrganisations(ctx.db)) {
    for (const forum of await allForums(ctx, org)) {
      const meetings = (await calendarOf(ctx.db, forum, period)).filter((m) => !m.cancelled);
      const due = meetings.flatMap((m) =>
        (['submission', 'approval'] as const)
          .filter((kind) => inWindow(m.deadlines[kind]))
          .map((kind) => ({ meeting: m, kind })),
      );
      if (due.length === 0) continue;
      const items = await listForumItems(ctx.db, forum.id, ['draft', 'returned', 'submitted']);
      for (const { meeting, kind } of due) {
        const rows = await remindersFor(ctx, org, forum, meeting, kind, items);
        if (rows.length === 0) continue;
        queued += await ctx.db.transaction(async (tx) => {
          const n = await enqueueMails(tx, rows, now);
          if (n > 0)
            await audit(tx, caller, {
              orgId: org.id,
              action: 'reminder.queue',
              objectType: 'forum',
              objectId: forum.id,
              detail: { kind, meetingStart: meeting.start, deadline: meeting.deadlines[kind], queued: n },
            });
          return n;
        });
      }
    }
  }
  return { queued };
}

async function allForums(ctx: AppContext, org: Organisation): Promise<Forum[]> {
  const all: Forum[] = [];
  for (let offset = 0; ; offset += FORUM_PAGE) {
    const page = await listForums(ctx.db, org.id, { limit: FORUM_PAGE, offset });
    all.push(...page.items);
    if (all.length >= page.total || page.items.length === 0) return all;
  }
}

/** The mails for one deadline: one per person with something outstanding. */
async function remindersFor(
  ctx: AppContext,
  org: Organisation,
  forum: Forum,
  meeting: CalendarMeeting,
  kind: Kind,
  items: readonly Item[],
): Promise<MailWrite[]> {
  const deadline = meeting.deadlines[kind] ?? '';
  // Submission: drafts and returned items meant for this meeting or for the next possible one.
  // Approval: every submitted item of the forum waits for its approver.
  const outstanding =
    kind === 'submission'
      ? items.filter(
          (i) =>
            (i.state === 'draft' || i.state === 'returned') &&
            (i.wishedMeetingId === null || i.wishedMeetingId === meeting.meetingId),
        )
      : items.filter((i) => i.state === 'submitted');
  const recipientOf = (i: Item) => (kind === 'submission' ? i.submitterPersonId : i.approverPersonId);
  const byRecipient = new Map<string, Item[]>();
  for (const item of outstanding) {
    const id = recipientOf(item);
    if (id) byRecipient.set(id, [...(byRecipient.get(id) ?? []), item]);
  }
  if (byRecipient.size === 0) return [];
  const submitterIds = outstanding.map((i) => i.submitterPersonId).filter((id): id is string => !!id);
  const people = new Map(
    (await findPeopleByIds(ctx.db, org.id, [...new Set([...byRecipient.keys(), ...submitterIds])])).map(
      (p) => [p.id, p],
    ),
  );
  const link = `${ctx.settings.publicUrl}${paths.forum(forum.shortName)}`;
  const rows: MailWrite[] = [];
  for (const [personId, theirs] of byRecipient) {
    const person = people.get(personId);
    if (!person) continue;
    const mail =
      kind === 'submission'
        ? submissionReminder({
            forumName: forum.name,
            meetingStart: meeting.start,
            deadline,
            items: theirs.map((i) => ({ title: i.title, closed: i.closed })),
            link,
          })
        : approvalReminder({
            forumName: forum.name,
            deadline,
            items: theirs.map((i) => ({
              title: i.title,
              closed: i.closed,
              submitterName: (i.submitterPersonId && people.get(i.submitterPersonId)?.name) || 'ukendt',
            })),
            link,
          });
    rows.push({
      orgId: org.id,
      eventKey: `reminder:${kind}:${forum.id}:${meeting.start}`,
      recipientPersonId: person.id,
      recipientEmail: person.email,
      subject: mail.subject,
      bodyText: mail.text,
    });
  }
  return rows;
}
