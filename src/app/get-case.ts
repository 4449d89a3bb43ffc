import { notFound } from '../domain/errors.ts';
import { findCase } from '../store/cases.ts';
import { type CaseView, toCaseView } from './case-view.ts';
import { type AppContext, authorize, type Caller, orgResource, resolveOrganisation } from './context.ts';

/** A case with the link to it in the case-management system (when configured). */
export async function getCase(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  caseId: string,
): Promise<CaseView> {
  const org = await resolveOrganisation(ctx.db, caller, orgSlug);
  authorize(caller, 'case.read', orgResource(org));
  const record = await findCase(ctx.db, org.id, caseId);
  if (!record) throw notFound('Case');
  return toCaseView(ctx.settings, record);
}
