/**
 * Helpers for the start-up benchmark: free ports, spawning the CLI, waiting for health, reading RSS,
 * stopping by PID, and throwaway PostgreSQL databases. Nothing here imports the application.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'src', 'cli.ts');

/** Where the database lives for one run: a PGlite data directory or a PostgreSQL URL. */
export type Target = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };

/** A port nobody listens on right now: listen on port 0, note the port, close. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no port'))));
    });
  });
}

/** The environment for a CLI child: the target's database variable set, the other one removed. */
function envFor(target: Target, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env.DATABASE_URL;
  delete env.DATA_DIR;
  delete env.NODE_ENV; // the calendar requests use the development actor header
  if (target.kind === 'pglite') env.DATA_DIR = target.dataDir;
  else env.DATABASE_URL = target.url;
  return env;
}

/** Keeps the last few kilobytes of a child's output, for the error message if it fails. */
function tail(child: ChildProcess): () => string {
  let out = '';
  const keep = (chunk: Buffer) => {
    out = (out + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => out;
}

const exited = (child: ChildProcess): Promise<number | null> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

/** Runs `fora <args>` to completion; throws with its output if it fails. */
export async function runCli(target: Target, args: string[]): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    env: envFor(target),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = tail(child);
  const code = await exited(child);
  if (code !== 0) throw new Error(`fora ${args.join(' ')} exited with ${code}:\n${output()}`);
}

export interface Server {
  pid: number;
  base: string;
  /** Milliseconds from spawn to the first HTTP 200 on /api/health. */
  startMs: number;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

/** Kills every server still running (by its PID); for an interrupted benchmark. */
export function killAll(): void {
  for (const child of running) {
    if (child.pid && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Spawns `fora serve` and polls /api/health every 20 ms until it answers 200. The clock starts
 * just before the spawn, so the time includes Node start-up, tsx, opening and migrating the database.
 */
export async function startServer(target: Target, timeoutMs = 120_000): Promise<Server> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve'], {
    cwd: ROOT,
    env: envFor(target, { PORT: String(port), HOST: '127.0.0.1' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const output = tail(child);
  const pid = child.pid;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && pid) {
      process.kill(pid, 'SIGTERM');
      const code = await Promise.race([exited(child), sleep(15_000).then(() => 'timeout' as const)]);
      if (code === 'timeout') {
        process.kill(pid, 'SIGKILL');
        await exited(child);
        running.delete(child);
        throw new Error(`server ${pid} did not exit within 15 s of SIGTERM`);
      }
      if (code !== 0) console.warn(`warning: server ${pid} exited with ${code} after SIGTERM`);
    }
    running.delete(child);
  };
  if (!pid) throw new Error('spawn failed');
  while (performance.now() - t0 < timeoutMs) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`server exited early (${child.exitCode ?? child.signalCode}):\n${output()}`);
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return { pid, base, startMs: performance.now() - t0, stop };
    await sleep(20);
  }
  await stop().catch(() => undefined);
  throw new Error(`no 200 from ${base}/api/health within ${timeoutMs} ms:\n${output()}`);
}

/** Resident set size of a process in MB, from /proc/<pid>/status (Linux). */
export function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
  if (!kb) throw new Error(`no VmRSS for PID ${pid}`);
  return Number(kb) / 1024;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? Number.NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

/** Creates and drops throwaway databases on one PostgreSQL server. */
export class PgServer {
  private readonly created = new Set<string>();
  private constructor(
    private readonly admin: pg.Client,
    private readonly adminUrl: string,
  ) {}

  /** Connects, or returns null with the reason when the server is unreachable. */
  static async connect(url: string): Promise<PgServer | string> {
    const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
    try {
      await admin.connect();
      return new PgServer(admin, url);
    } catch (err) {
      await admin.end().catch(() => undefined);
      return (err as Error).message;
    }
  }

  /** A fresh, empty database `name` (letters, digits and _ only); returns its URL. */
  async create(name: string): Promise<string> {
    if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad database name ${name}`);
    await this.admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await this.admin.query(`CREATE DATABASE ${name}`);
    this.created.add(name);
    const url = new URL(this.adminUrl);
    url.pathname = `/${name}`;
    return url.toString();
  }

  async drop(name: string): Promise<void> {
    await this.admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    this.created.delete(name);
  }

  /** Drops whatever is left and disconnects. */
  async close(): Promise<void> {
    for (const name of [...this.created]) await this.drop(name).catch(() => undefined);
    await this.admin.end();
  }
}
