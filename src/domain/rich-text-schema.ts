/**
 * The validator of the rich-text document model (types in rich-text.ts). The validator is a hand-written walk rather than a zod union,
 * so that every problem names the exact node (`content.0.content.1.type`) and says what is wrong,
 * and so that it can normalise while it checks. Anything not listed here is rejected: unknown node
 * types, marks, keys and attributes, event handlers, styles, and links other than absolute http:,
 * https: and mailto: addresses.
 */

import type { Mark, RichTextDoc, TextNode } from './rich-text.ts';

export const ORDERED_LIST_STYLES = ['1', 'a', 'A', 'i', 'I'] as const;

export const RICH_TEXT_LIMITS = {
  maxDepth: 20,
  maxNodes: 5_000,
  maxTextChars: 200_000,
  maxHrefLength: 2_000,
};

export interface RichTextIssue {
  path: (string | number)[];
  problem: string;
}
export type RichTextCheck = { ok: true; doc: RichTextDoc } | { ok: false; issues: RichTextIssue[] };

const BLOCK = ['paragraph', 'heading', 'bulletList', 'orderedList', 'table'] as const;
const INLINE = ['text', 'hardBreak'] as const;
/** Which node types each node type may contain (ProseMirror content expressions, simplified). */
const CHILDREN: Record<string, readonly string[]> = {
  doc: BLOCK,
  paragraph: INLINE,
  heading: INLINE,
  bulletList: ['listItem'],
  orderedList: ['listItem'],
  listItem: BLOCK,
  table: ['tableRow'],
  tableRow: ['tableCell', 'tableHeader'],
  tableCell: BLOCK,
  tableHeader: BLOCK,
  text: [],
  hardBreak: [],
};
const MAY_BE_EMPTY = new Set(['doc', 'paragraph', 'heading']);
const MARK_ORDER = ['bold', 'italic', 'link'] as const;
const MAX_ISSUES = 20;
/** C0 control characters other than tab and line feed, and DEL. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
export const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

type Path = readonly (string | number)[];
type Json = Record<string, unknown>;
/** An attribute rule: `{}` drops the attribute (absent, default or ignored), `{ value }` keeps it. */
type AttrRule = (v: unknown) => { value?: unknown } | string;

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const clip = (s: string): string => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
const absent = (v: unknown): boolean => v === undefined || v === null;
const whole =
  (min: number, max: number, fallback?: number): AttrRule =>
  (v) =>
    absent(v) || v === fallback
      ? {}
      : Number.isInteger(v) && (v as number) >= min && (v as number) <= max
        ? { value: v }
        : `must be a whole number from ${min} to ${max}`;
const ignoredString: AttrRule = (v) => (absent(v) || typeof v === 'string' ? {} : 'must be a string');

/**
 * The href a link may carry, canonicalised by the WHATWG URL parser exactly as a browser would read
 * it (so `java\tscript:` and ` javascript:` are seen as javascript:), or the reason it may not.
 */
export function checkHref(raw: unknown): { href: string } | { problem: string } {
  if (typeof raw !== 'string' || raw.trim() === '')
    return { problem: 'link href must be a non-empty string' };
  if (raw.length > RICH_TEXT_LIMITS.maxHrefLength)
    return { problem: `link href is longer than ${RICH_TEXT_LIMITS.maxHrefLength} characters` };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { problem: 'link must be an absolute address starting with http:, https: or mailto:' };
  }
  if (!LINK_PROTOCOLS.has(url.protocol))
    return { problem: `link scheme '${clip(url.protocol)}' is not allowed (only http:, https: and mailto:)` };
  return { href: url.href };
}

/** The href to render, or null when it is not a safe link (defence in depth for renderers). */
export const safeHref = (raw: unknown): string | null => {
  const r = checkHref(raw);
  return 'href' in r ? r.href : null;
};

const hrefRule: AttrRule = (v) => {
  const r = checkHref(v);
  return 'href' in r ? { value: r.href } : r.problem;
};

const ATTRS: Record<string, Record<string, AttrRule>> = {
  heading: {
    level: (v) => (v === 2 || v === 3 || v === 4 ? { value: v } : 'heading level must be 2, 3 or 4'),
  },
  orderedList: {
    start: whole(0, 99_999, 1),
    type: (v) =>
      absent(v) ? {} : ORDERED_LIST_STYLES.includes(v as never) ? { value: v } : 'must be 1, a, A, i or I',
  },
  tableCell: {
    colspan: whole(1, 20, 1),
    rowspan: whole(1, 20, 1),
    colwidth: (v) =>
      absent(v)
        ? {}
        : Array.isArray(v) && v.length <= 20 && v.every((w) => Number.isInteger(w) && w >= 0 && w <= 10_000)
          ? { value: [...v] }
          : 'must be a list of column widths',
  },
  link: {
    href: hrefRule,
    // TipTap's Link emits these with its defaults; Fora renders its own target/rel, so they are dropped.
    target: ignoredString,
    rel: ignoredString,
    title: ignoredString,
    class: (v) => (absent(v) ? {} : "attribute 'class' is not allowed on link"),
  },
};
ATTRS.tableHeader = ATTRS.tableCell as Record<string, AttrRule>;

const attrProblem = (key: string, owner: string): string =>
  /^on/i.test(key)
    ? `event-handler attribute '${clip(key)}' is not allowed`
    : `attribute '${clip(key)}' is not allowed on ${owner}`;

const sameMarks = (a: Mark[] | undefined, b: Mark[] | undefined): boolean =>
  JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

class Walk {
  issues: RichTextIssue[] = [];
  private nodes = 0;
  private chars = 0;
  private stopped = false;

  fail(path: Path, problem: string): undefined {
    if (this.stopped) return undefined;
    this.issues.push({ path: [...path], problem });
    if (this.issues.length >= MAX_ISSUES) this.stopped = true;
    return undefined;
  }

  private stop(problem: string): undefined {
    this.fail([], problem);
    this.stopped = true;
    return undefined;
  }

  private keys(v: Json, path: Path, allowed: readonly string[]): void {
    for (const key of Object.keys(v))
      if (!allowed.includes(key))
        this.fail([...path, key], /^on/i.test(key) ? attrProblem(key, '') : `unknown key '${clip(key)}'`);
  }

  private attrs(owner: string, v: unknown, path: Path): Json | undefined {
    if (v !== undefined && !isRecord(v)) return this.fail(path, 'expected an object of attributes');
    const given = v ?? {};
    const rules = ATTRS[owner] ?? {};
    for (const key of Object.keys(given))
      if (!Object.hasOwn(rules, key)) this.fail([...path, key], attrProblem(key, owner));
    const out: Json = {};
    for (const [key, rule] of Object.entries(rules)) {
      const r = rule(given[key]);
      if (typeof r === 'string') this.fail([...path, key], r);
      else if (r.value !== undefined) out[key] = r.value;
    }
    return out;
  }

  private marks(v: unknown, path: Path): Mark[] {
    if (!Array.isArray(v)) return this.fail(path, 'expected a list of marks') ?? [];
    if (v.length > MARK_ORDER.length) return this.fail(path, 'too many marks') ?? [];
    const out: Mark[] = [];
    for (const [i, m] of v.entries()) {
      const at = [...path, i];
      if (!isRecord(m)) {
        this.fail(at, 'expected a mark object');
        continue;
      }
      this.keys(m, at, ['type', 'attrs']);
      const type = m.type;
      if (typeof type !== 'string' || !MARK_ORDER.includes(type as never))
        this.fail([...at, 'type'], `mark type '${clip(String(type))}' is not allowed`);
      else if (out.some((o) => o.type === type)) this.fail([...at, 'type'], `mark '${type}' appears twice`);
      else {
        const attrs = this.attrs(type, m.attrs, [...at, 'attrs']);
        out.push(type === 'link' ? { type, attrs: { href: String(attrs?.href ?? '') } } : ({ type } as Mark));
      }
    }
    return out.sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type));
  }

  private text(v: Json, path: Path): TextNode | undefined {
    this.keys(v, path, ['type', 'text', 'marks']);
    const text = v.text;
    if (typeof text !== 'string' || text.length === 0)
      return this.fail([...path, 'text'], 'text must be a non-empty string');
    if (CONTROL.test(text) || LONE_SURROGATE.test(text))
      return this.fail([...path, 'text'], 'text contains a control character or an invalid character');
    this.chars += text.length;
    if (this.chars > RICH_TEXT_LIMITS.maxTextChars)
      return this.stop(`the document has more than ${RICH_TEXT_LIMITS.maxTextChars} characters of text`);
    const marks = v.marks === undefined ? [] : this.marks(v.marks, [...path, 'marks']);
    return marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text };
  }

  node(v: unknown, path: Path, parent: string, depth: number): Json | undefined {
    if (this.stopped) return undefined;
    if (++this.nodes > RICH_TEXT_LIMITS.maxNodes)
      return this.stop(`the document has more than ${RICH_TEXT_LIMITS.maxNodes} nodes`);
    if (depth > RICH_TEXT_LIMITS.maxDepth)
      return this.fail(path, `nodes are nested deeper than ${RICH_TEXT_LIMITS.maxDepth} levels`);
    if (!isRecord(v)) return this.fail(path, 'expected a node object');
    const type = v.type;
    if (typeof type !== 'string') return this.fail([...path, 'type'], 'expected a node type');
    if (!Object.hasOwn(CHILDREN, type) || type === 'doc')
      return this.fail([...path, 'type'], `node type '${clip(type)}' is not allowed`);
    if (!CHILDREN[parent]?.includes(type))
      return this.fail([...path, 'type'], `node type '${type}' is not allowed in ${parent}`);
    if (type === 'text') return this.text(v, path) as Json | undefined;
    if (type === 'hardBreak') {
      this.keys(v, path, ['type', 'attrs', 'marks']);
      this.attrs(type, v.attrs, [...path, 'attrs']);
      if (v.marks !== undefined) this.marks(v.marks, [...path, 'marks']); // checked, then dropped
      return { type };
    }
    this.keys(v, path, ['type', 'attrs', 'content']);
    const attrs = this.attrs(type, v.attrs, [...path, 'attrs']);
    const content = this.content(type, v.content, [...path, 'content'], depth);
    const out: Json = { type };
    if (attrs && Object.keys(attrs).length > 0) out.attrs = attrs;
    if (content.length > 0 || !MAY_BE_EMPTY.has(type)) out.content = content;
    return out;
  }

  content(type: string, v: unknown, path: Path, depth: number): Json[] {
    if (v === undefined && MAY_BE_EMPTY.has(type)) return [];
    if (!Array.isArray(v)) return this.fail(path, 'expected a list of nodes') ?? [];
    if (v.length === 0 && !MAY_BE_EMPTY.has(type)) return this.fail(path, `${type} must not be empty`) ?? [];
    const out: Json[] = [];
    v.forEach((child, i) => {
      const node = this.node(child, [...path, i], type, depth + 1);
      if (!node) return;
      const prev = out[out.length - 1];
      if (
        prev?.type === 'text' &&
        node.type === 'text' &&
        sameMarks(prev.marks as Mark[], node.marks as Mark[])
      )
        prev.text = `${prev.text}${node.text}`;
      else out.push(node);
    });
    return out;
  }
}

const isEmptyParagraph = (n: Json | undefined): boolean => n?.type === 'paragraph' && !n.content;

/**
 * Validates untrusted rich text and returns it normalised (adjacent text with identical marks
 * merged, marks in a fixed order, default and ignored attributes dropped, trailing empty paragraphs
 * dropped, hrefs canonical), or every problem found (at most 20) with its path.
 */
export function checkRichText(input: unknown): RichTextCheck {
  const walk = new Walk();
  if (!isRecord(input)) walk.fail([], 'expected a rich-text document');
  else if (input.type !== 'doc') walk.fail(['type'], "expected a document of type 'doc'");
  else {
    for (const key of Object.keys(input))
      if (key !== 'type' && key !== 'content') walk.fail([key], `unknown key '${clip(key)}'`);
    const content = walk.content('doc', input.content, ['content'], 0);
    while (isEmptyParagraph(content[content.length - 1])) content.pop();
    if (walk.issues.length === 0) return { ok: true, doc: { type: 'doc', content: content as never } };
  }
  return { ok: false, issues: walk.issues };
}
