/** A forum's theme plan (who presents which theme when), and the next presenter by rotation. */
import { nextPresenter, type ThemeAssignment } from '../domain/theme-plan.ts';
import { findPeopleByIds } from '../store/people.ts';
import { listThemeAssignments } from '../store/planning.ts';
import { type AppContext, authorize, type Caller, forumResource, resolveForum, today } from './context.ts';
import { forumHeads } from './theme-plan-context.ts';

export interface ThemePlanEntry extends ThemeAssignment {
  presenterName: string;
}

export async function listThemePlan(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
): Promise<ThemePlanEntry[]> {
  const { org, forum } = await resolveForum(ctx.db, caller, orgSlug, shortName);
  authorize(caller, 'themeplan.read', forumResource(forum), 'Forum');
  const plan = await listThemeAssignments(ctx.db, [forum.id]);
  const ids = [...new Set(plan.map((a) => a.presenterPersonId))];
  const names = new Map((await findPeopleByIds(ctx.db, org.id, ids)).map((p) => [p.id, p.name]));
  return plan.map((a) => ({ ...a, presenterName: names.get(a.presenterPersonId) ?? '' }));
}

/**
 * Who should present next: among the forum's heads (the charter's leader rotation, else its chair
 * and members), the one whose last theme lies furthest back. Null if the forum has no heads.
 */
export async function proposeThemePresenter(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
): Promise<{ personId: string; name: string } | null> {
  const { org, forum } = await resolveForum(ctx.db, caller, orgSlug, shortName);
  authorize(caller, 'themeplan.read', forumResource(forum), 'Forum');
  const heads = await forumHeads(ctx.db, forum, today(ctx));
  const next = nextPresenter(heads, await listThemeAssignments(ctx.db, [forum.id]));
  if (!next) return null;
  const [person] = await findPeopleByIds(ctx.db, org.id, [next]);
  return person ? { personId: person.id, name: person.name } : null;
}
