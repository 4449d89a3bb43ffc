import { validateCharter } from '../domain/calendar.ts';
import { type Charter, charterInputSchema } from '../domain/charter.ts';
import { type ErrorDetail, ForaError } from '../domain/errors.ts';
import { insertCharter, listMemberships } from '../store/forums.ts';
import { findUnit } from '../store/people.ts';
import { type AppContext, audit, authorize, type Caller, forumResource, resolveForum } from './context.ts';
import { parseInput } from './validate.ts';

/**
 * Adds a charter version that takes effect from `effectiveFrom`. Earlier versions stay as history;
 * meetings before that date keep following them, and held meetings are stored and never move.
 */
export async function createCharterVersion(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  input: unknown,
): Promise<Charter> {
  const { org, forum } = await resolveForum(ctx.db, caller, orgSlug, shortName);
  authorize(caller, 'charter.manage', forumResource(forum));
  const { effectiveFrom, ...content } = parseInput(charterInputSchema, input);
  const details: ErrorDetail[] = validateCharter(content, effectiveFrom);
  return ctx.db.transaction(async (tx) => {
    if (content.leaderRule.kind === 'rotation') {
      const memberIds = new Set((await listMemberships(tx, forum.id)).map((m) => m.personId));
      content.leaderRule.personIds.forEach((id, i) => {
        if (!memberIds.has(id))
          details.push({ path: `leaderRule.personIds.${i}`, problem: 'is not a member of the forum' });
      });
    }
    if (content.secretariatUnitId && !(await findUnit(tx, org.id, content.secretariatUnitId)))
      details.push({ path: 'secretariatUnitId', problem: 'no such unit' });
    if (details.length > 0)
      throw new ForaError(
        'validation_failed',
        `Invalid charter: ${details.map((d) => `${d.path}: ${d.problem}`).join('; ')}`,
        details,
      );
    const charter = await insertCharter(tx, org.id, { forumId: forum.id, effectiveFrom, content });
    await audit(tx, caller, {
      orgId: org.id,
      action: 'charter.create',
      objectType: 'charter',
      objectId: charter.id,
      detail: { forumId: forum.id, version: charter.version, effectiveFrom },
    });
    return charter;
  });
}
