/**
 * `fora import <files...> [--org <slug>] [--forum <short name>] [--dry-run] [--json]`: reads agendas
 * and minutes (plain text, PDF, DOCX and the export families of other systems) and saves each meeting
 * through `importMeeting`. Every file is reported on its own; a file that fails (unreadable, unknown
 * format, refused) is named with the reason and the others still run; the exit code is then 1.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { AppContext, Caller } from './app/context.ts';
import { importArchive, isArchivePath } from './app/import-archive.ts';
import { type ImportMeetingResult, importMeeting } from './app/import-meeting.ts';
import { listOrganisations } from './app/list-organisations.ts';
import { refreshSearchStatistics } from './app/refresh-search-statistics.ts';
import { ForaError } from './domain/errors.ts';
import { detectFamily, parseImportFile } from './importer/parse-file.ts';
import type { ParsedMeeting } from './importer/parsed-meeting.ts';

export interface ImportArgs {
  files: string[];
  org?: string;
  forum?: string;
  dryRun: boolean;
  json: boolean;
}

export interface ImportDeps {
  /** Absent for --dry-run: nothing is saved, so no database is opened. */
  ctx: AppContext | null;
  caller: Caller;
  out: (line: string) => void;
  err: (line: string) => void;
  parse?: (fileName: string, bytes: Uint8Array) => Promise<ParsedMeeting[]>;
}

/** The format family a file is recorded under (import_sources.family), from its content. */
export function familyOf(bytes: Uint8Array): string {
  const family = detectFamily(bytes);
  return family === 'zip' ? 'docx' : family;
}

/**
 * A Fora archive (a folder or zip made by `fora export`) is restored whole by `importArchive`
 * (into a database where its organisations do not exist yet); --dry-run checks it and writes nothing.
 * Answers null when the path is no archive, else whether it succeeded.
 */
async function importIfArchive(
  file: string,
  args: ImportArgs,
  deps: ImportDeps,
  results: unknown[],
): Promise<boolean | null> {
  if (!(await isArchivePath(file))) return null;
  try {
    if (!deps.ctx) throw new Error('a Fora archive is checked against the database, which was not opened');
    const r = await importArchive(deps.ctx, deps.caller, file, { dryRun: args.dryRun });
    if (args.json) results.push({ file, archive: r });
    else
      for (const o of r.organisations)
        deps.out(
          `${file}: Fora-arkiv/Fora archive: ${o.slug} ${r.dryRun ? 'kontrolleret/checked' : 'gendannet/restored'} ` +
            Object.entries(o.counts)
              .map(([k, n]) => `${k} ${n}`)
              .join(', '),
        );
    return true;
  } catch (e) {
    deps.err(`${file}: Fora-arkiv ikke gendannet/Fora archive not restored: ${messageOf(e)}`);
    if (args.json) results.push({ file, error: messageOf(e) });
    return false;
  }
}

async function orgSlugFor(ctx: AppContext, caller: Caller, given: string | undefined): Promise<string> {
  if (given) return given;
  const orgs = await listOrganisations(ctx, caller);
  const [only] = orgs;
  if (orgs.length === 1 && only) return only.slug;
  throw new ForaError(
    'validation_failed',
    orgs.length === 0
      ? 'the database has no organisation to import into'
      : `--org is required: the database has ${orgs.length} organisations (${orgs.map((o) => o.slug).join(', ')})`,
  );
}

const KIND = { agenda: 'dagsorden/agenda', minutes: 'referat/minutes' };

/** The readable dry-run summary of one parsed meeting. */
export function summary(file: string, m: ParsedMeeting): string[] {
  const lines = [
    `${file}: ${m.title || '(uden titel/no title)'}`,
    `  ${m.forum || '?'} · ${KIND[m.kind]} · ${m.date || '?'} ${m.start} · ${m.location || '-'}`,
    `  ${m.items.length} punkter/items · ${m.participants.length} deltagere/participants · ${m.absent.length} afbud/absent`,
  ];
  for (const i of m.items)
    lines.push(
      `  ${i.number}. ${i.title}${i.closed ? ' [lukket/closed]' : ''}${i.caseNumber ? ` (${i.caseNumber})` : ''}` +
        `${i.decision ? ' - beslutning/decision' : ''}`,
    );
  for (const w of m.warnings) lines.push(`  advarsel/warning: ${w}`);
  return lines;
}

function resultLine(file: string, r: ImportMeetingResult): string[] {
  const what = {
    created: 'oprettet/created',
    updated: 'opdateret/updated',
    unchanged: 'uændret/unchanged',
  }[r.status];
  const lines = [
    `${file}: ${what} ${r.forum} ${r.date} ${KIND[r.kind]}` +
      (r.status === 'unchanged'
        ? ''
        : ` - punkter/items ${r.items.created} nye/new, ${r.items.updated} opdateret/updated` +
          (r.version ? `, version ${r.version}` : '') +
          (r.peopleCreated.length ? `, nye personer/new people: ${r.peopleCreated.join(', ')}` : '')),
  ];
  for (const w of r.warnings) lines.push(`  advarsel/warning: ${w}`);
  return lines;
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Runs the command; returns the exit code (0 all files fine, 1 any failed). */
export async function importCommand(args: ImportArgs, deps: ImportDeps): Promise<number> {
  const parse = deps.parse ?? parseImportFile;
  let failed = 0;
  /** Meetings or archives written: then the planner's statistics for search are refreshed. */
  let saved = 0;
  const parsedAll: ParsedMeeting[] = [];
  const results: unknown[] = [];
  let orgSlug: string | null = null;
  for (const file of args.files) {
    const archive = await importIfArchive(file, args, deps, results);
    if (archive === false) failed++;
    if (archive === true && !args.dryRun) saved++;
    if (archive !== null) continue;
    let bytes: Uint8Array;
    try {
      const stat = await fs.stat(file);
      if (stat.isDirectory()) throw new Error('is a folder, not a document (and not a Fora archive)');
      bytes = new Uint8Array(await fs.readFile(file));
    } catch (e) {
      deps.err(`${file}: kan ikke læses/cannot read: ${messageOf(e)}`);
      failed++;
      continue;
    }
    let meetings: ParsedMeeting[];
    try {
      meetings = await parse(path.basename(file), bytes);
      if (meetings.length === 0) throw new Error('no meeting found in the document');
    } catch (e) {
      deps.err(`${file}: ukendt format eller ulæseligt/unknown format or unreadable: ${messageOf(e)}`);
      failed++;
      continue;
    }
    if (args.dryRun || !deps.ctx) {
      parsedAll.push(...meetings);
      if (!args.json) for (const m of meetings) for (const l of summary(file, m)) deps.out(l);
      continue;
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    for (const m of meetings) {
      try {
        orgSlug ??= await orgSlugFor(deps.ctx, deps.caller, args.org);
        const r = await importMeeting(
          deps.ctx,
          deps.caller,
          orgSlug,
          m,
          { fileName: path.basename(file), family: familyOf(bytes), sha256 },
          { forum: args.forum },
        );
        if (r.status !== 'unchanged') saved++;
        if (args.json) results.push({ file, ...r });
        else for (const l of resultLine(file, r)) deps.out(l);
      } catch (e) {
        deps.err(`${file}: ${m.forum} ${m.date}: ikke importeret/not imported: ${messageOf(e)}`);
        if (args.json) results.push({ file, error: messageOf(e) });
        failed++;
      }
    }
  }
  if (deps.ctx && !args.dryRun && saved > 0) await refreshSearchStatistics(deps.ctx, deps.caller);
  if (args.json) {
    const value =
      args.dryRun && results.length === 0 ? (parsedAll.length === 1 ? parsedAll[0] : parsedAll) : results;
    deps.out(JSON.stringify(value, null, 2));
  }
  return failed > 0 ? 1 : 0;
}
