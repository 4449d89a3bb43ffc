/** The note queue: notes written offline wait per person, item and target, and go when the network returns. */
import { describe, expect, it } from 'vitest';
import {
  type KeyValueStorage,
  NoteQueue,
  type NoteTarget,
  noteKey,
  type PutResult,
  type QueuedNote,
  type QueueEvent,
} from '../../src/ui/offline/note-queue.ts';

function memory(): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

const MARIE: NoteTarget = { personId: 'p-marie', org: 'albertslund', itemId: 'i1', attachmentId: null };
const ON_ATTACHMENT: NoteTarget = { ...MARIE, attachmentId: 'a1' };
const HENRIK: NoteTarget = { ...MARIE, personId: 'p-henrik' };

/** A server that answers from a script: 'saved' (bumping the version), 'offline', 'conflict' or 'failed'. */
function fakeServer(script: PutResult['kind'][]) {
  const sent: QueuedNote[] = [];
  const put = async (note: QueuedNote): Promise<PutResult> => {
    sent.push(note);
    const kind = script.shift() ?? 'saved';
    if (kind === 'saved')
      return {
        kind,
        note:
          note.body === ''
            ? null
            : { attachmentId: note.attachmentId, body: note.body, version: (note.baseVersion ?? 0) + 1 },
      };
    if (kind === 'failed') return { kind, message: 'refused' };
    return { kind };
  };
  return { sent, put };
}

function setup(script: PutResult['kind'][] = []) {
  const storage = memory();
  const server = fakeServer(script);
  const queue = new NoteQueue(storage, server.put);
  const events: QueueEvent[] = [];
  queue.subscribe((e) => events.push(e));
  return { storage, server, queue, events };
}

describe('note queue', () => {
  it('keys each entry by person, item and target', () => {
    expect(noteKey(MARIE)).toBe('fora.note.v1:p-marie:i1:item');
    expect(noteKey(ON_ATTACHMENT)).toBe('fora.note.v1:p-marie:i1:a1');
    expect(noteKey(HENRIK)).not.toBe(noteKey(MARIE));
  });

  it('sends a note with the version it was based on and removes it once saved', async () => {
    const { queue, server, events, storage } = setup();
    queue.write(MARIE, 'Spørg til garantien.', 3);
    await queue.flush('p-marie');
    expect(server.sent).toMatchObject([{ body: 'Spørg til garantien.', baseVersion: 3, attachmentId: null }]);
    expect(events).toEqual([
      {
        type: 'saved',
        key: noteKey(MARIE),
        body: 'Spørg til garantien.',
        note: { attachmentId: null, body: 'Spørg til garantien.', version: 4 },
        settled: true,
      },
    ]);
    expect(storage.map.size).toBe(0);
  });

  it('keeps a note written offline, with its base version, until the network returns', async () => {
    const { queue, server, events, storage } = setup(['offline']);
    queue.write(MARIE, 'Første udkast', 1);
    await queue.flush('p-marie');
    expect(events).toEqual([{ type: 'offline', key: noteKey(MARIE) }]);
    // Typing on while offline keeps the version the text was based on.
    queue.write(MARIE, 'Andet udkast', 2);
    expect(queue.get(MARIE)).toMatchObject({ body: 'Andet udkast', baseVersion: 1, state: 'pending' });
    // Back online (a new queue over the same storage, as after a reload): it goes.
    const again = new NoteQueue(storage, server.put);
    await again.flush('p-marie');
    expect(server.sent.at(-1)).toMatchObject({ body: 'Andet udkast', baseVersion: 1 });
    expect(again.get(MARIE)).toBeNull();
  });

  it("sends only the flushing person's notes", async () => {
    const { queue, server } = setup();
    queue.write(MARIE, 'Marie', null);
    queue.write(HENRIK, 'Henrik', null);
    await queue.flush('p-henrik');
    expect(server.sent.map((n) => n.body)).toEqual(['Henrik']);
    expect(queue.list('p-marie')).toHaveLength(1);
    expect(queue.list('p-henrik')).toEqual([]);
  });

  it('lists the waiting notes of one item', () => {
    const { queue } = setup();
    queue.write(MARIE, 'a', null);
    queue.write(ON_ATTACHMENT, 'b', null);
    queue.write({ ...MARIE, itemId: 'i2' }, 'c', null);
    expect(queue.list('p-marie', 'i1').map((n) => n.body)).toEqual(['a', 'b']);
    expect(queue.list('p-marie')).toHaveLength(3);
  });

  it('stops at the first network failure and leaves the rest waiting', async () => {
    const { queue, server } = setup(['offline']);
    queue.write(MARIE, 'a', null);
    queue.write(ON_ATTACHMENT, 'b', null);
    await queue.flush('p-marie');
    expect(server.sent).toHaveLength(1);
    expect(queue.list('p-marie')).toHaveLength(2);
  });

  it('marks a conflict, keeps the text, and does not send it again until resolved', async () => {
    const { queue, server, events } = setup(['conflict']);
    queue.write(MARIE, 'Min tekst', 1);
    await queue.flush('p-marie');
    expect(events).toEqual([{ type: 'conflict', key: noteKey(MARIE) }]);
    expect(queue.get(MARIE)).toMatchObject({ body: 'Min tekst', state: 'conflict' });
    // Typing on keeps it in conflict; a flush leaves it alone.
    queue.write(MARIE, 'Min tekst, rettet', 1);
    await queue.flush('p-marie');
    expect(server.sent).toHaveLength(1);
    // The writer keeps their text over the other device's version 5.
    queue.write(MARIE, 'Min tekst, rettet', 5, true);
    await queue.flush('p-marie');
    expect(server.sent.at(-1)).toMatchObject({ body: 'Min tekst, rettet', baseVersion: 5 });
    expect(queue.get(MARIE)).toBeNull();
  });

  it('marks a refused note as failed; writing it again retries it', async () => {
    const { queue, events } = setup(['failed']);
    queue.write(MARIE, 'x', null);
    await queue.flush('p-marie');
    expect(events).toEqual([{ type: 'failed', key: noteKey(MARIE), message: 'refused' }]);
    expect(queue.get(MARIE)?.state).toBe('failed');
    queue.write(MARIE, 'x', null);
    expect(queue.get(MARIE)?.state).toBe('pending');
  });

  it('sends a change made while the previous one was on its way, based on the version just saved', async () => {
    const storage = memory();
    const sent: QueuedNote[] = [];
    let queue: NoteQueue;
    let first = true;
    const put = async (note: QueuedNote): Promise<PutResult> => {
      sent.push(note);
      if (first) {
        first = false;
        queue.write(MARIE, 'typed meanwhile', note.baseVersion);
      }
      return {
        kind: 'saved',
        note: { attachmentId: null, body: note.body, version: (note.baseVersion ?? 0) + 1 },
      };
    };
    queue = new NoteQueue(storage, put);
    const events: QueueEvent[] = [];
    queue.subscribe((e) => events.push(e));
    queue.write(MARIE, 'first', null);
    await queue.flush('p-marie');
    expect(sent.map((n) => [n.body, n.baseVersion])).toEqual([
      ['first', null],
      ['typed meanwhile', 1],
    ]);
    expect(events.map((e) => e.type === 'saved' && e.settled)).toEqual([false, true]);
    expect(queue.get(MARIE)).toBeNull();
  });

  it('runs one flush at a time; a flush asked for meanwhile runs after it', async () => {
    const storage = memory();
    const sent: string[] = [];
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const queue = new NoteQueue(storage, async (note) => {
      sent.push(note.body);
      await gate;
      return { kind: 'saved', note: { attachmentId: null, body: note.body, version: 1 } };
    });
    queue.write(MARIE, 'a', null);
    const one = queue.flush('p-marie');
    queue.write(ON_ATTACHMENT, 'b', null);
    const two = queue.flush('p-marie');
    release();
    await Promise.all([one, two]);
    expect(sent).toEqual(['a', 'b']);
  });

  it('ignores an unreadable entry', () => {
    const { queue, storage } = setup();
    storage.setItem(noteKey(MARIE), '{not json');
    expect(queue.get(MARIE)).toBeNull();
    expect(queue.list('p-marie')).toEqual([]);
  });
});
