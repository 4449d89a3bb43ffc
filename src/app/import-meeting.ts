/**
 * Saves one imported agenda or minutes document (a ParsedMeeting) into an organisation: the forum's
 * meeting, its items with sections, recommendations, decisions, cases and attachment references,
 * the people and absences, and the published agenda or minutes version - in one transaction, each
 * change audited. Importing the same document again updates what it saved and never duplicates;
 * the same bytes again change nothing.
 *
 * Choices:
 * - The forum is `--forum`'s short name, else the forum whose name or short name is the document's
 *   forum name (ignoring case); none is refused (not_found) naming the forum: forums are never
 *   created by an import, since a forum needs its terms of reference and members.
 * - Items are information items unless they carry recommendations or a decision (then decision).
 * - People not found by name are created with an address under the reserved `.invalid` domain.
 */
import { z } from 'zod';
import { ForaError, invalid } from '../domain/errors.ts';
import { nameKey } from '../domain/import-rules.ts';
import type { Forum, Organisation } from '../domain/organisation.ts';
import type { ParsedMeeting } from '../importer/parsed-meeting.ts';
import type { DbOrTx } from '../store/db.ts';
import { findForumByShortName, listCharters, listForums } from '../store/forums.ts';
import { findImportSource, saveImportSource } from '../store/import-sources.ts';
import { listMeetingItems } from '../store/items.ts';
import { type AppContext, authorize, type Caller, orgResource, resolveOrganisation } from './context.ts';
import { saveItems } from './import-items.ts';
import { resolvePeople, saveAbsences } from './import-people.ts';
import { importCharter, publishImported, saveMeeting } from './import-publish.ts';
import { parseInput } from './validate.ts';

export const importSourceSchema = z.object({
  fileName: z.string().min(1).max(500),
  /** The format family the parser read the document as ('text', 'pdf', 'docx', 'firstagenda', ...). */
  family: z.string().min(1).max(50),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a hex SHA-256'),
  /** The document's own id, where its format has one (FirstAgenda, SBSYS, Acadre, eDoc, a Fora archive). */
  externalId: z.string().min(1).max(500).optional(),
});
export type ImportSourceInput = z.input<typeof importSourceSchema>;

export interface ImportMeetingResult {
  /** 'unchanged': the same bytes were imported before (or nothing differs from what is saved). */
  status: 'created' | 'updated' | 'unchanged';
  forum: string;
  kind: ParsedMeeting['kind'];
  date: string;
  meetingId: string;
  items: { created: number; updated: number };
  peopleCreated: string[];
  /** The published version this import made, or null when the latest already says the same. */
  version: number | null;
  warnings: string[];
}

/** The forum a document goes into: by short name when given, else by the name the document prints. */
export async function forumForImport(
  db: DbOrTx,
  org: Organisation,
  printed: string,
  shortName: string | undefined,
): Promise<Forum> {
  if (shortName) {
    const forum = await findForumByShortName(db, org.id, shortName);
    if (!forum) throw new ForaError('not_found', `Forum "${shortName}" findes ikke i ${org.slug}`);
    return forum;
  }
  const { items } = await listForums(db, org.id, { limit: 10_000, offset: 0 });
  const key = nameKey(printed);
  const forum = items.find((f) => nameKey(f.name) === key) ?? items.find((f) => nameKey(f.shortName) === key);
  if (!forum)
    throw new ForaError(
      'not_found',
      `Forum "${printed}" findes ikke i ${org.slug}; angiv --forum <kortnavn> (${items.map((f) => f.shortName).join(', ')})`,
    );
  return forum;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export async function importMeeting(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  parsed: ParsedMeeting,
  sourceInput: unknown,
  options: { forum?: string } = {},
): Promise<ImportMeetingResult> {
  const org = await resolveOrganisation(ctx.db, caller, orgSlug);
  authorize(caller, 'meeting.import', orgResource(org));
  const source = parseInput(importSourceSchema, sourceInput);
  if (!DATE.test(parsed.date))
    throw invalid('date', `${source.fileName}: the document gives no meeting date`);
  if (parsed.start && !TIME.test(parsed.start))
    throw invalid('start', `${source.fileName}: not a time HH:MM`);
  const forum = await forumForImport(ctx.db, org, parsed.forum, options.forum);
  const charter = importCharter(forum, await listCharters(ctx.db, forum.id), parsed.date);
  const sourceKey = source.externalId ?? `${forum.id}:${parsed.date}:${parsed.kind}`;
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const base = { forum: forum.shortName, kind: parsed.kind, date: parsed.date };
    const previous = await findImportSource(tx, org.id, source.family, sourceKey);
    if (previous?.sha256 === source.sha256)
      return {
        ...base,
        status: 'unchanged',
        meetingId: previous.meetingId,
        items: { created: 0, updated: 0 },
        peopleCreated: [],
        version: null,
        warnings: [],
      };
    const warnings = [...parsed.warnings];
    const m = await saveMeeting(
      tx,
      caller,
      org,
      forum,
      charter,
      parsed,
      previous?.meetingId ?? null,
      now,
      warnings,
    );
    const people = await resolvePeople(
      tx,
      caller,
      org,
      [...parsed.participants, ...parsed.absent],
      source.fileName,
    );
    warnings.push(...people.warnings);
    const absences = await saveAbsences(tx, caller, org, m.meeting, parsed, people);
    const items = await saveItems(tx, caller, org, forum, m.meeting, charter, parsed, now);
    warnings.push(...items.warnings);
    const version = await publishImported(
      tx,
      caller,
      org,
      forum,
      m.meeting,
      charter,
      items.extraSections,
      // A document without items (a manifest) leaves the meeting's items as they are.
      items.ordered.length > 0 ? items.ordered : await listMeetingItems(tx, m.meeting.id),
      parsed,
      people,
      source.fileName,
      now,
    );
    await saveImportSource(tx, {
      orgId: org.id,
      family: source.family,
      sourceKey,
      sha256: source.sha256,
      meetingId: m.meeting.id,
      kind: parsed.kind,
      fileName: source.fileName,
      itemIds: items.itemIds,
      importedAt: now,
    });
    const changed =
      m.updated ||
      absences > 0 ||
      items.created + items.updated > 0 ||
      people.created.length > 0 ||
      version !== null;
    return {
      ...base,
      status: m.created ? 'created' : changed ? 'updated' : 'unchanged',
      meetingId: m.meeting.id,
      items: { created: items.created, updated: items.updated },
      peopleCreated: people.created,
      version: version?.version ?? null,
      warnings,
    };
  });
}
