import { z } from 'zod';
import { addMeeting } from '../../app/add-meeting.ts';
import { cancelMeeting } from '../../app/cancel-meeting.ts';
import { calendarQuerySchema, getCalendar } from '../../app/get-calendar.ts';
import { addMeetingSchema, cancelMeetingSchema, updateMeetingSchema } from '../../app/meeting-input.ts';
import { pageSchema } from '../../app/page.ts';
import { updateMeeting } from '../../app/update-meeting.ts';
import { defineRoute } from '../route.ts';
import { forumParams } from './forums.ts';

const meetingParams = forumParams.extend({
  meeting: z
    .string()
    .describe('A series date (YYYY-MM-DD, the occurrence as generated) or a stored meeting id'),
});

export const meetingRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/forums/:forum/meetings',
    summary: 'The calendar: meetings in a period with leader and every deadline',
    tag: 'meetings',
    action: 'calendar.read',
    params: forumParams,
    query: calendarQuerySchema.extend(pageSchema.shape),
    handler: async ({ ctx, caller, params, query }) => {
      const all = await getCalendar(ctx, caller, params.org, params.forum, query);
      return {
        items: all.slice(query.offset, query.offset + query.limit),
        page: { limit: query.limit, offset: query.offset, total: all.length },
      };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/orgs/:org/forums/:forum/meetings',
    summary: 'Add a meeting outside the series',
    tag: 'meetings',
    action: 'meeting.manage',
    params: forumParams,
    body: addMeetingSchema,
    status: 201,
    handler: ({ ctx, caller, params, body }) => addMeeting(ctx, caller, params.org, params.forum, body),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/api/orgs/:org/forums/:forum/meetings/:meeting',
    summary: 'Move a meeting or change its location, leader or note',
    tag: 'meetings',
    action: 'meeting.manage',
    params: meetingParams,
    body: updateMeetingSchema,
    handler: ({ ctx, caller, params, body }) =>
      updateMeeting(ctx, caller, params.org, params.forum, params.meeting, body),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/orgs/:org/forums/:forum/meetings/:meeting/cancel',
    summary: 'Cancel a meeting',
    tag: 'meetings',
    action: 'meeting.manage',
    params: meetingParams,
    body: cancelMeetingSchema,
    handler: ({ ctx, caller, params, body }) =>
      cancelMeeting(ctx, caller, params.org, params.forum, params.meeting, body),
  }),
];
