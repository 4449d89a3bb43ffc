import { z } from 'zod';
import { caseInputSchema, createCase } from '../../app/create-case.ts';
import { getCase } from '../../app/get-case.ts';
import { getCaseOParl } from '../../app/get-case-oparl.ts';
import { getCaseTimeline } from '../../app/get-case-timeline.ts';
import { listCases, listCasesSchema } from '../../app/list-cases.ts';
import { suggestInputSchema, suggestKleTopics } from '../../app/suggest-kle-topics.ts';
import { updateCase, updateCaseSchema } from '../../app/update-case.ts';
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
    method: 'PATCH',
    path: '/api/orgs/:org/cases/:case',
    summary: 'Retitle a case or set the one forum where it is decided (the secretariat of any forum)',
    tag: 'cases',
    action: 'case.update',
    params: orgCase,
    body: updateCaseSchema,
    handler: ({ ctx, caller, params, body }) => updateCase(ctx, caller, params.org, params.case, body),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/cases/:case/timeline',
    summary:
      "A case's journey between forums: every visit (forum, meeting, item, outcome, role) in order, with referrals and their reasons",
    tag: 'cases',
    action: 'case.read',
    params: orgCase,
    handler: ({ ctx, caller, params }) => getCaseTimeline(ctx, caller, params.org, params.case),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/cases/:case/oparl',
    summary: 'A case as an OParl 1.1 Paper with its Consultations, and the AgendaItems of its visits',
    tag: 'cases',
    action: 'case.read',
    params: orgCase,
    handler: ({ ctx, caller, params }) => getCaseOParl(ctx, caller, params.org, params.case),
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
