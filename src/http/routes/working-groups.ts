/** Working groups (arbejdsgrupper) under a forum. */
import { z } from 'zod';
import { createWorkingGroup } from '../../app/create-working-group.ts';
import { getWorkingGroup, listWorkingGroups } from '../../app/get-working-group.ts';
import { listMyWorkingGroups } from '../../app/list-my-working-groups.ts';
import { updateWorkingGroup } from '../../app/update-working-group.ts';
import { slugSchema } from '../../domain/organisation.ts';
import { createGroupSchema, updateGroupSchema } from '../../domain/working-group.ts';
import { defineRoute } from '../route.ts';
import { forumParams } from './forums.ts';

const groupParams = forumParams.extend({ group: z.uuid() });
const all = <T>(items: T[]) => ({ items, page: { limit: items.length, offset: 0, total: items.length } });

export const workingGroupRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/forums/:forum/groups',
    summary: "The forum's working groups the caller may read, by deadline",
    tag: 'working-groups',
    action: 'group.list',
    params: forumParams,
    handler: async ({ ctx, caller, params }) =>
      all(await listWorkingGroups(ctx, caller, params.org, params.forum)),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/orgs/:org/forums/:forum/groups',
    summary: 'Set up a working group under the forum; its report-back item is drafted on the forum',
    tag: 'working-groups',
    action: 'group.manage',
    status: 201,
    params: forumParams,
    body: createGroupSchema,
    handler: ({ ctx, caller, params, body }) =>
      createWorkingGroup(ctx, caller, params.org, params.forum, body),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/forums/:forum/groups/:group',
    summary: 'One working group: mandate, members and why they were chosen, deadline, status',
    tag: 'working-groups',
    action: 'group.read',
    params: groupParams,
    handler: ({ ctx, caller, params }) =>
      getWorkingGroup(ctx, caller, params.org, params.forum, params.group),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/api/orgs/:org/forums/:forum/groups/:group',
    summary: 'Change a working group (name, mandate, deadline, members, status: active, reported, closed)',
    tag: 'working-groups',
    action: 'group.manage',
    params: groupParams,
    body: updateGroupSchema,
    handler: ({ ctx, caller, params, body }) =>
      updateWorkingGroup(ctx, caller, params.org, params.forum, params.group, body),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/people/:person/groups',
    summary: "One's own working groups across the forums (also those of forums one is not a member of)",
    tag: 'working-groups',
    action: 'work.read',
    params: z.object({ org: slugSchema, person: z.uuid() }),
    handler: async ({ ctx, caller, params }) =>
      all(await listMyWorkingGroups(ctx, caller, params.org, params.person)),
  }),
];
