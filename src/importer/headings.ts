/**
 * Section headings of Danish agenda items: the known captions (in any case, ALL CAPS included,
 * optionally with a trailing colon), and decision headings in all their forms: "Beslutning",
 * "Beslutninger", "Beslutning i <forum> den dd-mm-yyyy", "<Forum>s beslutning den dd.mm.yyyy",
 * "Referat:".
 */
import { findDanishDate } from './danish-date.ts';

const KNOWN = [
  'indstilling',
  'indstillinger',
  'forslag til beslutning',
  'resumé',
  'resume',
  'sagsfremstilling',
  'supplerende sagsfremstilling',
  'sagsbeskrivelse',
  'fremstilling',
  'sagen',
  'sagens indhold',
  'sagens baggrund',
  'baggrund',
  'anledning',
  'formål',
  'indledning',
  'problemstilling',
  'sagsresumé',
  'sammenfatning',
  'sagsprocedure',
  'beslutningskompetence',
  'bilag',
  'bilagsliste',
  'økonomi',
  'økonomiske konsekvenser',
  'økonomi og finansiering',
  'økonomi og organisatoriske konsekvenser',
  'økonomiske og personalemæssige konsekvenser',
  'bevillingsmæssige konsekvenser',
  'personalemæssige konsekvenser',
  'miljømæssige konsekvenser',
  'konsekvenser',
  'finansiering',
  'lovgrundlag',
  'retsgrundlag',
  'lovgivning',
  'kommunens vision og politikker',
  'vision og politikker',
  'borgerperspektiv',
  'historik',
  'høring',
  'høringer',
  'kommunikation',
  'tidsplan',
  'vurdering',
  'administrationens vurdering',
  'forvaltningens vurdering',
  'bemærkninger',
  'videre proces',
  'handicappolitisk vurdering',
  'sundhedsmæssige konsekvenser',
  'klima- og miljømæssige konsekvenser',
  'beslutningen træffes af',
  'kompetence',
  'afgørelse',
  'opfølgning',
];

const KNOWN_SET = new Set(KNOWN);

function normalise(line: string): string {
  return line.trim().replace(/\s*:$/, '').replace(/\s+/g, ' ').toLowerCase();
}

const INDSTILLING = /^(?:[a-zæøå-]+(?:s|ens|ets|nes)\s+)?indstilling(?:er)?(?:\s+(?:til|fra)\s+.+)?$/;

/** Decision heading forms (line already lower-cased, colon removed). */
const DECISION: RegExp[] = [
  /^beslutning(?:er)?$/,
  /^beslutning(?:er)?\s+(?:i|på|fra|af)\s+.+$/, // Beslutning i Økonomiudvalget den 10-04-2013
  /^.+s\s+beslutning(?:er)?(?:\s+(?:den|d\.)\s+.+)?$/, // Økonomiudvalgets beslutning den 10.04.2013
  /^beslutning(?:er)?\s+(?:den|d\.)\s+.+$/,
  /^referat$/,
  /^afgørelse$/,
  /^protokol$/,
];

/** Whether the line is a decision heading. */
export function isDecisionHeading(line: string): boolean {
  const raw = line.trim();
  if (raw.length === 0 || raw.length > 140) return false;
  if (/[.!?]$/.test(raw) && !/\b(?:den|d)\.\s*\d/.test(raw) && !/\d{2,4}\.?$/.test(raw)) return false;
  const n = normalise(raw);
  if (!DECISION.some((r) => r.test(n))) return false;
  // "… beslutning …" patterns must be heading-like: no sentence verbs, few words
  return n.split(' ').length <= 16;
}

/** Whether the line is a recommendation ("Indstilling") heading. */
export function isRecommendationHeading(line: string): boolean {
  const n = normalise(line);
  return (
    n === 'forslag til beslutning' ||
    /^(?:[a-zæøå-]+\s+)?(?:foreslår|anbefaler)$/.test(n) ||
    (INDSTILLING.test(n) && n.split(' ').length <= 8)
  );
}

/** Whether the line is an attachments heading. */
export function isAttachmentHeading(line: string): boolean {
  const n = normalise(line);
  return n === 'bilag' || n === 'bilagsliste' || n === 'bilagsfortegnelse' || n === 'vedlagte bilag';
}

/** Whether the whole line is a section heading (known caption, recommendation or decision heading). */
export function isSectionHeading(line: string): boolean {
  const raw = line.trim();
  if (raw.length === 0 || raw.length > 140) return false;
  const n = normalise(raw);
  if (KNOWN_SET.has(n)) return true;
  return isRecommendationHeading(raw) || isDecisionHeading(raw);
}

/** The heading's date (a dated decision heading), or undefined. */
export function headingDate(line: string): string | undefined {
  return findDanishDate(line);
}

/** A heading printed in ALL CAPS is reported as printed; this gives a readable capitalised form for comparisons. */
export function headingKey(heading: string): string {
  return normalise(heading);
}
