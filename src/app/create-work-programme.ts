/** The forum's managers (or the organisation's admins) start the work programme of a year. */
import { conflict } from '../domain/errors.ts';
import { createProgrammeSchema } from '../domain/work-programme.ts';
import { findProgramme, insertProgramme, type ProgrammeHead } from '../store/work-programmes.ts';
import { type AppContext, audit, authorize, type Caller, forumResource, resolveForum } from './context.ts';
import { parseInput } from './validate.ts';

export async function createWorkProgramme(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  forumShortName: string,
  input: unknown,
): Promise<ProgrammeHead> {
  const { org, forum } = await resolveForum(ctx.db, caller, orgSlug, forumShortName);
  authorize(caller, 'programme.manage', forumResource(forum), 'Forum');
  const data = parseInput(createProgrammeSchema, input);
  return ctx.db.transaction(async (tx) => {
    if (await findProgramme(tx, forum.id, data.year))
      throw conflict('year', 'the forum already has a work programme for that year');
    const programme = await insertProgramme(tx, { ...data, orgId: org.id, forumId: forum.id });
    await audit(tx, caller, {
      orgId: org.id,
      action: 'programme.create',
      objectType: 'work_programme',
      objectId: programme.id,
      detail: { forumId: forum.id, year: programme.year },
    });
    return programme;
  });
}
