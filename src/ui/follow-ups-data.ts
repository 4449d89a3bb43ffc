/** API reads and writes of the follow-up register, the case timeline and the charter editor. */
import type { getCaseTimeline } from '../app/get-case-timeline.ts';
import type { listCharters } from '../app/list-charters.ts';
import { api, apiPath } from './api.ts';
import { getCalendar, getForum } from './data.ts';
import { localToday } from './locale.tsx';
import type { FollowUpView, ForumSummary, ForumView, ItemView, Paged, SessionPerson } from './types.ts';

export type Charter = Awaited<ReturnType<typeof listCharters>>[number];
/** What POST .../charters takes: a charter's content and the date it takes effect. */
export type CharterBody = Omit<Charter, 'id' | 'forumId' | 'version' | 'createdAt'>;
export type CaseTimelineView = Awaited<ReturnType<typeof getCaseTimeline>>;
export type TimelineVisit = CaseTimelineView['visits'][number];

export const listForumSummaries = async (org: string) =>
  (await api.get<Paged<ForumSummary>>(`${apiPath`/api/orgs/${org}/forums`}?limit=500`)).items;

/** Where a follow-up came from: the item whose minutes made it, and that item's meeting. */
export interface FollowUpSource {
  item: { id: string; title: string };
  meeting: { id: string; start: string } | null;
}

export interface FollowUpRegister {
  /** The forum of the register; null for "my follow-ups". */
  forum: ForumView | null;
  forums: ForumSummary[];
  followUps: FollowUpView[];
  sources: Map<string, FollowUpSource>;
}

/** Items the reader may not read (a closed item of another forum) are simply left out. */
async function sourcesOf(org: string, followUps: FollowUpView[], forums: ForumSummary[]) {
  const ids = [...new Set(followUps.flatMap((f) => (f.sourceItemId ? [f.sourceItemId] : [])))];
  const items = (
    await Promise.all(
      ids.map((id) => api.get<ItemView>(apiPath`/api/orgs/${org}/items/${id}`).catch(() => null)),
    )
  ).filter((i): i is ItemView => i !== null);
  // The meetings' dates, from the calendars of the forums involved (the past two years and the next;
  // a calendar covers at most three years).
  const forumIds = [...new Set(items.flatMap((i) => (i.meetingId ? [i.forumId] : [])))];
  const starts = new Map<string, string>();
  await Promise.all(
    forumIds.map(async (forumId) => {
      const shortName = forums.find((f) => f.id === forumId)?.shortName;
      if (!shortName) return;
      const calendar = await getCalendar(org, shortName, localToday(-730), localToday(365)).catch(() => []);
      for (const m of calendar) if (m.meetingId) starts.set(m.meetingId, m.start);
    }),
  );
  const sources = new Map<string, FollowUpSource>();
  for (const item of items) {
    const start = item.meetingId ? starts.get(item.meetingId) : undefined;
    sources.set(item.id, {
      item: { id: item.id, title: item.title },
      meeting: item.meetingId && start ? { id: item.meetingId, start } : null,
    });
  }
  return sources;
}

export async function loadFollowUpRegister(
  person: SessionPerson,
  forumShortName: string | null,
): Promise<FollowUpRegister> {
  const org = person.orgSlug;
  const [forum, forums, page] = await Promise.all([
    forumShortName ? getForum(org, forumShortName) : Promise.resolve(null),
    listForumSummaries(org),
    api.get<Paged<FollowUpView>>(
      forumShortName
        ? apiPath`/api/orgs/${org}/forums/${forumShortName}/follow-ups`
        : apiPath`/api/orgs/${org}/people/${person.id}/follow-ups`,
    ),
  ]);
  return { forum, forums, followUps: page.items, sources: await sourcesOf(org, page.items, forums) };
}

/** Marks a follow-up done with the evidence of what was done. */
export const completeFollowUp = (org: string, followUpId: string, evidence: string) =>
  api.post<FollowUpView>(apiPath`/api/orgs/${org}/follow-ups/${followUpId}/complete`, { evidence });

export async function loadCaseTimeline(org: string, caseId: string) {
  const [timeline, forums] = await Promise.all([
    api.get<CaseTimelineView>(apiPath`/api/orgs/${org}/cases/${caseId}/timeline`),
    listForumSummaries(org),
  ]);
  return { timeline, forums };
}

export const caseOparlHref = (org: string, caseId: string) => apiPath`/api/orgs/${org}/cases/${caseId}/oparl`;

export async function loadCharters(org: string, forum: string) {
  const [view, charters] = await Promise.all([
    getForum(org, forum),
    api.get<Paged<Charter>>(apiPath`/api/orgs/${org}/forums/${forum}/charters`),
  ]);
  return { forum: view, charters: charters.items };
}

export const createCharter = (org: string, forum: string, body: CharterBody) =>
  api.post<Charter>(apiPath`/api/orgs/${org}/forums/${forum}/charters`, body);
