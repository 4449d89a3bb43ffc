import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Person, Unit } from '../domain/organisation.ts';
import type { DbOrTx } from './db.ts';
import { uniqueViolation } from './errors.ts';
import { people, units } from './schema.ts';

const unitColumns = {
  id: units.id,
  orgId: units.orgId,
  name: units.name,
  parentId: units.parentId,
  directorPersonId: units.directorPersonId,
};
const personColumns = {
  id: people.id,
  orgId: people.orgId,
  name: people.name,
  title: people.title,
  unitId: people.unitId,
  email: people.email,
  role: people.role,
};

export async function insertUnit(db: DbOrTx, input: Omit<Unit, 'id'>): Promise<Unit> {
  try {
    const [row] = await db.insert(units).values(input).returning(unitColumns);
    if (!row) throw new Error('insert returned no row');
    return row;
  } catch (err) {
    throw uniqueViolation(err, { units_org_name: ['name', 'a unit with this name exists'] });
  }
}

export async function findUnit(db: DbOrTx, orgId: string, id: string): Promise<Unit | undefined> {
  const [row] = await db
    .select(unitColumns)
    .from(units)
    .where(and(eq(units.orgId, orgId), eq(units.id, id)));
  return row;
}

export async function listUnits(db: DbOrTx, orgId: string): Promise<Unit[]> {
  return db.select(unitColumns).from(units).where(eq(units.orgId, orgId)).orderBy(asc(units.name));
}

export async function insertPerson(db: DbOrTx, input: Omit<Person, 'id'>): Promise<Person> {
  try {
    const [row] = await db.insert(people).values(input).returning(personColumns);
    if (!row) throw new Error('insert returned no row');
    return row;
  } catch (err) {
    throw uniqueViolation(err, { people_org_email: ['email', 'a person with this e-mail exists'] });
  }
}

export async function updatePerson(
  db: DbOrTx,
  orgId: string,
  id: string,
  patch: Partial<Omit<Person, 'id' | 'orgId'>>,
): Promise<Person | undefined> {
  try {
    const [row] = await db
      .update(people)
      .set(patch)
      .where(and(eq(people.orgId, orgId), eq(people.id, id)))
      .returning(personColumns);
    return row;
  } catch (err) {
    throw uniqueViolation(err, { people_org_email: ['email', 'a person with this e-mail exists'] });
  }
}

export async function findPerson(db: DbOrTx, orgId: string, id: string): Promise<Person | undefined> {
  const [row] = await db
    .select(personColumns)
    .from(people)
    .where(and(eq(people.orgId, orgId), eq(people.id, id)));
  return row;
}

/** Any organisation: used to authenticate an actor by id. */
export async function findPersonById(db: DbOrTx, id: string): Promise<Person | undefined> {
  const [row] = await db.select(personColumns).from(people).where(eq(people.id, id));
  return row;
}

/** Any organisation: e-mails are unique per organisation only, so this may return several. */
export async function findPeopleByEmail(db: DbOrTx, email: string): Promise<Person[]> {
  return db.select(personColumns).from(people).where(eq(people.email, email.toLowerCase()));
}

export async function listPeople(
  db: DbOrTx,
  orgId: string,
  page: { limit: number; offset: number },
): Promise<{ items: Person[]; total: number }> {
  const items = await db
    .select(personColumns)
    .from(people)
    .where(eq(people.orgId, orgId))
    .orderBy(asc(people.name), asc(people.id))
    .limit(page.limit)
    .offset(page.offset);
  const [c] = await db.select({ n: count() }).from(people).where(eq(people.orgId, orgId));
  return { items, total: c?.n ?? 0 };
}

export async function findPeopleByIds(db: DbOrTx, orgId: string, ids: readonly string[]): Promise<Person[]> {
  if (ids.length === 0) return [];
  return db
    .select(personColumns)
    .from(people)
    .where(and(eq(people.orgId, orgId), inArray(people.id, [...ids])));
}

export async function updateUnit(
  db: DbOrTx,
  orgId: string,
  id: string,
  patch: Partial<Pick<Unit, 'name' | 'parentId' | 'directorPersonId'>>,
): Promise<Unit | undefined> {
  try {
    const [row] = await db
      .update(units)
      .set(patch)
      .where(and(eq(units.orgId, orgId), eq(units.id, id)))
      .returning(unitColumns);
    return row;
  } catch (err) {
    throw uniqueViolation(err, { units_org_name: ['name', 'a unit with this name exists'] });
  }
}

/** People of the organisation whose name is `name` ignoring case and surrounding spaces (imports match by name). */
export async function findPeopleByName(db: DbOrTx, orgId: string, name: string): Promise<Person[]> {
  return db
    .select(personColumns)
    .from(people)
    .where(and(eq(people.orgId, orgId), sql`lower(btrim(${people.name})) = lower(btrim(${name}))`))
    .orderBy(asc(people.name), asc(people.id));
}

/** Is this e-mail address taken in the organisation? */
export async function emailTaken(db: DbOrTx, orgId: string, email: string): Promise<boolean> {
  const rows = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.orgId, orgId), eq(people.email, email.toLowerCase())));
  return rows.length > 0;
}
