/**
 * The visits of items to meetings, as the case timeline, its OParl export and citations see them:
 * every (item, meeting) where the item stood on the meeting's agenda, with what the meeting did
 * with it. Shared by get-case-timeline.ts, get-case-oparl.ts and item-citations.ts.
 */
import { caseTimeline, type Visit, visitRole } from '../domain/case-timeline.ts';
import type { Item, ItemState } from '../domain/item.ts';
import {
  effects,
  type ItemMinutes,
  itemMinutesSchema,
  itemTreatment,
  resultText,
} from '../domain/minutes.ts';
import type { Forum } from '../domain/organisation.ts';
import { type Actor, can } from '../domain/policy.ts';
import { isEmptyRichText, richTextToPlainText } from '../domain/rich-text.ts';
import {
  agendaNumbers,
  findVisitedMeetings,
  listMinutesOfItems,
  listPostponements,
  type VisitedMeeting,
} from '../store/case-visits.ts';
import type { CaseRecord } from '../store/cases.ts';
import type { DbOrTx } from '../store/db.ts';
import { findForum } from '../store/forums.ts';
import { listCaseItems } from '../store/items.ts';
import { itemResource } from './item-access.ts';

/** One item at one meeting, before roles and readability are applied. */
export interface ItemVisit {
  item: Item;
  meeting: VisitedMeeting;
  outcome: Visit['outcome'];
  /** The Danish result line of finalised minutes ("Godkendt", "1: Godkendt; 2: Henvist"). */
  result: string | null;
  /** The decision as plain text, once the meeting has decided. */
  decisionText: string | null;
  /** The finalised minutes, when there are any. */
  minutes: ItemMinutes | null;
}

/** States in which an item stands on (or was treated at) the meeting it names. */
const ON_MEETING: readonly ItemState[] = ['scheduled', 'published', 'decided', 'referred'];
/** Meeting states after which a decision recorded without per-item minutes counts as taken. */
const MINUTES_OUT = new Set(['minutes_published', 'minutes_approved']);

const plain = (doc: Item['decision']): string | null =>
  doc && !isEmptyRichText(doc) ? richTextToPlainText(doc) : null;

/**
 * Every visit of these items, unordered: one per item and meeting with minutes (finalised: the
 * treatment; a draft: 'pending'), the meeting an item stands on now without minutes ('pending'),
 * and meetings an item was postponed from without minutes ('postponed', "udsæt resterende
 * punkter"). A decision recorded the older way, without per-item minutes (record-decision.ts), counts
 * as 'decided' once the meeting's minutes are published.
 */
export async function itemVisits(db: DbOrTx, orgId: string, items: readonly Item[]): Promise<ItemVisit[]> {
  const ids = items.map((i) => i.id);
  const byId = new Map(items.map((i) => [i.id, i]));
  const minutes = await listMinutesOfItems(db, orgId, ids);
  const postponed = await listPostponements(db, orgId, ids);
  type Raw = { item: Item; meetingId: string; record?: (typeof minutes)[number]; postponed?: boolean };
  const raw = new Map<string, Raw>();
  const add = (r: Raw) => {
    const key = `${r.item.id} ${r.meetingId}`;
    if (!raw.has(key)) raw.set(key, r);
  };
  for (const m of minutes) {
    const item = byId.get(m.itemId);
    if (item) add({ item, meetingId: m.meetingId, record: m });
  }
  for (const item of items)
    if (item.meetingId && ON_MEETING.includes(item.state)) add({ item, meetingId: item.meetingId });
  for (const p of postponed) {
    const item = byId.get(p.itemId);
    if (item) add({ item, meetingId: p.meetingId, postponed: true });
  }
  const meetings = await findVisitedMeetings(
    db,
    orgId,
    [...raw.values()].map((r) => r.meetingId),
  );
  const out: ItemVisit[] = [];
  for (const r of raw.values()) {
    const meeting = meetings.get(r.meetingId);
    if (!meeting) continue;
    const parsed = r.record?.finalisedAt ? itemMinutesSchema.safeParse(r.record.record) : undefined;
    const final = parsed?.success && parsed.data.outcomes.length > 0 ? parsed.data : null;
    const legacy =
      !r.record && !r.postponed && MINUTES_OUT.has(meeting.state) ? plain(r.item.decision) : null;
    out.push({
      item: r.item,
      meeting,
      outcome: final
        ? itemTreatment(final.outcomes)
        : legacy
          ? 'decided'
          : r.postponed && !r.record
            ? 'postponed'
            : 'pending',
      result: final ? resultText(final.outcomes) : null,
      decisionText: final ? plain(final.decision) : legacy,
      minutes: final,
    });
  }
  return out;
}

export interface ForumRef {
  id: string;
  shortName: string;
}

export interface CaseVisit extends Visit {
  item: Item;
  /** The item's number on that meeting's agenda (its current position, or the latest published
   *  agenda's number); null when unknown. */
  number: number | null;
  result: string | null;
  decisionText: string | null;
  /** The meeting referred the case on to another forum: where, why, and the new item (null when
   *  the reader may not read it). */
  referral: { from: ForumRef; to: ForumRef; itemId: string | null; reason: string } | null;
}

export interface CaseVisits {
  /** The case's deciding forum, or the fallback (see below); null while the case has no visits. */
  decidingForum: (ForumRef & { source: 'case' | 'first_visit' }) | null;
  /** The visits the actor may read, in timeline order. */
  visits: CaseVisit[];
}

/**
 * The case's visits as `actor` may see them. Roles follow the deciding forum: the case's own, or,
 * while none is set, the forum of the case's first visit (where the case was taken up; it does not
 * move as the case travels, so earlier roles never change). The fallback is taken over all visits,
 * readable or not, so that every reader sees the same roles; it names a forum, never an item.
 * An item the actor may not read (a closed item of a forum they are not in, a draft) is left out
 * entirely, title and all.
 */
export async function loadCaseVisits(db: DbOrTx, actor: Actor, kase: CaseRecord): Promise<CaseVisits> {
  const items = await listCaseItems(db, kase.orgId, kase.id);
  const all = (await itemVisits(db, kase.orgId, items)).map(asVisit);
  const forums = new Map<string, Forum | undefined>();
  const forum = async (id: string): Promise<ForumRef> => {
    if (!forums.has(id)) forums.set(id, await findForum(db, kase.orgId, id));
    return { id, shortName: forums.get(id)?.shortName ?? '' };
  };
  for (const v of all) v.forumShortName = (await forum(v.forumId)).shortName;
  const ordered = caseTimeline(all);
  const deciding = kase.decidingForumId
    ? { ...(await forum(kase.decidingForumId)), source: 'case' as const }
    : ordered[0]
      ? { ...(await forum(ordered[0].forumId)), source: 'first_visit' as const }
      : null;
  const readable = (item: Item) => can(actor, 'item.read', itemResource(item));
  const numbers = await agendaNumbers(
    db,
    kase.orgId,
    ordered.map((v) => v.meetingId),
  );
  const visits: CaseVisit[] = [];
  for (const v of ordered) {
    if (!readable(v.item)) continue;
    const refer = v.source.minutes
      ? effects(v.item, v.source.minutes).find((e) => e.kind === 'refer')
      : undefined;
    const target = refer && items.find((i) => i.originItemId === v.item.id && i.forumId === refer.forumId);
    const { source: _source, ...visit } = v;
    visits.push({
      ...visit,
      role: visitRole({ forumId: v.forumId, itemType: v.item.type }, deciding?.id ?? null),
      number:
        v.item.meetingId === v.meetingId && v.item.position !== null
          ? v.item.position
          : (numbers.get(`${v.meetingId} ${v.item.id}`) ?? null),
      referral: refer
        ? {
            from: await forum(v.forumId),
            to: await forum(refer.forumId),
            itemId: target && readable(target) ? target.id : null,
            reason: refer.reason,
          }
        : null,
    });
  }
  return { decidingForum: deciding, visits };
}

/** An ItemVisit as a domain Visit, keeping its source; the short name and role are filled in later. */
const asVisit = (v: ItemVisit) => ({
  forumId: v.meeting.forumId,
  forumShortName: '',
  meetingId: v.meeting.id,
  meetingStart: v.meeting.start,
  itemId: v.item.id,
  outcome: v.outcome,
  role: 'consulted' as Visit['role'],
  item: v.item,
  result: v.result,
  decisionText: v.decisionText,
  source: v,
});
