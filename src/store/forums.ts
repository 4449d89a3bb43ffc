import { and, asc, count, desc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { Charter, CharterContent } from '../domain/charter.ts';
import type { Forum, Membership } from '../domain/organisation.ts';
import type { DbOrTx } from './db.ts';
import { uniqueViolation } from './errors.ts';
import { charters, forums, memberships } from './schema.ts';

const forumColumns = {
  id: forums.id,
  orgId: forums.orgId,
  shortName: forums.shortName,
  name: forums.name,
  kind: forums.kind,
  parentForumId: forums.parentForumId,
};
export const membershipColumns = {
  id: memberships.id,
  forumId: memberships.forumId,
  personId: memberships.personId,
  role: memberships.role,
  startDate: memberships.startDate,
  endDate: memberships.endDate,
};

export async function insertForum(db: DbOrTx, input: Omit<Forum, 'id'>): Promise<Forum> {
  try {
    const [row] = await db.insert(forums).values(input).returning(forumColumns);
    if (!row) throw new Error('insert returned no row');
    return row;
  } catch (err) {
    throw uniqueViolation(err, {
      forums_org_short_name: ['shortName', 'another forum of this organisation has this short name'],
    });
  }
}

export async function updateForum(
  db: DbOrTx,
  orgId: string,
  id: string,
  patch: Partial<Pick<Forum, 'shortName' | 'name' | 'kind' | 'parentForumId'>>,
): Promise<Forum | undefined> {
  try {
    const [row] = await db
      .update(forums)
      .set(patch)
      .where(and(eq(forums.orgId, orgId), eq(forums.id, id)))
      .returning(forumColumns);
    return row;
  } catch (err) {
    throw uniqueViolation(err, {
      forums_org_short_name: ['shortName', 'another forum of this organisation has this short name'],
    });
  }
}

export async function findForumByShortName(
  db: DbOrTx,
  orgId: string,
  shortName: string,
): Promise<Forum | undefined> {
  const [row] = await db
    .select(forumColumns)
    .from(forums)
    .where(and(eq(forums.orgId, orgId), eq(forums.shortName, shortName)));
  return row;
}

export async function findForum(db: DbOrTx, orgId: string, id: string): Promise<Forum | undefined> {
  const [row] = await db
    .select(forumColumns)
    .from(forums)
    .where(and(eq(forums.orgId, orgId), eq(forums.id, id)));
  return row;
}

export async function listForums(
  db: DbOrTx,
  orgId: string,
  page: { limit: number; offset: number },
): Promise<{ items: Forum[]; total: number }> {
  const items = await db
    .select(forumColumns)
    .from(forums)
    .where(eq(forums.orgId, orgId))
    .orderBy(asc(forums.shortName))
    .limit(page.limit)
    .offset(page.offset);
  const [c] = await db.select({ n: count() }).from(forums).where(eq(forums.orgId, orgId));
  return { items, total: c?.n ?? 0 };
}

export async function insertMembership(
  db: DbOrTx,
  orgId: string,
  input: Omit<Membership, 'id'>,
): Promise<Membership> {
  const [row] = await db
    .insert(memberships)
    .values({ ...input, orgId })
    .returning(membershipColumns);
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateMembership(
  db: DbOrTx,
  forumId: string,
  id: string,
  patch: Partial<Pick<Membership, 'role' | 'startDate' | 'endDate'>>,
): Promise<Membership | undefined> {
  const [row] = await db
    .update(memberships)
    .set(patch)
    .where(and(eq(memberships.forumId, forumId), eq(memberships.id, id)))
    .returning(membershipColumns);
  return row;
}

export async function findMembership(
  db: DbOrTx,
  forumId: string,
  id: string,
): Promise<Membership | undefined> {
  const [row] = await db
    .select(membershipColumns)
    .from(memberships)
    .where(and(eq(memberships.forumId, forumId), eq(memberships.id, id)));
  return row;
}

export async function listMemberships(db: DbOrTx, forumId: string): Promise<Membership[]> {
  return (
    db
      .select(membershipColumns)
      .from(memberships)
      .where(eq(memberships.forumId, forumId))
      // In the order they were added: the order the forum lists its members in.
      .orderBy(asc(memberships.createdAt), asc(memberships.id))
  );
}

/** A person's memberships active on a date, in every forum (to load an actor's forum roles). */
export async function listActiveMembershipsOfPerson(db: DbOrTx, personId: string, date: string) {
  return db
    .select({ forumId: memberships.forumId, role: memberships.role })
    .from(memberships)
    .where(
      and(
        eq(memberships.personId, personId),
        lte(memberships.startDate, date),
        or(isNull(memberships.endDate), gte(memberships.endDate, date)),
      ),
    );
}

const charterColumns = {
  id: charters.id,
  forumId: charters.forumId,
  version: charters.version,
  effectiveFrom: charters.effectiveFrom,
  content: charters.content,
  createdAt: charters.createdAt,
};

type CharterRow = {
  id: string;
  forumId: string;
  version: number;
  effectiveFrom: string;
  content: CharterContent;
  createdAt: Date;
};
const toCharter = (r: CharterRow): Charter => ({
  ...r.content,
  id: r.id,
  forumId: r.forumId,
  version: r.version,
  effectiveFrom: r.effectiveFrom,
  createdAt: r.createdAt.toISOString(),
});

export async function insertCharter(
  db: DbOrTx,
  orgId: string,
  input: { forumId: string; effectiveFrom: string; content: CharterContent },
): Promise<Charter> {
  const [last] = await db
    .select({ version: charters.version })
    .from(charters)
    .where(eq(charters.forumId, input.forumId))
    .orderBy(desc(charters.version))
    .limit(1);
  try {
    const [row] = await db
      .insert(charters)
      .values({ ...input, orgId, version: (last?.version ?? 0) + 1 })
      .returning(charterColumns);
    if (!row) throw new Error('insert returned no row');
    return toCharter(row);
  } catch (err) {
    throw uniqueViolation(err, {
      charters_forum_effective: ['effectiveFrom', 'another version takes effect on this date'],
      charters_forum_version: ['version', 'changed concurrently; try again'],
    });
  }
}

export async function listCharters(db: DbOrTx, forumId: string): Promise<Charter[]> {
  const rows = await db
    .select(charterColumns)
    .from(charters)
    .where(eq(charters.forumId, forumId))
    .orderBy(asc(charters.effectiveFrom));
  return rows.map(toCharter);
}
