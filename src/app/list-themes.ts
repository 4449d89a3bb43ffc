import type { Theme } from '../domain/themes.ts';
import { listThemes } from '../store/leadership.ts';
import { findPeopleByIds } from '../store/people.ts';
import { type AppContext, authorize, type Caller, forumResource, resolveForum } from './context.ts';

export interface ThemeView extends Theme {
  proposer: { id: string; name: string } | null;
  /** Proposed by the caller: "my proposals" and their status. */
  mine: boolean;
}

/** The forum's proposed and selected themes, oldest first; members see who proposed and the status. */
export async function listForumThemes(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
): Promise<ThemeView[]> {
  const { org, forum } = await resolveForum(ctx.db, caller, orgSlug, shortName);
  authorize(caller, 'theme.read', forumResource(forum), 'Forum');
  const themes = await listThemes(ctx.db, forum.id);
  const ids = [...new Set(themes.map((t) => t.proposerPersonId).filter((id): id is string => id !== null))];
  const names = new Map((await findPeopleByIds(ctx.db, org.id, ids)).map((p) => [p.id, p.name]));
  const me = caller.actor.kind === 'person' ? caller.actor.personId : null;
  return themes.map((t) => ({
    ...t,
    proposer: t.proposerPersonId
      ? { id: t.proposerPersonId, name: names.get(t.proposerPersonId) ?? '' }
      : null,
    mine: me !== null && t.proposerPersonId === me,
  }));
}
