/** A forum's dashboard (nøgletal) in the web app: the read, the default period, and the figures as text. */
import type { ForumDashboard } from '../app/get-forum-dashboard.ts';
import { api, apiPath } from './api.ts';
import { getForum } from './data.ts';
import type { ForumView } from './types.ts';

export type DashboardView = ForumDashboard;

export interface DashboardPage {
  forum: ForumView;
  dashboard: DashboardView;
}

export async function loadDashboard(
  org: string,
  forum: string,
  from: string,
  to: string,
): Promise<DashboardPage> {
  const [view, dashboard] = await Promise.all([
    getForum(org, forum),
    api.get<DashboardView>(
      `${apiPath`/api/orgs/${org}/forums/${forum}/dashboard`}?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
    ),
  ]);
  return { forum: view, dashboard };
}

/** The last 12 months up to `today` (a local date): from the same day a year before, to today. */
export function defaultPeriod(today: string): { from: string; to: string } {
  const [y, m, d] = today.split('-');
  const day = m === '02' && d === '29' ? '28' : d;
  return { from: `${Number(y) - 1}-${m}-${day}`, to: today };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The problem with a period as typed: a date missing, or `to` before `from`; null when it is fine. */
export function periodProblem(from: string, to: string): 'from' | 'to' | 'order' | null {
  if (!DATE.test(from)) return 'from';
  if (!DATE.test(to)) return 'to';
  return to < from ? 'order' : null;
}

/** A share 0..1 as a whole percentage. */
export const percent = (share: number): number => Math.round(share * 100);
