/**
 * eDoc / Fujitsu AgendaWeb XML (namespace http://www.fujitsu.dk/agenda/xml/schemas/2009/03/31/):
 * Root/Committee/Meeting/Agenda/AgendaElements/AgendaElement[]/HandlingItem. The decision of this
 * meeting is the HandlingPlan entry placed "This" (or a CasePresentation with IsDecision); other
 * handlings' decisions stay as sections headed "Beslutning i <udvalg> den <dato>".
 * "Beslutning ikke frigivet" is a placeholder, not a decision.
 */
import { htmlToText } from './html-to-text.ts';
import { buildItem, meetingKind, type RawItem } from './item-builder.ts';
import type { ParsedAbsence, ParsedMeeting, ParsedParticipant, ParsedSection } from './parsed-meeting.ts';
import { parseAbsences } from './participants.ts';
import { child, list, splitDateTime, text, type XmlNode } from './xml.ts';

const NOT_RELEASED = /^(?:beslutning ikke frigivet|ikke frigivet|tomt indhold)\.?$/i;

export function isFujitsu(root: XmlNode): boolean {
  const r = child(root, 'Root');
  return r !== undefined && child(r, 'Committee') !== undefined && 'OutputTypeEnumName' in r;
}

export function parseFujitsu(root: XmlNode, source: string): ParsedMeeting[] {
  const r = child(root, 'Root');
  const committee = child(r, 'Committee');
  return list(committee?.Meeting).map((meeting) => {
    const warnings: string[] = [];
    const forum = text(committee, 'Name');
    const { date, start } = splitDateTime(text(meeting, 'MeetingDateTime'));
    if (!date) warnings.push(`${source}: the meeting has no date (MeetingDateTime)`);
    const participants: ParsedParticipant[] = [];
    const absent: ParsedAbsence[] = [];
    for (const m of list(child(meeting, 'MeetingParticipants')?.MeetingParticipant)) {
      const name = text(m, 'Name').replace(/\s+/g, ' ');
      if (!name) continue;
      if (text(m, 'Participate').toLowerCase() === 'false') absent.push({ name });
      else {
        const role = text(m, 'RoleInMeeting');
        participants.push(role ? { name, role } : { name });
      }
    }
    const agenda = child(meeting, 'Agenda');
    const elements = list(child(agenda, 'AgendaElements')?.AgendaElement).sort(
      (a, b) => Number(text(a, 'SortOrder')) - Number(text(b, 'SortOrder')),
    );
    const items = elements.map((el) => {
      const h = child(el, 'HandlingItem');
      const number = text(h, 'SerialNo') || text(el, 'SortOrder');
      const sections: ParsedSection[] = [];
      let decision: string | undefined;
      for (const p of list(child(h, 'CasePresentations')?.CasePresentation)) {
        const body = htmlToText(text(p, 'Content'));
        if (text(p, 'IsDecision').toLowerCase() === 'true' && body && !NOT_RELEASED.test(body))
          decision = body;
        else sections.push({ heading: text(p, 'Title'), text: body });
      }
      for (const handling of list(child(h, 'HandlingPlan')?.Handling)) {
        const d = htmlToText(text(handling, 'Decision'));
        if (!d || NOT_RELEASED.test(d)) continue;
        if (text(handling, 'Placement') === 'This' && decision === undefined) decision = d;
        else {
          const when = splitDateTime(text(handling, 'MeetingDate')).date;
          const dk = when ? ` den ${when.split('-').reverse().join('-')}` : '';
          sections.push({ heading: `Beslutning i ${text(handling, 'CommitteeName')}${dk}`.trim(), text: d });
        }
      }
      const raw: RawItem = {
        number,
        title: text(h, 'Title'),
        closed: text(el, 'AccessIsPublic').toLowerCase() === 'false',
        sections,
        attachments: list(child(h, 'Attachments')?.Attachment)
          .sort((a, b) => Number(text(a, 'ShowOrder')) - Number(text(b, 'ShowOrder')))
          .map((a) => text(a, 'Title'))
          .filter((t) => t),
      };
      if (decision) raw.decision = decision;
      const caseNumber = text(h, 'CaseNumber');
      if (caseNumber) raw.caseNumber = caseNumber;
      const absences = text(el, 'Absences');
      if (absences) {
        const names = parseAbsences(absences).map((a) => a.name);
        warnings.push(
          `Punkt ${number}: absent for this item: ${names.join(', ')} (no per-item field; kept as a warning)`,
        );
      }
      return buildItem(raw, date, warnings);
    });
    const output = text(r, 'OutputTypeEnumName');
    const said = /minutes/i.test(output) ? 'minutes' : 'agenda';
    const kind = meetingKind(said, items, warnings, `${source}: OutputTypeEnumName (${output})`);
    return {
      forum,
      kind,
      title: [text(agenda, 'Type') || output, forum].filter((s) => s).join(', '),
      date,
      start,
      location: text(meeting, 'MeetingLocation'),
      participants,
      absent,
      items,
      warnings,
    };
  });
}
