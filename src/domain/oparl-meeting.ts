/**
 * Meetings in OParl 1.1 (ADR 0016): Meeting, its Location, its AgendaItems and their Files, from
 * plain rows. A closed agenda item arrives here as `public: false` and leaves with its number only.
 */
import { type OParlLinks, type OParlObject, oparlStamp, oparlType } from './oparl.ts';

export interface FileRow {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  meetingId: string;
  /** The keys of the agenda items the file belongs to. */
  agendaItemKeys: string[];
  created: string;
  modified: string;
  deleted: boolean;
}

export function toFile(f: FileRow, u: OParlLinks): OParlObject {
  const download = u.download(f.id);
  return {
    id: u.object('file', f.id),
    type: oparlType('file'),
    name: f.name,
    fileName: f.name,
    ...(!f.deleted && { mimeType: f.mediaType, size: f.size }),
    accessUrl: download,
    ...(!f.deleted && { downloadUrl: download }),
    meeting: [u.meeting(f.meetingId)],
    agendaItem: f.agendaItemKeys.map((k) => u.agendaItem(k)),
    ...oparlStamp(f),
  };
}

export interface AgendaItemRow {
  /** The item's id, or `<item id>~<meeting id>` for its later visits (as the Paper export). */
  key: string;
  meetingId: string;
  number: number;
  public: boolean;
  /** Only for a public item. */
  name?: string;
  result?: string;
  resolutionText?: string;
  /** The consultation's key when the item belongs to a public case. */
  consultationKey?: string;
  files: FileRow[];
  start?: string;
  created: string;
  modified: string;
  deleted: boolean;
}

/** A closed item is `public: false` with its number only: no name, result, resolution or files. */
export function toAgendaItem(a: AgendaItemRow, u: OParlLinks, omitInternal: boolean): OParlObject {
  const open = a.public && !a.deleted;
  return {
    id: u.agendaItem(a.key),
    type: oparlType('agendaitem'),
    meeting: u.meeting(a.meetingId),
    number: String(a.number),
    order: a.number,
    public: a.public,
    ...(open && a.name !== undefined && { name: a.name }),
    ...(open && a.consultationKey && { consultation: u.consultation(a.consultationKey) }),
    ...(open && a.result && { result: a.result }),
    ...(open && a.resolutionText && { resolutionText: a.resolutionText }),
    ...(open && !omitInternal && a.files.length > 0 && { auxiliaryFile: a.files.map((f) => toFile(f, u)) }),
    ...(open && a.start && { start: a.start }),
    ...oparlStamp(a),
  };
}

export interface MeetingRow {
  id: string;
  forumId: string;
  forumShortName: string;
  start: string;
  end: string;
  state: string;
  location: string;
  created: string;
  modified: string;
}

/** OParl's meetingState is free text: ours in Danish. */
export const MEETING_STATE_LABELS: Record<string, string> = {
  agenda_published: 'Dagsorden offentliggjort',
  held: 'Afholdt',
  minutes_in_review: 'Afholdt',
  minutes_published: 'Referat offentliggjort',
  minutes_approved: 'Referat godkendt',
  cancelled: 'Aflyst',
};

export function toLocation(m: MeetingRow, u: OParlLinks): OParlObject {
  return {
    id: u.object('location', m.id),
    type: oparlType('location'),
    description: m.location,
    meetings: [u.meeting(m.id)],
    organizations: [u.organization(m.forumId)],
    created: m.created,
    modified: m.modified,
  };
}

export function toMeeting(
  m: MeetingRow,
  items: readonly AgendaItemRow[],
  u: OParlLinks,
  omitInternal: boolean,
): OParlObject {
  const date = m.start.slice(0, 10);
  return {
    id: u.meeting(m.id),
    type: oparlType('meeting'),
    name: `${m.forumShortName} ${date}`,
    meetingState: MEETING_STATE_LABELS[m.state] ?? m.state,
    cancelled: m.state === 'cancelled',
    start: m.start,
    end: m.end,
    ...(m.location && (omitInternal ? {} : { location: toLocation(m, u) })),
    organization: [u.organization(m.forumId)],
    ...(!omitInternal && {
      agendaItem: items.filter((a) => !a.deleted).map((a) => toAgendaItem(a, u, false)),
    }),
    created: m.created,
    modified: m.modified,
  };
}
