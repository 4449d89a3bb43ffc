/**
 * `fora audit verify | prune | export --org <slug> --person <email> [-o file]` (ADR 0017): check the
 * audit log's hash chain, redact expired access events now, or export a person's events (JSON, or
 * CSV when the file name ends in .csv).
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { AppContext, Caller } from './app/context.ts';
import { exportPersonAudit, personAuditCsv } from './app/export-person-audit.ts';
import { pruneAuditLog } from './app/prune-audit-log.ts';
import { verifyAuditLog } from './app/verify-audit-log.ts';

export const AUDIT_USAGE = `  fora audit verify                 check the audit log's hash chain; exit code 1 at a broken row
  fora audit prune                  redact access events older than AUDIT_RETENTION_MONTHS (the server
                                    does this daily)
  fora audit export --org <slug> --person <email> [-o <file.json | file.csv>]
                                    every audit event that concerns a person (GDPR access request)`;

export type AuditArgs =
  | { command: 'verify' }
  | { command: 'prune' }
  | { command: 'export'; org: string; person: string; out: string | null };

/** The arguments after `fora audit`, or null when they are not a valid command. */
export function parseAuditArgs(argv: string[]): AuditArgs | null {
  const [command, ...rest] = argv;
  if ((command === 'verify' || command === 'prune') && rest.length === 0) return { command };
  if (command !== 'export') return null;
  const { values } = parseArgs({
    args: rest,
    options: { org: { type: 'string' }, person: { type: 'string' }, o: { type: 'string' } },
  });
  if (!values.org || !values.person) return null;
  return { command, org: values.org, person: values.person, out: values.o ?? null };
}

/** Runs the command; answers the process exit code. */
export async function auditCommand(
  ctx: AppContext,
  caller: Caller,
  args: AuditArgs,
  out: (line: string) => void,
): Promise<number> {
  if (args.command === 'verify') {
    const r = await verifyAuditLog(ctx, caller);
    const head = r.head ? `; head: row ${r.head.id}, ${r.head.hash}` : '';
    if (r.broken) {
      out(`Audit log BROKEN at row ${r.broken.id} (${r.broken.reason}): ${r.broken.explanation}`);
      out(`  ${r.rows} rows verified before it${head}`);
      return 1;
    }
    out(`Audit log intact: ${r.rows} rows (${r.redacted} redacted access events)${head}`);
    return 0;
  }
  if (args.command === 'prune') {
    const r = await pruneAuditLog(ctx, caller);
    out(`Redacted ${r.redacted} access events before ${r.before} (retention ${r.retentionMonths} months)`);
    return 0;
  }
  const r = await exportPersonAudit(ctx, caller, args.org, args.person);
  const text = args.out?.toLowerCase().endsWith('.csv')
    ? personAuditCsv(r.events)
    : `${JSON.stringify(r, null, 1)}\n`;
  if (!args.out) {
    process.stdout.write(text);
    return 0;
  }
  fs.writeFileSync(args.out, text, { mode: 0o600 });
  out(`${args.out}: ${r.events.length} events of ${r.person.name} <${r.person.email}>`);
  return 0;
}
