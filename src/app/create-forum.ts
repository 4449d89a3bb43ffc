import { invalid } from '../domain/errors.ts';
import { type Forum, forumInputSchema } from '../domain/organisation.ts';
import { findForum, insertForum } from '../store/forums.ts';
import {
  type AppContext,
  audit,
  authorize,
  type Caller,
  orgResource,
  resolveOrganisation,
} from './context.ts';
import { parseInput } from './validate.ts';

export async function createForum(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  input: unknown,
): Promise<Forum> {
  const org = await resolveOrganisation(ctx.db, caller, orgSlug);
  authorize(caller, 'forum.create', orgResource(org));
  const data = parseInput(forumInputSchema, input);
  return ctx.db.transaction(async (tx) => {
    if (data.parentForumId && !(await findForum(tx, org.id, data.parentForumId)))
      throw invalid('parentForumId', 'no such forum');
    const forum = await insertForum(tx, { orgId: org.id, ...data });
    await audit(tx, caller, {
      orgId: org.id,
      action: 'forum.create',
      objectType: 'forum',
      objectId: forum.id,
      detail: data,
    });
    return forum;
  });
}
