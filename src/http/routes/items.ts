import { z } from 'zod';
import { createItem } from '../../app/create-item.ts';
import { decideItem } from '../../app/decide-item.ts';
import { getItem } from '../../app/get-item.ts';
import { getItemHistory } from '../../app/get-item-history.ts';
import {
  createItemSchema,
  decideItemSchema,
  scheduleItemSchema,
  updateItemSchema,
  withdrawItemSchema,
} from '../../app/item-input.ts';
import { listQueue } from '../../app/list-queue.ts';
import { scheduleItem } from '../../app/schedule-item.ts';
import { submitItem } from '../../app/submit-item.ts';
import { unscheduleItem } from '../../app/unschedule-item.ts';
import { updateItem } from '../../app/update-item.ts';
import { withdrawItem } from '../../app/withdraw-item.ts';
import { slugSchema } from '../../domain/organisation.ts';
import { defineRoute } from '../route.ts';
import { forumParams } from './forums.ts';

const itemParams = z.object({ org: slugSchema, item: z.string().uuid() });
const all = <T>(items: T[]) => ({ items, page: { limit: items.length, offset: 0, total: items.length } });

export const itemRoutes = [
  defineRoute({
    method: 'POST',
    path: '/api/orgs/:org/forums/:forum/items',
    summary: 'Draft an item for a forum (a chosen meeting, or the next possible)',
    tag: 'items',
    action: 'item.create',
    params: forumParams,
    body: createItemSchema,
    status: 201,
    handler: ({ ctx, caller, params, body }) => createItem(ctx, caller, params.org, params.forum, body),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/forums/:forum/queue',
    summary: "The forum's queue: approved items waiting for a meeting",
    tag: 'items',
    action: 'agenda.manage',
    params: forumParams,
    handler: async ({ ctx, caller, params }) => all(await listQueue(ctx, caller, params.org, params.forum)),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/items/:item',
    summary: 'One item',
    tag: 'items',
    action: 'item.read',
    params: itemParams,
    handler: ({ ctx, caller, params }) => getItem(ctx, caller, params.org, params.item),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/items/:item/history',
    summary: "An item's steps through the pipeline and its meetings (comments for those involved)",
    tag: 'items',
    action: 'item.read',
    params: itemParams,
    handler: async ({ ctx, caller, params }) => {
      const items = await getItemHistory(ctx, caller, params.org, params.item);
      return { items, page: { limit: items.length, offset: 0, total: items.length } };
    },
  }),
  defineRoute({
    method: 'PATCH',
    path: '/api/orgs/:org/items/:item',
    summary: 'Edit an item (name the version you read; a concurrent change answers 409)',
    tag: 'items',
    action: 'item.update',
    params: itemParams,
    body: updateItemSchema,
    handler: ({ ctx, caller, params, body }) => updateItem(ctx, caller, params.org, params.item, body),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/orgs/:org/items/:item/submit',
    summary: "Submit an item; the charter's template is enforced and the approver named",
    tag: 'items',
    action: 'item.submit',
    params: itemParams,
    handler: ({ ctx, caller, params }) => submitItem(ctx, caller, params.org, params.item),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/orgs/:org/items/:item/decision',
    summary: "The approver's decision: approve (into the queue), return with a comment, or reject",
    tag: 'items',
    action: 'item.decide',
    params: itemParams,
    body: decideItemSchema,
    handler: ({ ctx, caller, params, body }) => decideItem(ctx, caller, params.org, params.item, body),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/orgs/:org/items/:item/withdraw',
    summary: 'Withdraw an item',
    tag: 'items',
    action: 'item.withdraw',
    params: itemParams,
    body: withdrawItemSchema,
    handler: ({ ctx, caller, params, body }) => withdrawItem(ctx, caller, params.org, params.item, body),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/orgs/:org/items/:item/schedule',
    summary: "Put a queued item on a meeting's agenda",
    tag: 'agenda',
    action: 'item.schedule',
    params: itemParams,
    body: scheduleItemSchema,
    handler: ({ ctx, caller, params, body }) => scheduleItem(ctx, caller, params.org, params.item, body),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/orgs/:org/items/:item/unschedule',
    summary: 'Take an item off an unpublished agenda, back to the queue',
    tag: 'agenda',
    action: 'item.schedule',
    params: itemParams,
    handler: ({ ctx, caller, params }) => unscheduleItem(ctx, caller, params.org, params.item),
  }),
];
