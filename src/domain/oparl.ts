/**
 * Fora's public record as OParl 1.1 objects (ADR 0016): pure mapping from plain rows to the
 * objects the API serves. Ids are the objects' URLs (`oparlUrls` of case-timeline.ts, shared with a
 * case's Paper export). Which rows are public is decided before (policy.ts `isPublicRecord`);
 * a closed agenda item reaches this module only as `public: false` without its title.
 */
import { oparlUrls } from './case-timeline.ts';

export const OPARL_TYPE = 'https://schema.oparl.org/1.1/';
export const OPARL_VERSION = 'https://schema.oparl.org/1.1/';

/** The object kinds with their own URL (`<base>/<kind>/<id>`) and their list under a body. */
export const OPARL_KINDS = [
  'organization',
  'person',
  'membership',
  'meeting',
  'agendaitem',
  'paper',
  'consultation',
  'file',
  'location',
  'legislativeterm',
] as const;
export type OParlKind = (typeof OPARL_KINDS)[number];

/** The OParl type name of each kind. */
export const OPARL_TYPE_NAMES: Record<OParlKind, string> = {
  organization: 'Organization',
  person: 'Person',
  membership: 'Membership',
  meeting: 'Meeting',
  agendaitem: 'AgendaItem',
  paper: 'Paper',
  consultation: 'Consultation',
  file: 'File',
  location: 'Location',
  legislativeterm: 'LegislativeTerm',
};

/** Every object carries these; `created` and `modified` are ISO 8601 instants. */
export interface OParlObject {
  id: string;
  type: string;
  created: string;
  modified: string;
  deleted?: boolean;
  [property: string]: unknown;
}

export function oparlLinks(baseUrl: string) {
  const u = oparlUrls(baseUrl);
  return {
    ...u,
    system: u.base,
    bodies: `${u.base}/body`,
    object: (kind: OParlKind, id: string) => u.url(kind, id),
    list: (bodyId: string, kind: OParlKind) => `${u.url('body', bodyId)}/${kind}`,
    download: (fileId: string) => `${u.url('file', fileId)}/download`,
  };
}
export type OParlLinks = ReturnType<typeof oparlLinks>;

export const oparlType = (kind: OParlKind | 'System' | 'Body'): string =>
  `${OPARL_TYPE}${kind === 'System' || kind === 'Body' ? kind : OPARL_TYPE_NAMES[kind]}`;

export const oparlStamp = (r: { created: string; modified: string; deleted?: boolean }) => ({
  created: r.created,
  modified: r.modified,
  ...(r.deleted && { deleted: true }),
});

export interface OrgRow {
  id: string;
  name: string;
  slug: string;
  created: string;
  modified: string;
}

export const toSystem = (u: OParlLinks, name: string): Record<string, unknown> => ({
  id: u.system,
  type: oparlType('System'),
  oparlVersion: OPARL_VERSION,
  body: u.bodies,
  name,
  product: 'https://github.com/fora',
});

/** A legislative term is a calendar year (Danish forums have no electoral periods of their own). */
export interface TermRow {
  bodyId: string;
  year: number;
}
export const termId = (t: TermRow): string => `${t.bodyId}-${t.year}`;

export function toLegislativeTerm(t: TermRow, u: OParlLinks, created: string): OParlObject {
  return {
    id: u.object('legislativeterm', termId(t)),
    type: oparlType('legislativeterm'),
    body: u.body(t.bodyId),
    name: String(t.year),
    startDate: `${t.year}-01-01`,
    endDate: `${t.year}-12-31`,
    created,
    modified: created,
  };
}

export function toBody(org: OrgRow, terms: readonly TermRow[], u: OParlLinks): OParlObject {
  const list = (kind: OParlKind) => u.list(org.id, kind);
  return {
    id: u.body(org.id),
    type: oparlType('Body'),
    system: u.system,
    name: org.name,
    shortName: org.slug,
    organization: list('organization'),
    person: list('person'),
    meeting: list('meeting'),
    paper: list('paper'),
    agendaItem: list('agendaitem'),
    consultation: list('consultation'),
    file: list('file'),
    locationList: list('location'),
    legislativeTermList: list('legislativeterm'),
    membership: list('membership'),
    legislativeTerm: terms.map((t) => toLegislativeTerm(t, u, org.created)),
    classification: 'Kommune',
    created: org.created,
    modified: org.modified,
  };
}

export interface ForumRow {
  id: string;
  bodyId: string;
  shortName: string;
  name: string;
  kind: 'forum' | 'event' | 'working_group';
  created: string;
  modified: string;
}

const FORUM_KIND_LABELS: Record<ForumRow['kind'], string> = {
  forum: 'Forum',
  event: 'Arrangement',
  working_group: 'Arbejdsgruppe',
};

export function toOrganization(f: ForumRow, membershipIds: readonly string[], u: OParlLinks): OParlObject {
  return {
    id: u.organization(f.id),
    type: oparlType('organization'),
    body: u.body(f.bodyId),
    name: f.name,
    shortName: f.shortName,
    organizationType: 'Gremium',
    classification: FORUM_KIND_LABELS[f.kind],
    membership: membershipIds.map((id) => u.object('membership', id)),
    meeting: `${u.list(f.bodyId, 'meeting')}?organization=${encodeURIComponent(f.id)}`,
    ...oparlStamp(f),
  };
}

export interface MembershipRow {
  id: string;
  forumId: string;
  personId: string;
  role: keyof typeof MEMBER_ROLE_LABELS;
  startDate: string;
  endDate: string | null;
  created: string;
  modified: string;
}

export const MEMBER_ROLE_LABELS = {
  chair: 'Formand',
  member: 'Medlem',
  secretary: 'Sekretær',
  guest: 'Gæst',
} as const;

export function toMembership(m: MembershipRow, u: OParlLinks, embedded = false): OParlObject {
  return {
    id: u.object('membership', m.id),
    type: oparlType('membership'),
    // Embedded in its Person, the membership does not name the person again.
    ...(!embedded && { person: u.object('person', m.personId) }),
    organization: u.organization(m.forumId),
    role: MEMBER_ROLE_LABELS[m.role],
    votingRight: m.role === 'chair' || m.role === 'member',
    startDate: m.startDate,
    ...(m.endDate && { endDate: m.endDate }),
    ...oparlStamp(m),
  };
}

export interface PersonRow {
  id: string;
  bodyId: string;
  name: string;
  /** The job title ("Kommunaldirektør"): OParl's `status`, not an academic `title`. */
  title: string;
  created: string;
  modified: string;
}

/** A person without e-mail or any other contact detail. */
export function toPerson(
  p: PersonRow,
  memberships: readonly MembershipRow[],
  u: OParlLinks,
  omitInternal: boolean,
): OParlObject {
  return {
    id: u.object('person', p.id),
    type: oparlType('person'),
    body: u.body(p.bodyId),
    name: p.name,
    ...(p.title && { status: [p.title] }),
    ...(!omitInternal && { membership: memberships.map((m) => toMembership(m, u, true)) }),
    ...oparlStamp(p),
  };
}
