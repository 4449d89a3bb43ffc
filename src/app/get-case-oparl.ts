import { type OParlExport, type OParlVisit, toOParl } from '../domain/case-timeline.ts';
import { notFound } from '../domain/errors.ts';
import { findCase } from '../store/cases.ts';
import { loadCaseVisits } from './case-visits.ts';
import { type AppContext, authorize, type Caller, orgResource, resolveOrganisation } from './context.ts';

/** Where this installation's OParl 1.1 objects live. */
export const oparlBaseUrl = (publicUrl: string): string => `${publicUrl.replace(/\/+$/, '')}/oparl/v1.1`;

/**
 * The case as an OParl 1.1 Paper: one Consultation per visit the caller may read (authoritative
 * for the deciding forum's decision), and the AgendaItems of those visits with their result and
 * resolution text. The organisation is the Paper's body.
 */
export async function getCaseOParl(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  caseId: string,
): Promise<OParlExport> {
  const org = await resolveOrganisation(ctx.db, caller, orgSlug);
  authorize(caller, 'case.read', orgResource(org));
  const kase = await findCase(ctx.db, org.id, caseId);
  if (!kase) throw notFound('Case');
  const { visits } = await loadCaseVisits(ctx.db, caller.actor, kase);
  const oparlVisits = visits.map(
    (v): OParlVisit => ({
      forumId: v.forumId,
      forumShortName: v.forumShortName,
      meetingId: v.meetingId,
      meetingStart: v.meetingStart,
      itemId: v.itemId,
      outcome: v.outcome,
      role: v.role,
      ...(v.number !== null && {
        item: {
          number: v.number,
          title: v.item.title,
          closed: v.item.closed,
          resolutionText: v.decisionText,
          ...(v.result !== null && { result: v.result }),
        },
      }),
    }),
  );
  return toOParl(
    {
      id: kase.id,
      title: kase.title,
      caseNumber: kase.caseNumber,
      bodyId: org.id,
      createdAt: kase.createdAt,
    },
    oparlVisits,
    oparlBaseUrl(ctx.settings.publicUrl),
  );
}
