/**
 * The command line: `fora serve | demo | schedule | render | import | audit`. Commands run as the installation's operator.
 */
import { parseArgs } from 'node:util';
import { type AppContext, callerOf, today } from './app/context.ts';
import { DEMO_PASSWORD, demoAccounts, ensureDemoAccounts } from './app/ensure-demo-accounts.ts';
import { isArchivePath } from './app/import-archive.ts';
import { loadDemo } from './app/load-demo.ts';
import { setPasswordByEmail } from './app/set-password.ts';
import { AUDIT_USAGE, auditCommand, parseAuditArgs } from './audit-command.ts';
import { backupCommand, parseBackupArgs, parseRestoreArgs, restoreCommand } from './backup-command.ts';
import { contextFor, loadConfig } from './config.ts';
import { ForaError } from './domain/errors.ts';
import { exportCommand } from './export-command.ts';
import { fsckCommand, parseFsckArgs } from './fsck-command.ts';
import { buildServer } from './http/server.ts';
import { importCommand } from './import-command.ts';
import { startJobWorker } from './job-worker.ts';
import { mailerFromEnv } from './notify/mailer.ts';
import { startOutboxWorker } from './notify/outbox-worker.ts';
import { startReminderSchedule } from './reminder-schedule.ts';
import { renderCommand } from './render-command.ts';
import { printSchedule } from './schedule-command.ts';
import { openDatabase } from './store/db.ts';
import { countOrganisations } from './store/organisations.ts';

const USAGE = `Usage:
  fora serve [--demo-if-empty]      start the web server (PORT, HOST, DATA_DIR, DATABASE_URL);
                                    --demo-if-empty loads the demo into an empty database (not in production)
  fora demo                         load the demo organisations (albertslund, ishoej)
  fora set-password <org> <email>   set a person's password for sign-in, read from standard input
  fora schedule <org>/<forum> --from <YYYY-MM-DD> --to <YYYY-MM-DD> [--json]
                                    the forum's meetings with leader and deadlines
  fora render <org>/<forum> <YYYY-MM-DD> --kind agenda|minutes|packet --format pdf|docx|html
              [--audience members|organisation|public] [--version N] -o <file>
                                    a published agenda, minutes or meeting packet as a file
  fora export [--org <slug>] [--forum <short name>] -o <folder | file.zip>
                                    an archive (JSON and files) of everything, an organisation or
                                    one forum, that \`fora import\` restores into an empty database
  fora import <files...> [--org <slug>] [--forum <short name>] [--dry-run] [--json]
                                    import agendas and minutes (text, PDF, DOCX, FirstAgenda, SBSYS,
                                    Acadre, eDoc); --dry-run prints what was read without saving;
                                    --org may be left out when there is one organisation;
                                    a folder or zip made by \`fora export\` is restored whole
  fora fsck [--repair] [--grace <minutes>]
                                    check attachment rows against stored files; --repair removes
                                    orphaned files older than the grace period (docs/operations.md)
  fora backup -o <file>             the database and every stored file, with SHA-256 hashes
                                    (PGlite: stop the server first)
  fora restore <file> [--force]     restore a backup into an empty installation (--force: replace)
${AUDIT_USAGE}`;

/** The usage on standard error, and the exit code of a command line that is no valid use. */
function usageError(): number {
  console.error(USAGE);
  return 2;
}

const operator = () => callerOf({ kind: 'operator', label: 'cli' });

/** Outside production, demo people get accounts (password fora-demo) and a few are printed by role. */
async function demoSignIn(ctx: AppContext, production: boolean): Promise<void> {
  if (production) {
    console.log('Production: demo people get no accounts (an admin sets passwords).');
    return;
  }
  const { present } = await ensureDemoAccounts(ctx, operator());
  const rows = demoAccounts(present, today(ctx));
  if (rows.length === 0) return;
  console.log(`Demo accounts (password: ${DEMO_PASSWORD}):`);
  const width = (f: (r: (typeof rows)[number]) => string) => Math.max(...rows.map((r) => f(r).length));
  const [org, group, name] = [width((r) => r.org), width((r) => r.group), width((r) => r.name)];
  for (const r of rows)
    console.log(`  ${r.org.padEnd(org)}  ${r.group.padEnd(group)}  ${r.name.padEnd(name)}  ${r.email}`);
}

async function withContext<T>(fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = await openDatabase(config.database);
  try {
    return await fn(contextFor(db, config));
  } finally {
    await db.close();
  }
}

async function serve(demoIfEmpty: boolean): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  const ctx: AppContext = contextFor(database, config);
  // Demo data only outside production: a production database starts empty (`fora demo` loads it on purpose).
  if (demoIfEmpty && !config.production && (await countOrganisations(database.db)) === 0) {
    const r = await loadDemo(ctx, operator());
    console.log(`Demo data loaded: ${r.loaded.join(', ')}`);
  }
  await demoSignIn(ctx, config.production);
  const app = await buildServer(ctx, {
    production: config.production,
    logger: config.logLevel,
    databaseKind: database.kind,
  });
  const worker = startOutboxWorker({
    db: database.db,
    mailer: mailerFromEnv(process.env),
    now: ctx.now,
    log: app.log,
    messageIdDomain: new URL(config.settings.publicUrl).hostname,
  });
  const reminders = startReminderSchedule(ctx, app.log);
  const jobs = startJobWorker(ctx, app.log);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    reminders.stop();
    await app.close();
    await worker.stop();
    await jobs.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  console.log(
    `Fora listens on http://${config.host === '127.0.0.1' ? 'localhost' : config.host}:${config.port} (${database.kind})`,
  );
  if (!config.production)
    console.log(
      'Development mode: the X-Fora-Actor header (operator, a person id or an e-mail) acts as sign-in.',
    );
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve': {
      const { values } = parseArgs({
        args: rest,
        options: { 'demo-if-empty': { type: 'boolean', default: false } },
      });
      await serve(values['demo-if-empty'] ?? false);
      return -1; // keep running
    }
    case 'demo':
      return withContext(async (ctx) => {
        const r = await loadDemo(ctx, operator());
        for (const slug of r.loaded) console.log(`loaded ${slug}`);
        for (const slug of r.skipped) console.log(`${slug} already exists; left unchanged`);
        await demoSignIn(ctx, loadConfig().production);
        return 0;
      });
    case 'set-password': {
      const [org, email] = rest;
      if (!org || !email) return usageError();
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      const newPassword = Buffer.concat(chunks)
        .toString('utf8')
        .replace(/\r?\n$/, '');
      return withContext(async (ctx) => {
        await setPasswordByEmail(ctx, operator(), org, email, { newPassword });
        console.log(`Password set for ${email} in ${org}; their sessions have ended.`);
        return 0;
      });
    }
    case 'schedule': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          from: { type: 'string' },
          to: { type: 'string' },
          json: { type: 'boolean', default: false },
        },
      });
      const target = positionals[0];
      if (!target?.includes('/') || !values.from || !values.to) return usageError();
      const [org, forum] = target.split('/') as [string, string];
      return withContext(async (ctx) => {
        await printSchedule(ctx, operator(), {
          org,
          forum,
          from: values.from ?? '',
          to: values.to ?? '',
          json: values.json ?? false,
        });
        return 0;
      });
    }
    case 'render': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          kind: { type: 'string', default: 'agenda' },
          format: { type: 'string', default: 'pdf' },
          audience: { type: 'string', default: 'members' },
          version: { type: 'string' },
          o: { type: 'string' },
        },
      });
      const [target, date] = positionals;
      if (!target?.includes('/') || !date || !values.o) return usageError();
      const [org, forum] = target.split('/') as [string, string];
      return withContext(async (ctx) => {
        console.log(
          await renderCommand(ctx, operator(), {
            org,
            forum,
            date,
            kind: values.kind ?? 'agenda',
            format: values.format ?? 'pdf',
            audience: values.audience ?? 'members',
            version: values.version,
            out: values.o ?? '',
          }),
        );
        return 0;
      });
    }
    case 'export': {
      const { values } = parseArgs({
        args: rest,
        options: { org: { type: 'string' }, forum: { type: 'string' }, o: { type: 'string' } },
      });
      if (!values.o || (values.forum && !values.org)) return usageError();
      const args = { org: values.org, forum: values.forum, out: values.o };
      return withContext(async (ctx) => {
        console.log(await exportCommand(ctx, operator(), args));
        return 0;
      });
    }
    case 'import': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          org: { type: 'string' },
          forum: { type: 'string' },
          'dry-run': { type: 'boolean', default: false },
          json: { type: 'boolean', default: false },
        },
      });
      if (positionals.length === 0) return usageError();
      const args = {
        files: positionals,
        org: values.org,
        forum: values.forum,
        dryRun: values['dry-run'] ?? false,
        json: values.json ?? false,
      };
      const io = { caller: operator(), out: console.log, err: console.error };
      // A dry run opens no database, unless an argument is a Fora archive (checked against the database).
      const archives = await Promise.all(args.files.map((f) => isArchivePath(f)));
      if (args.dryRun && !archives.some(Boolean)) return importCommand(args, { ...io, ctx: null });
      return withContext((ctx) => importCommand(args, { ...io, ctx }));
    }
    case 'audit': {
      const args = parseAuditArgs(rest);
      if (!args) return usageError();
      return withContext((ctx) => auditCommand(ctx, operator(), args, console.log));
    }
    case 'fsck': {
      const args = parseFsckArgs(rest, loadConfig().database.kind);
      if (!args) return usageError();
      return withContext((ctx) => fsckCommand(ctx, operator(), args, console.log));
    }
    case 'backup': {
      const args = parseBackupArgs(rest);
      if (!args) return usageError();
      console.log(await backupCommand(loadConfig(), args.out));
      return 0;
    }
    case 'restore': {
      const args = parseRestoreArgs(rest);
      if (!args) return usageError();
      console.log(await restoreCommand(loadConfig(), args.file, args.force));
      return 0;
    }
    default:
      console.error(USAGE);
      return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err: unknown) => {
    if (err instanceof ForaError) {
      console.error(`fora: ${err.message}`);
      process.exit(err.code === 'locked' ? 3 : 1);
    }
    console.error(err);
    process.exit(1);
  },
);
