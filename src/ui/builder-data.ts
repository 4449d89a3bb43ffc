/** The meeting builder's API calls: the live agenda, the forum's queue, scheduling, order, publication. */
import type { LiveAgenda } from '../app/get-agenda.ts';
import type { listQueue } from '../app/list-queue.ts';
import type { publishAgenda } from '../app/publish-agenda.ts';
import { api, apiPath } from './api.ts';
import type { ForumView, HistoryEntry, Paged, SessionPerson } from './types.ts';

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
