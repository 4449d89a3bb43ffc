/**
 * Real Fora processes for tests/process: `fora serve` on a free port of 127.0.0.1 (not production,
 * so the X-Fora-Actor header signs in), and one-shot CLI commands. Processes are ended by PID only.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { adminUrl } from './engine.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const START_TIMEOUT_MS = 60_000;

/** Where a process keeps its data: a PGlite data directory, or PostgreSQL plus a files directory. */
export interface Place {
  dataDir: string;
  databaseUrl?: string;
}

export const envFor = (place: Place, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: place.dataDir, ...extra };
  delete env.NODE_ENV;
  delete env.FILES_DIR;
  if (place.databaseUrl) env.DATABASE_URL = place.databaseUrl;
  else delete env.DATABASE_URL;
  return env;
};

export interface Server {
  child: ChildProcessWithoutNullStreams;
  pid: number;
  url: string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** A port that is free now: listen on port 0, read it, close. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts `fora serve` and resolves once it says it listens (after `app.listen`), then checks its health. */
/**
 * Waits for a started `fora serve` to print "Fora listens on" (`listening`), then checks its health;
 * fails if it exits first or the start timeout passes.
 */
export async function untilListening(
  listening: Promise<void>,
  server: { url: string; stderr: () => string; exited: Promise<unknown> },
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    listening.then(() => 'listening' as const),
    server.exited.then(() => 'exited' as const),
    new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), START_TIMEOUT_MS);
    }),
  ]);
  clearTimeout(timer);
  if (outcome === 'exited') throw new Error(`fora serve exited early: ${server.stderr()}`);
  if (outcome === 'timeout')
    throw new Error(`fora serve not ready within ${START_TIMEOUT_MS} ms: ${server.stderr()}`);
  const res = await fetch(`${server.url}/api/health`);
  if (res.status !== 200) throw new Error(`fora serve answers health with ${res.status}: ${server.stderr()}`);
}

export async function startServer(place: Place, started: Server[]): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve'], {
    cwd: ROOT,
    env: envFor(place, { PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' }),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let err = '';
  let out = '';
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
  if (child.pid === undefined) throw new Error('fora serve did not start');
  const server: Server = {
    child,
    pid: child.pid,
    url: `http://127.0.0.1:${port}`,
    stderr: () => err,
    exited,
  };
  started.push(server);
  await untilListening(listening, server);
  return server;
}

/** Ends the servers still running, by their PID. */
export async function killAll(started: Server[]): Promise<void> {
  for (const s of started) {
    if (s.child.exitCode === null && s.child.signalCode === null) {
      process.kill(s.pid, 'SIGKILL');
      await s.exited;
    }
  }
}

/** Runs the CLI without blocking the test worker. */
export const fora = (
  place: Place,
  ...args: string[]
): Promise<{ status: number | null; stdout: string; stderr: string }> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
      cwd: ROOT,
      env: envFor(place),
      timeout: 120_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });

/** A fresh, empty PostgreSQL database on the test server; `drop` removes it. */
export async function freshPgDatabase(label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `fora_${label}_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: adminUrl() });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
