import { DateTime } from 'luxon';
import type { Item, ItemState } from '../domain/item.ts';
import { parseInstant } from '../domain/local-date.ts';
import type { Forum } from '../domain/organisation.ts';
import { buildCalendar, type CalendarEvent } from '../notify/ical.ts';
import { findForum } from '../store/forums.ts';
import { listItemsAwaitingApprover, listItemsBySubmitter } from '../store/items.ts';
import { type AppContext, authorize, type Caller } from './context.ts';
import { type CalendarEntry, calendarOf } from './get-calendar.ts';
import { feedPerson, feedWindow, longDanish, meetingEvent, shortDanish } from './get-forum-feed.ts';

/** The submitter's items that still wait for the submission deadline of a meeting. */
const OPEN_FOR_SUBMISSION: readonly ItemState[] = ['draft', 'returned', 'submitted'];
const DEADLINE_MINUTES = 15;

const STATE_LABELS: Partial<Record<ItemState, string>> = {
  draft: 'kladde',
  returned: 'sendt retur',
  submitted: 'indsendt, afventer godkendelse',
};

type DeadlineTask = { item: Item; kind: 'submission' | 'approval' };

/**
 * The meeting an item is heading for: the wished meeting (or, if the item came in late, the one
 * after it), else the forum's first meeting whose submission deadline had not passed when the item
 * was submitted (or, for an item not yet submitted, has not passed now).
 */
function targetMeeting(
  entries: readonly CalendarEntry[],
  item: Item,
  now: DateTime,
): CalendarEntry | undefined {
  const open = entries.filter((e) => !e.cancelled);
  if (item.wishedMeetingId) {
    const i = open.findIndex((e) => e.meetingId === item.wishedMeetingId);
    if (i < 0) return undefined;
    return item.late ? open[i + 1] : open[i];
  }
  const reference = item.state === 'submitted' && item.submittedAt ? DateTime.fromISO(item.submittedAt) : now;
  return open.find((e) => parseInstant(e.deadlines.submission ?? e.start) >= reference);
}

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
  const [submitted, awaiting] = await Promise.all([
    listItemsBySubmitter(ctx.db, person.personId),
    listItemsAwaitingApprover(ctx.db, person.personId),
  ]);
  const tasks: DeadlineTask[] = [
    ...submitted
      .filter((i) => OPEN_FOR_SUBMISSION.includes(i.state))
      .map((item) => ({ item, kind: 'submission' as const })),
    ...awaiting.map((item) => ({ item, kind: 'approval' as const })),
  ].filter((t) => t.item.orgId === person.orgId);

  const memberForumIds = Object.entries(person.forumRoles)
    .filter(([, roles]) => roles.length > 0)
    .map(([id]) => id);
  const forumIds = [...new Set([...memberForumIds, ...tasks.map((t) => t.item.forumId)])];
  const window = feedWindow(ctx);
  const calendars = new Map<string, { forum: Forum; entries: CalendarEntry[] }>();
  for (const id of forumIds) {
    const forum = await findForum(ctx.db, person.orgId, id);
    if (forum) calendars.set(id, { forum, entries: await calendarOf(ctx.db, forum, window) });
  }

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
