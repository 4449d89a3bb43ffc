/** Planning the year: the annual wheel (årshjul) and the theme plan of a forum. */
import { z } from 'zod';
import { assignTheme, changeThemeAssignment } from '../../app/assign-theme.ts';
import { createWheelEntry } from '../../app/create-wheel-entry.ts';
import { deleteWheelEntry } from '../../app/delete-wheel-entry.ts';
import { getYearPlan } from '../../app/get-year-plan.ts';
import { listThemePlan, proposeThemePresenter } from '../../app/list-theme-plan.ts';
import { listWheelEntries } from '../../app/list-wheel-entries.ts';
import { updateWheelEntry, wheelEntryPatchSchema } from '../../app/update-wheel-entry.ts';
import { wheelEntryInputSchema } from '../../domain/annual-wheel.ts';
import { slugSchema } from '../../domain/organisation.ts';
import { themeAssignmentInputSchema, themeAssignmentPatchSchema } from '../../domain/theme-plan.ts';
import { defineRoute } from '../route.ts';
import { forumParams } from './forums.ts';

const all = <T>(items: T[]) => ({ items, page: { limit: items.length, offset: 0, total: items.length } });
const WHEEL = '/api/orgs/:org/forums/:forum/wheel';
const THEMES = '/api/orgs/:org/forums/:forum/theme-plan';
export const yearQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const planningRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/year',
    summary: "The organisation's year: every forum's meetings with their load, wheel milestones and themes",
    tag: 'planning',
    action: 'year.read',
    params: z.object({ org: slugSchema }),
    query: yearQuerySchema,
    handler: async ({ ctx, caller, params, query }) => getYearPlan(ctx, caller, params.org, query.year),
  }),
  defineRoute({
    method: 'GET',
    path: WHEEL,
    summary: "The forum's annual wheel, each entry with its meeting in the year (default: this year)",
    tag: 'planning',
    action: 'wheel.read',
    params: forumParams,
    query: yearQuerySchema,
    handler: async ({ ctx, caller, params, query }) =>
      all(await listWheelEntries(ctx, caller, params.org, params.forum, query.year)),
  }),
  defineRoute({
    method: 'POST',
    path: WHEEL,
    summary: 'Add an entry to the annual wheel',
    tag: 'planning',
    action: 'wheel.manage',
    params: forumParams,
    body: wheelEntryInputSchema,
    status: 201,
    handler: async ({ ctx, caller, params, body }) => ({
      entry: await createWheelEntry(ctx, caller, params.org, params.forum, body),
    }),
  }),
  defineRoute({
    method: 'PATCH',
    path: `${WHEEL}/:wheelEntry`,
    summary: 'Change an entry of the annual wheel (active: false stops its placeholders)',
    tag: 'planning',
    action: 'wheel.manage',
    params: forumParams.extend({ wheelEntry: z.guid() }),
    body: wheelEntryPatchSchema,
    handler: async ({ ctx, caller, params, body }) => ({
      entry: await updateWheelEntry(ctx, caller, params.org, params.forum, params.wheelEntry, body),
    }),
  }),
  defineRoute({
    method: 'DELETE',
    path: `${WHEEL}/:wheelEntry`,
    summary: 'Remove an entry of the annual wheel; placeholder items already made stay as drafts',
    tag: 'planning',
    action: 'wheel.manage',
    params: forumParams.extend({ wheelEntry: z.guid() }),
    status: 204,
    handler: async ({ ctx, caller, params }) => {
      await deleteWheelEntry(ctx, caller, params.org, params.forum, params.wheelEntry);
      return undefined;
    },
  }),
  defineRoute({
    method: 'GET',
    path: THEMES,
    summary: "The forum's theme plan: who presents which theme at which meeting",
    tag: 'planning',
    action: 'themeplan.read',
    params: forumParams,
    handler: async ({ ctx, caller, params }) =>
      all(await listThemePlan(ctx, caller, params.org, params.forum)),
  }),
  defineRoute({
    method: 'GET',
    path: `${THEMES}/proposal`,
    summary: "The next presenter by rotation among the forum's heads",
    tag: 'planning',
    action: 'themeplan.read',
    params: forumParams,
    handler: async ({ ctx, caller, params }) => ({
      presenter: await proposeThemePresenter(ctx, caller, params.org, params.forum),
    }),
  }),
  defineRoute({
    method: 'POST',
    path: THEMES,
    summary: 'Put a theme and its presenter on a meeting',
    tag: 'planning',
    action: 'themeplan.manage',
    params: forumParams,
    body: themeAssignmentInputSchema,
    status: 201,
    handler: async ({ ctx, caller, params, body }) => ({
      assignment: await assignTheme(ctx, caller, params.org, params.forum, body),
    }),
  }),
  defineRoute({
    method: 'PATCH',
    path: `${THEMES}/:themeAssignment`,
    summary: 'Change a theme, its presenter or its status',
    tag: 'planning',
    action: 'themeplan.manage',
    params: forumParams.extend({ themeAssignment: z.guid() }),
    body: themeAssignmentPatchSchema,
    handler: async ({ ctx, caller, params, body }) => ({
      assignment: await changeThemeAssignment(
        ctx,
        caller,
        params.org,
        params.forum,
        params.themeAssignment,
        body,
      ),
    }),
  }),
];
