/**
 * A person's own work across forums: their items on the way to a meeting (submission deadlines),
 * the items awaiting their approval (approval deadlines), and their forums' calendars. Shared by
 * the personal calendar feed and "my work" on the home page.
 */
import { DateTime } from 'luxon';
import type { Item, ItemState } from '../domain/item.ts';
import { parseInstant } from '../domain/local-date.ts';
import type { Forum } from '../domain/organisation.ts';
import type { Actor } from '../domain/policy.ts';
import { findForum } from '../store/forums.ts';
import { listItemsAwaitingApprover, listItemsBySubmitter } from '../store/items.ts';
import type { AppContext } from './context.ts';
import { type CalendarEntry, calendarOf } from './get-calendar.ts';

/** The submitter's items that still wait for the submission deadline of a meeting. */
export const OPEN_FOR_SUBMISSION: readonly ItemState[] = ['draft', 'returned', 'submitted'];

export type DeadlineTask = { item: Item; kind: 'submission' | 'approval' };

/**
 * The meeting an item is heading for: the wished meeting (or, if the item came in late, the one
 * after it), else the forum's first meeting whose submission deadline had not passed when the item
 * was submitted (or, for an item not yet submitted, has not passed now).
 */
export function targetMeeting(
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

export interface MyTasks {
  tasks: DeadlineTask[];
  /** The forums the person is an active member of (any role). */
  memberForumIds: string[];
  /** Calendars in the window of the member forums and of every forum a task belongs to. */
  calendars: Map<string, { forum: Forum; entries: CalendarEntry[] }>;
}

export async function loadMyTasks(
  ctx: AppContext,
  person: Extract<Actor, { kind: 'person' }>,
  window: { from: string; to: string },
): Promise<MyTasks> {
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
  const calendars = new Map<string, { forum: Forum; entries: CalendarEntry[] }>();
  for (const id of forumIds) {
    const forum = await findForum(ctx.db, person.orgId, id);
    if (forum) calendars.set(id, { forum, entries: await calendarOf(ctx.db, forum, window) });
  }
  return { tasks, memberForumIds, calendars };
}
