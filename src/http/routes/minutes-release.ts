/** The release of the minutes: draft, review, publication and corrections, approval, summary. */
import { z } from 'zod';
import { approveMinutes } from '../../app/approve-minutes.ts';
import { correctItemMinutes, correctItemMinutesSchema } from '../../app/correct-item-minutes.ts';
import { getAgendaVersion, listVersions } from '../../app/get-agenda-version.ts';
import { getMinutesApprovals } from '../../app/get-minutes-approvals.ts';
import { getMinutesCommunication } from '../../app/get-minutes-communication.ts';
import { getMinutesDraft } from '../../app/get-minutes-draft.ts';
import { publishMinutes, publishMinutesSchema } from '../../app/publish-minutes.ts';
import { sendMinutesForReview } from '../../app/send-minutes-for-review.ts';
import { defineRoute } from '../route.ts';
import { forumParams } from './forums.ts';

const meetingParams = forumParams.extend({
  meeting: z.string().min(1).max(40).describe('A series date (YYYY-MM-DD) or a stored meeting id'),
});
const itemParams = meetingParams.extend({ item: z.string().uuid() });
const versionParams = meetingParams.extend({
  version: z.union([z.literal('latest'), z.coerce.number().int().positive()]),
});
const base = '/api/orgs/:org/forums/:forum/meetings/:meeting';

export const minutesReleaseRoutes = [
  defineRoute({
    method: 'GET',
    path: `${base}/minutes/draft`,
    summary: 'The minutes as written so far, with what keeps them from being released',
    tag: 'minutes',
    action: 'minutes.review',
    params: meetingParams,
    handler: ({ ctx, caller, params }) =>
      getMinutesDraft(ctx, caller, params.org, params.forum, params.meeting),
  }),
  defineRoute({
    method: 'POST',
    path: `${base}/minutes/review`,
    summary: 'Send the draft minutes to the members for review',
    tag: 'minutes',
    action: 'minutes.write',
    params: meetingParams,
    handler: ({ ctx, caller, params }) =>
      sendMinutesForReview(ctx, caller, params.org, params.forum, params.meeting),
  }),
  defineRoute({
    method: 'POST',
    path: `${base}/minutes/publish`,
    summary: 'Publish the minutes; a later publication is a corrected version with a change note',
    tag: 'minutes',
    action: 'minutes.write',
    params: meetingParams,
    body: publishMinutesSchema,
    handler: ({ ctx, caller, params, body }) =>
      publishMinutes(ctx, caller, params.org, params.forum, params.meeting, body),
  }),
  defineRoute({
    method: 'GET',
    path: `${base}/minutes/versions`,
    summary: 'Published versions of the minutes with their changes and change notes',
    tag: 'minutes',
    action: 'agenda.read',
    params: meetingParams,
    handler: async ({ ctx, caller, params }) => {
      const items = await listVersions(ctx, caller, params.org, params.forum, params.meeting, 'minutes');
      return { items, page: { limit: items.length, offset: 0, total: items.length } };
    },
  }),
  defineRoute({
    method: 'GET',
    path: `${base}/minutes/versions/:version`,
    summary: 'One published version of the minutes (closed items only for members)',
    tag: 'minutes',
    action: 'agenda.read',
    params: versionParams,
    handler: ({ ctx, caller, params }) =>
      getAgendaVersion(ctx, caller, params.org, params.forum, params.meeting, params.version, 'minutes'),
  }),
  defineRoute({
    method: 'POST',
    path: `${base}/minutes/approve`,
    summary: 'A member approves the published minutes (a timestamped approval)',
    tag: 'minutes',
    action: 'minutes.approve',
    params: meetingParams,
    handler: ({ ctx, caller, params }) =>
      approveMinutes(ctx, caller, params.org, params.forum, params.meeting),
  }),
  defineRoute({
    method: 'GET',
    path: `${base}/minutes/approvals`,
    summary: 'Who has approved the published minutes, and whether a meeting has',
    tag: 'minutes',
    action: 'minutes.review',
    params: meetingParams,
    handler: ({ ctx, caller, params }) =>
      getMinutesApprovals(ctx, caller, params.org, params.forum, params.meeting),
  }),
  defineRoute({
    method: 'GET',
    path: `${base}/minutes/communication`,
    summary: '"Hvad skal kommunikeres ud": the summary for the departments',
    tag: 'minutes',
    action: 'agenda.read',
    params: meetingParams,
    handler: ({ ctx, caller, params }) =>
      getMinutesCommunication(ctx, caller, params.org, params.forum, params.meeting),
  }),
  defineRoute({
    method: 'PUT',
    path: `${base}/items/:item/minutes/correction`,
    summary: "Correct an item's finalised minutes (decision, presence, summary) with a note",
    tag: 'minutes',
    action: 'minutes.write',
    params: itemParams,
    body: correctItemMinutesSchema,
    handler: ({ ctx, caller, params, body }) =>
      correctItemMinutes(ctx, caller, params.org, params.forum, params.meeting, params.item, body),
  }),
];
