/** A forum's dashboard: lead times, approval latency, deadline misses, follow-up completion. */
import { dashboardQuerySchema, getForumDashboard } from '../../app/get-forum-dashboard.ts';
import { defineRoute } from '../route.ts';
import { forumParams } from './forums.ts';

export const dashboardRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/forums/:forum/dashboard',
    summary:
      "The forum's dashboard for a period: lead time and approval latency (median, 90th percentile), deadline misses, follow-up completion",
    tag: 'dashboard',
    action: 'dashboard.read',
    params: forumParams,
    query: dashboardQuerySchema,
    handler: ({ ctx, caller, params, query }) =>
      getForumDashboard(ctx, caller, params.org, params.forum, query),
  }),
];
