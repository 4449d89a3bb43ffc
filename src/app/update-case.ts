import { z } from 'zod';
import { invalid, notFound } from '../domain/errors.ts';
import { findCase, updateCase as updateRow } from '../store/cases.ts';
import { findForum } from '../store/forums.ts';
import { type CaseView, toCaseView } from './case-view.ts';
import {
  type AppContext,
  audit,
  authorize,
  type Caller,
  orgResource,
  resolveOrganisation,
} from './context.ts';
import { caseInputSchema } from './create-case.ts';
import { parseInput } from './validate.ts';

export const updateCaseSchema = z
  .object({
    title: caseInputSchema.shape.title.optional(),
    /** The forum where the case is decided; null clears it. */
    decidingForumId: z.string().uuid().nullable().optional(),
  })
  .refine((d) => d.title !== undefined || d.decidingForumId !== undefined, {
    message: 'give a title or a deciding forum',
  });

/**
 * Retitles a case or names the one forum where it is decided (the others are consulted or
 * informed). The forum must be one of the organisation's.
 */
export async function updateCase(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  caseId: string,
  input: unknown,
): Promise<CaseView> {
  const org = await resolveOrganisation(ctx.db, caller, orgSlug);
  authorize(caller, 'case.update', orgResource(org));
  const data = parseInput(updateCaseSchema, input);
  const record = await ctx.db.transaction(async (tx) => {
    const current = await findCase(tx, org.id, caseId);
    if (!current) throw notFound('Case');
    if (data.decidingForumId && !(await findForum(tx, org.id, data.decidingForumId)))
      throw invalid('decidingForumId', 'no such forum in this organisation');
    const patch = {
      ...(data.title !== undefined && { title: data.title }),
      ...(data.decidingForumId !== undefined && { decidingForumId: data.decidingForumId }),
    };
    const updated = await updateRow(tx, org.id, caseId, patch);
    if (!updated) throw notFound('Case');
    await audit(tx, caller, {
      orgId: org.id,
      action: 'case.update',
      objectType: 'case',
      objectId: caseId,
      detail: {
        fields: Object.keys(patch),
        from: { title: current.title, decidingForumId: current.decidingForumId },
        to: { title: updated.title, decidingForumId: updated.decidingForumId },
      },
    });
    return updated;
  });
  return toCaseView(ctx.settings, record);
}
