/**
 * OParl 1.1 external lists: the filters (`created_since`, `created_until`, `modified_since`,
 * `modified_until`), `limit`, `omit_internal` and pages, with `pagination` and `links` that keep
 * every filter. Deleted objects are listed only when `modified_since` is given (a client
 * synchronising since then must learn of them); without it a list shows the living objects.
 */
import { z } from 'zod';
import type { OParlObject } from './oparl.ts';

export const OPARL_DEFAULT_LIMIT = 20;
export const OPARL_MAX_LIMIT = 100;

const instant = z
  .string()
  .max(40)
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not an ISO 8601 date-time');

/** The query of a list page; unknown parameters are ignored, as the spec allows. */
export const oparlListQuerySchema = z.object({
  created_since: instant.optional(),
  created_until: instant.optional(),
  modified_since: instant.optional(),
  modified_until: instant.optional(),
  limit: z.coerce.number().int().min(1).max(OPARL_MAX_LIMIT).optional(),
  page: z.coerce.number().int().min(1).max(1_000_000).optional(),
  /** Present (any value but "false") = omit embedded objects. */
  omit_internal: z.string().max(10).optional(),
  /** Meetings of one organisation (the Organization's `meeting` link). */
  organization: z.string().uuid().optional(),
});
export type OParlListQuery = z.infer<typeof oparlListQuerySchema>;

export const omitsInternal = (q: { omit_internal?: string | undefined }): boolean =>
  q.omit_internal !== undefined && q.omit_internal !== 'false';

const at = (s: string): number => Date.parse(s);

/** Does the object pass the date filters (bounds inclusive)? */
export function matchesFilters(o: OParlObject, q: OParlListQuery): boolean {
  if (o.deleted && q.modified_since === undefined) return false;
  if (q.created_since && at(o.created) < at(q.created_since)) return false;
  if (q.created_until && at(o.created) > at(q.created_until)) return false;
  if (q.modified_since && at(o.modified) < at(q.modified_since)) return false;
  if (q.modified_until && at(o.modified) > at(q.modified_until)) return false;
  return true;
}

export interface OParlPage {
  data: OParlObject[];
  pagination: { totalElements: number; elementsPerPage: number; currentPage: number; totalPages: number };
  links: { first: string; last: string; self: string; prev?: string; next?: string };
}

/** The filter parameters a page link keeps, in a fixed order. */
const KEPT = [
  'created_since',
  'created_until',
  'modified_since',
  'modified_until',
  'organization',
  'omit_internal',
  'limit',
] as const;

export function pageUrl(listUrl: string, q: OParlListQuery, page: number): string {
  const params = new URLSearchParams();
  for (const key of KEPT) {
    const value = q[key];
    if (value !== undefined) params.set(key, String(value));
  }
  params.set('page', String(page));
  return `${listUrl}?${params.toString()}`;
}

/**
 * One page of the (already filtered, stably ordered) objects. A page past the end is empty, with
 * the links of the list.
 */
export function paginate(listUrl: string, objects: readonly OParlObject[], q: OParlListQuery): OParlPage {
  const limit = q.limit ?? OPARL_DEFAULT_LIMIT;
  const page = q.page ?? 1;
  const totalPages = Math.max(1, Math.ceil(objects.length / limit));
  const link = (p: number) => pageUrl(listUrl, q, p);
  return {
    data: objects.slice((page - 1) * limit, page * limit),
    pagination: { totalElements: objects.length, elementsPerPage: limit, currentPage: page, totalPages },
    links: {
      first: link(1),
      ...(page > 1 && { prev: link(Math.min(page - 1, totalPages)) }),
      ...(page < totalPages && { next: link(page + 1) }),
      last: link(totalPages),
      self: link(page),
    },
  };
}

/** Filters, orders (by creation, then id, so pages are stable) and pages a list. */
export function oparlList(listUrl: string, objects: readonly OParlObject[], q: OParlListQuery): OParlPage {
  const kept = objects
    .filter((o) => matchesFilters(o, q))
    .sort((a, b) => at(a.created) - at(b.created) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return paginate(listUrl, kept, q);
}
