/**
 * The meeting document as plain data, built once from a published version and an audience, and
 * rendered by the HTML, PDF and DOCX renderers alike. Pure: no I/O.
 *
 * Layout follows the forums' own documents (../shared/seeds/referat-chefforum-*.txt): a header
 * "REFERAT Chefforum d. 23-04-2025", Mødedato, Mødested, Mødedeltagere, Afbud, Indholdsfortegnelse,
 * then per item "Punkt N: title", the case number, the sections in template order (the time
 * allotment as "(10 min.)" under the first section), Indstilling with numbered recommendations,
 * Beslutning (minutes) and Bilag.
 */
import { DateTime } from 'luxon';
import type { AgendaSnapshot, AgendaSnapshotItem } from '../domain/agenda.ts';
import { ZONE } from '../domain/local-date.ts';
import type { RichTextDoc } from '../domain/rich-text.ts';

export type DocumentKind = 'agenda' | 'minutes';
/** members: closed items in full; organisation and public: a closed item is its number and "Lukket punkt". */
export type Audience = 'members' | 'organisation' | 'public';

export const CLOSED_TITLE = 'Lukket punkt';

/** One block of an item, in reading order. */
export type ItemBlock =
  | { kind: 'section'; heading: string; body: RichTextDoc; durationMinutes: number | null }
  | { kind: 'recommendations'; heading: string; intro: RichTextDoc | null; items: string[] }
  | { kind: 'decision'; heading: string; body: RichTextDoc | null; result: string | null }
  | { kind: 'attachments'; heading: string; items: { label: string; name: string; id: string }[] };

export interface DocumentItem {
  number: number;
  /** "Punkt 3: Netværk i Albertslund Kommune" */
  heading: string;
  title: string;
  closed: boolean;
  /** The closed item shown to an audience that may not read it: nothing but the heading. */
  redacted: boolean;
  caseNumber: string | null;
  blocks: ItemBlock[];
}

export interface MeetingDocument {
  kind: DocumentKind;
  audience: Audience;
  version: number;
  language: 'da';
  /** "REFERAT Chefforum d. 23-04-2025" */
  heading: string;
  /** For document metadata: "Referat – Chefforum 23. april 2025" */
  title: string;
  forumName: string;
  /** "Onsdag d. 23. april 2025 kl. 09:00" */
  dateLine: string;
  location: string;
  /** "Forperson Henrik Harder (Kommunaldirektør)", "René Birkemark Olesen (Afdelingschef …)" */
  participants: string[];
  absent: string[];
  /** "Tillægsdagsorden (version 2)" when version > 1, else null; a correction adds its change note. */
  versionNote: string | null;
  items: DocumentItem[];
  /** Minutes: "Hvad skal kommunikeres ud", one line per item ("Punkt 2: title") with its text. */
  communication: { label: string; text: string }[];
}

export const COMMUNICATION_HEADING = 'Hvad skal kommunikeres ud';

const KIND_WORD: Record<DocumentKind, string> = { agenda: 'DAGSORDEN', minutes: 'REFERAT' };
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Keys of the template sections that are not ordinary rich-text sections. */
const RECOMMENDATIONS = 'indstilling';
const DECISION = 'beslutning';
const ATTACHMENTS = 'bilag';

function itemBlocks(
  item: AgendaSnapshotItem,
  kind: DocumentKind,
  template: { key: string; heading: string }[],
): ItemBlock[] {
  const blocks: ItemBlock[] = [];
  const byKey = new Map(item.sections.map((s) => [s.key, s]));
  const layout =
    template.length > 0 ? template : item.sections.map((s) => ({ key: s.key, heading: s.heading }));
  const keys = new Set(layout.map((l) => l.key));
  // The time allotment stands under Sagsfremstilling, as in the forums' minutes; else under the first section.
  const durationKey = byKey.has('sagsfremstilling') ? 'sagsfremstilling' : item.sections[0]?.key;
  const duration = (key: string) => (key === durationKey ? item.durationMinutes : null);
  const recommendations = (heading: string): ItemBlock | null =>
    item.recommendations.length > 0 || byKey.get(RECOMMENDATIONS)
      ? {
          kind: 'recommendations',
          heading,
          intro: byKey.get(RECOMMENDATIONS)?.body ?? null,
          items: item.recommendations,
        }
      : null;
  const decision = (heading: string): ItemBlock | null =>
    kind === 'minutes'
      ? { kind: 'decision', heading, body: item.decision ?? null, result: item.result ?? null }
      : null;
  const attachments = (heading: string): ItemBlock | null =>
    item.attachments.length > 0
      ? {
          kind: 'attachments',
          heading,
          items: item.attachments.map((a, i) => ({
            label: `Bilag ${item.number}.${i + 1}`,
            name: a.name,
            id: a.id,
          })),
        }
      : null;
  for (const { key, heading } of layout) {
    const block =
      key === RECOMMENDATIONS
        ? recommendations(heading)
        : key === DECISION
          ? decision(heading)
          : key === ATTACHMENTS
            ? attachments(heading)
            : byKey.get(key)
              ? {
                  kind: 'section' as const,
                  heading,
                  body: (byKey.get(key) as { body: RichTextDoc }).body,
                  durationMinutes: duration(key),
                }
              : null;
    if (block) blocks.push(block);
  }
  // What the template has no place for still appears, in the usual order.
  if (!keys.has(RECOMMENDATIONS)) {
    const b = recommendations('Indstilling');
    if (b) blocks.unshift(b);
  }
  if (!keys.has(DECISION)) {
    const b = decision('Beslutning');
    if (b) blocks.push(b);
  }
  if (!keys.has(ATTACHMENTS)) {
    const b = attachments('Bilag');
    if (b) blocks.push(b);
  }
  return blocks;
}

export function buildMeetingDocument(
  snapshot: AgendaSnapshot,
  options: { kind: DocumentKind; audience: Audience; version: number; changeNote?: string },
): MeetingDocument {
  const start = DateTime.fromISO(snapshot.meeting.start, { zone: ZONE }).setLocale('da');
  const { kind, audience } = options;
  const participants = (snapshot.meeting.participants ?? []).map(
    (p) => `${p.role === 'chair' ? 'Forperson ' : ''}${p.name}${p.title ? ` (${p.title})` : ''}`,
  );
  const absent = (snapshot.meeting.absent ?? []).map((a) => `${a.name}${a.title ? ` (${a.title})` : ''}`);
  const template = snapshot.template ?? [];
  return {
    kind,
    audience,
    version: options.version,
    language: 'da',
    heading: `${KIND_WORD[kind]} ${snapshot.meeting.forumName} d. ${start.toFormat('dd-MM-yyyy')}`,
    title: `${kind === 'agenda' ? 'Dagsorden' : 'Referat'} – ${snapshot.meeting.forumName} ${start.toFormat('d. MMMM yyyy')}`,
    forumName: snapshot.meeting.forumName,
    dateLine: `${capitalise(start.toFormat('cccc'))} d. ${start.toFormat('d. MMMM yyyy')} kl. ${start.toFormat('HH:mm')}`,
    location: snapshot.meeting.location,
    participants,
    absent,
    versionNote:
      options.version > 1
        ? `${kind === 'agenda' ? 'Tillægsdagsorden' : 'Rettet referat'} (version ${options.version})` +
          (options.changeNote ? `: ${options.changeNote}` : '')
        : null,
    communication:
      kind === 'minutes'
        ? (snapshot.communication ?? [])
            .filter((c) => audience === 'members' || !c.closed)
            .map((c) => ({ label: `Punkt ${c.number}: ${c.title}`, text: c.text }))
        : [],
    items: snapshot.items.map((item) => {
      const redacted = item.closed && audience !== 'members';
      const title = redacted && !snapshot.showClosedTitles ? CLOSED_TITLE : item.title;
      return {
        number: item.number,
        heading: `Punkt ${item.number}: ${title}`,
        title,
        closed: item.closed,
        redacted,
        caseNumber: redacted ? null : item.caseNumber,
        blocks: redacted ? [] : itemBlocks(item, kind, template),
      };
    }),
  };
}
