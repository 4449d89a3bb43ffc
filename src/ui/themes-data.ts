/**
 * Lederforum's themes (/api/orgs/:org/forums/:forum/themes): proposing, the chair's selection for a
 * meeting and its undoing, and the plain logic of the page (the meetings and their selected themes).
 */
import type { ThemeView } from '../app/list-themes.ts';
import type { Theme } from '../domain/themes.ts';
import { api, apiPath } from './api.ts';
import { rolesIn } from './builder-data.ts';
import { getCalendar, getForum } from './data.ts';
import { localToday } from './locale.tsx';
import { meetingKey } from './theme-plan-data.ts';
import type { CalendarEntry, ForumView, Paged, SessionPerson } from './types.ts';

export type { ThemeView };

/** As `MAX_THEMES_PER_MEETING` in src/domain/themes.ts ("maksimalt to temaer på hvert møde"). */
export const MAX_THEMES_PER_MEETING = 2;

export interface ThemesData {
  forum: ForumView;
  themes: ThemeView[];
  calendar: CalendarEntry[];
}

const themesPath = (org: string, forum: string) => apiPath`/api/orgs/${org}/forums/${forum}/themes`;

export async function loadThemes(org: string, forum: string): Promise<ThemesData> {
  const [view, themes, calendar] = await Promise.all([
    getForum(org, forum),
    api.get<Paged<ThemeView>>(themesPath(org, forum)),
    getCalendar(org, forum, localToday(-365), localToday(365)),
  ]);
  return { forum: view, themes: themes.items, calendar };
}

export const proposeTheme = async (
  org: string,
  forum: string,
  body: { title: string; description: string },
) => (await api.post<{ theme: Theme }>(themesPath(org, forum), body)).theme;

export const selectTheme = async (org: string, forum: string, themeId: string, meeting: string) =>
  (
    await api.post<{ theme: Theme }>(`${themesPath(org, forum)}/${encodeURIComponent(themeId)}/select`, {
      meeting,
    })
  ).theme;

export const unselectTheme = async (org: string, forum: string, themeId: string) =>
  (await api.post<{ theme: Theme }>(`${themesPath(org, forum)}/${encodeURIComponent(themeId)}/unselect`))
    .theme;

/** Selects themes (theme.select): the forum's chair, the municipal director of Lederforum. */
export const selectsThemes = (forum: ForumView, person: SessionPerson): boolean =>
  rolesIn(forum, person).includes('chair');

/** Proposes themes (theme.propose): the forum's chair, members and secretary; not guests. */
export const proposesThemes = (forum: ForumView, person: SessionPerson): boolean =>
  rolesIn(forum, person).some((r) => r === 'chair' || r === 'member' || r === 'secretary');

export interface ThemeMeeting {
  /** The key the API takes: a stored meeting's id or a series date. */
  key: string;
  entry: CalendarEntry;
  selected: ThemeView[];
}

/** Meetings whose agenda may still take a theme. */
const open = (m: CalendarEntry) => !m.cancelled && (m.state === 'planned' || m.state === 'agenda_published');

/** The coming meetings a theme can be selected for, soonest first, with the themes selected for each. */
export function themeMeetings(
  calendar: readonly CalendarEntry[],
  themes: readonly ThemeView[],
  now: Date,
): ThemeMeeting[] {
  return calendar
    .filter((m) => open(m) && Date.parse(m.start) > now.getTime())
    .sort((x, y) => Date.parse(x.start) - Date.parse(y.start))
    .flatMap((entry) => {
      const key = meetingKey(entry);
      if (!key) return [];
      const selected = themes.filter(
        (t) => t.status === 'selected' && entry.meetingId !== null && t.meetingId === entry.meetingId,
      );
      return [{ key, entry, selected }];
    });
}

/** The calendar entry of the meeting a theme was selected for (when the calendar covers it). */
export const meetingOf = (calendar: readonly CalendarEntry[], theme: ThemeView): CalendarEntry | undefined =>
  theme.meetingId ? calendar.find((m) => m.meetingId === theme.meetingId) : undefined;
