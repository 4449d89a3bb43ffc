/**
 * Crash safety: `fora serve` is killed with SIGKILL ten times while eight writers make
 * acknowledged writes over HTTP (items with text, attachments, private notes), and restarted on
 * the same data each time. Afterwards every acknowledged write is there with its content, no
 * attachment row lacks its file, and what unacknowledged uploads left behind is exactly what
 * `fora fsck` reports as orphans and `fora fsck --repair` removes. On PGlite and PostgreSQL.
 *
 * The kill comes after the N-th acknowledgement of the round (N varies), never after a sleep.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fora, freshPgDatabase, killAll, type Place, type Server, startServer } from '../support/process.ts';

const ROUNDS = 10;
const WRITERS = 8;
const ORG = 'krak';
const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

interface Acked {
  items: { id: string; person: string; title: string; text: string }[];
  attachments: { id: string; item: string; person: string; sha256: string }[];
  notes: { item: string; person: string; body: string }[];
}

const started: Server[] = [];
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  await killAll(started);
  for (const c of cleanups.reverse()) await c();
});

const call = async (server: Server, actor: string, method: string, url: string, body?: unknown) => {
  const res = await fetch(`${server.url}${url}`, {
    method,
    headers: {
      'x-fora-actor': actor,
      ...(body !== undefined && { 'content-type': 'application/json' }),
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> & { id: string } };
};

/** An organisation, a forum and one member per writer. */
async function setUp(server: Server): Promise<string[]> {
  expect(
    (await call(server, 'operator', 'POST', '/api/orgs', { slug: ORG, name: 'Krak Kommune' })).status,
  ).toBe(201);
  const forum = await call(server, 'operator', 'POST', `/api/orgs/${ORG}/forums`, {
    shortName: 'KR',
    name: 'Krak',
  });
  expect(forum.status).toBe(201);
  const people: string[] = [];
  for (let w = 0; w < WRITERS; w++) {
    const p = await call(server, 'operator', 'POST', `/api/orgs/${ORG}/people`, {
      name: `Skriver ${w}`,
      email: `skriver${w}@krak.dk`,
    });
    expect(p.status).toBe(201);
    const m = await call(server, 'operator', 'POST', `/api/orgs/${ORG}/forums/KR/memberships`, {
      personId: p.json.id,
      role: 'member',
      startDate: '2020-01-01',
    });
    expect(m.status, JSON.stringify(m.json)).toBe(201);
    people.push(p.json.id);
  }
  return people;
}

/**
 * One round: eight writers write until the server dies; the `killAt`-th acknowledgement kills it.
 * A write counts as acknowledged only when its 2xx answer arrived.
 */
async function round(
  server: Server,
  people: string[],
  acked: Acked,
  killAt: number,
  hangingUpload?: { filesDir: string },
): Promise<void> {
  let acks = 0;
  let dead = false;
  const ack = () => {
    acks++;
    if (acks === killAt) {
      dead = true;
      process.kill(server.pid, 'SIGKILL');
    }
  };
  const writer = async (w: number) => {
    const person = people[w] as string;
    try {
      while (!dead) {
        const tag = randomBytes(6).toString('hex');
        const title = `Punkt ${w}-${tag}`;
        const text = `Indstilling ${tag}: æøå ${'tekst '.repeat(20).trim()}`;
        const item = await call(server, person, 'POST', `/api/orgs/${ORG}/forums/KR/items`, {
          type: 'information',
          title,
          recommendations: [text],
        });
        if (item.status !== 201) throw new Error(`item ${item.status}: ${JSON.stringify(item.json)}`);
        acked.items.push({ id: item.json.id, person, title, text });
        ack();
        const content = Buffer.from(`Bilag ${tag}\n${'linje med indhold '.repeat(4000)}`);
        const res = await fetch(
          `${server.url}/api/orgs/${ORG}/items/${item.json.id}/attachments?name=bilag-${tag}.txt`,
          {
            method: 'POST',
            headers: { 'x-fora-actor': person, 'content-type': 'application/octet-stream' },
            body: content,
          },
        );
        const a = (await res.json()) as { id: string };
        if (res.status !== 201) throw new Error(`attachment ${res.status}: ${JSON.stringify(a)}`);
        acked.attachments.push({ id: a.id, item: item.json.id, person, sha256: sha256(content) });
        ack();
        const body = `Note ${tag}`;
        const note = await call(server, person, 'PUT', `/api/orgs/${ORG}/items/${item.json.id}/notes`, {
          body,
          version: null,
        });
        if (note.status !== 200) throw new Error(`note ${note.status}: ${JSON.stringify(note.json)}`);
        acked.notes.push({ item: item.json.id, person, body });
        ack();
      }
    } catch (err) {
      if (!dead) throw err; // a failure while the server lives is a finding; after the kill, expected
    }
  };
  // The hanging upload runs alone, so the temporary file it waits for is its own.
  const writers = hangingUpload
    ? [
        hang(server, people[0] as string, hangingUpload.filesDir, acked, () => {
          dead = true;
          process.kill(server.pid, 'SIGKILL');
        }),
      ]
    : people.map((_, w) => writer(w));
  await Promise.all(writers);
  expect(await server.exited).toEqual({ code: null, signal: 'SIGKILL' });
}

/**
 * An upload whose body stops after its first chunk until the server has opened the upload's
 * temporary file (seen by a watch on files/tmp); then the server is killed. So at least one
 * unfinished upload is certain, without guessing at timing.
 */
async function hang(server: Server, person: string, filesDir: string, acked: Acked, kill: () => void) {
  const tmp = path.join(filesDir, 'tmp');
  const before = new Set(fs.readdirSync(tmp));
  const item = await call(server, person, 'POST', `/api/orgs/${ORG}/forums/KR/items`, {
    type: 'information',
    title: 'Punkt med afbrudt bilag',
    recommendations: ['Bilaget når aldrig frem'],
  });
  expect(item.status).toBe(201);
  acked.items.push({
    id: item.json.id,
    person,
    title: 'Punkt med afbrudt bilag',
    text: 'Bilaget når aldrig frem',
  });
  const opened = new Promise<void>((resolve) => {
    const watcher = fs.watch(tmp, (_event, name) => {
      if (name?.endsWith('.part') && !before.has(name)) {
        watcher.close();
        resolve();
      }
    });
  });
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(Buffer.from('Et bilag der aldrig bliver færdigt\n'));
      await opened;
      kill();
      controller.close();
    },
  });
  await fetch(`${server.url}/api/orgs/${ORG}/items/${item.json.id}/attachments?name=afbrudt.txt`, {
    method: 'POST',
    headers: { 'x-fora-actor': person, 'content-type': 'application/octet-stream' },
    body,
    duplex: 'half',
  } as RequestInit).then(
    () => expect.unreachable('the upload was answered although the server was killed'),
    () => undefined,
  );
}

/** Every acknowledged write, read back through the API of a fresh server. */
async function verify(server: Server, acked: Acked): Promise<void> {
  for (const i of acked.items) {
    const r = await call(server, i.person, 'GET', `/api/orgs/${ORG}/items/${i.id}`);
    expect(r.status, `item ${i.title}`).toBe(200);
    expect([r.json.title, r.json.recommendations]).toEqual([i.title, [i.text]]);
  }
  for (const a of acked.attachments) {
    const res = await fetch(`${server.url}/api/orgs/${ORG}/items/${a.item}/attachments/${a.id}/content`, {
      headers: { 'x-fora-actor': a.person },
    });
    expect(res.status, `attachment ${a.id}`).toBe(200);
    expect(sha256(Buffer.from(await res.arrayBuffer()))).toBe(a.sha256);
  }
  for (const n of acked.notes) {
    const r = await call(server, n.person, 'GET', `/api/orgs/${ORG}/items/${n.item}/notes`);
    expect(r.status).toBe(200);
    expect((r.json.items as { body: string }[]).map((x) => x.body)).toContain(n.body);
  }
}

/** Stored files (keys) and temporary files in the files directory. */
function filesOnDisk(filesDir: string): { stored: string[]; temps: string[] } {
  const stored: string[] = [];
  for (const sub of fs.readdirSync(filesDir)) {
    if (sub === 'tmp') continue;
    stored.push(...fs.readdirSync(path.join(filesDir, sub)));
  }
  return { stored: stored.sort(), temps: fs.readdirSync(path.join(filesDir, 'tmp')).sort() };
}

describe.each(['pglite', 'postgres'] as const)('crash safety on %s', (engine) => {
  it('keeps every acknowledged write through ten SIGKILLs, and fsck finds and removes what unacknowledged uploads left', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `fora-crash-${engine}-`));
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const place: Place = { dataDir };
    if (engine === 'postgres') {
      const db = await freshPgDatabase('crash');
      cleanups.push(db.drop);
      place.databaseUrl = db.url;
    }
    const acked: Acked = { items: [], attachments: [], notes: [] };
    let server = await startServer(place, started);
    const people = await setUp(server);
    for (let r = 0; r < ROUNDS; r++) {
      // 1, 8, 15, ... acknowledgements: the kill lands early and late in a round, mid-upload or not.
      await round(server, people, acked, 1 + ((r * 7) % 40));
      server = await startServer(place, started);
    }
    // At least 141 acknowledgements in the nine counted rounds (1 + 8 + 15 + … + 17), of all kinds.
    expect([acked.items, acked.attachments, acked.notes].map((a) => a.length > ROUNDS)).toEqual([
      true,
      true,
      true,
    ]);
    await verify(server, acked);

    process.kill(server.pid, 'SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    const filesDir = path.join(dataDir, 'files');
    const before = filesOnDisk(filesDir);
    const grace = engine === 'postgres' ? ['--grace', '0'] : []; // the server is stopped
    const check = await fora(place, 'fsck', ...grace);
    expect(check.stdout).not.toContain('MISSING');
    const orphans = [...check.stdout.matchAll(/^orphan (tmp\/)?(\S+)/gm)].map((m) => m[2] as string);
    const expectedOrphans = [
      ...before.temps,
      // stored files no acknowledged-or-not row refers to: whatever is on disk that fsck did not count as ok
      ...before.stored.filter((k) => orphans.includes(k)),
    ].sort();
    expect(orphans.sort()).toEqual(expectedOrphans);
    expect(check.stdout).toContain(
      `files with their row: ${before.stored.length - (orphans.length - before.temps.length)}`,
    );
    expect(check.status).toBe(orphans.length === 0 ? 0 : 1);

    const repair = await fora(place, 'fsck', '--repair', ...grace);
    expect(repair.status, repair.stdout + repair.stderr).toBe(0);
    const after = filesOnDisk(filesDir);
    expect(after.temps).toEqual([]);
    expect(after.stored).toEqual(before.stored.filter((k) => !orphans.includes(k)));
    expect(after.stored.length).toBeGreaterThanOrEqual(acked.attachments.length);
    const again = await fora(place, 'fsck', ...grace);
    expect([again.status, again.stdout]).toEqual([0, expect.stringContaining('fsck: no problems')]);

    // The repaired installation still serves every acknowledged write.
    server = await startServer(place, started);
    await verify(server, acked);
    process.kill(server.pid, 'SIGTERM');
    await server.exited;
  }, 300_000); // about a minute on an idle machine, generous for a loaded one
});
