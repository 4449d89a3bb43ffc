import { z } from 'zod';
import { createOrganisation } from '../../app/create-organisation.ts';
import { createPerson } from '../../app/create-person.ts';
import { createUnit } from '../../app/create-unit.ts';
import { getOrganisation } from '../../app/get-organisation.ts';
import { listOrganisations } from '../../app/list-organisations.ts';
import { listPeople } from '../../app/list-people.ts';
import { listUnits } from '../../app/list-units.ts';
import { pageSchema } from '../../app/page.ts';
import { personPatchSchema, updatePerson } from '../../app/update-person.ts';
import { unitPatchSchema, updateUnit } from '../../app/update-unit.ts';
import {
  organisationInputSchema,
  personInputSchema,
  slugSchema,
  unitInputSchema,
} from '../../domain/organisation.ts';
import { defineRoute } from '../route.ts';

const org = z.object({ org: slugSchema });
const orgPerson = org.extend({ person: z.string().uuid() });

export const organisationRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/orgs',
    summary: 'Organisations the caller may see',
    tag: 'organisations',
    action: 'organisation.list',
    handler: async ({ ctx, caller }) => {
      const items = await listOrganisations(ctx, caller);
      return { items, page: { limit: items.length, offset: 0, total: items.length } };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/orgs',
    summary: 'Create an organisation (operator only)',
    tag: 'organisations',
    action: 'organisation.create',
    body: organisationInputSchema,
    status: 201,
    handler: ({ ctx, caller, body }) => createOrganisation(ctx, caller, body),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org',
    summary: 'One organisation',
    tag: 'organisations',
    action: 'organisation.read',
    params: org,
    handler: ({ ctx, caller, params }) => getOrganisation(ctx, caller, params.org),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/units',
    summary: 'Units of an organisation',
    tag: 'organisations',
    action: 'unit.read',
    params: org,
    handler: async ({ ctx, caller, params }) => {
      const items = await listUnits(ctx, caller, params.org);
      return { items, page: { limit: items.length, offset: 0, total: items.length } };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/orgs/:org/units',
    summary: 'Create a unit',
    tag: 'organisations',
    action: 'unit.manage',
    params: org,
    body: unitInputSchema,
    status: 201,
    handler: ({ ctx, caller, params, body }) => createUnit(ctx, caller, params.org, body),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/api/orgs/:org/units/:unit',
    summary: 'Change a unit (name, parent, responsible director)',
    tag: 'organisations',
    action: 'unit.manage',
    params: org.extend({ unit: z.string().uuid() }),
    body: unitPatchSchema,
    handler: ({ ctx, caller, params, body }) => updateUnit(ctx, caller, params.org, params.unit, body),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/people',
    summary: 'People of an organisation (paginated)',
    tag: 'people',
    action: 'person.read',
    params: org,
    query: pageSchema,
    handler: ({ ctx, caller, params, query }) => listPeople(ctx, caller, params.org, query),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/orgs/:org/people',
    summary: 'Create a person',
    tag: 'people',
    action: 'person.manage',
    params: org,
    body: personInputSchema,
    status: 201,
    handler: ({ ctx, caller, params, body }) => createPerson(ctx, caller, params.org, body),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/api/orgs/:org/people/:person',
    summary: 'Change a person (name, title, unit, e-mail, role)',
    tag: 'people',
    action: 'person.manage',
    params: orgPerson,
    body: personPatchSchema,
    handler: ({ ctx, caller, params, body }) => updatePerson(ctx, caller, params.org, params.person, body),
  }),
];
