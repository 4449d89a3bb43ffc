import { DateTime } from 'luxon';
import type { ItemState } from '../domain/item.ts';
import { parseInstant } from '../domain/local-date.ts';
import type { Forum } from '../domain/organisation.ts';
import { buildCalendar, type CalendarEvent } from '../notify/ical.ts';
import { type AppContext, authorize, type Caller } from './context.ts';
import type { CalendarEntry } from './get-calendar.ts';
import { feedPerson, feedWindow, longDanish, meetingEvent, shortDanish } from './get-forum-feed.ts';
import { type DeadlineTask, loadMyTasks, targetMeeting } from './my-tasks.ts';

const DEADLINE_MINUTES = 15;

const STATE_LABELS: Partial<Record<ItemState, string>> = {
  draft: 'kladde',
  returned: 'sendt retur',
  submitted: 'indsendt, afventer godkendelse',
};

function deadlineEvent(forum: Forum, meeting: CalendarEntry, task: DeadlineTask): CalendarEvent | undefined {
  const at = meeting.deadlines[task.kind];
  if (!at) return undefined;
  const start = parseInstant(at);
  // A closed item's title never leaves Fora, not even in the owner's own feed.
  const title = task.item.closed ? 'lukket punkt' : task.item.title;
  const what = task.kind === 'submission' ? 'indmelding af punkter' : 'godkendelse af punkter';
  const lines = [
    task.kind === 'submission' ? `Dit punkt: ${title}` : `Punkt til din godkendelse: ${title}`,
    ...(task.kind === 'submission' && STATE_LABELS[task.item.state]
      ? [`Status: ${STATE_LABELS[task.item.state]}`]
      : []),
    `Mødet: ${forum.name}, ${longDanish(meeting.start)}`,
  ];
  return {
    uid: `${task.item.id}-${task.kind}@fora`,
    start,
    end: start.plus({ minutes: DEADLINE_MINUTES }),
    summary: `Frist: ${what} til ${forum.name} ${shortDanish(meeting.start)}`,
    description: lines.join('\n'),
    sequence: 0,
    transparent: true,
  };
}

/**
 * A person's own feed: the meetings of every forum they are an active member of, plus the
 * deadlines of their own items (submission) and of the items awaiting their approval.
 */
export async function getPersonFeed(ctx: AppContext, caller: Caller): Promise<string> {
  const person = feedPerson(caller);
  authorize(
    caller,
    'feed.manage',
    { type: 'person', orgId: person.orgId, personId: person.personId },
    'Person',
  );
  const { tasks, memberForumIds, calendars } = await loadMyTasks(ctx, person, feedWindow(ctx));

  const events: CalendarEvent[] = [];
  for (const id of memberForumIds) {
    const c = calendars.get(id);
    if (c) events.push(...c.entries.map((e) => meetingEvent(c.forum, e)));
  }
  const now = DateTime.fromJSDate(ctx.now());
  for (const task of tasks) {
    const c = calendars.get(task.item.forumId);
    const meeting = c && targetMeeting(c.entries, task.item, now);
    const event = c && meeting && deadlineEvent(c.forum, meeting, task);
    if (event) events.push(event);
  }
  events.sort((a, b) => a.start.toMillis() - b.start.toMillis() || a.uid.localeCompare(b.uid));
  return buildCalendar({ name: `${person.name}: møder og frister`, stamp: now, events });
}
