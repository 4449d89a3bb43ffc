import { z } from 'zod';
import { ITEM_TYPES } from '../domain/charter.ts';
import { notFound } from '../domain/errors.ts';
import { ITEM_STATES } from '../domain/item.ts';
import { can, itemReadScope } from '../domain/policy.ts';
import { localDateSchema } from '../domain/time.ts';
import { findForumByShortName } from '../store/forums.ts';
import {
  HIT_START,
  HIT_STOP,
  type MatchField,
  type SearchRow,
  searchItems as searchStore,
} from '../store/search.ts';
import {
  type AppContext,
  audit,
  authorize,
  type Caller,
  orgResource,
  resolveOrganisation,
} from './context.ts';
import { type Paged, pageSchema } from './page.ts';
import { parseInput } from './validate.ts';

export const searchSchema = pageSchema
  .extend({
    /** Words as typed: `budget 2025`, `"fælles drift"`, `-skole`, `budget or økonomi` (websearch syntax). */
    q: z.string().trim().min(1).max(200),
    /** The forum's short name. */
    forum: z.string().trim().min(1).max(100).optional(),
    /** On the item's date: its meeting's date; an item not on a meeting counts from its creation. */
    from: localDateSchema.optional(),
    to: localDateSchema.optional(),
    type: z.enum(ITEM_TYPES).optional(),
    state: z.enum(ITEM_STATES).optional(),
    /** The start of a case number (`00.01.00-P35`, `EMN-2025`). */
    caseNumber: z.string().trim().min(1).max(60).optional(),
    /** A KLE topic or its start: `00`, `00.01`, `00.01.00`. */
    kle: z
      .string()
      .trim()
      .regex(/^\d{2}(\.\d{2}){0,2}$/, 'expected a KLE topic like 00.01.00')
      .optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ['to'], message: 'must not be before from' });

/** A piece of a snippet: `hit` marks the words that matched (shown highlighted). */
export interface SnippetSegment {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  itemId: string;
  forum: { id: string; shortName: string; name: string };
  title: string;
  type: SearchRow['type'];
  state: SearchRow['state'];
  closed: boolean;
  meetingId: string | null;
  /** The meeting's start (ISO), null for an item not on a meeting. */
  meetingStart: string | null;
  /** The local date the period filter uses. */
  date: string;
  caseNumber: string | null;
  kleTopic: string | null;
  /** Where the words were found: the title, a section (label: its heading), a recommendation (label:
   *  its number), the decision, an attachment's name or text (label: the attachment's name). */
  match: { field: MatchField; label: string | null };
  snippet: SnippetSegment[];
}

export type SearchResult = Paged<SearchHit> & { capped: boolean };

/** Splits ts_headline's output at the markers into plain segments (the text is never markup). */
export function snippetSegments(headline: string): SnippetSegment[] {
  const out: SnippetSegment[] = [];
  for (const [i, part] of headline.split(HIT_START).entries()) {
    const [hit, rest] = i === 0 ? [null, part] : splitOnce(part, HIT_STOP);
    if (hit) out.push({ text: hit, hit: true });
    if (rest) out.push({ text: rest, hit: false });
  }
  return out;
}
/** pg_trgm's trigrams of one word: padded with two blanks before and one after. */
const trigrams = (word: string): Set<string> => {
  const w = `  ${word.toLowerCase()} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= w.length; i++) out.add(w.slice(i, i + 3));
  return out;
};
/** The share of the stem's trigrams found in the word (pg_trgm's word similarity for one word). */
const similarity = (stem: string, word: string): number => {
  const a = trigrams(stem);
  const b = trigrams(word);
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return a.size === 0 ? 0 : shared / a.size;
};

/**
 * A title found by trigrams only (no stem matched, so ts_headline marked nothing): the title's words
 * similar to a stem of the query (as pg_trgm's `<%`, threshold 0.6) are the hits.
 */
export function trigramSegments(title: string, stems: readonly string[]): SnippetSegment[] {
  const out: SnippetSegment[] = [];
  for (const part of title.split(/([\p{L}\p{N}]+)/u)) {
    if (!part) continue;
    const hit = /[\p{L}\p{N}]/u.test(part) && stems.some((s) => similarity(s, part) >= 0.6);
    const last = out[out.length - 1];
    if (last && last.hit === hit) last.text += part;
    else out.push({ text: part, hit });
  }
  return out;
}

const splitOnce = (s: string, sep: string): [string, string] => {
  const at = s.indexOf(sep);
  return at < 0 ? [s, ''] : [s.slice(0, at), s.slice(at + sep.length)];
};

/**
 * Searches the organisation's items the caller may read: titles, sections, recommendations, decisions
 * and attachments (Danish stemming, title trigrams). The store pre-filters with the read scope from
 * the permission module; every hit is checked again with `can()`. Reading closed items is audited.
 */
export async function searchItems(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  input: unknown,
): Promise<SearchResult> {
  const org = await resolveOrganisation(ctx.db, caller, orgSlug);
  authorize(caller, 'item.search', orgResource(org));
  const data = parseInput(searchSchema, input);
  const forum = data.forum ? await findForumByShortName(ctx.db, org.id, data.forum) : undefined;
  if (data.forum && !forum) throw notFound('Forum');
  return ctx.db.transaction(async (tx) => {
    const found = await searchStore(tx, {
      orgId: org.id,
      scope: itemReadScope(caller.actor, org.id),
      text: data.q,
      ...(forum && { forumId: forum.id }),
      ...(data.from && { from: data.from }),
      ...(data.to && { to: data.to }),
      ...(data.type && { type: data.type }),
      ...(data.state && { state: data.state }),
      ...(data.caseNumber && { caseNumber: data.caseNumber }),
      ...(data.kle && { kleTopic: data.kle }),
      limit: data.limit,
      offset: data.offset,
    });
    const readable = found.rows.filter((r) =>
      can(caller.actor, 'item.read', {
        type: 'item',
        orgId: org.id,
        forumId: r.forumId,
        state: r.state,
        closed: r.closed,
        submitterId: r.submitterId,
        approverId: r.approverId,
      }),
    );
    const closed = readable.filter((r) => r.closed).map((r) => r.itemId);
    if (closed.length > 0)
      await audit(tx, caller, {
        orgId: org.id,
        action: 'search.read_closed',
        objectType: 'organisation',
        objectId: org.id,
        detail: { items: closed, query: data.q },
      });
    return {
      items: readable.map((r) => toHit(r, found.stems)),
      page: { limit: data.limit, offset: data.offset, total: found.total },
      capped: found.capped,
    };
  });
}

function snippetOf(r: SearchRow, stems: readonly string[]): SnippetSegment[] {
  const segments = snippetSegments(r.headline);
  return r.field === 'title' && !segments.some((s) => s.hit) ? trigramSegments(r.title, stems) : segments;
}

const toHit = (r: SearchRow, stems: readonly string[]): SearchHit => ({
  itemId: r.itemId,
  forum: { id: r.forumId, shortName: r.forumShortName, name: r.forumName },
  title: r.title,
  type: r.type,
  state: r.state,
  closed: r.closed,
  meetingId: r.meetingId,
  meetingStart: r.meetingStart,
  date: r.date,
  caseNumber: r.caseNumber,
  kleTopic: r.kleTopic,
  match: { field: r.field, label: r.label },
  snippet: snippetOf(r, stems),
});
