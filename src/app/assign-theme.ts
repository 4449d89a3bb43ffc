/** The forum's managers put a theme and its presenter on a meeting, and change it later. */
import { notFound } from '../domain/errors.ts';
import {
  type ThemeAssignment,
  themeAssignmentInputSchema,
  themeAssignmentPatchSchema,
} from '../domain/theme-plan.ts';
import {
  findThemeAssignment,
  insertThemeAssignment,
  updateThemeAssignment as storeUpdate,
} from '../store/planning.ts';
import { type AppContext, audit, authorize, type Caller, forumResource, resolveForum } from './context.ts';
import { materialiseMeeting } from './meeting-occurrence.ts';
import { checkPresenter } from './theme-plan-context.ts';
import { parseInput } from './validate.ts';

export async function assignTheme(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  input: unknown,
): Promise<ThemeAssignment> {
  const { org, forum } = await resolveForum(ctx.db, caller, orgSlug, shortName);
  authorize(caller, 'themeplan.manage', forumResource(forum), 'Forum');
  const { meeting: key, ...content } = parseInput(themeAssignmentInputSchema, input);
  return ctx.db.transaction(async (tx) => {
    await checkPresenter(tx, org.id, content.presenterPersonId);
    const meeting = await materialiseMeeting(tx, forum, key);
    const id = await insertThemeAssignment(tx, {
      ...content,
      orgId: org.id,
      forumId: forum.id,
      meetingId: meeting.id,
    });
    await audit(tx, caller, {
      orgId: org.id,
      action: 'themeplan.assign',
      objectType: 'theme_assignment',
      objectId: id,
      detail: { forumId: forum.id, meetingId: meeting.id, presenterPersonId: content.presenterPersonId },
    });
    const made = await findThemeAssignment(tx, forum.id, id);
    if (!made) throw notFound('Theme assignment');
    return made;
  });
}

export async function changeThemeAssignment(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  assignmentId: string,
  input: unknown,
): Promise<ThemeAssignment> {
  const { org, forum } = await resolveForum(ctx.db, caller, orgSlug, shortName);
  authorize(caller, 'themeplan.manage', forumResource(forum), 'Forum');
  const patch = parseInput(themeAssignmentPatchSchema, input);
  return ctx.db.transaction(async (tx) => {
    await checkPresenter(tx, org.id, patch.presenterPersonId);
    const before = await findThemeAssignment(tx, forum.id, assignmentId);
    if (!before) throw notFound('Theme assignment');
    await storeUpdate(tx, forum.id, assignmentId, patch);
    await audit(tx, caller, {
      orgId: org.id,
      action: 'themeplan.change',
      objectType: 'theme_assignment',
      objectId: assignmentId,
      detail: {
        forumId: forum.id,
        changed: Object.keys(patch),
        ...(patch.presenterPersonId ? { from: before.presenterPersonId, to: patch.presenterPersonId } : {}),
      },
    });
    return { ...before, ...patch };
  });
}
