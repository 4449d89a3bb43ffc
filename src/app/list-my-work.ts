/**
 * "Mit arbejde" for the home page: the person's items on the way to a meeting with their
 * submission deadline, the items awaiting their approval (the director's approval inbox) with the
 * approval deadline, and the next meetings of their forums.
 */
import { DateTime } from 'luxon';
import type { ItemState, ItemType } from '../domain/item.ts';
import { localDateOf, parseInstant } from '../domain/local-date.ts';
import { findPeopleByIds } from '../store/people.ts';
import { type AppContext, authorize, type Caller, resolveOrganisation } from './context.ts';
import type { CalendarEntry } from './get-calendar.ts';
import { type DeadlineTask, loadMyTasks, targetMeeting } from './my-tasks.ts';

export interface WorkItem {
  itemId: string;
  title: string;
  type: ItemType;
  state: ItemState;
  closed: boolean;
  forum: { id: string; shortName: string; name: string };
  /** Who submitted the item (the approval inbox shows it). */
  submitter: { id: string; name: string } | null;
  /** The meeting the item is heading for, and the deadline that matters for the person. */
  meeting: { id: string | null; date: string; start: string } | null;
  deadline: string | null;
}

export interface MyWork {
  /** My items not yet approved: drafts, returned and submitted ones. */
  items: WorkItem[];
  /** Items waiting for my approval. */
  approvals: WorkItem[];
  /** The next meetings of my forums (at most `limit`), soonest first. */
  meetings: { forum: { id: string; shortName: string; name: string }; meeting: CalendarEntry }[];
}

const HORIZON_DAYS = 120;

export async function listMyWork(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  personId: string,
  limit = 10,
): Promise<MyWork> {
  const org = await resolveOrganisation(ctx.db, caller, orgSlug);
  authorize(caller, 'work.read', { type: 'person', orgId: org.id, personId }, 'Person');
  if (caller.actor.kind !== 'person') return { items: [], approvals: [], meetings: [] };
  const now = DateTime.fromJSDate(ctx.now());
  const from = localDateOf(now);
  const to = localDateOf(now.plus({ days: HORIZON_DAYS }));
  const { tasks, memberForumIds, calendars } = await loadMyTasks(ctx, caller.actor, { from, to });
  const submitterIds = [
    ...new Set(tasks.flatMap((t) => (t.item.submitterPersonId ? [t.item.submitterPersonId] : []))),
  ];
  const names = new Map((await findPeopleByIds(ctx.db, org.id, submitterIds)).map((p) => [p.id, p.name]));

  const present = (task: DeadlineTask): WorkItem | null => {
    const c = calendars.get(task.item.forumId);
    if (!c) return null;
    const meeting = targetMeeting(c.entries, task.item, now);
    return {
      itemId: task.item.id,
      title: task.item.title,
      type: task.item.type,
      state: task.item.state,
      closed: task.item.closed,
      forum: { id: c.forum.id, shortName: c.forum.shortName, name: c.forum.name },
      submitter: task.item.submitterPersonId
        ? { id: task.item.submitterPersonId, name: names.get(task.item.submitterPersonId) ?? '' }
        : null,
      meeting: meeting
        ? {
            id: meeting.meetingId,
            date: meeting.occurrenceDate ?? meeting.start.slice(0, 10),
            start: meeting.start,
          }
        : null,
      deadline: meeting?.deadlines[task.kind] ?? null,
    };
  };
  const byDeadline = (a: WorkItem, b: WorkItem) =>
    (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') || a.title.localeCompare(b.title, 'da');
  const of = (kind: DeadlineTask['kind']) =>
    tasks
      .filter((t) => t.kind === kind)
      .map(present)
      .filter((w): w is WorkItem => w !== null)
      .sort(byDeadline);

  const meetings = memberForumIds
    .flatMap((id) => {
      const c = calendars.get(id);
      if (!c) return [];
      const forum = { id: c.forum.id, shortName: c.forum.shortName, name: c.forum.name };
      return c.entries
        .filter((e) => !e.cancelled && parseInstant(e.end) > now)
        .map((meeting) => ({ forum, meeting }));
    })
    .sort((a, b) => parseInstant(a.meeting.start).toMillis() - parseInstant(b.meeting.start).toMillis())
    .slice(0, limit);
  return { items: of('submission'), approvals: of('approval'), meetings };
}
