import type { VisitRole } from '../domain/case-timeline.ts';
import { notFound } from '../domain/errors.ts';
import type { Treatment } from '../domain/minutes.ts';
import { findCase } from '../store/cases.ts';
import { type CaseView, toCaseView } from './case-view.ts';
import { type CaseVisits, type ForumRef, loadCaseVisits } from './case-visits.ts';
import { type AppContext, authorize, type Caller, orgResource, resolveOrganisation } from './context.ts';

export interface TimelineVisit {
  forum: ForumRef;
  meeting: { id: string; start: string };
  item: { id: string; number: number | null; title: string; closed: boolean };
  outcome: Treatment | 'pending';
  role: VisitRole;
  /** The result line of finalised minutes ("Godkendt", "1: Godkendt; 2: Henvist"). */
  result: string | null;
  /** The meeting referred the case on ("henvist fra CF til DIF"), with the reason. */
  referral: { from: ForumRef; to: ForumRef; itemId: string | null; reason: string } | null;
}

export interface CaseTimelineView {
  case: CaseView;
  decidingForum: CaseVisits['decidingForum'];
  visits: TimelineVisit[];
}

/**
 * A case's journey between forums: every visit of its items to a meeting, in order, with the
 * outcome, the visit's role and the referrals. Only the items the caller may read appear.
 */
export async function getCaseTimeline(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  caseId: string,
): Promise<CaseTimelineView> {
  const org = await resolveOrganisation(ctx.db, caller, orgSlug);
  authorize(caller, 'case.read', orgResource(org));
  const kase = await findCase(ctx.db, org.id, caseId);
  if (!kase) throw notFound('Case');
  const { decidingForum, visits } = await loadCaseVisits(ctx.db, caller.actor, kase);
  return {
    case: toCaseView(ctx.settings, kase),
    decidingForum,
    visits: visits.map((v) => ({
      forum: { id: v.forumId, shortName: v.forumShortName },
      meeting: { id: v.meetingId, start: v.meetingStart },
      item: { id: v.itemId, number: v.number, title: v.item.title, closed: v.item.closed },
      outcome: v.outcome,
      role: v.role,
      result: v.result,
      referral: v.referral,
    })),
  };
}
