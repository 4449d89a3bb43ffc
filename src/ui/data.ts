/** The API reads the views combine: my forums, calendars, follow-ups, agendas. */
import { api, apiPath } from './api.ts';
import { localToday } from './locale.tsx';
import type {
  AgendaVersionView,
  CalendarEntry,
  FollowUpView,
  ForumSummary,
  ForumView,
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

export interface NextMeeting {
  forum: ForumView;
  meeting: CalendarEntry;
}

/** The coming meetings (not cancelled) of the given forums, soonest first. */
export async function nextMeetings(org: string, forums: ForumView[], limit = 8): Promise<NextMeeting[]> {
  const from = localToday();
  const to = localToday(180);
  const all = await Promise.all(
    forums.map(async (forum) =>
      (await getCalendar(org, forum.shortName, from, to)).map((meeting) => ({ forum, meeting })),
    ),
  );
  const now = new Date().toISOString();
  return all
    .flat()
    .filter((m) => !m.meeting.cancelled && new Date(m.meeting.end).toISOString() >= now)
    .sort((a, b) => a.meeting.start.localeCompare(b.meeting.start))
    .slice(0, limit);
}

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
