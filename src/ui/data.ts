/** The API reads the views combine: my forums, calendars, follow-ups, agendas. */
import { api, apiPath } from './api.ts';
import type {
  AgendaVersionView,
  AttachmentView,
  CalendarEntry,
  FollowUpView,
  ForumSummary,
  ForumView,
  HistoryEntry,
  ItemDecision,
  ItemView,
  MyWork,
  Paged,
  SessionPerson,
} from './types.ts';

export const getForum = (org: string, forum: string) =>
  api.get<ForumView>(apiPath`/api/orgs/${org}/forums/${forum}`);

export const getCalendar = async (org: string, forum: string, from: string, to: string) =>
  (
    await api.get<Paged<CalendarEntry>>(
      `${apiPath`/api/orgs/${org}/forums/${forum}/meetings`}?from=${from}&to=${to}&limit=500`,
    )
  ).items;

/** The forums where the person is a current member, with their role(s). */
export async function myForums(person: SessionPerson): Promise<ForumView[]> {
  const { items } = await api.get<Paged<ForumSummary>>(
    `${apiPath`/api/orgs/${person.orgSlug}/forums`}?limit=500`,
  );
  const forums = await Promise.all(items.map((f) => getForum(person.orgSlug, f.shortName)));
  return forums.filter((f) => f.members.some((m) => m.personId === person.id));
}

/** "Mit arbejde": my items on the way, the items awaiting my approval, the next meetings of my forums. */
export const myWork = (person: SessionPerson) =>
  api.get<MyWork>(apiPath`/api/orgs/${person.orgSlug}/people/${person.id}/work`);

export interface ItemPage {
  item: ItemView;
  forum: ForumView;
  attachments: AttachmentView[];
  history: HistoryEntry[];
}

/** An item with its forum (charter template, members) and attachments; 404 if the caller may not read it. */
export async function getItemPage(org: string, itemId: string): Promise<ItemPage> {
  const [item, attachments, history, forums] = await Promise.all([
    api.get<ItemView>(apiPath`/api/orgs/${org}/items/${itemId}`),
    api.get<Paged<AttachmentView>>(apiPath`/api/orgs/${org}/items/${itemId}/attachments`),
    api.get<Paged<HistoryEntry>>(apiPath`/api/orgs/${org}/items/${itemId}/history`),
    api.get<Paged<ForumSummary>>(`${apiPath`/api/orgs/${org}/forums`}?limit=500`),
  ]);
  const summary = forums.items.find((f) => f.id === item.forumId);
  if (!summary) throw new Error(`forum ${item.forumId} not found`);
  return {
    item,
    forum: await getForum(org, summary.shortName),
    attachments: attachments.items,
    history: history.items,
  };
}

/** The approver's decision: approve, return or reject (a comment is required for the last two). */
export const decideItem = (org: string, itemId: string, decision: ItemDecision, comment: string) =>
  api.post<ItemView>(apiPath`/api/orgs/${org}/items/${itemId}/decision`, { decision, comment });

export const myFollowUps = async (person: SessionPerson) =>
  (await api.get<Paged<FollowUpView>>(apiPath`/api/orgs/${person.orgSlug}/people/${person.id}/follow-ups`))
    .items;

export const latestAgenda = (org: string, forum: string, meeting: string) =>
  api.get<AgendaVersionView>(
    apiPath`/api/orgs/${org}/forums/${forum}/meetings/${meeting}/agenda/versions/latest`,
  );

/** A meeting in the calendar has a published agenda to open. */
export const hasAgenda = (m: CalendarEntry): m is CalendarEntry & { meetingId: string } =>
  m.meetingId !== null && m.state !== 'planned' && m.state !== 'cancelled';

export const attachmentHref = (org: string, itemId: string, attachmentId: string) =>
  apiPath`/api/orgs/${org}/items/${itemId}/attachments/${attachmentId}/content`;
