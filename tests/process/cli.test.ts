/** The command line, run as a real process on a PGlite data directory. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let dataDir: string;
const fora = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    encoding: 'utf8',
    timeout: 120_000,
  });

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fora-cli-'));
  const demo = fora('demo');
  expect(demo.stderr).toBe('');
  expect(demo.stdout).toContain('loaded albertslund');
  expect(demo.status).toBe(0);
}, 120_000);
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('fora schedule', () => {
  it('prints the Chefforum meetings of spring 2025 as JSON with leader and every deadline', () => {
    const r = fora('schedule', 'albertslund/CF', '--from', '2025-04-20', '--to', '2025-05-10', '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        forum: 'CF',
        start: '2025-04-23T09:00:00+02:00',
        end: '2025-04-23T12:00:00+02:00',
        leader: 'Henrik Harder',
        cancelled: false,
        deadlines: {
          // Thursday 17 April is Skærtorsdag and Friday 18 April Langfredag: both move to Wednesday.
          submission: '2025-04-16T12:00:00+02:00',
          approval: null,
          publication: '2025-04-16T16:00:00+02:00',
          minutes: '2025-04-25T16:00:00+02:00',
        },
      },
      {
        forum: 'CF',
        start: '2025-05-07T09:00:00+02:00',
        end: '2025-05-07T12:00:00+02:00',
        leader: 'Henrik Harder',
        cancelled: false,
        deadlines: {
          submission: '2025-05-01T12:00:00+02:00',
          approval: null,
          publication: '2025-05-02T16:00:00+02:00',
          minutes: '2025-05-09T16:00:00+02:00',
        },
      },
    ]);
  });

  it('prints a readable table without --json', () => {
    const r = fora('schedule', 'ishoej/KONCERNLEDELSE', '--from', '2025-03-01', '--to', '2025-03-31');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toContain('Mødeleder');
    expect(r.stdout).toMatch(/2025-03-\d\d 09:00/);
  });

  it('says what is wrong with an unknown forum or missing dates', () => {
    const unknown = fora('schedule', 'albertslund/NOPE', '--from', '2025-01-01', '--to', '2025-02-01');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('Forum not found');
    const missing = fora('schedule', 'albertslund/CF');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Usage');
  });

  it('leaves existing organisations alone when the demo is loaded again', () => {
    const again = fora('demo');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('albertslund already exists');
  });
});
