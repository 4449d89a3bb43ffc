/**
 * Pure logic of the follow-up views: the order of registration, the open/done filter and its counts,
 * and what a person may do with an entry (the server decides; this only hides what would be refused).
 */

export type FollowUpFilter = 'open' | 'done' | 'all';
export const FOLLOW_UP_FILTERS: readonly FollowUpFilter[] = ['open', 'done', 'all'];

interface Entry {
  status: 'open' | 'overdue' | 'done';
  createdAt: string;
  seq?: number;
  title: string;
}

/** In order of registration: creation time, then the register's sequence, then title. */
export function byRegistration<F extends Entry>(list: readonly F[]): F[] {
  return [...list].sort((a, b) => {
    if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
    if (a.seq !== undefined && b.seq !== undefined && a.seq !== b.seq) return a.seq - b.seq;
    return a.title.localeCompare(b.title, 'da');
  });
}

/** Open means not done: open and overdue entries. */
export const matchesFilter = (f: Pick<Entry, 'status'>, filter: FollowUpFilter): boolean =>
  filter === 'all' || (filter === 'done' ? f.status === 'done' : f.status !== 'done');

export function filterFollowUps<F extends Entry>(list: readonly F[], filter: FollowUpFilter): F[] {
  return list.filter((f) => matchesFilter(f, filter));
}

export function countByFilter(list: readonly Pick<Entry, 'status'>[]): Record<FollowUpFilter, number> {
  const done = list.filter((f) => f.status === 'done').length;
  return { open: list.length - done, done, all: list.length };
}

/** The filter from a query string value; open by default. */
export const parseFilter = (value: string | null): FollowUpFilter =>
  value === 'done' || value === 'all' ? value : 'open';

/**
 * May the person close this entry? Its owner, the forum's chair or secretary, or an administrator
 * (as the server's policy has it); never an entry that is done.
 */
export function canComplete(
  person: { id: string; role: string },
  followUp: { ownerPersonId: string; forumId: string; status: Entry['status'] },
  managerOf: (forumId: string) => boolean,
): boolean {
  if (followUp.status === 'done') return false;
  return followUp.ownerPersonId === person.id || person.role === 'admin' || managerOf(followUp.forumId);
}

/** The forum roles that run a forum's business (charter, minutes, follow-up register). */
export const isManagerOf = (
  person: { id: string; role: string },
  members: readonly { personId: string; role: string }[],
): boolean =>
  person.role === 'admin' ||
  members.some((m) => m.personId === person.id && (m.role === 'chair' || m.role === 'secretary'));
