/** The API calls of minute-taking and the release of the minutes. */
import type { listVersions } from '../app/get-agenda-version.ts';
import type { MinutesDraft } from '../app/get-minutes-draft.ts';
import type { ItemMinutesRecord } from '../app/list-item-minutes.ts';
import type { PostponedRemaining } from '../app/postpone-remaining-items.ts';
import type { publishMinutes as publish } from '../app/publish-minutes.ts';
import type { SavedItemMinutes, SaveItemMinutesInput } from '../app/save-item-minutes.ts';
import { ApiError, api, apiPath } from './api.ts';
import { getCalendar, getForum, latestAgenda } from './data.ts';
import { localToday } from './locale.tsx';
import type { AgendaVersionView, CalendarEntry, ForumSummary, ForumView, Paged } from './types.ts';

type AgendaVersion = Awaited<ReturnType<typeof publish>>;
export type MinutesVersionSummary = Awaited<ReturnType<typeof listVersions>>[number];
export type { ItemMinutesRecord, MinutesDraft, SavedItemMinutes };
export type PostponeTarget = { kind: 'queue' } | { kind: 'meeting'; meetingId: string };

export interface PersonOption {
  id: string;
  name: string;
  title: string;
}

export interface MinuteTakingData {
  agenda: AgendaVersionView;
  forum: ForumView;
  records: ItemMinutesRecord[];
  people: PersonOption[];
  forums: ForumSummary[];
  /** The forum's coming meetings after this one (postponement targets). */
  later: CalendarEntry[];
}

const base = (org: string, forum: string, meeting: string) =>
  apiPath`/api/orgs/${org}/forums/${forum}/meetings/${meeting}`;

export const listRecords = async (org: string, forum: string, meeting: string) =>
  (await api.get<Paged<ItemMinutesRecord>>(`${base(org, forum, meeting)}/minutes/items`)).items;

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The path names a meeting by its id, as the calendar links it, or by its series date. */
async function storedMeetingId(org: string, forum: string, meeting: string): Promise<string> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(meeting)) return meeting;
  const [entry] = (await getCalendar(org, forum, meeting, meeting)).filter((c) => c.meetingId !== null);
  if (!entry?.meetingId) throw new ApiError(404, { error: 'not_found', message: '', details: [] });
  return entry.meetingId;
}

export async function loadMinuteTaking(
  org: string,
  forum: string,
  meeting: string,
): Promise<MinuteTakingData> {
  const agenda = await latestAgenda(org, forum, await storedMeetingId(org, forum, meeting));
  const meetingDate = agenda.content.meeting.start.slice(0, 10);
  // Meetings after this one and not in the past.
  const from = addDays([meetingDate, localToday()].sort()[1] ?? meetingDate, 1);
  const [forumView, records, people, forums, calendar] = await Promise.all([
    getForum(org, forum),
    listRecords(org, forum, agenda.content.meeting.id),
    api.get<Paged<PersonOption>>(`${apiPath`/api/orgs/${org}/people`}?limit=500`),
    api.get<Paged<ForumSummary>>(`${apiPath`/api/orgs/${org}/forums`}?limit=500`),
    getCalendar(org, forum, from, addDays(from, 365)),
  ]);
  return {
    agenda,
    forum: forumView,
    records,
    people: people.items
      .map((p) => ({ id: p.id, name: p.name, title: p.title }))
      .sort((a, b) => a.name.localeCompare(b.name, 'da')),
    forums: forums.items.filter((f) => f.shortName !== forum),
    later: calendar.filter((c) => !c.cancelled && c.state !== 'cancelled').slice(0, 8),
  };
}

export const saveMinutes = (
  org: string,
  forum: string,
  meeting: string,
  item: string,
  body: SaveItemMinutesInput,
) => api.put<SavedItemMinutes>(`${base(org, forum, meeting)}${apiPath`/items/${item}/minutes`}`, body);

export const finaliseMinutes = (org: string, forum: string, meeting: string, item: string) =>
  api.post<SavedItemMinutes>(`${base(org, forum, meeting)}${apiPath`/items/${item}/minutes/finalise`}`);

export const postponeRemaining = (org: string, forum: string, meeting: string, target: PostponeTarget) =>
  api.post<PostponedRemaining>(`${base(org, forum, meeting)}/postpone-remaining`, { target });

/** A meeting of the calendar as a stored meeting's id (a series date is stored on first use). */
export const meetingIdOf = async (org: string, forum: string, entry: CalendarEntry): Promise<string> =>
  entry.meetingId ??
  (
    await api.get<{ agenda: { meeting: { id: string } } }>(
      `${base(org, forum, entry.occurrenceDate ?? entry.start.slice(0, 10))}/agenda`,
    )
  ).agenda.meeting.id;

export const getDraft = (org: string, forum: string, meeting: string) =>
  api.get<MinutesDraft>(`${base(org, forum, meeting)}/minutes/draft`);

export const sendForReview = (org: string, forum: string, meeting: string) =>
  api.post<{ recipients: number }>(`${base(org, forum, meeting)}/minutes/review`);

export const publishMinutes = (org: string, forum: string, meeting: string, changeNote: string) =>
  api.post<AgendaVersion>(`${base(org, forum, meeting)}/minutes/publish`, { changeNote });

export const listMinutesVersions = async (org: string, forum: string, meeting: string) =>
  (await api.get<Paged<MinutesVersionSummary>>(`${base(org, forum, meeting)}/minutes/versions`)).items;

export const minutesDocumentHref = (
  org: string,
  forum: string,
  meetingId: string,
  version: number,
  format: 'pdf' | 'docx',
) => `${base(org, forum, meetingId)}/documents/minutes/${version}/${format}`;

/** The API's message of a failure (Danish where the view has a better one). */
export const messageOf = (err: unknown): string =>
  err instanceof ApiError
    ? err.body.message || `HTTP ${err.status}`
    : err instanceof Error
      ? err.message
      : String(err);
