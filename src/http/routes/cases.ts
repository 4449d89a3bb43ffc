import { z } from 'zod';
import { caseInputSchema, createCase } from '../../app/create-case.ts';
import { getCase } from '../../app/get-case.ts';
import { listCases, listCasesSchema } from '../../app/list-cases.ts';
import { suggestInputSchema, suggestKleTopics } from '../../app/suggest-kle-topics.ts';
import { slugSchema } from '../../domain/organisation.ts';
import { defineRoute } from '../route.ts';

const org = z.object({ org: slugSchema });
const orgCase = org.extend({ case: z.string().uuid() });

export const caseRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/cases',
    summary:
      'Cases (sager) of an organisation, newest first; ?query= matches a case number prefix or the title',
    tag: 'cases',
    action: 'case.read',
    params: org,
    query: listCasesSchema,
    handler: ({ ctx, caller, params, query }) => listCases(ctx, caller, params.org, query),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/orgs/:org/cases',
    summary: 'Create a case with a KLE case number (00.01.00-P35-7-23) or another municipal reference',
    tag: 'cases',
    action: 'case.create',
    params: org,
    body: caseInputSchema,
    status: 201,
    handler: ({ ctx, caller, params, body }) => createCase(ctx, caller, params.org, body),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/cases/:case',
    summary: 'A case with its KLE topic and the link to it in the case-management system',
    tag: 'cases',
    action: 'case.read',
    params: orgCase,
    handler: ({ ctx, caller, params }) => getCase(ctx, caller, params.org, params.case),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/orgs/:org/kle/suggest',
    summary: 'The three KLE topics that best fit a title and text (OS2KLE keywords)',
    tag: 'cases',
    action: 'kle.suggest',
    params: org,
    body: suggestInputSchema,
    handler: ({ ctx, caller, params, body }) => suggestKleTopics(ctx, caller, params.org, body),
  }),
];
