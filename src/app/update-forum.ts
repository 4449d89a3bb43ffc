import { invalid, notFound } from '../domain/errors.ts';
import { type Forum, forumInputSchema } from '../domain/organisation.ts';
import { findForum, updateForum as updateRow } from '../store/forums.ts';
import { type AppContext, audit, authorize, type Caller, forumResource, resolveForum } from './context.ts';
import { parseInput, patchSchema } from './validate.ts';

export const forumPatchSchema = patchSchema(forumInputSchema);

export async function updateForum(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  input: unknown,
): Promise<Forum> {
  const { org, forum } = await resolveForum(ctx.db, caller, orgSlug, shortName);
  authorize(caller, 'forum.update', forumResource(forum));
  const patch = parseInput(forumPatchSchema, input);
  return ctx.db.transaction(async (tx) => {
    if (patch.parentForumId === forum.id) throw invalid('parentForumId', 'a forum cannot be its own parent');
    if (patch.parentForumId && !(await findForum(tx, org.id, patch.parentForumId)))
      throw invalid('parentForumId', 'no such forum');
    const updated = await updateRow(tx, org.id, forum.id, patch);
    if (!updated) throw notFound('Forum');
    await audit(tx, caller, {
      orgId: org.id,
      action: 'forum.update',
      objectType: 'forum',
      objectId: forum.id,
      detail: patch,
    });
    return updated;
  });
}
