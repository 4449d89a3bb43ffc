/** Lederforum's themes and the annual leaders' day (issue 9). */
import { z } from 'zod';
import { addLeadersDayFile } from '../../app/add-leaders-day-file.ts';
import { cancelLeadersDayRegistration } from '../../app/cancel-leaders-day-registration.ts';
import { createLeadersDay } from '../../app/create-leaders-day.ts';
import { getLeadersDay, listForumLeadersDays } from '../../app/get-leaders-day.ts';
import { listForumThemes } from '../../app/list-themes.ts';
import { proposeTheme } from '../../app/propose-theme.ts';
import { readLeadersDayFile } from '../../app/read-leaders-day-file.ts';
import { registerForLeadersDay } from '../../app/register-for-leaders-day.ts';
import { removeLeadersDayFile } from '../../app/remove-leaders-day-file.ts';
import { selectTheme } from '../../app/select-theme.ts';
import { unselectTheme } from '../../app/unselect-theme.ts';
import { leadersDayPatchSchema, updateLeadersDay } from '../../app/update-leaders-day.ts';
import { leadersDayInputSchema, registrationInputSchema } from '../../domain/leaders-day.ts';
import { proposeThemeSchema, selectThemeSchema } from '../../domain/themes.ts';
import { defineRoute } from '../route.ts';
import { fileDownload } from './attachments.ts';
import { forumParams } from './forums.ts';

const themeParams = forumParams.extend({ theme: z.string().uuid() });
const dayParams = forumParams.extend({ day: z.string().uuid() });
const fileParams = dayParams.extend({ file: z.string().uuid() });
const THEMES = '/api/orgs/:org/forums/:forum/themes';
const DAYS = '/api/orgs/:org/forums/:forum/leaders-days';
const list = <T>(items: T[]) => ({ items, page: { limit: items.length, offset: 0, total: items.length } });

export const leadershipRoutes = [
  defineRoute({
    method: 'GET',
    path: THEMES,
    summary: "The forum's proposed and selected themes, with their proposers",
    tag: 'themes',
    action: 'theme.read',
    params: forumParams,
    handler: async ({ ctx, caller, params }) =>
      list(await listForumThemes(ctx, caller, params.org, params.forum)),
  }),
  defineRoute({
    method: 'POST',
    path: THEMES,
    summary: 'Propose a theme for the forum’s meetings',
    tag: 'themes',
    action: 'theme.propose',
    status: 201,
    params: forumParams,
    body: proposeThemeSchema,
    handler: async ({ ctx, caller, params, body }) => ({
      theme: await proposeTheme(ctx, caller, params.org, params.forum, body),
    }),
  }),
  defineRoute({
    method: 'POST',
    path: `${THEMES}/:theme/select`,
    summary: 'Select a theme for a meeting (at most two per meeting): it becomes a theme item on the agenda',
    tag: 'themes',
    action: 'theme.select',
    params: themeParams,
    body: selectThemeSchema,
    handler: async ({ ctx, caller, params, body }) => ({
      theme: await selectTheme(ctx, caller, params.org, params.forum, params.theme, body),
    }),
  }),
  defineRoute({
    method: 'POST',
    path: `${THEMES}/:theme/unselect`,
    summary: 'Take a selected theme off its meeting: its item is withdrawn, the theme is proposed again',
    tag: 'themes',
    action: 'theme.select',
    params: themeParams,
    handler: async ({ ctx, caller, params }) => ({
      theme: await unselectTheme(ctx, caller, params.org, params.forum, params.theme),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: DAYS,
    summary: "The forum's leaders' days, as the caller may see them",
    tag: 'leaders-day',
    action: 'leadersday.read',
    params: forumParams,
    handler: async ({ ctx, caller, params }) =>
      list(await listForumLeadersDays(ctx, caller, params.org, params.forum)),
  }),
  defineRoute({
    method: 'POST',
    path: DAYS,
    summary: "Create a leaders' day: date, place, seats, registration deadline, programme, material",
    tag: 'leaders-day',
    action: 'leadersday.manage',
    status: 201,
    params: forumParams,
    body: leadersDayInputSchema,
    handler: async ({ ctx, caller, params, body }) => ({
      leadersDay: await createLeadersDay(ctx, caller, params.org, params.forum, body),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: `${DAYS}/:day`,
    summary: "One leaders' day: programme and material once released, registrations for the organisers",
    tag: 'leaders-day',
    action: 'leadersday.read',
    params: dayParams,
    handler: async ({ ctx, caller, params }) => ({
      leadersDay: await getLeadersDay(ctx, caller, params.org, params.forum, params.day),
    }),
  }),
  defineRoute({
    method: 'PATCH',
    path: `${DAYS}/:day`,
    summary:
      "Change a leaders' day's place, seats, deadline, programme or material; more seats promote the waitlist",
    tag: 'leaders-day',
    action: 'leadersday.manage',
    params: dayParams,
    body: leadersDayPatchSchema,
    handler: async ({ ctx, caller, params, body }) =>
      updateLeadersDay(ctx, caller, params.org, params.forum, params.day, body),
  }),
  defineRoute({
    method: 'POST',
    path: `${DAYS}/:day/registration`,
    summary: 'Register for the day (a seat, or the waitlist when the seats are taken)',
    tag: 'leaders-day',
    action: 'leadersday.register',
    status: 201,
    params: dayParams,
    body: registrationInputSchema,
    handler: async ({ ctx, caller, params, body }) => ({
      registration: await registerForLeadersDay(ctx, caller, params.org, params.forum, params.day, body),
    }),
  }),
  defineRoute({
    method: 'DELETE',
    path: `${DAYS}/:day/registration`,
    summary: 'Cancel one’s registration; a freed seat goes to the first on the waitlist',
    tag: 'leaders-day',
    action: 'leadersday.register',
    params: dayParams,
    handler: async ({ ctx, caller, params }) =>
      cancelLeadersDayRegistration(ctx, caller, params.org, params.forum, params.day),
  }),
  defineRoute({
    method: 'POST',
    path: `${DAYS}/:day/files`,
    summary:
      "Upload a material file to a leaders' day: the bytes as the body (application/octet-stream), the file name in ?name=, an optional ?title=",
    tag: 'leaders-day',
    action: 'leadersday.manage',
    binaryBody: true,
    status: 201,
    params: dayParams,
    // Optional here so a caller who may not upload learns nothing from validation; the use case
    // requires the name after authorising.
    query: z.object({ name: z.string().max(1000).optional(), title: z.string().max(300).optional() }),
    handler: async ({ ctx, caller, params, query, body }) => ({
      file: await addLeadersDayFile(ctx, caller, params.org, params.forum, params.day, {
        name: query.name,
        title: query.title,
        body,
      }),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: `${DAYS}/:day/files/:file`,
    summary: 'A material file as a download: for the organisers, and for registrants once released',
    tag: 'leaders-day',
    action: 'leadersday.read',
    params: fileParams,
    handler: async ({ ctx, caller, params }) =>
      fileDownload(
        await readLeadersDayFile(ctx, caller, params.org, params.forum, params.day, params.file),
        'private',
      ),
  }),
  defineRoute({
    method: 'DELETE',
    path: `${DAYS}/:day/files/:file`,
    summary: "Remove a material file of a leaders' day",
    tag: 'leaders-day',
    action: 'leadersday.manage',
    status: 204,
    params: fileParams,
    handler: async ({ ctx, caller, params }) => {
      await removeLeadersDayFile(ctx, caller, params.org, params.forum, params.day, params.file);
      return undefined;
    },
  }),
];
