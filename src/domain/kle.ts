/**
 * KLE (Kommunernes Landsforenings Emnesystematik): the topic catalogue (OS2KLE, MPL-2.0), case
 * numbers in the KLE form `00.01.00-P35-7-23` (topic, handling facet, serial, year) next to other
 * municipal forms kept as free references, and topic suggestions from an item's text.
 */
import { invalid } from './errors.ts';

export interface KleKeyword {
  text: string;
  /** OS2KLE's classifier weight; 0 means the keyword is switched off. */
  weight: number;
}
export interface KleTopic {
  /** `NN.NN.NN` */
  code: string;
  title: string;
  keywords: readonly KleKeyword[];
}
export interface KleHeading {
  /** `NN` for a main group, `NN.NN` for a group. */
  code: string;
  title: string;
}

/** Per word stem: the topics that use it and how (2 = in the title, 1 = only in keywords). */
interface SuggestIndex {
  /** The topics by code; postings refer to them by position. */
  topics: readonly KleTopic[];
  postings: Map<string, Map<number, number>>;
  idf: Map<string, number>;
  /** Distinct catalogue words (lower-case) and their stems, for prefix matching; sorted. */
  words: string[];
  stemOf: Map<string, string>;
}

export interface KleCatalogue {
  topics: ReadonlyMap<string, KleTopic>;
  /** Groups `NN.NN`, titled from their `NN.NN.00` topic. */
  groups: ReadonlyMap<string, KleHeading>;
  /** Main groups `NN`, titled from `NN.00.00` or else their first group. */
  mainGroups: ReadonlyMap<string, KleHeading>;
  readonly index: SuggestIndex;
}

const LINE = /^KLENummer='(\d{2}\.\d{2}\.\d{2})':KLETitel='([^']*)':Keywords\[Weight\]=(.*)$/;
const KEYWORD = /^(.*)\[(\d+)\]$/;
const GENERAL = / i almindelighed$/;

/** Parses OS2KLE.txt: one topic a line, `KLENummer='..':KLETitel='..':Keywords[Weight]=kw[5];..`. */
export function parseKleCatalogue(text: string): KleCatalogue {
  const topics = new Map<string, KleTopic>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const m = LINE.exec(line);
    if (!m) throw new Error(`KLE catalogue line ${i + 1}: unexpected format`);
    const [, code = '', title = '', list = ''] = m;
    const seen = new Set<string>();
    const keywords: KleKeyword[] = [];
    for (const entry of list.split(';')) {
      const k = KEYWORD.exec(entry.trim());
      const kw = k?.[1]?.trim();
      if (!k || !kw || seen.has(kw.toLowerCase())) continue;
      seen.add(kw.toLowerCase());
      keywords.push({ text: kw, weight: Number(k[2]) });
    }
    topics.set(code, { code, title: title.trim(), keywords });
  });
  const sorted = [...topics.values()].sort((a, b) => a.code.localeCompare(b.code));
  const groups = new Map<string, KleHeading>();
  const mainGroups = new Map<string, KleHeading>();
  for (const t of sorted) {
    const group = t.code.slice(0, 5);
    const main = t.code.slice(0, 2);
    if (!groups.has(group)) {
      const head = topics.get(`${group}.00`) ?? t;
      groups.set(group, { code: group, title: head.title.replace(GENERAL, '') });
    }
    if (!mainGroups.has(main)) {
      const head = topics.get(`${main}.00.00`) ?? topics.get(`${group}.00`) ?? t;
      mainGroups.set(main, { code: main, title: head.title.replace(GENERAL, '') });
    }
  }
  return { topics, groups, mainGroups, index: buildIndex(sorted) };
}

export type CaseNumber =
  | {
      kind: 'kle';
      normalised: string;
      topic: string;
      topicTitle: string;
      facet: string;
      serial: string;
      year: string;
    }
  | { kind: 'free'; normalised: string };

const KLE_SHAPED = /^(\d{2}\.\d{2}\.\d{2})(-|$)/;
const KLE_FULL = /^\d{2}\.\d{2}\.\d{2}-([A-Za-z]\d{2})-(\d+)-(\d{2})$/;
const FREE = /^[\p{L}\d\-./ ]{1,60}$/u;

/**
 * The topic a KLE number names: a topic of the catalogue, or the general level of a group
 * (`NN.NN.00`) or main group (`NN.00.00`) the catalogue has, as municipalities journalise there
 * (Albertslund uses `00.00.00`).
 */
export function kleTopicTitle(catalogue: KleCatalogue, code: string): string | undefined {
  const topic = catalogue.topics.get(code);
  if (topic) return topic.title;
  if (code.endsWith('.00.00')) return catalogue.mainGroups.get(code.slice(0, 2))?.title;
  if (code.endsWith('.00')) return catalogue.groups.get(code.slice(0, 5))?.title;
  return undefined;
}

/**
 * Validates a case number (sagsnummer). A KLE-shaped number must name a known topic and carry a
 * handling facet (a letter and two digits), a serial and a two-digit year; any other short
 * reference (`EMN-2025-003383`, `23-007005`, `12/27845`) is kept as a free reference.
 */
export function parseCaseNumber(input: string, catalogue: KleCatalogue): CaseNumber {
  const value = input.trim().replace(/\s+/g, ' ');
  if (value === '') throw invalid('caseNumber', 'must not be empty');
  const shaped = KLE_SHAPED.exec(value);
  if (shaped) {
    const topic = shaped[1] ?? '';
    const title = kleTopicTitle(catalogue, topic);
    if (title === undefined) throw invalid('caseNumber', `unknown KLE topic ${topic}`);
    const m = KLE_FULL.exec(value);
    if (!m)
      throw invalid(
        'caseNumber',
        'a KLE case number is topic-facet-serial-year, e.g. 00.01.00-P35-7-23: the facet is a letter and two digits, the serial digits and the year two digits',
      );
    const [, rawFacet = '', serial = '', year = ''] = m;
    const facet = rawFacet.toUpperCase();
    return {
      kind: 'kle',
      normalised: `${topic}-${facet}-${serial}-${year}`,
      topic,
      topicTitle: title,
      facet,
      serial,
      year,
    };
  }
  if (!FREE.test(value) || !/[\p{L}\d]/u.test(value))
    throw invalid(
      'caseNumber',
      'expected a KLE number or a reference of at most 60 letters, digits and - . /',
    );
  return { kind: 'free', normalised: value };
}

// --- Topic suggestions -------------------------------------------------------------------------

/** Frequent Danish words (3+ letters) that say nothing about a topic. */
const STOPWORDS = new Set(
  (
    'alle allerede andet andre anden at bare blev blive bliver både da dag de deres dem den denne der ' +
    'derfor dermed des det dette dig din disse dog eller end endnu eneste enhver ens er et efter ' +
    'for fordi forhold fra får før gennem godt har havde have hele her herunder hen hos hvad hver ' +
    'hvilke hvilken hvis hvor hvordan hvorfor ikke ind inden indenfor jeg kan kunne løbet man mange ' +
    'med meget mellem men mere mest mod mig min mine mindre mod må nogen noget nogle nok nu når ' +
    'også om omkring op os over på samme samt selv sig sin sine sit skal skulle som sådan så ' +
    'til tilfælde uden under ud var ved vi vil ville være været øvrige almindelighed ' +
    'alm the and mv iht ift bl ' +
    // Words of any agenda item: the template's headings and the meeting's own vocabulary.
    'anledning resumé sagsfremstilling indstilling indstiller beslutning bilag historik intet bemærke ' +
    'punkt møde mødet afdeling arbejde status orientering godkendelse drøftelse temadrøftelse videre proces chefforum'
  ).split(' '),
);
const SUFFIXES = ['erne', 'ene', 'er', 'en', 'et', 'e', 's'];
const MIN_PREFIX = 5;
const TITLE_WEIGHT = 2;
const PREFIX_QUALITY = 0.3;

/** Strips one common Danish inflection suffix, keeping at least three letters. */
export function stem(word: string): string {
  for (const s of SUFFIXES)
    if (word.endsWith(s) && word.length - s.length >= 3) return word.slice(0, -s.length);
  return word;
}

/** Lower-case words of three or more letters (æøå kept), stop words left out. */
export function tokenise(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 3 && !STOPWORDS.has(w) && !STOPWORDS.has(stem(w)));
}

/** Keywords are phrases; words with digits in them are form and account codes (`ok 01`, `dp301a`). */
const keywordWords = (kw: string): string[] =>
  tokenise(
    kw
      .split(/\s+/)
      .filter((w) => !/\d/.test(w))
      .join(' '),
  );

function buildIndex(topics: readonly KleTopic[]): SuggestIndex {
  const postings = new Map<string, Map<number, number>>();
  const stemOf = new Map<string, string>();
  const add = (word: string, topic: number, field: number) => {
    const s = stem(word);
    stemOf.set(word, s);
    const p = postings.get(s) ?? new Map<number, number>();
    p.set(topic, Math.max(p.get(topic) ?? 0, field));
    postings.set(s, p);
  };
  topics.forEach((t, i) => {
    for (const w of tokenise(t.title)) add(w, i, TITLE_WEIGHT);
    for (const kw of t.keywords) if (kw.weight > 0) for (const w of keywordWords(kw.text)) add(w, i, 1);
  });
  // Inverse document frequency: a word few topics use says more about the topics that do.
  const idf = new Map<string, number>();
  for (const [s, p] of postings) idf.set(s, Math.log(1 + topics.length / p.size));
  return { topics, postings, idf, words: [...stemOf.keys()].sort(), stemOf };
}

/** Stems of the catalogue a text word matches: its own stem fully, prefix relatives (5+ letters) less. */
function matchingStems(index: SuggestIndex, word: string): Map<string, number> {
  const out = new Map<string, number>();
  const own = stem(word);
  if (index.postings.has(own)) out.set(own, 1);
  const related = (w: string) => {
    const s = index.stemOf.get(w);
    if (s !== undefined && !out.has(s)) out.set(s, PREFIX_QUALITY);
  };
  // Catalogue words that begin this word (miljøledelse in miljøledelsessystem) ...
  for (let n = MIN_PREFIX; n < word.length; n++) related(word.slice(0, n));
  // ... and catalogue words this word begins (budget in budgetopfølgninger).
  if (word.length >= MIN_PREFIX) {
    let lo = 0;
    let hi = index.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((index.words[mid] ?? '') < word) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < index.words.length && (index.words[i] ?? '').startsWith(word); i++)
      related(index.words[i] ?? '');
  }
  return out;
}

export interface KleSuggestion {
  topic: string;
  title: string;
  score: number;
}

/**
 * Suggests KLE topics for a text: each distinct word scores, for each topic, its best match among
 * the topic's words (rarer words weigh more, title words double), scaled by how often the word
 * occurs; best first, ties by topic code.
 */
export function suggestKleTopics(catalogue: KleCatalogue, text: string, limit = 3): KleSuggestion[] {
  // Words with the same stem count together (enhed, enheden, enheder).
  const groups = new Map<string, { count: number; words: Set<string> }>();
  for (const w of tokenise(text)) {
    const s = stem(w);
    const g = groups.get(s) ?? { count: 0, words: new Set<string>() };
    g.count++;
    g.words.add(w);
    groups.set(s, g);
  }
  const { index } = catalogue;
  const scores = new Map<number, number>();
  const hits = new Map<number, number>();
  for (const { count, words } of groups.values()) {
    const matches = new Map<string, number>();
    for (const w of words)
      for (const [s, q] of matchingStems(index, w)) matches.set(s, Math.max(matches.get(s) ?? 0, q));
    const best = new Map<number, number>();
    for (const [s, quality] of matches) {
      const idf = index.idf.get(s) ?? 0;
      for (const [topic, field] of index.postings.get(s) ?? [])
        best.set(topic, Math.max(best.get(topic) ?? 0, quality * idf * field));
    }
    const tf = 1 + Math.log(count);
    for (const [topic, value] of best) {
      scores.set(topic, (scores.get(topic) ?? 0) + tf * value);
      hits.set(topic, (hits.get(topic) ?? 0) + 1);
    }
  }
  // A topic that several distinct words point to beats one that a single word hits hard.
  for (const [topic, v] of scores) scores.set(topic, v * Math.sqrt(hits.get(topic) ?? 1));
  return [...scores]
    .map(([i, score]) => {
      const t = index.topics[i] as KleTopic;
      return { topic: t.code, title: t.title, score: Math.round(score * 100) / 100 };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.topic.localeCompare(b.topic))
    .slice(0, Math.max(0, limit));
}
