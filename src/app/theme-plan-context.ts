/** Shared by the theme plan's use cases: who the forum's heads are, and presenter checks. */
import { charterInForce } from '../domain/charter.ts';
import { invalid } from '../domain/errors.ts';
import type { Forum } from '../domain/organisation.ts';
import { isActiveOn } from '../domain/organisation.ts';
import type { DbOrTx } from '../store/db.ts';
import { listCharters, listMemberships } from '../store/forums.ts';
import { findPerson } from '../store/people.ts';

/**
 * The heads who take turns presenting: the charter's meeting-leader rotation where it has one
 * (the same order as the meetings' leaders), else the forum's active chair and members.
 */
export async function forumHeads(db: DbOrTx, forum: Forum, date: string): Promise<string[]> {
  const charter = charterInForce(await listCharters(db, forum.id), date);
  if (charter?.leaderRule.kind === 'rotation') return [...charter.leaderRule.personIds];
  const heads = (await listMemberships(db, forum.id)).filter(
    (m) => isActiveOn(m, date) && (m.role === 'chair' || m.role === 'member'),
  );
  return [...new Set(heads.map((m) => m.personId))];
}

export async function checkPresenter(db: DbOrTx, orgId: string, personId: string | undefined): Promise<void> {
  if (personId && !(await findPerson(db, orgId, personId)))
    throw invalid('presenterPersonId', 'no such person in this organisation');
}
