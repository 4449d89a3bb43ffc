/**
 * The work programme in the web app: the API reads and writes, the export links, and the
 * initiative form (state as the inputs hold it, turned into the API's input with its problems).
 */
import type { getWorkProgramme } from '../app/get-work-programme.ts';
import { ApiError, api, apiPath } from './api.ts';
import { getCalendar, getForum } from './data.ts';
import { isManagerOf } from './follow-up-list.ts';
import type { CalendarEntry, ForumView, SessionPerson } from './types.ts';

export type WorkProgrammeView = Awaited<ReturnType<typeof getWorkProgramme>>;
export type InitiativeView = WorkProgrammeView['initiatives'][number];
export const INITIATIVE_STATUSES = ['planned', 'in_progress', 'done', 'paused'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];
export const MILESTONE_STATUSES = ['open', 'done', 'cancelled'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

const programmesPath = (org: string, forum: string) => apiPath`/api/orgs/${org}/forums/${forum}/programmes`;
const yearPath = (org: string, forum: string, year: number) =>
  apiPath`/api/orgs/${org}/forums/${forum}/programmes/${String(year)}`;

export interface ProgrammePage {
  forum: ForumView;
  year: number;
  /** Null when the forum has no programme for the year. */
  programme: WorkProgrammeView | null;
  manager: boolean;
}

export async function loadProgramme(
  person: SessionPerson,
  forum: string,
  year: number,
): Promise<ProgrammePage> {
  const org = person.orgSlug;
  const [view, programme] = await Promise.all([
    getForum(org, forum),
    api.get<WorkProgrammeView>(yearPath(org, forum, year)).catch((err: unknown) => {
      if (err instanceof ApiError && err.status === 404) return null;
      throw err;
    }),
  ]);
  return { forum: view, year, programme, manager: isManagerOf(person, view.members) };
}

/** The forum's meetings of the year, to link milestones to (cancelled ones left out). */
export const meetingsOfYear = async (org: string, forum: string, year: number): Promise<CalendarEntry[]> =>
  (await getCalendar(org, forum, `${year}-01-01`, `${year}-12-31`)).filter((m) => !m.cancelled);

/** The value a meeting has in the form: its stored id, else its series date (stored on save). */
export const meetingKey = (m: Pick<CalendarEntry, 'meetingId' | 'occurrenceDate'>): string =>
  m.meetingId ?? m.occurrenceDate ?? '';

export const createProgramme = (org: string, forum: string, year: number, title: string) =>
  api.post<{ id: string }>(programmesPath(org, forum), { year, title });
export const addInitiative = (org: string, forum: string, year: number, body: InitiativeBody) =>
  api.post<{ id: string }>(`${yearPath(org, forum, year)}/initiatives`, body);
export const updateInitiative = (
  org: string,
  forum: string,
  year: number,
  id: string,
  body: InitiativeBody,
) => api.patch<{ id: string }>(`${yearPath(org, forum, year)}${apiPath`/initiatives/${id}`}`, body);
export const removeInitiative = (org: string, forum: string, year: number, id: string) =>
  api.delete<void>(`${yearPath(org, forum, year)}${apiPath`/initiatives/${id}`}`);

/** A plain download link to the export (the browser saves the file the server names). */
export const exportHref = (org: string, forum: string, year: number, format: 'csv' | 'json'): string =>
  `${yearPath(org, forum, year)}/export?format=${format}`;

// --- The initiative form ----------------------------------------------------------------------

export interface MilestoneRow {
  uid: string;
  title: string;
  dueDate: string;
  status: MilestoneStatus;
  /** A meeting's key (`meetingKey`), or '' for none. */
  meeting: string;
  /** The item's address or id as typed, or '' for none. */
  item: string;
}

export interface InitiativeForm {
  title: string;
  description: string;
  ownerPersonId: string;
  status: InitiativeStatus;
  milestones: MilestoneRow[];
}

export interface InitiativeBody {
  title: string;
  description: string;
  ownerPersonId: string | null;
  status: InitiativeStatus;
  milestones: {
    title: string;
    dueDate: string;
    status: MilestoneStatus;
    meetingId: string | null;
    itemId: string | null;
  }[];
}

let uidCounter = 0;
export const newMilestoneRow = (): MilestoneRow => ({
  uid: `ms${++uidCounter}`,
  title: '',
  dueDate: '',
  status: 'open',
  meeting: '',
  item: '',
});

export function formFromInitiative(initiative: InitiativeView | null): InitiativeForm {
  return {
    title: initiative?.title ?? '',
    description: initiative?.description ?? '',
    ownerPersonId: initiative?.ownerPersonId ?? '',
    status: initiative?.status ?? 'planned',
    milestones: (initiative?.milestones ?? []).map((m) => ({
      ...newMilestoneRow(),
      title: m.title,
      dueDate: m.dueDate,
      status: m.status,
      meeting: m.meetingId ?? '',
      item: m.itemId ? `/punkter/${m.itemId}` : '',
    })),
  };
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** The item's id from what was typed: an id, or an address with `/punkter/<id>` in it. */
export function itemIdOf(text: string): string | null {
  const found = UUID.exec(text.trim());
  return found ? found[0].toLowerCase() : null;
}

export type ProgrammeProblemKind = 'required' | 'year' | 'item' | 'invalid';
export interface ProgrammeProblem {
  path: string;
  problem: ProgrammeProblemKind;
}

/** The API's input from the form, or the problems at their fields (paths as the API names them). */
export function initiativeBody(
  form: InitiativeForm,
  year: number,
): { ok: true; body: InitiativeBody } | { ok: false; problems: ProgrammeProblem[] } {
  const problems: ProgrammeProblem[] = [];
  if (form.title.trim() === '') problems.push({ path: 'title', problem: 'required' });
  const milestones = form.milestones.map((m, i) => {
    if (m.title.trim() === '') problems.push({ path: `milestones.${i}.title`, problem: 'required' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(m.dueDate))
      problems.push({ path: `milestones.${i}.dueDate`, problem: 'required' });
    else if (!m.dueDate.startsWith(`${year}-`))
      problems.push({ path: `milestones.${i}.dueDate`, problem: 'year' });
    const itemId = m.item.trim() === '' ? null : itemIdOf(m.item);
    if (m.item.trim() !== '' && !itemId) problems.push({ path: `milestones.${i}.itemId`, problem: 'item' });
    return {
      title: m.title.trim(),
      dueDate: m.dueDate,
      status: m.status,
      meetingId: m.meeting === '' ? null : m.meeting,
      itemId,
    };
  });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    body: {
      title: form.title.trim(),
      description: form.description,
      ownerPersonId: form.ownerPersonId === '' ? null : form.ownerPersonId,
      status: form.status,
      milestones,
    },
  };
}

/** The API's refusal as problems at the fields; null when it names none. */
export function programmeProblemsOf(err: unknown): ProgrammeProblem[] | null {
  if (!(err instanceof ApiError) || err.status !== 400) return null;
  const details = err.body.details.filter((d) => d.path !== '');
  if (details.length === 0) return null;
  return details.map((d) => ({
    path: d.path,
    problem: /\.dueDate$/.test(d.path) ? 'year' : /\.itemId$/.test(d.path) ? 'item' : 'invalid',
  }));
}

/** The id of a field's input, from its API path (`milestones.0.dueDate` → `wp-milestones-0-dueDate`). */
export const programmeFieldId = (path: string): string => `wp-${path.replace(/\./g, '-')}`;
