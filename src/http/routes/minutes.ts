import { z } from 'zod';
import { completeFollowUp, completeFollowUpSchema } from '../../app/complete-follow-up.ts';
import { finaliseItemMinutes } from '../../app/finalise-item-minutes.ts';
import { listForumFollowUps } from '../../app/list-forum-follow-ups.ts';
import { listItemMinutes } from '../../app/list-item-minutes.ts';
import { listMyFollowUps } from '../../app/list-my-follow-ups.ts';
import { postponeRemainingItems, postponeRemainingSchema } from '../../app/postpone-remaining-items.ts';
import { saveItemMinutes, saveItemMinutesSchema } from '../../app/save-item-minutes.ts';
import { slugSchema } from '../../domain/organisation.ts';
import { defineRoute } from '../route.ts';
import { forumParams } from './forums.ts';

const org = z.object({ org: slugSchema });
const meetingParams = forumParams.extend({
  meeting: z.string().min(1).max(40).describe('A series date (YYYY-MM-DD) or a stored meeting id'),
});
const itemParams = meetingParams.extend({ item: z.string().uuid() });
const all = <T>(items: T[]) => ({ items, page: { limit: items.length, offset: 0, total: items.length } });

export const minutesRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/forums/:forum/meetings/:meeting/minutes/items',
    summary: "Every item's minutes as saved so far, with their versions (the secretariat's working records)",
    tag: 'minutes',
    action: 'minutes.write',
    params: meetingParams,
    handler: async ({ ctx, caller, params }) =>
      all(await listItemMinutes(ctx, caller, params.org, params.forum, params.meeting)),
  }),
  defineRoute({
    method: 'PUT',
    path: '/api/orgs/:org/forums/:forum/meetings/:meeting/items/:item/minutes',
    summary: 'Save the minutes of one item as written so far (autosave; the version read guards edits)',
    tag: 'minutes',
    action: 'minutes.write',
    params: itemParams,
    body: saveItemMinutesSchema,
    handler: ({ ctx, caller, params, body }) =>
      saveItemMinutes(ctx, caller, params.org, params.forum, params.meeting, params.item, body),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/orgs/:org/forums/:forum/meetings/:meeting/items/:item/minutes/finalise',
    summary: 'Finalise the minutes of one item: the item is treated and its follow-ups are created',
    tag: 'minutes',
    action: 'minutes.write',
    params: itemParams,
    handler: ({ ctx, caller, params }) =>
      finaliseItemMinutes(ctx, caller, params.org, params.forum, params.meeting, params.item),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/orgs/:org/forums/:forum/meetings/:meeting/postpone-remaining',
    summary: 'Postpone every item not yet treated to another meeting or back to the queue',
    tag: 'minutes',
    action: 'minutes.write',
    params: meetingParams,
    body: postponeRemainingSchema,
    handler: ({ ctx, caller, params, body }) =>
      postponeRemainingItems(ctx, caller, params.org, params.forum, params.meeting, body),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/forums/:forum/follow-ups',
    summary: "The forum's follow-ups (opfølgninger) with their status, by due date",
    tag: 'follow-ups',
    action: 'followup.read',
    params: forumParams,
    handler: async ({ ctx, caller, params }) =>
      all(await listForumFollowUps(ctx, caller, params.org, params.forum)),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/people/:person/follow-ups',
    summary: "A person's own follow-ups across forums, by due date",
    tag: 'follow-ups',
    action: 'followup.update',
    params: org.extend({ person: z.string().uuid() }),
    handler: async ({ ctx, caller, params }) =>
      all(await listMyFollowUps(ctx, caller, params.org, params.person)),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/orgs/:org/follow-ups/:followUp/complete',
    summary: 'Mark a follow-up done, with the evidence of what was done',
    tag: 'follow-ups',
    action: 'followup.update',
    params: org.extend({ followUp: z.string().uuid() }),
    body: completeFollowUpSchema,
    handler: ({ ctx, caller, params, body }) =>
      completeFollowUp(ctx, caller, params.org, params.followUp, body),
  }),
];
