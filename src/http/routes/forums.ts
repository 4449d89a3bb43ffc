import { z } from 'zod';
import { addMembership } from '../../app/add-membership.ts';
import { createCharterVersion } from '../../app/create-charter-version.ts';
import { createForum } from '../../app/create-forum.ts';
import { endMembership, endMembershipSchema } from '../../app/end-membership.ts';
import { getForum } from '../../app/get-forum.ts';
import { listCharters } from '../../app/list-charters.ts';
import { listForums } from '../../app/list-forums.ts';
import { listMemberships } from '../../app/list-memberships.ts';
import { pageSchema } from '../../app/page.ts';
import { forumPatchSchema, updateForum } from '../../app/update-forum.ts';
import { charterInputSchema } from '../../domain/charter.ts';
import { forumInputSchema, membershipInputSchema, slugSchema } from '../../domain/organisation.ts';
import { defineRoute } from '../route.ts';

const org = z.object({ org: slugSchema });
export const forumParams = org.extend({ forum: z.string().min(1).max(20) });
const all = <T>(items: T[]) => ({ items, page: { limit: items.length, offset: 0, total: items.length } });

export const forumRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/forums',
    summary: 'Forums of an organisation (paginated)',
    tag: 'forums',
    action: 'forum.list',
    params: org,
    query: pageSchema,
    handler: ({ ctx, caller, params, query }) => listForums(ctx, caller, params.org, query),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/orgs/:org/forums',
    summary: 'Create a forum',
    tag: 'forums',
    action: 'forum.create',
    params: org,
    body: forumInputSchema,
    status: 201,
    handler: ({ ctx, caller, params, body }) => createForum(ctx, caller, params.org, body),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/forums/:forum',
    summary: 'A forum with its charter in force and current members',
    tag: 'forums',
    action: 'forum.read',
    params: forumParams,
    handler: ({ ctx, caller, params }) => getForum(ctx, caller, params.org, params.forum),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/api/orgs/:org/forums/:forum',
    summary: 'Change a forum (short name, name, kind, parent)',
    tag: 'forums',
    action: 'forum.update',
    params: forumParams,
    body: forumPatchSchema,
    handler: ({ ctx, caller, params, body }) => updateForum(ctx, caller, params.org, params.forum, body),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/forums/:forum/memberships',
    summary: 'Every membership of a forum, past and present',
    tag: 'forums',
    action: 'membership.read',
    params: forumParams,
    handler: async ({ ctx, caller, params }) =>
      all(await listMemberships(ctx, caller, params.org, params.forum)),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/orgs/:org/forums/:forum/memberships',
    summary: 'Add a member with a role (chair, member, secretary, guest)',
    tag: 'forums',
    action: 'membership.manage',
    params: forumParams,
    body: membershipInputSchema,
    status: 201,
    handler: ({ ctx, caller, params, body }) => addMembership(ctx, caller, params.org, params.forum, body),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/orgs/:org/forums/:forum/memberships/:membership/end',
    summary: 'End a membership on a date',
    tag: 'forums',
    action: 'membership.manage',
    params: forumParams.extend({ membership: z.string().uuid() }),
    body: endMembershipSchema,
    handler: ({ ctx, caller, params, body }) =>
      endMembership(ctx, caller, params.org, params.forum, params.membership, body),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/forums/:forum/charters',
    summary: 'Every version of the terms of reference (kommissorium)',
    tag: 'charters',
    action: 'charter.read',
    params: forumParams,
    handler: async ({ ctx, caller, params }) =>
      all(await listCharters(ctx, caller, params.org, params.forum)),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/orgs/:org/forums/:forum/charters',
    summary: 'Add a charter version taking effect from a date',
    tag: 'charters',
    action: 'charter.manage',
    params: forumParams,
    body: charterInputSchema,
    status: 201,
    handler: ({ ctx, caller, params, body }) =>
      createCharterVersion(ctx, caller, params.org, params.forum, body),
  }),
];
