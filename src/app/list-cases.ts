import { z } from 'zod';
import { listCases as listPage } from '../store/cases.ts';
import { type CaseView, toCaseView } from './case-view.ts';
import { type AppContext, authorize, type Caller, orgResource, resolveOrganisation } from './context.ts';
import { type Paged, pageSchema } from './page.ts';
import { parseInput } from './validate.ts';

export const listCasesSchema = pageSchema.extend({
  /** The start of a case number or a part of the title. */
  query: z.string().trim().max(100).optional(),
});

/** The organisation's cases, newest first, optionally filtered. */
export async function listCases(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  input: unknown,
): Promise<Paged<CaseView>> {
  const org = await resolveOrganisation(ctx.db, caller, orgSlug);
  authorize(caller, 'case.read', orgResource(org));
  const { query, limit, offset } = parseInput(listCasesSchema, input);
  const { items, total } = await listPage(ctx.db, org.id, { ...(query && { query }), limit, offset });
  return { items: items.map((r) => toCaseView(ctx.settings, r)), page: { limit, offset, total } };
}
