import { z } from 'zod';
import { searchItems, searchSchema } from '../../app/search-items.ts';
import { slugSchema } from '../../domain/organisation.ts';
import { defineRoute } from '../route.ts';

export const searchRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/search',
    summary:
      'Full-text search (Danish) over the items the caller may read: titles, sections, recommendations, decisions and attachments, with highlighted snippets',
    tag: 'search',
    action: 'item.search',
    params: z.object({ org: slugSchema }),
    query: searchSchema,
    handler: ({ ctx, caller, params, query }) => searchItems(ctx, caller, params.org, query),
  }),
];
