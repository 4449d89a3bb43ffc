/**
 * The leaders' day pages' API reads and writes, and the organisers' form as strings (what the inputs
 * hold) turned into the API's input. The answers' types are the use cases' own.
 */
import type { cancelLeadersDayRegistration } from '../app/cancel-leaders-day-registration.ts';
import type { LeadersDayView } from '../app/get-leaders-day.ts';
import type { updateLeadersDay as updateUseCase } from '../app/update-leaders-day.ts';
import type { LeadersDay, MaterialLink, Registration } from '../domain/leaders-day.ts';
import { api, apiPath } from './api.ts';
import { getCalendar, getForum } from './data.ts';
import { isManagerOf } from './follow-up-list.ts';
import { listForumSummaries } from './follow-ups-data.ts';
import type { ForumSummary, ForumView, ItemView, Paged, SessionPerson } from './types.ts';

export type { LeadersDayView };
export type CancelResult = Awaited<ReturnType<typeof cancelLeadersDayRegistration>>;
export type UpdateResult = Awaited<ReturnType<typeof updateUseCase>>;

const daysPath = (org: string, forum: string) => apiPath`/api/orgs/${org}/forums/${forum}/leaders-days`;
const dayPath = (org: string, forum: string, day: string) =>
  apiPath`/api/orgs/${org}/forums/${forum}/leaders-days/${day}`;

export interface LeadersDaysPage {
  forum: ForumView;
  days: LeadersDayView[];
  /** The chair, the secretary or an administrator: may create a day. */
  organiser: boolean;
  /** The forums that may evaluate a day (the organisers' form), by name. */
  forums: ForumSummary[];
}

export async function loadLeadersDays(person: SessionPerson, forum: string): Promise<LeadersDaysPage> {
  const org = person.orgSlug;
  const [view, page] = await Promise.all([
    getForum(org, forum),
    api.get<Paged<LeadersDayView>>(daysPath(org, forum)),
  ]);
  const organiser = isManagerOf(person, view.members);
  const forums = organiser
    ? (await listForumSummaries(org)).sort((a, b) => a.name.localeCompare(b.name, 'da'))
    : [];
  return { forum: view, days: page.items, organiser, forums };
}

/** Where the day's evaluation item went: the evaluating forum's meeting (when the reader may see it). */
export interface Evaluation {
  itemId: string;
  itemTitle: string | null;
  forum: { shortName: string; name: string } | null;
  meeting: { id: string; start: string } | null;
}

async function evaluationOf(org: string, day: LeadersDayView): Promise<Evaluation | null> {
  if (!day.evaluationItemId) return null;
  const itemId = day.evaluationItemId;
  const item = await api.get<ItemView>(apiPath`/api/orgs/${org}/items/${itemId}`).catch(() => null);
  if (!item) return { itemId, itemTitle: null, forum: null, meeting: null };
  const summary = (await listForumSummaries(org)).find((f) => f.id === item.forumId);
  const forum = summary ? { shortName: summary.shortName, name: summary.name } : null;
  let meeting: Evaluation['meeting'] = null;
  if (forum && item.meetingId) {
    // The meeting is after the day; the calendar of the following year or so holds it.
    const calendar = await getCalendar(org, forum.shortName, day.date, addDaysTo(day.date, 400)).catch(
      () => [],
    );
    const entry = calendar.find((m) => m.meetingId === item.meetingId);
    if (entry) meeting = { id: item.meetingId, start: entry.start };
  }
  return { itemId, itemTitle: item.title, forum, meeting };
}

/** A local date n days away (calendar arithmetic on the date alone). */
export function addDaysTo(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export interface LeadersDayPage {
  forum: ForumView;
  day: LeadersDayView;
  /** An invited leader (a member of the event forum) may register. */
  invited: boolean;
  organiser: boolean;
  evaluation: Evaluation | null;
}

/** The props of each part of a day's page: who reads it, the forum, the page's data, a change said. */
export interface LeadersDayPartProps {
  person: SessionPerson;
  forum: string;
  page: LeadersDayPage;
  onChanged: (message: string) => void;
}

export async function loadLeadersDay(
  person: SessionPerson,
  forum: string,
  dayId: string,
): Promise<LeadersDayPage> {
  const org = person.orgSlug;
  const [view, answer] = await Promise.all([
    getForum(org, forum),
    api.get<{ leadersDay: LeadersDayView }>(dayPath(org, forum, dayId)),
  ]);
  const day = answer.leadersDay;
  const organiser = day.registrations !== null;
  return {
    forum: view,
    day,
    invited: view.members.some((m) => m.personId === person.id && m.role !== 'guest'),
    organiser,
    evaluation: organiser ? await evaluationOf(org, day) : null,
  };
}

export const registerForDay = (org: string, forum: string, day: string, dietaryNeeds: string) =>
  api.post<{ registration: Registration }>(`${dayPath(org, forum, day)}/registration`, { dietaryNeeds });

export const cancelRegistration = (org: string, forum: string, day: string) =>
  api.delete<CancelResult>(`${dayPath(org, forum, day)}/registration`);

// --- The organisers' form ------------------------------------------------------------------------

export interface MaterialForm {
  /** A stable id for React and focus (not sent). */
  uid: string;
  title: string;
  url: string;
}

export interface LeadersDayForm {
  date: string;
  place: string;
  seats: string;
  registrationDeadline: string;
  programme: string;
  material: MaterialForm[];
  evaluationForum: string;
}

export type LeadersDayBody = Omit<
  LeadersDay,
  'id' | 'orgId' | 'forumId' | 'evaluationForumId' | 'evaluationItemId' | 'createdAt'
> & {
  evaluationForum: string;
};

let uidCounter = 0;
export const newMaterial = (): MaterialForm => ({ uid: `m${++uidCounter}`, title: '', url: '' });

/** An empty form; the evaluating forum is Direktørforum when the organisation has one. */
export function emptyDayForm(forums: readonly { shortName: string }[]): LeadersDayForm {
  const dif = forums.find((f) => f.shortName === 'DIF') ?? forums[0];
  return {
    date: '',
    place: '',
    seats: '',
    registrationDeadline: '',
    programme: '',
    material: [],
    evaluationForum: dif?.shortName ?? '',
  };
}

/** A problem the page sees itself, by the API's path; the API judges everything else. */
export interface FormProblem {
  path: string;
  problem: 'required' | 'positiveInteger';
}

/** What a change of a day may send (not its date nor the evaluating forum). */
export type LeadersDayPatch = Omit<LeadersDayBody, 'date' | 'evaluationForum'>;

/** The fields both the new day and a change have, with the problems the page sees in them. */
function contentOf(form: LeadersDayForm, problems: FormProblem[]): LeadersDayPatch {
  const seatsText = form.seats.trim();
  const seats = Number(seatsText);
  if (seatsText === '') problems.push({ path: 'seats', problem: 'required' });
  else if (!Number.isInteger(seats) || seats < 1)
    problems.push({ path: 'seats', problem: 'positiveInteger' });
  if (!form.registrationDeadline) problems.push({ path: 'registrationDeadline', problem: 'required' });
  const material: MaterialLink[] = [];
  for (const m of form.material) {
    const title = m.title.trim();
    const url = m.url.trim();
    if (!title && !url) continue;
    const i = material.length;
    if (!title) problems.push({ path: `material.${i}.title`, problem: 'required' });
    if (!url) problems.push({ path: `material.${i}.url`, problem: 'required' });
    material.push({ title, url });
  }
  return {
    place: form.place.trim(),
    seats,
    registrationDeadline: form.registrationDeadline,
    programme: form.programme.trim(),
    material,
  };
}

/**
 * The API input from the form, or the problems the page can see itself (an empty required field, a
 * number of seats that is not one). Material rows left wholly empty are dropped.
 */
export function dayInput(
  form: LeadersDayForm,
): { ok: true; body: LeadersDayBody } | { ok: false; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  if (!form.date) problems.push({ path: 'date', problem: 'required' });
  const content = contentOf(form, problems);
  if (!form.evaluationForum) problems.push({ path: 'evaluationForum', problem: 'required' });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, body: { date: form.date, ...content, evaluationForum: form.evaluationForum } };
}

/** The change of a day from the edit form: every field it shows, or the problems the page sees. */
export function dayPatch(
  form: LeadersDayForm,
): { ok: true; body: LeadersDayPatch } | { ok: false; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const body = contentOf(form, problems);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, body };
}

/** The edit form of a day as the organisers see it (programme and material always shown to them). */
export function formFromDay(day: LeadersDayView): LeadersDayForm {
  return {
    date: day.date,
    place: day.place,
    seats: String(day.seats),
    registrationDeadline: day.registrationDeadline,
    programme: day.programme ?? '',
    material: (day.material ?? []).map((m) => ({ ...newMaterial(), title: m.title, url: m.url })),
    evaluationForum: '',
  };
}

/**
 * The index in the form of the material row the API's `material.<i>` means: the API counts only the
 * rows sent (not the empty ones the form dropped).
 */
export function materialRowOf(form: LeadersDayForm, sentIndex: number): number {
  let sent = -1;
  for (const [i, m] of form.material.entries()) {
    if (m.title.trim() || m.url.trim()) sent++;
    if (sent === sentIndex) return i;
  }
  return -1;
}

/**
 * The id of the input an error path belongs to (`prefix-date`, `prefix-material-2-url`), or null
 * when no field of the form matches (the summary still lists it).
 */
export function fieldIdOf(form: LeadersDayForm, path: string, prefix: string): string | null {
  const material = /^material\.(\d+)(?:\.(title|url))?/.exec(path);
  if (material) {
    const row = materialRowOf(form, Number(material[1]));
    const uid = form.material[row]?.uid;
    if (!uid) return `${prefix}-material-add`;
    return `${prefix}-material-${uid}-${material[2] ?? 'title'}`;
  }
  if (path === 'material') return `${prefix}-material-add`;
  const top = path.split('.')[0] ?? '';
  return ['date', 'place', 'seats', 'registrationDeadline', 'programme', 'evaluationForum'].includes(top)
    ? `${prefix}-${top}`
    : null;
}

export const createLeadersDay = (org: string, forum: string, body: LeadersDayBody) =>
  api.post<{ leadersDay: LeadersDay }>(daysPath(org, forum), body);

export const updateLeadersDay = (org: string, forum: string, day: string, body: LeadersDayPatch) =>
  api.patch<UpdateResult>(dayPath(org, forum, day), body);
