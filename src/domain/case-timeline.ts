/**
 * A case's journey between forums: every visit (forum, meeting, item, outcome) in order, the one
 * forum where the case is decided, the lead of a citation of another forum's decision, and the
 * mapping onto OParl 1.1: the case is a Paper, each visit a Consultation, each item an AgendaItem.
 */
import { parseInstant, ZONE } from './local-date.ts';
import type { Treatment } from './minutes.ts';

export const VISIT_ROLES = ['deciding', 'consulted', 'informed'] as const;
export type VisitRole = (typeof VISIT_ROLES)[number];

export interface Visit {
  forumId: string;
  /** The forum's short name (CF, DIF), for ordering and citations. */
  forumShortName: string;
  meetingId: string;
  /** ISO 8601 instant with offset. */
  meetingStart: string;
  itemId: string;
  outcome: Treatment | 'pending';
  role: VisitRole;
}

const millis = (iso: string): number => parseInstant(iso).toMillis();

/** The visits in order: by meeting start (as instants), ties by forum short name, then item id. */
export function caseTimeline<V extends Visit>(visits: readonly V[]): V[] {
  return [...visits].sort(
    (a, b) =>
      millis(a.meetingStart) - millis(b.meetingStart) ||
      a.forumShortName.localeCompare(b.forumShortName, 'da') ||
      (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0),
  );
}

/**
 * The forum where the case is decided: the forum of the latest visit in the deciding role (a
 * referral can hand the decision on; earlier visits keep the role they had), or null if none.
 */
export function decidingForum(visits: readonly Visit[]): string | null {
  const deciding = caseTimeline(visits).filter((v) => v.role === 'deciding');
  return deciding.at(-1)?.forumId ?? null;
}

/** The role of an item's visit: in the deciding forum 'deciding', elsewhere an information item is
 *  'informed' and any other 'consulted'. */
export function visitRole(
  visit: { forumId: string; itemType: 'decision' | 'information' | 'theme' },
  decidingForumId: string | null,
): VisitRole {
  if (decidingForumId !== null && visit.forumId === decidingForumId) return 'deciding';
  return visit.itemType === 'information' ? 'informed' : 'consulted';
}

/** The lead of a citation of another forum's decision, as the minutes write it:
 *  "DIF har på sit møde den 29. januar 2024". */
export function citationLead(visit: Pick<Visit, 'forumShortName' | 'meetingStart'>): string {
  const date = parseInstant(visit.meetingStart).setZone(ZONE).setLocale('da').toFormat('d. MMMM yyyy');
  return `${visit.forumShortName} har på sit møde den ${date}`;
}

// --- OParl 1.1 -------------------------------------------------------------------------------

const OPARL = 'https://schema.oparl.org/1.1/';

/** OParl's `role` is free text; ours in Danish. */
export const OPARL_ROLE_LABELS: Record<VisitRole, string> = {
  deciding: 'Beslutning',
  consulted: 'Høring',
  informed: 'Orientering',
};

const TREATMENT_LABELS: Record<Treatment, string> = {
  decided: 'Behandlet',
  postponed: 'Udsat',
  referred: 'Henvist',
};

export interface OParlCase {
  id: string;
  title: string;
  caseNumber: string | null;
  /** The organisation, exported as the Paper's body. */
  bodyId?: string;
  createdAt?: string;
}

/** What the AgendaItem of a visit shows; a visit without it gets no AgendaItem object. */
export interface OParlItemInfo {
  /** Position on the agenda, 1-based. */
  number: number;
  title: string;
  closed: boolean;
  /** The decision as plain text. */
  resolutionText: string | null;
  /** The result line (e.g. from `resultText`); defaults to the treatment's label. */
  result?: string;
}

export type OParlVisit = Visit & { item?: OParlItemInfo };

export interface OParlConsultation {
  id: string;
  type: string;
  paper: string;
  agendaItem: string;
  meeting: string;
  organization: string[];
  authoritative: boolean;
  role: string;
}

export interface OParlPaper {
  id: string;
  type: string;
  body?: string;
  name: string;
  reference?: string;
  paperType: string;
  consultation: OParlConsultation[];
  created?: string;
}

export interface OParlAgendaItem {
  id: string;
  type: string;
  meeting: string;
  number: string;
  order: number;
  name: string;
  public: boolean;
  consultation: string;
  result?: string;
  resolutionText?: string;
}

export interface OParlExport {
  paper: OParlPaper;
  agendaItems: OParlAgendaItem[];
}

/** Absolute URLs under `baseUrl` (http or https; trailing slashes ignored). */
export function oparlUrls(baseUrl: string) {
  const parsed = new URL(baseUrl);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new Error(`OParl base URL must be http(s): ${baseUrl}`);
  const base = parsed.href.replace(/\/+$/, '');
  const url = (kind: string, id: string): string => `${base}/${kind}/${encodeURIComponent(id)}`;
  return {
    /** The API's root (the System object), without a trailing slash. */
    base,
    url,
    body: (id: string) => url('body', id),
    paper: (id: string) => url('paper', id),
    consultation: (itemId: string) => url('consultation', itemId),
    meeting: (id: string) => url('meeting', id),
    agendaItem: (itemId: string) => url('agendaitem', itemId),
    organization: (forumId: string) => url('organization', forumId),
  };
}

/**
 * The case as an OParl Paper with its Consultations embedded, in timeline order, and the
 * AgendaItems of the visits that carry item info. A consultation is authoritative when its forum
 * is the deciding forum and the decision was, or is still to be, taken there (a postponed or
 * referred visit took none). A closed item's AgendaItem is not public and shows neither its title
 * nor its resolution.
 */
export function toOParl(kase: OParlCase, visits: readonly OParlVisit[], baseUrl: string): OParlExport {
  const u = oparlUrls(baseUrl);
  const paperUrl = u.paper(kase.id);
  const decider = decidingForum(visits);
  const ordered = caseTimeline(visits);
  // An item postponed to a later meeting is another AgendaItem (and Consultation) there; its first
  // visit keeps the item's id, so the URLs stay the same as the case moves on.
  const seen = new Set<string>();
  const keys = ordered.map((v) => {
    const key = seen.has(v.itemId) ? `${v.itemId}~${v.meetingId}` : v.itemId;
    seen.add(v.itemId);
    return key;
  });
  const consultation = ordered.map(
    (v, i): OParlConsultation => ({
      id: u.consultation(keys[i] ?? v.itemId),
      type: `${OPARL}Consultation`,
      paper: paperUrl,
      agendaItem: u.agendaItem(keys[i] ?? v.itemId),
      meeting: u.meeting(v.meetingId),
      organization: [u.organization(v.forumId)],
      authoritative: v.forumId === decider && (v.outcome === 'decided' || v.outcome === 'pending'),
      role: OPARL_ROLE_LABELS[v.role],
    }),
  );
  const agendaItems = ordered.flatMap((v, i): OParlAgendaItem[] => {
    if (!v.item) return [];
    const { item } = v;
    const key = keys[i] ?? v.itemId;
    const result = item.result ?? (v.outcome === 'pending' ? undefined : TREATMENT_LABELS[v.outcome]);
    return [
      {
        id: u.agendaItem(key),
        type: `${OPARL}AgendaItem`,
        meeting: u.meeting(v.meetingId),
        number: String(item.number),
        order: item.number,
        name: item.closed ? 'Lukket punkt' : item.title,
        public: !item.closed,
        consultation: u.consultation(key),
        ...(result !== undefined ? { result } : {}),
        ...(!item.closed && item.resolutionText ? { resolutionText: item.resolutionText } : {}),
      },
    ];
  });
  const paper: OParlPaper = {
    id: paperUrl,
    type: `${OPARL}Paper`,
    ...(kase.bodyId ? { body: u.body(kase.bodyId) } : {}),
    name: kase.title,
    ...(kase.caseNumber ? { reference: kase.caseNumber } : {}),
    paperType: 'Sag',
    consultation,
    ...(kase.createdAt ? { created: kase.createdAt } : {}),
  };
  return { paper, agendaItems };
}
