/** The meeting builder's API calls: the live agenda, the forum's queue, scheduling, order, publication. */
import type { LiveAgenda } from '../app/get-agenda.ts';
import type { listQueue } from '../app/list-queue.ts';
import type { publishAgenda } from '../app/publish-agenda.ts';
import { api, apiPath } from './api.ts';
import { getCalendar, getForum, latestAgenda } from './data.ts';
import type { CalendarEntry, ForumView, HistoryEntry, Paged, SessionPerson } from './types.ts';

export type { LiveAgenda };
export type QueuedItem = Awaited<ReturnType<typeof listQueue>>[number];
export type PublishedVersion = Awaited<ReturnType<typeof publishAgenda>>;
export type LiveAgendaItem = LiveAgenda['agenda']['items'][number];

const meetingPath = (org: string, forum: string, meeting: string) =>
  apiPath`/api/orgs/${org}/forums/${forum}/meetings/${meeting}`;

export const getLiveAgenda = (org: string, forum: string, meeting: string) =>
  api.get<LiveAgenda>(`${meetingPath(org, forum, meeting)}/agenda`);

export const getQueue = async (org: string, forum: string) =>
  (await api.get<Paged<QueuedItem>>(apiPath`/api/orgs/${org}/forums/${forum}/queue`)).items;

/** When the item was approved into the queue (from its history), or null if the history does not say. */
export async function approvedAt(org: string, itemId: string): Promise<string | null> {
  const { items } = await api.get<Paged<HistoryEntry>>(apiPath`/api/orgs/${org}/items/${itemId}/history`);
  return items.filter((h) => h.action === 'item.approve').at(-1)?.at ?? null;
}

export const scheduleOn = (org: string, itemId: string, meeting: string) =>
  api.post<QueuedItem>(apiPath`/api/orgs/${org}/items/${itemId}/schedule`, { meeting });

export const unschedule = (org: string, itemId: string) =>
  api.post<QueuedItem>(apiPath`/api/orgs/${org}/items/${itemId}/unschedule`);

export const putOrder = (org: string, forum: string, meeting: string, itemIds: string[]) =>
  api.put<LiveAgenda>(`${meetingPath(org, forum, meeting)}/agenda/order`, { itemIds });

export const publish = (org: string, forum: string, meeting: string) =>
  api.post<PublishedVersion>(`${meetingPath(org, forum, meeting)}/agenda/publish`);

/** The person's roles in the forum today (empty for a non-member). */
export const rolesIn = (forum: ForumView, person: SessionPerson): string[] =>
  forum.members.filter((m) => m.personId === person.id).map((m) => m.role);

/** Runs the forum's business (agenda, calendar, charter): its chair or secretary, or an admin. */
export const managesForum = (forum: ForumView, person: SessionPerson): boolean =>
  person.role === 'admin' || rolesIn(forum, person).some((r) => r === 'chair' || r === 'secretary');

/** Meetings whose agenda can still be built and (re)published. */
export const buildable = (state: string): boolean => state === 'planned' || state === 'agenda_published';

/** All the builder shows: the forum, the live agenda, the queue with approval dates, the calendar entry. */
export interface BuilderData {
  forum: ForumView;
  live: LiveAgenda;
  queue: QueuedItem[];
  approved: Record<string, string | null>;
  entry: CalendarEntry | undefined;
  /** Items on the latest published version (they can no longer be taken off the agenda). */
  published: string[];
}

async function loadQueue(org: string, forum: string) {
  const queue = await getQueue(org, forum);
  const dates = await Promise.all(queue.map((q) => approvedAt(org, q.id)));
  return { queue, approved: Object.fromEntries(queue.map((q, i) => [q.id, dates[i] ?? null])) };
}

async function publishedItems(org: string, forum: string, live: LiveAgenda): Promise<string[]> {
  if (live.publishedVersion === null) return [];
  const version = await latestAgenda(org, forum, live.agenda.meeting.id);
  return version.content.items.map((i) => i.itemId);
}

export async function loadBuilder(org: string, forum: string, meeting: string): Promise<BuilderData> {
  const live = await getLiveAgenda(org, forum, meeting);
  const day = live.agenda.meeting.start.slice(0, 10);
  const [forumView, queue, calendar, published] = await Promise.all([
    getForum(org, forum),
    loadQueue(org, forum),
    getCalendar(org, forum, day, day),
    publishedItems(org, forum, live),
  ]);
  return {
    forum: forumView,
    live,
    ...queue,
    entry: calendar.find((e) => e.meetingId === live.agenda.meeting.id),
    published,
  };
}
