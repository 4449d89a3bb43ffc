/**
 * Full-text search over items (ADR 0015). Danish tsvectors are generated columns (drizzle/0010_search.sql:
 * items, attachments, finalised item minutes) with GIN indexes; titles also match on trigrams. A query
 * first collects matching item ids per index, keeps those in the caller's read scope and the filters,
 * takes a bounded set of candidates by date (cheap), and only ranks those. Snippets come from
 * ts_headline with private-use markers that the app turns into segments: no markup from the database.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { ItemType } from '../domain/charter.ts';
import type { ItemState } from '../domain/item.ts';
import type { ItemReadScope } from '../domain/policy.ts';
import type { DbOrTx } from './db.ts';

/** Highlight markers handed to ts_headline (private-use characters, stripped from the text first). */
export const HIT_START = '\uE000';
export const HIT_STOP = '\uE001';
/** At most this many matching items are ranked per query; the rest is reached by narrowing. */
export const CANDIDATE_LIMIT = 400;

export interface SearchQuery {
  orgId: string;
  scope: ItemReadScope;
  text: string;
  forumId?: string;
  /** Local dates (inclusive) on the item's date: its meeting's, else when it was created. */
  from?: string;
  to?: string;
  type?: ItemType;
  state?: ItemState;
  /** Prefix of the case number. */
  caseNumber?: string;
  /** Prefix of the case's KLE topic (`00.01` or `00.01.00`). */
  kleTopic?: string;
  limit: number;
  offset: number;
}

export type MatchField =
  | 'title'
  | 'section'
  | 'recommendation'
  | 'decision'
  | 'attachment_name'
  | 'attachment';

export interface SearchRow {
  itemId: string;
  forumId: string;
  forumShortName: string;
  forumName: string;
  title: string;
  type: ItemType;
  state: ItemState;
  closed: boolean;
  submitterId: string | null;
  approverId: string | null;
  meetingId: string | null;
  meetingStart: string | null;
  date: string;
  caseNumber: string | null;
  kleTopic: string | null;
  rank: number;
  /** Where the match is, and ts_headline's text with HIT_START/HIT_STOP around the hits. */
  field: MatchField;
  /** Section heading, recommendation number or attachment name. */
  label: string | null;
  headline: string;
}

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** `like` pattern for a prefix: the prefix's own wildcards are escaped. */
const prefixPattern = (prefix: string): string => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const idList = (ids: readonly string[]): SQL =>
  ids.length === 0
    ? sql`(null::uuid)`
    : sql`(${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`;
const textList = (values: readonly string[]): SQL =>
  sql`(${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;

/** canItem's `item.read` rule as SQL, over the scope from policy.ts (itemInReadScope, tested against can()). */
export function readScopeSql(scope: ItemReadScope): SQL {
  if (scope.kind === 'all') return sql`true`;
  if (scope.kind === 'none') return sql`false`;
  return sql`(i.submitter_person_id = ${scope.personId}::uuid
    or i.forum_id in ${idList(scope.managerForumIds)}
    or (i.approver_person_id = ${scope.personId}::uuid and i.state <> 'draft')
    or (i.state not in ${textList(scope.privateStates)}
        and (i.forum_id in ${idList(scope.memberForumIds)}
             or (i.state in ${textList(scope.openStates)} and not i.closed))))`;
}

/**
 * The item's date: its meeting's local date, else the local date it was created. `items.search_date`
 * is that instant, kept by triggers (drizzle/0012_search_date.sql) and indexed with the organisation
 * and the forum, so the newest matches of a frequent word are an index walk that stops early.
 */
const ITEM_DATE = sql`(i.search_date at time zone 'Europe/Copenhagen')::date`;

function filterSql(q: SearchQuery): SQL {
  const parts: SQL[] = [sql`i.org_id = ${q.orgId}::uuid`, readScopeSql(q.scope)];
  if (q.forumId) parts.push(sql`i.forum_id = ${q.forumId}::uuid`);
  if (q.type) parts.push(sql`i.type = ${q.type}`);
  if (q.state) parts.push(sql`i.state = ${q.state}`);
  // On the instant, so the date index serves the period: local date ≥ from ⟺ at or after local midnight.
  if (q.from) parts.push(sql`i.search_date >= (${q.from}::date)::timestamp at time zone 'Europe/Copenhagen'`);
  if (q.to) parts.push(sql`i.search_date < (${q.to}::date + 1)::timestamp at time zone 'Europe/Copenhagen'`);
  if (q.caseNumber) parts.push(sql`c.case_number like ${prefixPattern(q.caseNumber)}`);
  if (q.kleTopic) parts.push(sql`c.kle_topic like ${prefixPattern(q.kleTopic)}`);
  return sql.join(parts, sql` and `);
}

/** Plain text of a rich-text jsonb value (its text nodes, space separated), markers removed. */
const plain = (value: SQL): SQL =>
  sql`translate(coalesce((select string_agg(t #>> '{}', ' ') from jsonb_array_elements(jsonb_path_query_array(${value}, 'strict $.**.text')) t), ''), ${HIT_START + HIT_STOP}, '')`;

/**
 * The Danish stems of the query's positive words (not `-word`, not `or`), at least 3 letters: the
 * title trigram match compares these, so "budgetterne" (stem budget) finds "Budget" (stem budg).
 */
async function stems(db: DbOrTx, text: string): Promise<string[]> {
  const words = text
    .split(/\s+/)
    .filter((w) => w && !w.startsWith('-') && w.toLowerCase() !== 'or')
    .join(' ');
  const result = await db.execute(sql`select tsvector_to_array(to_tsvector('danish', ${words})) as stems`);
  return (rowsOf<{ stems: string[] }>(result)[0]?.stems ?? []).filter((s) => s.length >= 3);
}

/**
 * The newest CANDIDATE_LIMIT + 1 items in scope and filters that match one way. Each branch is bounded
 * on its own so the planner can choose per branch: walk `(org_id, search_date desc)` testing `@@` per
 * row for a frequent word, or the GIN index and a sort for a rare one (the tsquery is inlined, not a
 * CTE value, so it can use the tsvector statistics).
 */
const newestMatching = (q: SearchQuery, match: SQL): SQL =>
  sql`(select i.id, i.search_date from items i left join cases c on c.id = i.case_id
    where ${filterSql(q)} and ${match}
    order by i.search_date desc limit ${CANDIDATE_LIMIT + 1})`;

/**
 * The matching ways: the item's own text, an attachment, finalised minutes, title trigrams. Title
 * trigram matches are few and their selectivity badly estimated, so they are collected first through
 * the GIN trigram index (a materialised CTE), as are the matches of a quoted phrase: its estimate is
 * that of its (often common) words, and walking by date would test every item for a rare phrase.
 */
function matchSql(q: SearchQuery, stemList: string[]): { ctes: SQL; branches: SQL } {
  const tsq = sql`websearch_to_tsquery('danish', ${q.text})`;
  const ctes: SQL[] = [];
  const branches: SQL[] = [];
  if (q.text.includes('"')) {
    ctes.push(sql`text_hits as materialized (
      select i.id from items i where i.org_id = ${q.orgId}::uuid and i.search_vector @@ ${tsq}
      union select a.item_id from attachments a where a.org_id = ${q.orgId}::uuid and a.search_vector @@ ${tsq}
      union select im.item_id from item_minutes im where im.org_id = ${q.orgId}::uuid and im.search_vector @@ ${tsq}),`);
    branches.push(newestMatching(q, sql`i.id in (select id from text_hits)`));
  } else {
    branches.push(
      newestMatching(q, sql`i.search_vector @@ ${tsq}`),
      newestMatching(
        q,
        sql`exists (select 1 from attachments a where a.item_id = i.id and a.search_vector @@ ${tsq})`,
      ),
      newestMatching(
        q,
        sql`exists (select 1 from item_minutes im where im.item_id = i.id and im.search_vector @@ ${tsq})`,
      ),
    );
  }
  // Titles with every stem as a similar word (pg_trgm `<%`, the GIN trigram index).
  if (stemList.length > 0) {
    ctes.push(sql`title_hits as materialized (
      select i.id from items i where i.org_id = ${q.orgId}::uuid and ${sql.join(
        stemList.map((s) => sql`${s} <% i.title`),
        sql` and `,
      )}),`);
    branches.push(newestMatching(q, sql`i.id in (select id from title_hits)`));
  }
  return { ctes: sql.join(ctes, sql` `), branches: sql.join(branches, sql` union `) };
}

export async function searchItems(
  db: DbOrTx,
  q: SearchQuery,
): Promise<{ rows: SearchRow[]; total: number; capped: boolean; stems: string[] }> {
  const stemList = await stems(db, q.text);
  // word_similarity is priced as cheap, so the planner scans every title rather than use the trigram
  // index (0.5 s against 0.05 s at 27,000 items); the search runs in a transaction of its own.
  await db.execute(sql`set local enable_seqscan = off`);
  const result = await db.execute(searchSql(q, stemList));
  const rows = rowsOf<SearchRow & { total: number; meetingStart: Date | string | null }>(result);
  // A page beyond the candidates is empty; the total then comes from the first page.
  if (rows.length === 0 && q.offset > 0)
    return { ...(await searchItems(db, { ...q, offset: 0, limit: 1 })), rows: [], stems: stemList };
  const total = rows[0]?.total ?? 0;
  return {
    rows: rows.map(({ total: _, ...r }) => ({
      ...r,
      meetingStart: r.meetingStart === null ? null : new Date(r.meetingStart).toISOString(),
    })),
    total: Math.min(total, CANDIDATE_LIMIT),
    capped: total > CANDIDATE_LIMIT,
    /** The query's Danish stems the title trigram match used (for highlighting such titles). */
    stems: stemList,
  };
}

/** The search statement (exported for EXPLAIN in the benchmark's investigations). */
export function searchSql(q: SearchQuery, stemList: string[]): SQL {
  const tsq = sql`websearch_to_tsquery('danish', ${q.text})`;
  const match = matchSql(q, stemList);
  const headlineOptions = `StartSel=${HIT_START}, StopSel=${HIT_STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
  return sql`
    with q as (select ${tsq} as tsq), ${match.ctes}
    matched as (${match.branches}),
    candidates as (
      select i.id, ${ITEM_DATE} as item_date, m.starts_at
      from (select id from matched order by search_date desc limit ${CANDIDATE_LIMIT + 1}) top
        join items i on i.id = top.id
        left join meetings m on m.id = i.meeting_id
      order by i.search_date desc
    ),
    ranked as (
      select cand.id, cand.item_date, cand.starts_at, count(*) over () as total,
        greatest(
          ts_rank(i.search_vector, q.tsq),
          0.5 * coalesce((select max(ts_rank(a.search_vector, q.tsq)) from attachments a
                          where a.item_id = i.id and a.search_vector @@ q.tsq), 0),
          coalesce((select max(ts_rank(im.search_vector, q.tsq)) from item_minutes im
                    where im.item_id = i.id and im.search_vector @@ q.tsq), 0)
        ) + 0.2 * word_similarity(${q.text}, i.title) as rank
      from (select * from candidates limit ${CANDIDATE_LIMIT}) cand join items i on i.id = cand.id, q
      order by rank desc, cand.starts_at desc nulls last, cand.id
      limit ${q.limit} offset ${q.offset}
    )
    select r.id as "itemId", i.forum_id as "forumId", f.short_name as "forumShortName", f.name as "forumName",
      i.title, i.type, i.state, i.closed, i.submitter_person_id as "submitterId",
      i.approver_person_id as "approverId", i.meeting_id as "meetingId", r.starts_at as "meetingStart",
      r.item_date::text as date, c.case_number as "caseNumber", c.kle_topic as "kleTopic",
      r.rank::float8 as rank, r.total::int as total,
      coalesce(hit.field, 'title') as field, hit.label,
      ts_headline('danish', coalesce(hit.body, translate(i.title, ${HIT_START + HIT_STOP}, '')), q.tsq, ${headlineOptions}) as headline
    from ranked r cross join q join items i on i.id = r.id join forums f on f.id = i.forum_id
      left join cases c on c.id = i.case_id
      left join lateral (
        select field, label, body from (
          select 1 as ord, 'title' as field, null::text as label, translate(i.title, ${HIT_START + HIT_STOP}, '') as body
          union all
          select 2, 'section', coalesce((select s->>'heading' from charters ch,
              jsonb_array_elements(ch.content->'template') s
              where ch.forum_id = i.forum_id and s->>'key' = sec.key order by ch.version desc limit 1), sec.key),
            ${plain(sql`sec.value`)}
          from jsonb_each(i.sections) sec
          union all
          select 3, 'recommendation', rec.n::text, translate(rec.t, ${HIT_START + HIT_STOP}, '')
          from jsonb_array_elements_text(i.recommendations) with ordinality rec(t, n)
          union all
          select 4, 'decision', null, ${plain(sql`i.decision`)} where i.decision is not null
          union all
          select 4, 'decision', null, ${plain(sql`im.record->'decision'`)}
          from item_minutes im where im.item_id = i.id and im.finalised_at is not null
          union all
          select 5, 'attachment_name', a.name, translate(a.name, ${HIT_START + HIT_STOP}, '')
          from attachments a where a.item_id = i.id
          union all
          select 6, 'attachment', a.name,
            translate(left(coalesce(a.extracted_text, ''), 100000), ${HIT_START + HIT_STOP}, '')
          from attachments a where a.item_id = i.id and a.search_vector @@ q.tsq
        ) fields
        where to_tsvector('danish', body) @@ q.tsq
        order by ord, label
        limit 1
      ) hit on true
    order by r.rank desc, r.starts_at desc nulls last, r.id
  `;
}
