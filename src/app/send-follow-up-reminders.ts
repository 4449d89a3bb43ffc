/**
 * Reminders of the follow-up register, run by the operator (a scheduled job, daily): every
 * follow-up due today or overdue and not done gets a mail to its owner. The outbox key
 * `followup:<id>:<date>` queues each at most once a day, so a second run the same day queues nothing.
 */

import { followUpDueDate, followUpsToRemind } from '../domain/follow-up.ts';
import type { Forum, Organisation } from '../domain/organisation.ts';
import { paths } from '../domain/web-paths.ts';
import { followUpReminder } from '../notify/follow-up-messages.ts';
import { listOpenFollowUps, meetingStartsOf, sourceItemsOf } from '../store/follow-up-register.ts';
import { findForum } from '../store/forums.ts';
import { findOrganisationById } from '../store/organisations.ts';
import { enqueueMails, type MailWrite } from '../store/outbox.ts';
import { findPeopleByIds } from '../store/people.ts';
import { type AppContext, audit, authorize, type Caller, today } from './context.ts';

export async function sendFollowUpReminders(ctx: AppContext, caller: Caller): Promise<{ queued: number }> {
  authorize(caller, 'reminder.send', { type: 'installation' });
  const date = today(ctx);
  const now = ctx.now();
  const open = await listOpenFollowUps(ctx.db);
  const starts = await meetingStartsOf(
    ctx.db,
    open.flatMap((f) => ('meetingId' in f.due ? [f.due.meetingId] : [])),
  );
  const due = followUpsToRemind(open, date, starts).filter(({ followUp }) => followUp.ownerPersonId !== '');
  if (due.length === 0) return { queued: 0 };

  const sources = await sourceItemsOf(
    ctx.db,
    due.flatMap(({ followUp }) => (followUp.sourceItemId ? [followUp.sourceItemId] : [])),
  );
  const orgs = new Map<string, Organisation | undefined>();
  const forums = new Map<string, Forum | undefined>();
  const people = new Map<string, { id: string; email: string }>();
  const byId = new Map(open.map((f) => [f.id, f]));
  const stored = due.flatMap(({ followUp }) => byId.get(followUp.id) ?? []);
  for (const orgId of new Set(stored.map((f) => f.orgId))) {
    orgs.set(orgId, await findOrganisationById(ctx.db, orgId));
    const owners = stored.filter((f) => f.orgId === orgId).map((f) => f.ownerPersonId);
    for (const p of await findPeopleByIds(ctx.db, orgId, [...new Set(owners)])) people.set(p.id, p);
  }

  let queued = 0;
  for (const { followUp, status } of due) {
    const entry = byId.get(followUp.id);
    const org = entry && orgs.get(entry.orgId);
    const owner = people.get(followUp.ownerPersonId);
    if (!entry || !org || !owner) continue;
    if (!forums.has(entry.forumId)) forums.set(entry.forumId, await findForum(ctx.db, org.id, entry.forumId));
    const forum = forums.get(entry.forumId);
    if (!forum) continue;
    const mail = followUpReminder({
      forumName: forum.name,
      title: followUp.title,
      status,
      dueDate: followUpDueDate(followUp, starts) ?? date,
      sourceItem: (followUp.sourceItemId && sources.get(followUp.sourceItemId)) || null,
      note: followUp.note,
      link: `${ctx.settings.publicUrl}${paths.followUps()}`,
    });
    const row: MailWrite = {
      orgId: org.id,
      eventKey: `followup:${followUp.id}:${date}`,
      recipientPersonId: owner.id,
      recipientEmail: owner.email,
      subject: mail.subject,
      bodyText: mail.text,
    };
    queued += await ctx.db.transaction(async (tx) => {
      const n = await enqueueMails(tx, [row], now);
      if (n > 0)
        await audit(tx, caller, {
          orgId: org.id,
          action: 'reminder.queue',
          objectType: 'follow_up',
          objectId: followUp.id,
          detail: { kind: 'followup', date, status, forumId: forum.id },
        });
      return n;
    });
  }
  return { queued };
}
