/**
 * The year view's data: the organisation's year plan (GET /api/orgs/:org/year), the year asked for
 * in the URL (`?aar=`), and the load of a meeting as numbers and bar segments.
 */
import type { getYearPlan, YearForum, YearMeeting } from '../app/get-year-plan.ts';
import { api, apiPath } from './api.ts';

export type YearPlan = Awaited<ReturnType<typeof getYearPlan>>;
export type { YearForum, YearMeeting };
export type LoadType = keyof YearMeeting['load'];
export const LOAD_TYPES: readonly LoadType[] = ['decision', 'information', 'theme'];

export const loadYearPlan = (org: string, year: number) =>
  api.get<YearPlan>(`${apiPath`/api/orgs/${org}/year`}?year=${year}`);

/** The year of `?aar=` (2000–2100), else the fallback (this year). */
export function yearFromSearch(search: string, fallback: number): number {
  const raw = new URLSearchParams(search).get('aar') ?? '';
  const year = /^\d{4}$/.test(raw) ? Number(raw) : Number.NaN;
  return year >= 2000 && year <= 2100 ? year : fallback;
}

export const loadTotal = (load: YearMeeting['load']): number =>
  LOAD_TYPES.reduce((sum, type) => sum + load[type], 0);

/** The bar's scale: the forum's busiest meeting (at least 1). */
export const loadScale = (meetings: readonly YearMeeting[]): number =>
  Math.max(1, ...meetings.map((m) => loadTotal(m.load)));

/** The bar's segments: each type's share of the scale in percent (rounded to one decimal), none empty. */
export function barSegments(load: YearMeeting['load'], scale: number): { type: LoadType; percent: number }[] {
  return LOAD_TYPES.filter((type) => load[type] > 0).map((type) => ({
    type,
    percent: Math.round((load[type] / scale) * 1000) / 10,
  }));
}

/** The load in words, every type with its count: "2 beslutninger, 0 orienteringer, 1 temadrøftelse". */
export function loadInWords(
  load: YearMeeting['load'],
  word: (type: LoadType, count: number) => string,
): string {
  return LOAD_TYPES.map((type) => `${load[type]} ${word(type, load[type])}`).join(', ');
}

/**
 * Whether a meeting holds anything planned: items, minutes, themes, milestones of the wheel or the
 * work programme, or a theme presenter. The year view can hide the others (a weekly forum has many).
 */
export const hasPlannedContent = (m: YearMeeting): boolean =>
  loadTotal(m.load) > 0 ||
  m.minutes ||
  m.themes.length > 0 ||
  m.milestones.length > 0 ||
  m.programmeMilestones.length > 0 ||
  m.presenters.length > 0;
