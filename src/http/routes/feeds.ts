/**
 * Calendar feeds (iCalendar). Calendar programs cannot sign in, so a feed URL carries the person's
 * secret token instead; `resolveFeedActor` turns it into the person. An unknown or renewed-away
 * token is no identity, so the server answers 401 before the handler runs.
 */
import { z } from 'zod';
import { getForumFeed } from '../../app/get-forum-feed.ts';
import { getPersonFeed } from '../../app/get-person-feed.ts';
import { renewFeedToken } from '../../app/renew-feed-token.ts';
import { resolveFeedActor } from '../../app/resolve-feed-actor.ts';
import { slugSchema } from '../../domain/organisation.ts';
import { defineRoute, RawResponse } from '../route.ts';

const tokenParams = z.object({ token: z.string().describe('The secret feed token') });
const CALENDAR = 'text/calendar; charset=utf-8';
// Calendar programs poll; a few minutes of caching in the client is harmless, never in shared caches.
const FEED_HEADERS = { 'cache-control': 'private, max-age=300' };

export const feedRoutes = [
  defineRoute({
    method: 'GET',
    path: '/feeds/:token/mine.ics',
    summary: "The person's own calendar: their forums' meetings and the deadlines of their items",
    tag: 'feeds',
    action: 'feed.manage',
    params: tokenParams,
    actor: resolveFeedActor,
    handler: async ({ ctx, caller }) =>
      new RawResponse(CALENDAR, await getPersonFeed(ctx, caller), FEED_HEADERS),
  }),
  defineRoute({
    method: 'GET',
    path: '/feeds/:token/forums/:forum.ics',
    summary: "A forum's meetings as a calendar feed",
    tag: 'feeds',
    action: 'calendar.read',
    params: tokenParams.extend({ forum: z.string().min(1).max(20) }),
    actor: resolveFeedActor,
    handler: async ({ ctx, caller, params }) =>
      new RawResponse(CALENDAR, await getForumFeed(ctx, caller, params.forum), FEED_HEADERS),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/orgs/:org/people/:person/feed-token',
    summary: 'Issue a new secret calendar-feed token for oneself (the old one stops working)',
    tag: 'feeds',
    action: 'feed.manage',
    params: z.object({ org: slugSchema, person: z.string().uuid() }),
    handler: ({ ctx, caller, params }) => renewFeedToken(ctx, caller, params.org, params.person),
  }),
];
