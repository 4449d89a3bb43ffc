/**
 * Participant and absence lists as minutes print them: "Name (Title), Name (Title)",
 * "Formand Name (Title)", one per line, "Name, Title" lines; absences "Name (reason)".
 */
import type { ParsedAbsence, ParsedParticipant } from './parsed-meeting.ts';

const ROLES = [
  'Formand',
  'Forperson',
  'Næstformand',
  'Næstforperson',
  'Medlem',
  'Sekretær',
  'Referent',
  'Mødeleder',
  'Ordstyrer',
  'Tilforordnet',
  'Suppleant',
];
const ROLE_PREFIX = new RegExp(`^(${ROLES.join('|')})\\s*[:,-]?\\s+(?=\\S)`, 'i');
const ROLE_SUFFIX = new RegExp(`\\s*[,-]\\s*(${ROLES.join('|')})$`, 'i');
const REASON_WORDS =
  /\b(syg|sygdom|ferie|afbud|forfald|andet møde|møde|barsel|orlov|kursus|fravær|deltog|inhabil|bortrejst|tjenesterejse|afspadsering)/i;

function topLevelCommas(line: string): number {
  let depth = 0;
  let n = 0;
  for (const ch of line) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if ((ch === ',' || ch === ';') && depth === 0) n++;
  }
  return n;
}

/** Splits on commas and semicolons outside parentheses; " og " before the last name too. */
export function splitNames(input: string): string[] {
  // a comma list wrapped over lines (PDF) is one list; "Name, role" lines are one name per line
  const listLike = input.split('\n').some((l) => topLevelCommas(l) >= 2);
  const value = listLike ? input.replace(/\s*\n\s*/g, ' ') : input;
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of value) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if ((ch === ',' || ch === ';' || ch === '\n') && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts
    .flatMap((p) => (/\(/.test(p) ? p.split(/\s+og\s+(?![^(]*\))/) : p.split(/\s+og\s+/)))
    .map((p) => p.replace(/\s+/g, ' ').trim().replace(/\.$/, ''))
    .filter((p) => p.length > 0);
}

function properRole(role: string): string {
  return role.charAt(0).toUpperCase() + role.slice(1).toLowerCase();
}

/** One printed participant: "Forperson Henrik Harder (Kommunaldirektør)". */
export function parseParticipant(text: string): ParsedParticipant {
  let rest = text.replace(/\s+/g, ' ').trim();
  let role: string | undefined;
  let title: string | undefined;
  const prefix = ROLE_PREFIX.exec(rest);
  if (prefix) {
    role = properRole(prefix[1] ?? '');
    rest = rest.slice((prefix[0] ?? '').length);
  }
  const paren = /^(.*?)\s*\((.+)\)\s*$/.exec(rest);
  if (paren) {
    rest = (paren[1] ?? '').trim();
    const inside = (paren[2] ?? '').trim();
    if (ROLES.some((r) => r.toLowerCase() === inside.toLowerCase())) role = role ?? properRole(inside);
    else title = inside;
  }
  const suffix = ROLE_SUFFIX.exec(rest);
  if (suffix && !role) {
    role = properRole(suffix[1] ?? '');
    rest = rest.slice(0, suffix.index).trim();
  }
  const p: ParsedParticipant = { name: rest };
  if (title) p.title = title;
  if (role) p.role = role;
  return p;
}

const ROLE_ONLY = new RegExp(`^(?:${ROLES.join('|')})$`, 'i');

export function parseParticipants(value: string): ParsedParticipant[] {
  const out: ParsedParticipant[] = [];
  for (const part of splitNames(value)) {
    const previous = out[out.length - 1];
    // "Anne Hansen, formand": the part after the comma is the previous name's role
    if (ROLE_ONLY.test(part) && previous && !previous.role) previous.role = properRole(part);
    else {
      const p = parseParticipant(part);
      if (p.name.length > 0) out.push(p);
    }
  }
  return out;
}

/** One printed absence: "Name (syg)", "Name - ferie", "Name (Title)" (a title is not a reason). */
export function parseAbsence(text: string): ParsedAbsence {
  const clean = text.replace(/\s+/g, ' ').trim();
  const paren = /^(.*?)\s*\((.+)\)\s*$/.exec(clean);
  if (paren) {
    const name = parseParticipant(paren[1] ?? '').name;
    return REASON_WORDS.test(paren[2] ?? '') ? { name, reason: (paren[2] ?? '').trim() } : { name };
  }
  const dash = /^(.*?)\s+[-–]\s+(.+)$/.exec(clean);
  if (dash && REASON_WORDS.test(dash[2] ?? ''))
    return { name: parseParticipant(dash[1] ?? '').name, reason: (dash[2] ?? '').trim() };
  return { name: parseParticipant(clean).name };
}

export function parseAbsences(value: string): ParsedAbsence[] {
  const v = value.trim();
  if (/^(ingen|-|–)\.?$/i.test(v)) return [];
  return splitNames(v)
    .map(parseAbsence)
    .filter((a) => a.name.length > 0);
}
