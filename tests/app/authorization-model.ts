/**
 * The model of the authorization property test: a small state (who is in the forum with which
 * role, each item's submitter, approver, state and closedness) and the ORACLE that says from that
 * state alone who may read an item (written here, from the rules as the users know them, not from
 * the permission module). The commands are in authorization-model-commands.ts.
 */
import type { AppContext } from '../../src/app/context.ts';
import type { Forum, Organisation, Person } from '../../src/domain/organisation.ts';

/** People: 0 the forum's secretary (always), 1-4 staff, 5 the director of their unit, 6 the admin. */
export const SECRETARY = 0;
export const DIRECTOR = 5;
export const ADMIN = 6;
export const PEOPLE = 7;
export const MEETING = '2025-09-04';
export const MAX_ITEMS = 5;

export type Role = 'member' | 'chair' | 'secretary';
export type State = 'draft' | 'submitted' | 'queued' | 'scheduled' | 'published' | 'withdrawn';
export interface ModelItem {
  submitter: number;
  approver: number | null;
  state: State;
  closed: boolean;
}
export interface Model {
  /** Current roles in the forum, by person. */
  roles: Map<number, Role>;
  items: ModelItem[];
  /** Days since the start of the run (every membership change happens on a new day). */
  day: number;
}
export interface Real {
  ctx: AppContext;
  setNow(date: Date): void;
  org: Organisation;
  forum: Forum;
  people: Person[];
  /** A word only this run's item titles carry. */
  word: string;
  itemIds: string[];
  memberships: Map<number, string>;
  start: Date;
}

/**
 * THE ORACLE. Who may read an item: its author, always; the forum's chair and secretary, and the
 * organisation's admin, always; the approver, once it has been submitted to them; the forum's
 * current members, once it is approved (queued, scheduled, published); everyone in the
 * organisation, once it is on a published agenda and not closed. Nobody else.
 */
export function mayRead(m: Model, person: number, item: ModelItem): boolean {
  const role = m.roles.get(person);
  if (person === ADMIN || item.submitter === person || role === 'chair' || role === 'secretary') return true;
  if (item.approver === person && item.state !== 'draft') return true;
  if (role && ['queued', 'scheduled', 'published'].includes(item.state)) return true;
  return item.state === 'published' && !item.closed;
}

/** The local date of a day of the run. */
export const dateOf = (r: Real, day: number) =>
  new Date(r.start.getTime() + day * 86_400_000).toISOString().slice(0, 10);
/** The `raw`-th of the candidates (modulo), so that a generated command always finds its object. */
export const choose = (candidates: readonly number[], raw: number): number =>
  candidates[raw % candidates.length] ?? -1;
export const nonMembers = (m: Readonly<Model>) => [...Array(PEOPLE).keys()].filter((p) => !m.roles.has(p));
export const removable = (m: Readonly<Model>) => [...m.roles.keys()].filter((p) => p !== SECRETARY);
