/** `fora export [--org <slug>] [--forum <short name>] -o <folder | file.zip>` */
import type { AppContext, Caller } from './app/context.ts';
import { exportArchive } from './app/export-archive.ts';

export interface ExportArgs {
  org: string | undefined;
  forum: string | undefined;
  out: string;
}

/** Writes the archive and answers with a one-line summary per kind of object. */
export async function exportCommand(ctx: AppContext, caller: Caller, args: ExportArgs): Promise<string> {
  const r = await exportArchive(ctx, caller, args);
  const counts = Object.entries(r.counts)
    .map(([table, n]) => `${table} ${n}`)
    .join(', ');
  return [
    `${r.out}: ${r.organisations.join(', ') || 'no organisations'}${args.forum ? ` (forum ${args.forum})` : ''}`,
    `  ${counts}`,
    `  files ${r.files} (${r.fileBytes} bytes)`,
  ].join('\n');
}
