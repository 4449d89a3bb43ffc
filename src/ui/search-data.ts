/** The search page's data: the results of GET /api/orgs/:org/search and the forums to filter on. */
import type { SearchResult } from '../app/search-items.ts';
import { api, apiPath } from './api.ts';
import type { ForumSummary, Paged, SessionPerson } from './types.ts';

export type { SearchHit, SnippetSegment } from '../app/search-items.ts';
export type { SearchResult };

/** The URL parameters of /soeg the API understands (and the form fills). */
export const SEARCH_PARAMS = ['q', 'forum', 'from', 'to', 'type', 'state', 'case', 'offset'] as const;
export type SearchParams = Partial<Record<(typeof SEARCH_PARAMS)[number], string>>;
export const PAGE_SIZE = 20;

export function readSearchParams(search: string): SearchParams {
  const url = new URLSearchParams(search);
  const out: SearchParams = {};
  for (const key of SEARCH_PARAMS) {
    const value = url.get(key)?.trim();
    if (value) out[key] = value;
  }
  return out;
}

/** "Sagsnummer eller KLE-emne": a KLE topic (00, 00.01, 00.01.00) or else the start of a case number. */
const caseFilter = (value: string): Record<string, string> =>
  /^\d{2}(\.\d{2}){0,2}$/.test(value) ? { kle: value } : { caseNumber: value };

export function searchResults(person: SessionPerson, p: SearchParams): Promise<SearchResult> {
  const { case: caseValue, ...rest } = p;
  const query = new URLSearchParams({
    ...rest,
    ...(caseValue && caseFilter(caseValue)),
    limit: String(PAGE_SIZE),
  });
  return api.get<SearchResult>(`${apiPath`/api/orgs/${person.orgSlug}/search`}?${query}`);
}

export async function allForums(person: SessionPerson): Promise<ForumSummary[]> {
  const { items } = await api.get<Paged<ForumSummary>>(
    `${apiPath`/api/orgs/${person.orgSlug}/forums`}?limit=500`,
  );
  return items;
}
