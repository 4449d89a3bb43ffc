import { z } from 'zod';
import { absenceSchema, guestSchema } from '../../app/attendance-input.ts';
import { getAgenda } from '../../app/get-agenda.ts';
import { getAgendaVersion, listVersions } from '../../app/get-agenda-version.ts';
import { getAttendance } from '../../app/get-attendance.ts';
import { inviteGuest } from '../../app/invite-guest.ts';
import { publishAgenda } from '../../app/publish-agenda.ts';
import { reorderAgenda, reorderSchema } from '../../app/reorder-agenda.ts';
import { reportAbsence } from '../../app/report-absence.ts';
import { defineRoute } from '../route.ts';
import { forumParams } from './forums.ts';

const meetingParams = forumParams.extend({
  meeting: z.string().min(1).max(40).describe('A series date (YYYY-MM-DD) or a stored meeting id'),
});
const versionParams = forumParams.extend({
  meeting: z.string().uuid(),
  version: z.union([z.literal('latest'), z.coerce.number().int().positive()]),
});

export const agendaRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/forums/:forum/meetings/:meeting/agenda',
    summary: 'The agenda being built: items in order, time plan and warnings',
    tag: 'agenda',
    action: 'agenda.manage',
    params: meetingParams,
    handler: ({ ctx, caller, params }) => getAgenda(ctx, caller, params.org, params.forum, params.meeting),
  }),
  defineRoute({
    method: 'PUT',
    path: '/api/orgs/:org/forums/:forum/meetings/:meeting/agenda/order',
    summary: 'Order the agenda (every item exactly once)',
    tag: 'agenda',
    action: 'agenda.manage',
    params: meetingParams,
    body: reorderSchema,
    handler: ({ ctx, caller, params, body }) =>
      reorderAgenda(ctx, caller, params.org, params.forum, params.meeting, body),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/orgs/:org/forums/:forum/meetings/:meeting/agenda/publish',
    summary: 'Publish the agenda (a later publication is a supplementary agenda listing the changes)',
    tag: 'agenda',
    action: 'agenda.manage',
    params: meetingParams,
    status: 201,
    handler: ({ ctx, caller, params }) =>
      publishAgenda(ctx, caller, params.org, params.forum, params.meeting),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/forums/:forum/meetings/:meeting/agenda/versions',
    summary: 'Published versions of the agenda with their changes',
    tag: 'agenda',
    action: 'agenda.read',
    params: forumParams.extend({ meeting: z.string().uuid() }),
    handler: async ({ ctx, caller, params }) => {
      const items = await listVersions(ctx, caller, params.org, params.forum, params.meeting);
      return { items, page: { limit: items.length, offset: 0, total: items.length } };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/forums/:forum/meetings/:meeting/agenda/versions/:version',
    summary: 'One published agenda version (closed items only for members)',
    tag: 'agenda',
    action: 'agenda.read',
    params: versionParams,
    handler: ({ ctx, caller, params }) =>
      getAgendaVersion(ctx, caller, params.org, params.forum, params.meeting, params.version),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/forums/:forum/meetings/:meeting/attendance',
    summary: 'Who comes: members, absences with substitutes, guests',
    tag: 'attendance',
    action: 'attendance.read',
    params: meetingParams,
    handler: ({ ctx, caller, params }) =>
      getAttendance(ctx, caller, params.org, params.forum, params.meeting),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/orgs/:org/forums/:forum/meetings/:meeting/absence',
    summary: 'Report absence (afbud), with a reason and an optional substitute',
    tag: 'attendance',
    action: 'attendance.report',
    params: meetingParams,
    body: absenceSchema,
    handler: ({ ctx, caller, params, body }) =>
      reportAbsence(ctx, caller, params.org, params.forum, params.meeting, body),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/api/orgs/:org/forums/:forum/meetings/:meeting/absence',
    summary: 'Withdraw a reported absence',
    tag: 'attendance',
    action: 'attendance.report',
    params: meetingParams,
    body: absenceSchema.pick({ personId: true }),
    handler: ({ ctx, caller, params, body }) =>
      reportAbsence(ctx, caller, params.org, params.forum, params.meeting, body, true),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/orgs/:org/forums/:forum/meetings/:meeting/guests',
    summary: 'Invite a guest for single items',
    tag: 'attendance',
    action: 'agenda.manage',
    params: meetingParams,
    body: guestSchema,
    status: 201,
    handler: ({ ctx, caller, params, body }) =>
      inviteGuest(ctx, caller, params.org, params.forum, params.meeting, body),
  }),
];
