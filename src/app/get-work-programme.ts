/** Reading a forum's work programme of a year (everyone in the organisation), and exporting it as CSV or JSON. */
import { notFound } from '../domain/errors.ts';
import { programmeCsv, type WorkProgramme } from '../domain/work-programme.ts';
import { findPeopleByIds } from '../store/people.ts';
import { findProgramme } from '../store/work-programmes.ts';
import { type AppContext, authorize, type Caller, forumResource, resolveForum } from './context.ts';

export async function getWorkProgramme(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  forumShortName: string,
  year: number,
): Promise<WorkProgramme> {
  const { forum } = await resolveForum(ctx.db, caller, orgSlug, forumShortName);
  authorize(caller, 'programme.read', forumResource(forum), 'Forum');
  const programme = await findProgramme(ctx.db, forum.id, year);
  if (!programme) throw notFound('Work programme');
  return programme;
}

export interface ProgrammeExport {
  filename: string;
  contentType: string;
  body: string;
}

/** The programme as a download: CSV (one row per milestone, owners by name) or JSON. */
export async function exportWorkProgramme(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  forumShortName: string,
  year: number,
  format: 'csv' | 'json',
): Promise<ProgrammeExport> {
  const programme = await getWorkProgramme(ctx, caller, orgSlug, forumShortName, year);
  const owners = programme.initiatives.flatMap((i) => (i.ownerPersonId ? [i.ownerPersonId] : []));
  const names = new Map((await findPeopleByIds(ctx.db, programme.orgId, owners)).map((p) => [p.id, p.name]));
  const base = `arbejdsprogram-${forumShortName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${year}`;
  if (format === 'csv')
    return {
      filename: `${base}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: programmeCsv(programme, names),
    };
  const withOwners = {
    ...programme,
    initiatives: programme.initiatives.map((i) => ({
      ...i,
      ownerName: i.ownerPersonId ? (names.get(i.ownerPersonId) ?? null) : null,
    })),
  };
  return {
    filename: `${base}.json`,
    contentType: 'application/json; charset=utf-8',
    body: `${JSON.stringify(withOwners, null, 2)}\n`,
  };
}
