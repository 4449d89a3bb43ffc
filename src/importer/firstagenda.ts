/**
 * FirstAgenda publication API JSON (`/api/agenda/dagsorden/{id}`, or a list of such objects).
 * Quirks handled: Moede.Navn may say "Dagsorden" for a finished meeting with decisions (the kind
 * is read from the content, with a warning); closed items are known by the "Lukket: " title prefix
 * (IsOpen is not reliable and is ignored); Felter[].Html holds the whole case text with
 * <h3>Beslutning</h3> first and <h3>/<h4> sub-sections.
 */
import { DateTime } from 'luxon';
import { htmlToText, splitHtmlSections } from './html-to-text.ts';
import { buildItem, closedTitle, meetingKind, type RawItem } from './item-builder.ts';
import type { ParsedAbsence, ParsedMeeting, ParsedParticipant, ParsedSection } from './parsed-meeting.ts';
import { kindFromTitle } from './text-header.ts';
import { splitDateTime } from './xml.ts';

type Json = Record<string, unknown>;

const str = (v: unknown): string =>
  typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
const arr = (v: unknown): Json[] =>
  Array.isArray(v) ? v.filter((x): x is Json => typeof x === 'object' && x !== null) : [];
const obj = (v: unknown): Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {};

/** Whether parsed JSON looks like a FirstAgenda publication (one meeting or a list). */
export function isFirstAgenda(json: unknown): boolean {
  const first = Array.isArray(json) ? json[0] : json;
  const o = obj(first);
  return 'Dagsordenpunkter' in o || ('Moede' in o && 'Udvalg' in o) || 'Moeder' in o;
}

function localDateTime(value: string): { date: string; start: string } {
  if (!value) return { date: '', start: '' };
  if (/[zZ]|[+-]\d{2}:?\d{2}$/.test(value)) {
    const dt = DateTime.fromISO(value, { setZone: true });
    if (dt.isValid) {
      // an explicit offset is the local wall time the system printed; a Z time is converted
      const local = /[zZ]$/.test(value) ? dt.setZone('Europe/Copenhagen') : dt;
      return { date: local.toFormat('yyyy-MM-dd'), start: local.toFormat('HH:mm') };
    }
  }
  return splitDateTime(value);
}

function itemSections(felter: Json[]): ParsedSection[] {
  const out: ParsedSection[] = [];
  for (const felt of felter) {
    const navn = str(felt.Navn);
    const html = str(felt.Html);
    if (html) {
      for (const s of splitHtmlSections(html))
        out.push({ heading: s.heading || navn, text: htmlToText(s.html) });
    } else if (str(felt.Tekst)) out.push({ heading: navn, text: str(felt.Tekst) });
  }
  return out;
}

function parseOne(data: Json, source: string): ParsedMeeting {
  const warnings: string[] = [];
  const udvalg = obj(data.Udvalg);
  const moede = obj(data.Moede);
  const forum = str(udvalg.Navn);
  const navn = str(moede.Navn);
  const { date, start } = localDateTime(str(moede.MeetingBeginUtc) || str(moede.Dato));
  if (!date) warnings.push(`${source}: the meeting has no date (Moede.Dato)`);
  const participants: ParsedParticipant[] = [];
  const absent: ParsedAbsence[] = [];
  for (const d of arr(moede.Moededeltagere)) {
    const name = str(d.Name);
    if (!name) continue;
    if (d.Absent === true || d.ParticipationCancelled === true) absent.push({ name });
    else participants.push({ name });
  }
  const punkter = arr(data.Dagsordenpunkter).sort((a, b) => Number(a.Sorting ?? 0) - Number(b.Sorting ?? 0));
  const items = punkter.map((p) => {
    const { title, closed } = closedTitle(str(p.Navn) || str(p.Caption));
    const raw: RawItem = {
      number: str(p.Punktnummer) || str(p.Number),
      title,
      closed,
      sections: itemSections(arr(p.Felter)),
      attachments: arr(p.Bilag)
        .sort((a, b) => Number(a.Order ?? 0) - Number(b.Order ?? 0))
        .map((b) => str(b.Navn))
        .filter((n) => n),
    };
    const caseNumber = str(p.SagsNummer) || str(p.CaseNumber);
    if (caseNumber) raw.caseNumber = caseNumber;
    const itemDecision = typeof p.ItemDecision === 'string' ? htmlToText(p.ItemDecision) : '';
    if (itemDecision) raw.decision = itemDecision;
    return buildItem(raw, date, warnings);
  });
  const kind = meetingKind(kindFromTitle(navn), items, warnings, `${source}: Moede.Navn ("${navn}")`);
  return {
    forum,
    kind,
    title: [navn, forum].filter((s) => s).join(', '),
    date,
    start,
    location: str(moede.Sted),
    participants,
    absent,
    items,
    warnings,
  };
}

export function parseFirstAgenda(json: unknown, source: string): ParsedMeeting[] {
  const list = Array.isArray(json) ? json : [json];
  const meetings: ParsedMeeting[] = [];
  for (const entry of list) {
    const o = obj(entry);
    if ('Dagsordenpunkter' in o) meetings.push(parseOne(o, source));
    else if ('Moeder' in o) {
      // udvalgsliste: committees with meetings inlined (no items)
      for (const m of arr(o.Moeder))
        meetings.push(parseOne({ Udvalg: o, Moede: m, Dagsordenpunkter: [] }, source));
    }
  }
  return meetings;
}
