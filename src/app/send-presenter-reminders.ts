/**
 * Reminders to the presenters of the theme plan, run hourly by the operator
 * (src/reminder-schedule.ts): PRESENTER_REMINDER_DAYS (14 and 3) days before the meeting, one mail
 * each. The outbox key `theme-presenter:<assignment>:<days>` (unique with the recipient) makes a
 * second run queue nothing; a presenter changed after a reminder gets their own.
 */

import { dueReminder, PRESENTER_REMINDER_DAYS } from '../domain/theme-plan.ts';
import { paths } from '../domain/web-paths.ts';
import { presenterReminder } from '../notify/messages.ts';
import { findForum } from '../store/forums.ts';
import { listOrganisations } from '../store/organisations.ts';
import { enqueueMails } from '../store/outbox.ts';
import { findPerson } from '../store/people.ts';
import { listUpcomingThemeAssignments } from '../store/planning.ts';
import { type AppContext, audit, authorize, type Caller } from './context.ts';

const DAY = 86_400_000;

export async function sendPresenterReminders(ctx: AppContext, caller: Caller): Promise<{ queued: number }> {
  authorize(caller, 'reminder.send', { type: 'installation' });
  const now = ctx.now();
  const until = new Date(now.getTime() + (Math.max(...PRESENTER_REMINDER_DAYS) + 1) * DAY);
  let queued = 0;
  for (const org of await listOrganisations(ctx.db)) {
    for (const a of await listUpcomingThemeAssignments(ctx.db, org.id, now, until)) {
      if (a.status === 'cancelled' || a.status === 'presented') continue;
      const days = dueReminder(a.meetingStart, now);
      if (days === undefined) continue;
      const person = await findPerson(ctx.db, org.id, a.presenterPersonId);
      const forum = await findForum(ctx.db, org.id, a.forumId);
      if (!person || !forum) continue;
      const mail = presenterReminder({
        forumName: forum.name,
        meetingStart: a.meetingStart,
        theme: a.theme,
        daysBefore: Math.max(1, Math.floor((Date.parse(a.meetingStart) - now.getTime()) / DAY)),
        link: `${ctx.settings.publicUrl}${paths.themePlan(forum.shortName)}`,
      });
      queued += await ctx.db.transaction(async (tx) => {
        const n = await enqueueMails(
          tx,
          [
            {
              orgId: org.id,
              eventKey: `theme-presenter:${a.id}:${days}`,
              recipientPersonId: person.id,
              recipientEmail: person.email,
              subject: mail.subject,
              bodyText: mail.text,
            },
          ],
          now,
        );
        if (n > 0)
          await audit(tx, caller, {
            orgId: org.id,
            action: 'reminder.queue',
            objectType: 'theme_assignment',
            objectId: a.id,
            detail: { kind: 'presenter', daysBefore: days, meetingStart: a.meetingStart, queued: n },
          });
        return n;
      });
    }
  }
  return { queued };
}
