/** A forum's work programme (arbejdsprogram) per year: initiatives, milestones, the export. */
import { z } from 'zod';
import { createWorkProgramme } from '../../app/create-work-programme.ts';
import { exportWorkProgramme, getWorkProgramme } from '../../app/get-work-programme.ts';
import {
  addProgrammeInitiative,
  removeProgrammeInitiative,
  updateInitiativeSchema,
  updateProgrammeInitiative,
} from '../../app/save-programme-initiative.ts';
import { createProgrammeSchema, initiativeSchema } from '../../domain/work-programme.ts';
import { defineRoute } from '../route.ts';
import { textDownload } from './attachments.ts';
import { forumParams } from './forums.ts';

const yearParams = forumParams.extend({ year: z.coerce.number().int().min(2000).max(2100) });
const initiativeParams = yearParams.extend({ initiative: z.uuid() });

export const workProgrammeRoutes = [
  defineRoute({
    method: 'POST',
    path: '/api/orgs/:org/forums/:forum/programmes',
    summary: "Start the forum's work programme for a year",
    tag: 'work-programme',
    action: 'programme.manage',
    status: 201,
    params: forumParams,
    body: createProgrammeSchema,
    handler: ({ ctx, caller, params, body }) =>
      createWorkProgramme(ctx, caller, params.org, params.forum, body),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/forums/:forum/programmes/:year',
    summary: "The forum's work programme of a year: initiatives with owner, status and milestones",
    tag: 'work-programme',
    action: 'programme.read',
    params: yearParams,
    handler: ({ ctx, caller, params }) =>
      getWorkProgramme(ctx, caller, params.org, params.forum, params.year),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/forums/:forum/programmes/:year/export',
    summary: 'The work programme as a download: CSV (one row per milestone) or JSON',
    tag: 'work-programme',
    action: 'programme.read',
    params: yearParams,
    query: z.object({ format: z.enum(['csv', 'json']).default('csv') }),
    handler: async ({ ctx, caller, params, query }) => {
      const file = await exportWorkProgramme(
        ctx,
        caller,
        params.org,
        params.forum,
        params.year,
        query.format,
      );
      return textDownload(file.filename, file.contentType.split(';')[0] ?? '', file.body);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/orgs/:org/forums/:forum/programmes/:year/initiatives',
    summary: 'Add an initiative to the work programme',
    tag: 'work-programme',
    action: 'programme.manage',
    status: 201,
    params: yearParams,
    body: initiativeSchema,
    handler: ({ ctx, caller, params, body }) =>
      addProgrammeInitiative(ctx, caller, params.org, params.forum, params.year, body),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/api/orgs/:org/forums/:forum/programmes/:year/initiatives/:initiative',
    summary: 'Change an initiative: title, owner, status, milestones (the list is replaced)',
    tag: 'work-programme',
    action: 'programme.manage',
    params: initiativeParams,
    body: updateInitiativeSchema,
    handler: ({ ctx, caller, params, body }) =>
      updateProgrammeInitiative(ctx, caller, params.org, params.forum, params.year, params.initiative, body),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/api/orgs/:org/forums/:forum/programmes/:year/initiatives/:initiative',
    summary: 'Remove an initiative, with its milestones, from the work programme',
    tag: 'work-programme',
    action: 'programme.manage',
    status: 204,
    params: initiativeParams,
    handler: ({ ctx, caller, params }) =>
      removeProgrammeInitiative(ctx, caller, params.org, params.forum, params.year, params.initiative),
  }),
];
