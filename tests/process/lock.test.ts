/**
 * Real processes on one PGlite data directory: the first `fora serve` takes the lock, a second
 * refuses to start (exit code 3, a clear message), SIGTERM and SIGINT shut down cleanly (exit 0,
 * lock file removed), and the next start has the data. A lock left by a dead process is taken over.
 * PGlite only: PostgreSQL has its own locking, so this file always runs the embedded database.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, START_TIMEOUT_MS, untilListening } from '../support/process.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Server {
  child: ChildProcessWithoutNullStreams;
  port: number;
  url: string;
  stdout: () => string;
  stderr: () => string;
  /** Resolves when the server prints that it listens. */
  listening: Promise<void>;
  /** Resolves with the exit code (or the signal) when the process ends. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

interface OrgList {
  items: { slug: string; name: string }[];
}

const started: Server[] = [];
let dataDir: string;
let lockFile: string;

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fora-lock-'));
  lockFile = path.join(dataDir, 'fora.lock');
});

afterAll(async () => {
  // Only the processes this file started, by their PID.
  for (const s of started) {
    if (s.child.exitCode === null && s.child.signalCode === null && s.child.pid !== undefined) {
      process.kill(s.child.pid, 'SIGKILL');
      await s.exited;
    }
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function start(): Promise<Server> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' };
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve'], {
    cwd: ROOT,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const listening = new Promise<void>((resolve) => {
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (out.includes('Fora listens on')) resolve();
    });
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    err += d;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const server: Server = {
    child,
    port,
    url: `http://127.0.0.1:${port}`,
    stdout: () => out,
    stderr: () => err,
    listening,
    exited,
  };
  started.push(server);
  return server;
}

/** Waits for the server's own "Fora listens on" line; fails if the process exits or the deadline passes. */
const ready = (server: Server): Promise<void> => untilListening(server.listening, server);

const api = (server: Server, method: string, url: string, body?: unknown) =>
  fetch(`${server.url}${url}`, {
    method,
    headers: {
      'x-fora-actor': 'operator',
      ...(body !== undefined && { 'content-type': 'application/json' }),
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });

async function stop(server: Server, signal: 'SIGTERM' | 'SIGINT'): Promise<void> {
  if (server.child.pid === undefined) throw new Error('no pid');
  process.kill(server.child.pid, signal);
  const exit = await server.exited;
  expect(exit, server.stderr()).toEqual({ code: 0, signal: null });
}

describe('one data directory, one process', () => {
  it(
    'locks the data directory, refuses a second process, shuts down cleanly and keeps the data',
    async () => {
      const first = await start();
      await ready(first);
      expect(fs.readFileSync(lockFile, 'utf8')).toBe(String(first.child.pid));
      const health = await (await fetch(`${first.url}/api/health`)).json();
      expect(health).toMatchObject({ status: 'ok', database: 'pglite' });

      const created = await api(first, 'POST', '/api/orgs', { slug: 'laasetest', name: 'Låsetest Kommune' });
      expect(created.status).toBe(201);

      // A second process on the same directory refuses to start, saying why.
      const second = await start();
      const refused = await second.exited;
      expect(refused, second.stderr()).toEqual({ code: 3, signal: null });
      expect(second.stderr()).toMatch(/data directory is in use/i);
      expect(second.stderr()).toContain(String(first.child.pid));
      expect(second.stderr()).toContain(lockFile);
      // ... and leaves the first one's lock and service alone.
      expect(fs.readFileSync(lockFile, 'utf8')).toBe(String(first.child.pid));
      expect((await fetch(`${first.url}/api/health`)).status).toBe(200);

      await stop(first, 'SIGTERM');
      expect(fs.existsSync(lockFile)).toBe(false);

      const third = await start();
      await ready(third);
      const orgs = (await (await api(third, 'GET', '/api/orgs')).json()) as OrgList;
      expect(orgs.items.map((o) => [o.slug, o.name])).toEqual([['laasetest', 'Låsetest Kommune']]);
      await stop(third, 'SIGINT');
      expect(fs.existsSync(lockFile)).toBe(false);
    },
    4 * START_TIMEOUT_MS,
  );

  it(
    'takes over a lock left by a process that is gone',
    async () => {
      // A PID that existed and has ended: a finished child of ours.
      const gone = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
      const pid = gone.pid;
      await new Promise((r) => gone.once('exit', r));
      fs.writeFileSync(lockFile, String(pid));

      const server = await start();
      await ready(server);
      expect(fs.readFileSync(lockFile, 'utf8')).toBe(String(server.child.pid));
      const orgs = (await (await api(server, 'GET', '/api/orgs')).json()) as OrgList;
      expect(orgs.items.map((o) => o.slug)).toEqual(['laasetest']);
      await stop(server, 'SIGTERM');
      expect(fs.existsSync(lockFile)).toBe(false);
    },
    2 * START_TIMEOUT_MS,
  );
});
