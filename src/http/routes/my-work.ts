import { z } from 'zod';
import { listMyWork } from '../../app/list-my-work.ts';
import { slugSchema } from '../../domain/organisation.ts';
import { defineRoute } from '../route.ts';

export const myWorkRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/people/:person/work',
    summary: "One's own work: items with their submission deadline, the approval inbox, next meetings",
    tag: 'people',
    action: 'work.read',
    params: z.object({ org: slugSchema, person: z.string().uuid() }),
    handler: ({ ctx, caller, params }) => listMyWork(ctx, caller, params.org, params.person),
  }),
];
