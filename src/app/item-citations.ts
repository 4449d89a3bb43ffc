/**
 * An item citing another forum's decision ("DIF har på sit møde den 29. januar 2024 tiltrådt ..."):
 * which items may be cited, and the citations as a reader of the citing item sees them.
 */
import { citationLead } from '../domain/case-timeline.ts';
import { type ErrorDetail, ForaError } from '../domain/errors.ts';
import type { Item } from '../domain/item.ts';
import { type Actor, can } from '../domain/policy.ts';
import type { DbOrTx } from '../store/db.ts';
import { findForum } from '../store/forums.ts';
import { findItems } from '../store/items.ts';
import { type ForumRef, type ItemVisit, itemVisits } from './case-visits.ts';
import { itemResource } from './item-access.ts';

export interface Citation {
  itemId: string;
  forum: ForumRef;
  meetingId: string;
  meetingStart: string;
  /** "DIF har på sit møde den 29. januar 2024" */
  lead: string;
  decisionText: string;
}

/** The latest meeting that decided each item (a decision or a referral, not a postponement). */
async function decisions(db: DbOrTx, orgId: string, items: readonly Item[]): Promise<Map<string, ItemVisit>> {
  const out = new Map<string, ItemVisit>();
  for (const v of await itemVisits(db, orgId, items)) {
    if ((v.outcome !== 'decided' && v.outcome !== 'referred') || !v.decisionText) continue;
    const seen = out.get(v.item.id);
    if (!seen || Date.parse(v.meeting.start) > Date.parse(seen.meeting.start)) out.set(v.item.id, v);
  }
  return out;
}

const readable = (actor: Actor, item: Item): boolean => can(actor, 'item.read', itemResource(item));

/**
 * An item of `forumId` may cite items of the same organisation that belong to another forum and
 * have been decided there. An item the actor may not read is, to them, no item. Ids already cited
 * (`kept`, e.g. the source of a referral) are not checked again.
 */
export async function checkCitations(
  db: DbOrTx,
  actor: Actor,
  orgId: string,
  forumId: string,
  ids: readonly string[] | undefined,
  kept: readonly string[] = [],
): Promise<void> {
  if (!ids || ids.length === 0) return;
  const found = new Map((await findItems(db, orgId, ids)).map((i) => [i.id, i]));
  const decided = await decisions(db, orgId, [...found.values()]);
  const problems: ErrorDetail[] = [];
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    const path = `citedItemIds.${i}`;
    const item = found.get(id);
    if (seen.has(id)) problems.push({ path, problem: 'is listed twice' });
    else if (kept.includes(id)) {
      // Cited before: it stays.
    } else if (!item || !readable(actor, item))
      problems.push({ path, problem: 'no such item in this organisation' });
    else if (item.forumId === forumId)
      problems.push({ path, problem: "is an item of the same forum; cite another forum's decision" });
    else if (!decided.has(id)) problems.push({ path, problem: 'has not been decided yet' });
    seen.add(id);
  });
  if (problems.length > 0)
    throw new ForaError(
      'validation_failed',
      `Invalid citations: ${problems.map((p) => `${p.path}: ${p.problem}`).join('; ')}`,
      problems,
    );
}

/** The decisions `item` cites, in the order cited, leaving out those the reader may not read. */
export async function citationsOf(db: DbOrTx, actor: Actor, item: Item): Promise<Citation[]> {
  if (item.citedItemIds.length === 0) return [];
  const cited = (await findItems(db, item.orgId, item.citedItemIds)).filter((i) => readable(actor, i));
  const decided = await decisions(db, item.orgId, cited);
  const out: Citation[] = [];
  for (const id of item.citedItemIds) {
    const v = decided.get(id);
    if (!v?.decisionText) continue;
    const forum = await findForum(db, item.orgId, v.meeting.forumId);
    const shortName = forum?.shortName ?? '';
    out.push({
      itemId: id,
      forum: { id: v.meeting.forumId, shortName },
      meetingId: v.meeting.id,
      meetingStart: v.meeting.start,
      lead: citationLead({ forumShortName: shortName, meetingStart: v.meeting.start }),
      decisionText: v.decisionText,
    });
  }
  return out;
}
