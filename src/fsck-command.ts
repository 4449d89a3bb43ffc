/**
 * `fora fsck [--repair] [--grace <minutes>]`: attachment and rendered-document rows against the
 * files in file storage (src/app/check-files.ts). Exit code 0 when nothing is wrong (or all was
 * repaired), 1 when problems remain.
 *
 * The grace period protects uploads in flight: with PGlite, fsck holds the data directory's lock,
 * so no server runs and it is 0; with PostgreSQL a server may be running, so it is 60 minutes
 * unless `--grace` says otherwise (`--grace 0` once the servers are stopped).
 */

import { parseArgs } from 'node:util';
import { checkFiles } from './app/check-files.ts';
import type { AppContext, Caller } from './app/context.ts';

export interface FsckArgs {
  repair: boolean;
  graceMinutes: number | undefined;
  databaseKind: 'pglite' | 'postgres';
}

export const DEFAULT_GRACE_MINUTES = 60;

/** The command line's arguments, or null when they are not a valid use. */
export function parseFsckArgs(argv: string[], databaseKind: FsckArgs['databaseKind']): FsckArgs | null {
  const { values } = parseArgs({
    args: argv,
    options: { repair: { type: 'boolean', default: false }, grace: { type: 'string' } },
  });
  const grace = values.grace === undefined ? undefined : Number(values.grace);
  if (grace !== undefined && !(grace >= 0)) return null;
  return { repair: values.repair ?? false, graceMinutes: grace, databaseKind };
}

export async function fsckCommand(
  ctx: AppContext,
  caller: Caller,
  args: FsckArgs,
  out: (line: string) => void,
): Promise<number> {
  const graceMinutes = args.graceMinutes ?? (args.databaseKind === 'pglite' ? 0 : DEFAULT_GRACE_MINUTES);
  const r = await checkFiles(ctx, caller, { repair: args.repair, graceMs: graceMinutes * 60_000 });
  const what = (o: { name: string; temp: boolean }) =>
    o.temp ? `tmp/${o.name} (unfinished upload)` : `${o.name} (no row refers to it)`;
  out(`files with their row: ${r.ok}`);
  for (const m of r.missing)
    out(`MISSING file ${m.key} of ${m.kind} ${m.id} (${m.label}): restore it from a backup`);
  for (const o of r.orphans) out(`orphan ${what(o)}`);
  for (const o of r.removed) out(`removed orphan ${what(o)}`);
  for (const o of r.recent)
    out(`recent ${what(o)}: younger than ${graceMinutes} minutes, maybe an upload in flight; left alone`);
  const remaining = r.missing.length + r.orphans.length;
  out(
    remaining === 0
      ? `fsck: no problems${r.removed.length ? ` (${r.removed.length} orphans removed)` : ''}`
      : `fsck: ${r.missing.length} missing, ${r.orphans.length} orphans${r.orphans.length ? ' (fora fsck --repair removes them)' : ''}`,
  );
  return remaining === 0 ? 0 : 1;
}
