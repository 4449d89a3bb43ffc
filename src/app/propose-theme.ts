import { proposeThemeSchema, type Theme } from '../domain/themes.ts';
import { insertTheme } from '../store/leadership.ts';
import { type AppContext, audit, authorize, type Caller, forumResource, resolveForum } from './context.ts';
import { parseInput } from './validate.ts';

/** A member of a forum (Lederforum) proposes a theme for its meetings. */
export async function proposeTheme(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  input: unknown,
): Promise<Theme> {
  const { org, forum } = await resolveForum(ctx.db, caller, orgSlug, shortName);
  authorize(caller, 'theme.propose', forumResource(forum));
  const content = parseInput(proposeThemeSchema, input);
  return ctx.db.transaction(async (tx) => {
    const theme = await insertTheme(tx, {
      ...content,
      orgId: org.id,
      forumId: forum.id,
      proposerPersonId: caller.actor.kind === 'person' ? caller.actor.personId : null,
    });
    await audit(tx, caller, {
      orgId: org.id,
      action: 'theme.propose',
      objectType: 'theme',
      objectId: theme.id,
      detail: { forumId: forum.id, title: theme.title },
    });
    return theme;
  });
}
