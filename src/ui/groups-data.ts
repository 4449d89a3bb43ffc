/**
 * Working groups in the web app: the API reads and writes, and the group form (state as the inputs
 * hold it, turned into the API's input with the problems found at each field).
 */
import type { getWorkingGroup } from '../app/get-working-group.ts';
import type { MyWorkingGroup as Mine } from '../app/list-my-working-groups.ts';
import { ApiError, api, apiPath } from './api.ts';
import { getForum } from './data.ts';
import { isManagerOf } from './follow-up-list.ts';
import type { ForumView, Paged, RichTextDoc, SessionPerson } from './types.ts';

export type WorkingGroupView = Awaited<ReturnType<typeof getWorkingGroup>>;
export type MyWorkingGroup = Mine;
export const GROUP_STATUSES = ['active', 'reported', 'closed'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];
export const MEMBER_BASES = ['expertise', 'representation'] as const;
export type MemberBasis = (typeof MEMBER_BASES)[number];

export interface PersonOption {
  id: string;
  name: string;
  title: string;
}

/** The organisation's people, by name (for choosing members and owners). */
export async function listPeople(org: string): Promise<PersonOption[]> {
  const page = await api.get<Paged<PersonOption>>(`${apiPath`/api/orgs/${org}/people`}?limit=500`);
  return page.items
    .map((p) => ({ id: p.id, name: p.name, title: p.title }))
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

const groupsPath = (org: string, forum: string) => apiPath`/api/orgs/${org}/forums/${forum}/groups`;

export interface GroupsPage {
  forum: ForumView;
  groups: WorkingGroupView[];
  mine: MyWorkingGroup[];
  manager: boolean;
}

/** The person's working groups across the organisation's forums. */
export async function loadMyWorkingGroups(person: SessionPerson): Promise<MyWorkingGroup[]> {
  const page = await api.get<Paged<MyWorkingGroup>>(
    apiPath`/api/orgs/${person.orgSlug}/people/${person.id}/groups`,
  );
  return page.items;
}

export async function loadGroups(person: SessionPerson, forum: string): Promise<GroupsPage> {
  const org = person.orgSlug;
  const [view, groups, mine] = await Promise.all([
    getForum(org, forum),
    api.get<Paged<WorkingGroupView>>(groupsPath(org, forum)),
    loadMyWorkingGroups(person),
  ]);
  return { forum: view, groups: groups.items, mine, manager: isManagerOf(person, view.members) };
}

export interface GroupPage {
  forum: ForumView;
  group: WorkingGroupView;
  manager: boolean;
}

export async function loadGroup(person: SessionPerson, forum: string, group: string): Promise<GroupPage> {
  const org = person.orgSlug;
  const [view, g] = await Promise.all([
    getForum(org, forum),
    api.get<WorkingGroupView>(groupPath(org, forum, group)),
  ]);
  return { forum: view, group: g, manager: isManagerOf(person, view.members) };
}

const groupPath = (org: string, forum: string, group: string) =>
  apiPath`/api/orgs/${org}/forums/${forum}/groups/${group}`;

/** Sets up a group; answers the group as its page shows it. */
export async function createGroup(org: string, forum: string, body: GroupBody): Promise<WorkingGroupView> {
  const made = await api.post<{ id: string }>(groupsPath(org, forum), body);
  return api.get<WorkingGroupView>(groupPath(org, forum, made.id));
}

/** Changes a group; answers the group as its page shows it. */
export async function updateGroup(
  org: string,
  forum: string,
  group: string,
  body: Partial<GroupBody>,
): Promise<WorkingGroupView> {
  await api.patch<{ id: string }>(groupPath(org, forum, group), body);
  return api.get<WorkingGroupView>(groupPath(org, forum, group));
}

// --- The form ------------------------------------------------------------------------------

export interface MemberRow {
  /** A stable id for React and focus (not sent). */
  uid: string;
  personId: string;
  basis: MemberBasis;
  reason: string;
}

export interface GroupForm {
  name: string;
  mandate: string;
  /** The mandate is sent only when changed here, so that formatting made elsewhere is kept. */
  mandateChanged: boolean;
  deadline: string;
  status: GroupStatus;
  members: MemberRow[];
}

export interface GroupBody {
  name: string;
  mandate: string;
  deadline: string;
  status?: GroupStatus;
  members: { personId: string; basis: MemberBasis; reason: string }[];
}

let uidCounter = 0;
export const newMemberRow = (): MemberRow => ({
  uid: `m${++uidCounter}`,
  personId: '',
  basis: 'expertise',
  reason: '',
});

/** A mandate's text: its paragraphs (and list items, headings) with a blank line between. */
export function mandateText(doc: RichTextDoc): string {
  const lines: string[] = [];
  const inline = (nodes: readonly { type: string; text?: string }[] | undefined) =>
    (nodes ?? []).map((n) => (n.type === 'text' ? (n.text ?? '') : '\n')).join('');
  const walk = (blocks: readonly RichTextDoc['content'][number][] | undefined): void => {
    for (const b of blocks ?? []) {
      if (b.type === 'paragraph' || b.type === 'heading') lines.push(inline(b.content));
      else if (b.type === 'bulletList' || b.type === 'orderedList')
        for (const li of b.content) walk(li.content);
      else if (b.type === 'table')
        for (const row of b.content) for (const cell of row.content) walk(cell.content);
    }
  };
  walk(doc.content);
  return lines.filter((l) => l.trim() !== '').join('\n\n');
}

export function formFromGroup(group: WorkingGroupView | null): GroupForm {
  return {
    name: group?.name ?? '',
    mandate: group ? mandateText(group.mandate) : '',
    mandateChanged: false,
    deadline: group?.deadline ?? '',
    status: group?.status ?? 'active',
    members: (group?.members ?? []).map((m) => ({
      ...newMemberRow(),
      personId: m.personId,
      basis: m.basis,
      reason: m.reason,
    })),
  };
}

export type GroupProblemKind = 'required' | 'duplicate' | 'taken' | 'invalid' | 'status';
export interface GroupProblem {
  /** The API's path of the field: name, mandate, deadline, status, members.1.personId. */
  path: string;
  problem: GroupProblemKind;
}

export type Checked<T, P> = { ok: true; body: T } | { ok: false; problems: P[] };

/** The API's input from the form, or the problems at their fields. A new group has no status. */
export function groupBody(form: GroupForm, editing: boolean): Checked<GroupBody, GroupProblem> {
  const problems: GroupProblem[] = [];
  if (form.name.trim() === '') problems.push({ path: 'name', problem: 'required' });
  if (form.mandate.trim() === '' && (!editing || form.mandateChanged))
    problems.push({ path: 'mandate', problem: 'required' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.deadline)) problems.push({ path: 'deadline', problem: 'required' });
  const seen = new Set<string>();
  for (const [i, m] of form.members.entries()) {
    if (m.personId === '') problems.push({ path: `members.${i}.personId`, problem: 'required' });
    else if (seen.has(m.personId)) problems.push({ path: `members.${i}.personId`, problem: 'duplicate' });
    seen.add(m.personId);
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    body: {
      name: form.name.trim(),
      mandate: form.mandate,
      deadline: form.deadline,
      ...(editing && { status: form.status }),
      members: form.members.map((m) => ({ personId: m.personId, basis: m.basis, reason: m.reason.trim() })),
    },
  };
}

/** The API's refusal as problems at the fields (400 validation, 409 conflicts); null when it names none. */
export function groupProblemsOf(err: unknown): GroupProblem[] | null {
  if (!(err instanceof ApiError) || (err.status !== 400 && err.status !== 409)) return null;
  const details = err.body.details.filter((d) => d.path !== '');
  if (details.length === 0) return null;
  return details.map((d) => ({
    path: d.path,
    problem: err.status === 409 ? (d.path === 'name' ? 'taken' : 'status') : 'invalid',
  }));
}

/** The id of a field's input, from its API path (`members.1.personId` → `wg-members-1-personId`). */
export const groupFieldId = (path: string): string => `wg-${path.replace(/\./g, '-')}`;

/** The first lines of a mandate, for the list: at most `max` characters, cut at a word. */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')} …`;
}
