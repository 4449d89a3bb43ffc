/**
 * The theme plan's API calls (/api/orgs/:org/forums/:forum/theme-plan) and the plain logic of its
 * page: which meetings are coming and which are past, the next theme discussion, the status changes
 * offered, and the form's checks.
 */
import type { ThemePlanEntry } from '../app/list-theme-plan.ts';
import type { ThemeAssignment, ThemeStatus } from '../domain/theme-plan.ts';
import { api, apiPath } from './api.ts';
import { getCalendar, getForum } from './data.ts';
import { localToday } from './locale.tsx';
import type { CalendarEntry, ForumView, Paged } from './types.ts';

export type { ThemePlanEntry, ThemeStatus };

/** As `THEME_STATUSES` in src/domain/theme-plan.ts (tests/ui/theme-plan.test.ts keeps them equal). */
export const THEME_STATUSES: readonly ThemeStatus[] = ['proposed', 'confirmed', 'presented', 'cancelled'];
/** As `PRESENTER_REMINDER_DAYS` in src/domain/theme-plan.ts. */
export const PRESENTER_REMINDER_DAYS: readonly number[] = [14, 3];

export interface ThemePlanData {
  forum: ForumView;
  plan: ThemePlanEntry[];
  /** The forum's meetings from a year back to a year ahead. */
  calendar: CalendarEntry[];
}

const planPath = (org: string, forum: string) => apiPath`/api/orgs/${org}/forums/${forum}/theme-plan`;

export async function loadThemePlan(org: string, forum: string): Promise<ThemePlanData> {
  const [view, plan, calendar] = await Promise.all([
    getForum(org, forum),
    api.get<Paged<ThemePlanEntry>>(planPath(org, forum)),
    getCalendar(org, forum, localToday(-365), localToday(365)),
  ]);
  return { forum: view, plan: plan.items, calendar };
}

export interface AssignmentBody {
  /** A stored meeting's id or a series date. */
  meeting: string;
  theme: string;
  presenterPersonId: string;
  note: string;
}

export const assignTheme = async (org: string, forum: string, body: AssignmentBody) =>
  (await api.post<{ assignment: ThemeAssignment }>(planPath(org, forum), body)).assignment;

export const changeAssignment = async (
  org: string,
  forum: string,
  id: string,
  patch: Partial<Pick<ThemeAssignment, 'status' | 'theme' | 'note' | 'presenterPersonId'>>,
) =>
  (
    await api.patch<{ assignment: ThemeAssignment }>(
      `${planPath(org, forum)}/${encodeURIComponent(id)}`,
      patch,
    )
  ).assignment;

/** The next presenter by rotation among the forum's heads, or null if it has none. */
export const proposePresenter = async (org: string, forum: string) =>
  (
    await api.get<{ presenter: { personId: string; name: string } | null }>(
      `${planPath(org, forum)}/proposal`,
    )
  ).presenter;

/** The key the API takes for a calendar entry: its stored meeting, or its series date. */
export const meetingKey = (m: CalendarEntry): string | null => m.meetingId ?? m.occurrenceDate;

export interface PlanMeeting {
  key: string;
  start: string;
  /** The calendar's entry; absent for a meeting outside the calendar's period. */
  entry: CalendarEntry | null;
  assignments: ThemePlanEntry[];
}

/**
 * The coming meetings (all of them, with or without a theme, soonest first) and the past meetings
 * that had a theme (latest first). A meeting is past once it has begun.
 */
export function planMeetings(
  calendar: readonly CalendarEntry[],
  plan: readonly ThemePlanEntry[],
  now: Date,
): { coming: PlanMeeting[]; past: PlanMeeting[] } {
  const meetings = new Map<string, PlanMeeting>();
  for (const entry of calendar) {
    const key = entry.meetingId ?? `start:${Date.parse(entry.start)}`;
    meetings.set(key, { key, start: entry.start, entry, assignments: [] });
  }
  for (const a of plan) {
    const byStart = `start:${Date.parse(a.meetingStart)}`;
    const found = meetings.get(a.meetingId) ?? meetings.get(byStart);
    if (found) found.assignments.push(a);
    else
      meetings.set(a.meetingId, { key: a.meetingId, start: a.meetingStart, entry: null, assignments: [a] });
  }
  const all = [...meetings.values()].sort((x, y) => Date.parse(x.start) - Date.parse(y.start));
  const isPast = (m: PlanMeeting) => Date.parse(m.start) <= now.getTime();
  return {
    coming: all.filter((m) => !isPast(m)),
    past: all.filter((m) => isPast(m) && m.assignments.length > 0).reverse(),
  };
}

/**
 * The coming meetings to show at once: up to the last one with a theme, then `lookahead` more (the
 * next free slots); the rest are `later`, folded away (a forum meeting every other week has 26 a year).
 */
export function splitComing<M extends { assignments: readonly unknown[] }>(
  coming: readonly M[],
  lookahead = 4,
): { soon: M[]; later: M[] } {
  let last = -1;
  coming.forEach((m, i) => {
    if (m.assignments.length > 0) last = i;
  });
  const cut = last + 1 + lookahead;
  return { soon: coming.slice(0, cut), later: coming.slice(cut) };
}

/** The coming theme discussions that still stand (not cancelled), soonest first. */
export const comingAssignments = (plan: readonly ThemePlanEntry[], now: Date): ThemePlanEntry[] =>
  plan
    .filter((a) => a.status !== 'cancelled' && Date.parse(a.meetingStart) > now.getTime())
    .sort((x, y) => Date.parse(x.meetingStart) - Date.parse(y.meetingStart));

/** The status changes a manager is offered for an assignment in this status. */
export function statusChanges(status: ThemeStatus): ThemeStatus[] {
  if (status === 'proposed') return ['confirmed', 'presented', 'cancelled'];
  if (status === 'confirmed') return ['presented', 'cancelled'];
  if (status === 'cancelled') return ['proposed'];
  return [];
}

/** The heads who may present: the forum's chair and members (each once), in the forum's order. */
export function presenterChoices(forum: ForumView): { personId: string; name: string; title: string }[] {
  const seen = new Set<string>();
  const out: { personId: string; name: string; title: string }[] = [];
  for (const m of forum.members) {
    if ((m.role !== 'chair' && m.role !== 'member') || seen.has(m.personId)) continue;
    seen.add(m.personId);
    out.push({ personId: m.personId, name: m.name, title: m.title });
  }
  return out;
}

/** A job title inside a Danish sentence starts in lower case ("afdelingschef for …"). */
export const titleInSentence = (title: string, lang: string): string =>
  lang === 'da' && title ? title.charAt(0).toLocaleLowerCase('da-DK') + title.slice(1) : title;

/** Fills `{name}` placeholders of a message. */
export const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

export type AssignmentField = 'meeting' | 'theme' | 'presenterPersonId' | 'note';
export const ASSIGNMENT_FIELDS: readonly AssignmentField[] = [
  'meeting',
  'theme',
  'presenterPersonId',
  'note',
];

/** The form's own checks, before the API's: the problem of each field, as a message key suffix. */
export function assignmentProblems(form: AssignmentBody): Partial<Record<AssignmentField, string>> {
  const problems: Partial<Record<AssignmentField, string>> = {};
  if (!form.meeting) problems.meeting = 'meetingRequired';
  if (!form.theme.trim()) problems.theme = 'themeRequired';
  else if (form.theme.trim().length > 300) problems.theme = 'themeTooLong';
  if (!form.presenterPersonId) problems.presenterPersonId = 'presenterRequired';
  if (form.note.trim().length > 2000) problems.note = 'noteTooLong';
  return problems;
}

/** The form field an API error detail belongs to (its path's first segment), or null. */
export const assignmentFieldOf = (path: string): AssignmentField | null => {
  const first = path.split('.')[0] as AssignmentField;
  return ASSIGNMENT_FIELDS.includes(first) ? first : null;
};
