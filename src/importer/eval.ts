/**
 * Field-by-field comparison of parsed meetings with hand-checked expectations, for
 * `npm run import:eval` and its tests. Every field yields true positives (tp), false positives
 * (fp, printed but wrong or invented) and false negatives (fn, missed). Scalars count once; lists
 * (participants, absent, sections, recommendations, attachments) count each entry as a multiset;
 * items are matched by number, and the fields of an unmatched item count as missed (or invented).
 * Text is compared with whitespace collapsed (line breaks inside paragraphs differ between text,
 * PDF and DOCX). Warnings are not compared.
 */
import type { ParsedItem, ParsedMeeting } from './parsed-meeting.ts';

export const EVAL_FIELDS = [
  'forum',
  'kind',
  'title',
  'date',
  'start',
  'location',
  'participants',
  'absent',
  'items',
  'item.title',
  'item.caseNumber',
  'item.closed',
  'item.sections',
  'item.recommendations',
  'item.decision',
  'item.attachments',
] as const;
export type EvalField = (typeof EVAL_FIELDS)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export type FieldCounts = Record<EvalField, Counts>;

export const norm = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

export function emptyCounts(): FieldCounts {
  return Object.fromEntries(EVAL_FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as FieldCounts;
}

function scalar(c: Counts, expected: string | undefined, actual: string | undefined): void {
  const e = norm(expected);
  const a = norm(actual);
  if (e !== '' && e === a) c.tp++;
  else {
    if (a !== '') c.fp++;
    if (e !== '') c.fn++;
  }
}

function multiset(c: Counts, expected: string[], actual: string[]): void {
  const left = new Map<string, number>();
  for (const e of expected.map(norm)) left.set(e, (left.get(e) ?? 0) + 1);
  for (const a of actual.map(norm)) {
    const n = left.get(a) ?? 0;
    if (n > 0) {
      c.tp++;
      left.set(a, n - 1);
    } else c.fp++;
  }
  for (const n of left.values()) c.fn += n;
}

const sectionKeys = (it: ParsedItem) => it.sections.map((s) => `${norm(s.heading)}\u0000${norm(s.text)}`);

function compareItem(c: FieldCounts, e: ParsedItem | undefined, a: ParsedItem | undefined): void {
  scalar(c['item.title'], e?.title, a?.title);
  scalar(c['item.caseNumber'], e?.caseNumber, a?.caseNumber);
  scalar(c['item.closed'], e ? String(e.closed) : undefined, a ? String(a.closed) : undefined);
  scalar(c['item.decision'], e?.decision, a?.decision);
  multiset(c['item.sections'], e ? sectionKeys(e) : [], a ? sectionKeys(a) : []);
  multiset(c['item.recommendations'], e?.recommendations ?? [], a?.recommendations ?? []);
  multiset(c['item.attachments'], e?.attachments ?? [], a?.attachments ?? []);
}

/** Adds the comparison of one meeting to `c`. */
export function compareMeeting(
  c: FieldCounts,
  e: ParsedMeeting | undefined,
  a: ParsedMeeting | undefined,
): void {
  for (const f of ['forum', 'kind', 'title', 'date', 'start', 'location'] as const)
    scalar(c[f], e?.[f], a?.[f]);
  const person = (p: { name: string; title?: string; role?: string }) =>
    [p.name, p.title ?? '', p.role ?? ''].join('|');
  multiset(c.participants, (e?.participants ?? []).map(person), (a?.participants ?? []).map(person));
  const absence = (p: { name: string; reason?: string }) => `${p.name}|${p.reason ?? ''}`;
  multiset(c.absent, (e?.absent ?? []).map(absence), (a?.absent ?? []).map(absence));
  const actualByNumber = new Map((a?.items ?? []).map((i) => [i.number, i]));
  const seen = new Set<string>();
  for (const ei of e?.items ?? []) {
    const ai = actualByNumber.get(ei.number);
    if (ai && !seen.has(ei.number)) {
      c.items.tp++;
      seen.add(ei.number);
      compareItem(c, ei, ai);
    } else {
      c.items.fn++;
      compareItem(c, ei, undefined);
    }
  }
  for (const ai of a?.items ?? []) {
    if (seen.has(ai.number)) continue;
    c.items.fp++;
    compareItem(c, undefined, ai);
  }
}

/** Compares the meetings of one file, pairing them in order. */
export function compareFile(expected: ParsedMeeting[], actual: ParsedMeeting[]): FieldCounts {
  const c = emptyCounts();
  for (let i = 0; i < Math.max(expected.length, actual.length); i++)
    compareMeeting(c, expected[i], actual[i]);
  return c;
}

export function addCounts(into: FieldCounts, from: FieldCounts): void {
  for (const f of EVAL_FIELDS) {
    into[f].tp += from[f].tp;
    into[f].fp += from[f].fp;
    into[f].fn += from[f].fn;
  }
}

export function total(c: FieldCounts): Counts {
  return EVAL_FIELDS.reduce((t, f) => ({ tp: t.tp + c[f].tp, fp: t.fp + c[f].fp, fn: t.fn + c[f].fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
}

/** Precision and recall; 1 when there was nothing to find or nothing was printed. */
export function scores(c: Counts): { precision: number; recall: number } {
  return {
    precision: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp),
    recall: c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn),
  };
}

/** A plain-text table: one row per field and an overall row. */
export function formatTable(c: FieldCounts, title: string): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const rows = [
    `${title.padEnd(22)} ${'tp'.padStart(5)} ${'fp'.padStart(5)} ${'fn'.padStart(5)} precision  recall`,
  ];
  for (const f of [...EVAL_FIELDS, 'overall'] as const) {
    const k = f === 'overall' ? total(c) : c[f];
    const s = scores(k);
    rows.push(
      `${f.padEnd(22)} ${String(k.tp).padStart(5)} ${String(k.fp).padStart(5)} ${String(k.fn).padStart(5)}   ${pct(s.precision)} ${pct(s.recall)}`,
    );
  }
  return rows.join('\n');
}
