/**
 * Acadre MM publishing: the agenda XML (a generic tree of table[@name]/fields/field[@name]) and the
 * manifest XML (table[@name=committee|meeting|agenda|producedAgenda], values in attributes).
 * An item can carry several dated decisions ("Beslutning i Udvalget for ... den 10-04-2013"):
 * the one dated this meeting is the decision, the earlier ones stay as sections.
 */
import { htmlToText } from './html-to-text.ts';
import { buildItem, meetingKind, type RawItem } from './item-builder.ts';
import type { ParsedAbsence, ParsedMeeting, ParsedParticipant, ParsedSection } from './parsed-meeting.ts';
import { kindFromTitle } from './text-header.ts';
import { child, list, splitDateTime, text, type XmlNode } from './xml.ts';

const nameOf = (t: XmlNode) => String(t['@_name'] ?? '');

function tablesIn(node: XmlNode | undefined): XmlNode[] {
  return list(node?.table);
}

/** All descendant tables named `name` (depth first, document order). */
function findTables(node: XmlNode | undefined, name: string): XmlNode[] {
  const out: XmlNode[] = [];
  for (const t of tablesIn(node)) {
    if (nameOf(t) === name) out.push(t);
    out.push(...findTables(t, name));
  }
  return out;
}

/** Agenda XML fields: field[@name] → text. */
function fields(table: XmlNode | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const fs of list(table?.fields))
    for (const f of list(fs.field)) out[String(f['@_name'] ?? '')] = text(f);
  return out;
}

/** Manifest fields: each field carries its value in an attribute. One record per <fields>. */
function attributeFields(table: XmlNode | undefined): Record<string, string>[] {
  return list(table?.fields).map((fs) => {
    const out: Record<string, string> = {};
    for (const f of list(fs.field))
      for (const [k, v] of Object.entries(f)) if (k.startsWith('@_')) out[k.slice(2)] = String(v);
    return out;
  });
}

/** Forum, title, date and start shared by the agenda XML and the manifest. */
function meetingHead(committee: Record<string, string>, meeting: Record<string, string>, agendaName: string) {
  return {
    forum: committee.name ?? '',
    title: [agendaName, meeting.name].filter((s) => s).join(', '),
    ...splitDateTime(meeting.date ?? ''),
  };
}

export function isAcadreAgenda(root: XmlNode): boolean {
  const r = child(root, 'root');
  return findTables(r, 'agenda').length > 0 &&
    findTables(r, 'agendaitem').length + findTables(r, 'meeting').length > 0
    ? findTables(r, 'producedAgenda').length === 0
    : false;
}

export function isAcadreManifest(root: XmlNode): boolean {
  return findTables(child(root, 'root'), 'producedAgenda').length > 0;
}

export function parseAcadreAgenda(root: XmlNode, source: string): ParsedMeeting[] {
  const r = child(root, 'root');
  const warnings: string[] = [];
  const agenda = fields(findTables(r, 'agenda')[0]);
  const committee = fields(findTables(r, 'committee')[0]);
  const meetingTable = findTables(r, 'meeting')[0];
  const meeting = fields(meetingTable);
  const head = meetingHead(committee, meeting, agenda.name ?? '');
  const date = head.date;
  if (!date) warnings.push(`${source}: the meeting has no date`);
  const participants: ParsedParticipant[] = [];
  const absent: ParsedAbsence[] = [];
  for (const m of findTables(findTables(meetingTable, 'meetmember')[0], 'member').map(fields)) {
    const name = (m.name ?? '').replace(/\s+/g, ' ').trim();
    if (!name) continue;
    if (m.absent && m.absent !== '0') absent.push({ name });
    else participants.push(m.role ? { name, role: m.role } : { name });
  }
  const items = [];
  for (const parent of findTables(r, 'agendaitemparents')) {
    const itemTable = findTables(parent, 'agendaitem')[0];
    if (!itemTable) continue;
    const item = fields(itemTable);
    const sort = fields(parent).sort ?? '';
    const sections: ParsedSection[] = findTables(itemTable, 'bullet')
      .map(fields)
      .sort((a, b) => Number(a.bulletsortorder ?? 0) - Number(b.bulletsortorder ?? 0))
      .map((b) => ({ heading: b.bulletname ?? '', text: htmlToText(b.bulletcontent ?? '') }));
    const raw: RawItem = {
      number: sort,
      title: item.name ?? '',
      closed: item.access !== undefined && item.access !== '1' && !/åben/i.test(item.accessname ?? ''),
      sections,
      attachments: findTables(itemTable, 'enclosure')
        .map(fields)
        .sort((a, b) => Number(a.sort ?? 0) - Number(b.sort ?? 0))
        .map((e) => e.name ?? '')
        .filter((n) => n),
    };
    if (item.caseno) raw.caseNumber = item.caseno;
    if (!sort) warnings.push(`${source}: item "${raw.title}" has no number (agendaitemparents/sort)`);
    for (const key of ['absent', 'excuse'] as const) {
      if (item[key])
        warnings.push(
          `Punkt ${sort}: ${key} for this item: "${item[key]}" (no per-item field; kept as a warning)`,
        );
    }
    items.push(buildItem(raw, date, warnings));
  }
  const name = agenda.name ?? '';
  const kind = meetingKind(kindFromTitle(name), items, warnings, `${source}: the agenda name ("${name}")`);
  return [{ ...head, kind, location: meeting.location ?? '', participants, absent, items, warnings }];
}

export function parseAcadreManifest(root: XmlNode, source: string): ParsedMeeting[] {
  const r = child(root, 'root');
  const one = (name: string) => attributeFields(findTables(r, name)[0])[0] ?? {};
  const committee = one('committee');
  const meeting = one('meeting');
  const agenda = one('agenda');
  const head = meetingHead(committee, meeting, agenda.name ?? '');
  const warnings: string[] = [];
  if (!head.date) warnings.push(`${source}: the manifest gives no meeting date`);
  const produced = findTables(r, 'producedAgenda').flatMap(attributeFields);
  for (const p of produced) {
    const type = p.type === '1' ? 'dagsorden' : p.type === '2' ? 'referat' : `type ${p.type ?? '?'}`;
    const files = [p.xmlfilename, p.docfilename].filter((f) => f).join(' and ');
    warnings.push(
      `${source}: the manifest only references the ${type} "${p.comment ?? ''}" in ${files || 'no file'}${
        p.publish === '0' ? ' (not published)' : ''
      }; import the agenda XML for its items`,
    );
  }
  const name = agenda.name ?? '';
  const kind: 'agenda' | 'minutes' = /referat|protokol/i.test(name)
    ? 'minutes'
    : produced.some((p) => p.type === '2' && p.publish !== '0')
      ? 'minutes'
      : 'agenda';
  return [{ ...head, kind, location: '', participants: [], absent: [], items: [], warnings }];
}
