/**
 * SBSYS / Agenda Management publication XML: Publication/Agendas/Agenda[]. Section captions are
 * free text per municipality (ALL CAPS too: "ADMINISTRATIONENS INDSTILLING", "FORRETNINGSUDVALGETS
 * BESLUTNING"), sub-items are "1.1", pseudo-items with number 0 ("Lukket referat", "Åbent
 * referat") are not items (reported as warnings), "Tomt indhold" placeholders are dropped.
 */
import { htmlToText } from './html-to-text.ts';
import { buildItem, type RawItem } from './item-builder.ts';
import type { ParsedAbsence, ParsedMeeting, ParsedParticipant, ParsedSection } from './parsed-meeting.ts';
import { child, list, splitDateTime, text, type XmlNode } from './xml.ts';

const ABSENT = /afbud|fravær|ikke\s+til\s+stede|deltager\s+ikke|absent|forfald/i;

function members(
  node: XmlNode | undefined,
  key: string,
): { participants: ParsedParticipant[]; absent: ParsedAbsence[] } {
  const participants: ParsedParticipant[] = [];
  const absent: ParsedAbsence[] = [];
  for (const m of list(node?.[key])) {
    const name = text(m, 'Name').replace(/\s+/g, ' ');
    if (!name) continue;
    const status = text(m, 'ParticipationStatusAsText');
    if (ABSENT.test(status))
      absent.push(status && !/^(?:afbud|fraværende)$/i.test(status) ? { name, reason: status } : { name });
    else {
      const p: ParsedParticipant = { name };
      const role = text(m, 'Role') || text(m, 'RoleAsText');
      if (role) p.role = role;
      participants.push(p);
    }
  }
  return { participants, absent };
}

function parseAgenda(agenda: XmlNode, source: string, publicationType: string): ParsedMeeting {
  const warnings: string[] = [];
  const meeting = child(agenda, 'Meeting');
  const forum = text(child(agenda, 'Committee'), 'Name');
  const { date, start } = splitDateTime(text(meeting, 'When'));
  if (!date) warnings.push(`${source}: the meeting has no date (Meeting/When)`);
  const { participants, absent } = members(child(meeting, 'Members'), 'MeetingMember');
  const items = [];
  let referatPart = false;
  for (const it of list(child(agenda, 'Items')?.Item)) {
    const number = text(it, 'Number');
    const caption = text(it, 'Caption');
    const enclosures = list(child(it, 'Enclosures')?.Enclosure).map(
      (e) => text(e, 'Name') || text(e, 'FileName'),
    );
    if (number === '0' || number === '') {
      if (/referat/i.test(caption)) referatPart = true;
      warnings.push(
        `${source}: pseudo-item "${caption}" (number ${number || 'none'}) is not an agenda item; not imported${
          enclosures.length ? ` (attachments: ${enclosures.join(', ')})` : ''
        }`,
      );
      continue;
    }
    const sections: ParsedSection[] = list(child(it, 'Fields')?.ItemField)
      .sort((a, b) => Number(text(a, 'Index')) - Number(text(b, 'Index')))
      .map((f) => ({ heading: text(f, 'Caption'), text: htmlToText(text(f, 'Content')) }))
      // a field captioned like the item itself with no text is the template's empty placeholder
      .filter((s) => !(s.heading === caption && s.text === ''));
    const raw: RawItem = {
      number,
      title: caption,
      closed: text(it, 'IsPublic').toLowerCase() === 'false',
      sections,
      attachments: enclosures.filter((e) => e),
    };
    const caseNumber = text(child(it, 'Case'), 'Number');
    if (caseNumber) raw.caseNumber = caseNumber;
    const itemMembers = members(child(it, 'Members'), 'ItemMember');
    if (itemMembers.absent.length > 0) {
      warnings.push(
        `Punkt ${number}: not present for this item: ${itemMembers.absent.map((a) => a.name).join(', ')} (no per-item field; kept as a warning)`,
      );
    }
    items.push(buildItem(raw, date, warnings));
  }
  const hasDecisions = items.some((i) => i.decision !== undefined);
  let kind: 'agenda' | 'minutes' = hasDecisions ? 'minutes' : 'agenda';
  if (!hasDecisions && referatPart) {
    kind = 'minutes';
    warnings.push(
      `${source}: no decisions in the items, but the publication carries a referat part; read as minutes`,
    );
  }
  if (/draft/i.test(publicationType)) warnings.push(`${source}: the publication is a draft`);
  return {
    forum,
    kind,
    title: text(agenda, 'Name') || forum,
    date,
    start,
    location: text(meeting, 'Where'),
    participants,
    absent,
    items,
    warnings,
  };
}

export function isSbsys(root: XmlNode): boolean {
  return (
    child(root, 'Publication') !== undefined && child(child(root, 'Publication'), 'Agendas') !== undefined
  );
}

export function parseSbsys(root: XmlNode, source: string): ParsedMeeting[] {
  const publication = child(root, 'Publication');
  const type = text(publication, 'PublicationTypeAsEnum');
  return list(child(publication, 'Agendas')?.Agenda).map((a) => parseAgenda(a, source, type));
}
