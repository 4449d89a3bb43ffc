/**
 * eDoc agenda publishing (eDocAgendaPublishing.xml): Meeting/{Committee, MeetingDate, MeetingState,
 * MeetingAgendaTypes/MeetingAgendaType[]{AgendaType, MeetingAgendaItems/MeetingAgendaItem[]}}.
 * Items can be out of order (sorted by number) and appear under an open and a closed agenda type;
 * real files contain invalid character references (cleaned by the XML reader).
 */
import { htmlToText } from './html-to-text.ts';
import { buildItem, type RawItem } from './item-builder.ts';
import type { ParsedMeeting, ParsedSection } from './parsed-meeting.ts';
import { child, list, splitDateTime, text, type XmlNode } from './xml.ts';

export function isEdocPublishing(root: XmlNode): boolean {
  const m = child(root, 'Meeting');
  return m !== undefined && ('MeetingAgendaTypes' in m || 'MeetingDate' in m);
}

const numberKey = (n: string) =>
  n
    .split('.')
    .map((p) => p.padStart(6, '0'))
    .join('.');

/** Sections from a Document: Fields/Field{Name|Caption|Title, Content|Value|Text} when present. */
function documentSections(doc: XmlNode | undefined): ParsedSection[] {
  const holder = child(doc, 'Fields') ?? child(doc, 'Sections') ?? child(doc, 'Paragraphs');
  if (!holder) return [];
  const entries = Object.values(holder).flatMap((v) => list(v));
  return entries.map((f) => ({
    heading: text(f, 'Name') || text(f, 'Caption') || text(f, 'Title') || text(f, 'Heading'),
    text: htmlToText(text(f, 'Content') || text(f, 'Value') || text(f, 'Text') || text(f, 'Html')),
  }));
}

export function parseEdocPublishing(root: XmlNode, source: string): ParsedMeeting[] {
  const meeting = child(root, 'Meeting');
  const warnings: string[] = [];
  const committeeNode = child(meeting, 'Committee');
  const forum = committeeNode
    ? text(committeeNode, 'Name') || text(committeeNode)
    : text(meeting, 'Committee');
  const { date, start } = splitDateTime(text(meeting, 'MeetingDate'));
  if (!date) warnings.push(`${source}: the meeting has no date (MeetingDate)`);
  const raws: RawItem[] = [];
  const types: string[] = [];
  for (const type of list(child(meeting, 'MeetingAgendaTypes')?.MeetingAgendaType)) {
    const agendaType = text(type, 'AgendaType');
    types.push(agendaType);
    const closedType = /lukket/i.test(agendaType);
    for (const it of list(child(type, 'MeetingAgendaItems')?.MeetingAgendaItem)) {
      const doc = child(it, 'Document');
      const number = text(it, 'AgendaItemNumber');
      const publishing = text(doc, 'PublishingType');
      const raw: RawItem = {
        number,
        title: text(doc, 'Title') || text(child(doc, 'Case'), 'Title'),
        closed: closedType || /lukket|closed|ikke offentlig/i.test(publishing),
        sections: documentSections(doc),
        attachments: list(child(doc, 'Attachments')?.Attachment)
          .map((a) => text(a, 'Title') || text(a, 'Name') || text(a))
          .filter((t) => t),
      };
      const caseNode = child(doc, 'Case');
      const caseNumber = text(caseNode, 'CaseNumber') || text(caseNode, 'Number') || text(caseNode, 'CaseNo');
      if (caseNumber) raw.caseNumber = caseNumber;
      const decision = htmlToText(text(doc, 'Decision') || text(it, 'Decision'));
      if (decision) raw.decision = decision;
      if (!number) warnings.push(`${source}: item "${raw.title}" has no AgendaItemNumber`);
      raws.push(raw);
    }
  }
  raws.sort((a, b) =>
    numberKey(a.number) < numberKey(b.number) ? -1 : numberKey(a.number) > numberKey(b.number) ? 1 : 0,
  );
  const items = raws.map((raw) => buildItem(raw, date, warnings));
  if (items.every((i) => i.sections.length === 0)) {
    warnings.push(
      `${source}: the publication lists items without case text (the texts are in the published documents)`,
    );
  }
  const state = text(meeting, 'MeetingState');
  const hasDecisions = items.some((i) => i.decision !== undefined);
  const kind: 'agenda' | 'minutes' =
    hasDecisions || types.some((t) => /referat/i.test(t)) ? 'minutes' : 'agenda';
  if (kind === 'agenda' && /afholdt|afsluttet|finished|closed/i.test(state)) {
    warnings.push(
      `${source}: the meeting state is "${state}" but no decisions were found; read as an agenda`,
    );
  }
  return [
    {
      forum,
      kind,
      title: [types[0], forum].filter((s) => s).join(', '),
      date,
      start,
      location: text(meeting, 'Location') || text(meeting, 'MeetingLocation'),
      participants: [],
      absent: [],
      items,
      warnings,
    },
  ];
}
