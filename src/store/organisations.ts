import { asc, eq } from 'drizzle-orm';
import type { Organisation } from '../domain/organisation.ts';
import type { DbOrTx } from './db.ts';
import { uniqueViolation } from './errors.ts';
import { organisations } from './schema.ts';

const columns = { id: organisations.id, slug: organisations.slug, name: organisations.name };

export async function insertOrganisation(
  db: DbOrTx,
  input: { slug: string; name: string },
): Promise<Organisation> {
  try {
    const [row] = await db.insert(organisations).values(input).returning(columns);
    if (!row) throw new Error('insert returned no row');
    return row;
  } catch (err) {
    throw uniqueViolation(err, { organisations_slug_unique: ['slug', 'is already in use'] });
  }
}

export async function findOrganisationBySlug(db: DbOrTx, slug: string): Promise<Organisation | undefined> {
  const [row] = await db.select(columns).from(organisations).where(eq(organisations.slug, slug));
  return row;
}

export async function findOrganisationById(db: DbOrTx, id: string): Promise<Organisation | undefined> {
  const [row] = await db.select(columns).from(organisations).where(eq(organisations.id, id));
  return row;
}

export async function listOrganisations(db: DbOrTx): Promise<Organisation[]> {
  return db.select(columns).from(organisations).orderBy(asc(organisations.slug));
}

export async function countOrganisations(db: DbOrTx): Promise<number> {
  return (await db.$count(organisations)) as number;
}
