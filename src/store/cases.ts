/** Cases (sager): the matter an item belongs to, with its case number. */
import { and, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';
import { uniqueViolation } from './errors.ts';
import { cases } from './schema.ts';

export interface CaseRecord {
  id: string;
  orgId: string;
  title: string;
  /** Normalised: `00.01.00-P35-7-23`, or a free reference such as `EMN-2025-003383`. */
  caseNumber: string | null;
  numberKind: 'kle' | 'free' | null;
  /** The KLE topic `NN.NN.NN` of a KLE number. */
  kleTopic: string | null;
  responsibleUnitId: string | null;
  /** The one forum where the case is decided; null = not set (see src/domain/case-timeline.ts). */
  decidingForumId: string | null;
  createdAt: string;
}

type Row = typeof cases.$inferSelect;
const toCase = (r: Row): CaseRecord => ({
  id: r.id,
  orgId: r.orgId,
  title: r.title,
  caseNumber: r.caseNumber,
  numberKind: r.numberKind,
  kleTopic: r.kleTopic,
  responsibleUnitId: r.responsibleUnitId,
  decidingForumId: r.decidingForumId,
  createdAt: r.createdAt.toISOString(),
});

export async function insertCase(
  db: DbOrTx,
  input: Omit<CaseRecord, 'id' | 'createdAt' | 'decidingForumId'> & {
    createdAt?: Date;
    decidingForumId?: string | null;
  },
): Promise<CaseRecord> {
  try {
    const [row] = await db.insert(cases).values(input).returning();
    if (!row) throw new Error('insert returned no row');
    return toCase(row);
  } catch (err) {
    throw uniqueViolation(err, { cases_org_number: ['caseNumber', 'a case with this number exists'] });
  }
}

/** Changes a case's title or deciding forum; undefined when the case is not the organisation's. */
export async function updateCase(
  db: DbOrTx,
  orgId: string,
  id: string,
  patch: Partial<Pick<CaseRecord, 'title' | 'decidingForumId'>>,
): Promise<CaseRecord | undefined> {
  const [row] = await db
    .update(cases)
    .set(patch)
    .where(and(eq(cases.orgId, orgId), eq(cases.id, id)))
    .returning();
  return row && toCase(row);
}

export async function findCase(db: DbOrTx, orgId: string, id: string): Promise<CaseRecord | undefined> {
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.orgId, orgId), eq(cases.id, id)));
  return row && toCase(row);
}

/** By the normalised case number (exact). */
export async function findCaseByNumber(
  db: DbOrTx,
  orgId: string,
  caseNumber: string,
): Promise<CaseRecord | undefined> {
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.orgId, orgId), eq(cases.caseNumber, caseNumber)));
  return row && toCase(row);
}

/** `%`, `_` and `\` match themselves in a LIKE pattern built from user input. */
const likeLiteral = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The organisation's cases, newest first. `query` matches the start of the case number or any
 * part of the title, ignoring case.
 */
export async function listCases(
  db: DbOrTx,
  orgId: string,
  options: { query?: string; limit: number; offset: number },
): Promise<{ items: CaseRecord[]; total: number }> {
  const q = options.query?.trim();
  const where: SQL | undefined = q
    ? and(
        eq(cases.orgId, orgId),
        or(ilike(cases.caseNumber, `${likeLiteral(q)}%`), ilike(cases.title, `%${likeLiteral(q)}%`)),
      )
    : eq(cases.orgId, orgId);
  const rows = await db
    .select()
    .from(cases)
    .where(where)
    .orderBy(desc(cases.createdAt), desc(cases.id))
    .limit(options.limit)
    .offset(options.offset);
  const [c] = await db.select({ n: count() }).from(cases).where(where);
  return { items: rows.map(toCase), total: c?.n ?? 0 };
}
