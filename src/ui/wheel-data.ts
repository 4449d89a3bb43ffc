/** The annual wheel editor's API reads and writes: the forum (its members), the entries, changes. */
import { api, apiPath } from './api.ts';
import { getForum } from './data.ts';
import type { Paged } from './types.ts';
import type { WheelEntryView } from './wheel-rule.ts';

export async function loadWheel(org: string, forum: string, year: number) {
  const [view, entries] = await Promise.all([
    getForum(org, forum),
    api.get<Paged<WheelEntryView>>(`${apiPath`/api/orgs/${org}/forums/${forum}/wheel`}?year=${year}`),
  ]);
  return { forum: view, entries: entries.items };
}

export const createWheelEntry = (org: string, forum: string, body: unknown) =>
  api.post<{ entry: WheelEntryView }>(apiPath`/api/orgs/${org}/forums/${forum}/wheel`, body);

export const updateWheelEntry = (org: string, forum: string, entryId: string, body: unknown) =>
  api.patch<{ entry: WheelEntryView }>(apiPath`/api/orgs/${org}/forums/${forum}/wheel/${entryId}`, body);

export const deleteWheelEntry = (org: string, forum: string, entryId: string) =>
  api.delete<void>(apiPath`/api/orgs/${org}/forums/${forum}/wheel/${entryId}`);
