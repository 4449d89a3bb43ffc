/**
 * Notes waiting to be saved: every change to a private note is first written here (localStorage,
 * one entry per person + item + target, with the version the text was based on), then sent. An
 * entry stays until the server has it, so a note written offline survives a reload and is sent when
 * the network returns. Pure apart from the storage and the `put` it is given (tests/ui).
 */

/** The subset of the Web Storage API the queue uses (localStorage in the browser). */
export interface KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface NoteTarget {
  personId: string;
  org: string;
  itemId: string;
  /** Null for the note on the item itself. */
  attachmentId: string | null;
}

export interface QueuedNote extends NoteTarget {
  body: string;
  /** The note's version the text was based on; null when there was no note. */
  baseVersion: number | null;
  /** Bumped on every change, so a save that raced a newer change does not remove it. */
  rev: number;
  /** 'pending' waits to be sent; 'conflict': the note was changed elsewhere; 'failed': refused. */
  state: 'pending' | 'conflict' | 'failed';
}

export interface SavedNote {
  attachmentId: string | null;
  body: string;
  version: number;
}

/** What sending one note came to. */
export type PutResult =
  | { kind: 'saved'; note: SavedNote | null }
  | { kind: 'offline' }
  | { kind: 'conflict' }
  | { kind: 'failed'; message: string };

export type QueueEvent =
  | { type: 'saved'; key: string; body: string; note: SavedNote | null; settled: boolean }
  | { type: 'offline'; key: string }
  | { type: 'conflict'; key: string }
  | { type: 'failed'; key: string; message: string };

const PREFIX = 'fora.note.v1:';

/** The storage key of a target: per person, item and target (the item itself or one attachment). */
export const noteKey = (t: NoteTarget): string =>
  `${PREFIX}${t.personId}:${t.itemId}:${t.attachmentId ?? 'item'}`;

export class NoteQueue {
  private listeners = new Set<(event: QueueEvent) => void>();
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly storage: KeyValueStorage,
    private readonly put: (note: QueuedNote) => Promise<PutResult>,
  ) {}

  get(target: NoteTarget): QueuedNote | null {
    return this.read(noteKey(target));
  }

  /** The person's waiting notes (all of them, or on one item). */
  list(personId: string, itemId?: string): QueuedNote[] {
    const prefix = `${PREFIX}${personId}:${itemId === undefined ? '' : `${itemId}:`}`;
    const out: QueuedNote[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const key = this.storage.key(i);
      if (!key?.startsWith(prefix)) continue;
      const entry = this.read(key);
      if (entry) out.push(entry);
    }
    return out;
  }

  /**
   * Queues the text of a note. A waiting entry keeps the version it was based on (the text typed
   * offline was based on it), unless `baseVersion` is given to resolve a conflict.
   */
  write(target: NoteTarget, body: string, baseVersion: number | null, resolve = false): QueuedNote {
    const key = noteKey(target);
    const current = this.read(key);
    const entry: QueuedNote = {
      personId: target.personId,
      org: target.org,
      itemId: target.itemId,
      attachmentId: target.attachmentId,
      body,
      baseVersion: current && !resolve ? current.baseVersion : baseVersion,
      rev: (current?.rev ?? 0) + 1,
      state: current && !resolve && current.state === 'conflict' ? 'conflict' : 'pending',
    };
    this.storage.setItem(key, JSON.stringify(entry));
    return entry;
  }

  /** Forgets a waiting note (the writer chose the other device's text). */
  discard(target: NoteTarget): void {
    this.storage.removeItem(noteKey(target));
  }

  subscribe(listener: (event: QueueEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Sends the person's pending notes one at a time. One flush runs at a time; a flush asked for
   * meanwhile runs once more after it. Stops at the first network failure (the rest stay queued).
   */
  flush(personId: string): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.flushOnce(personId);
        } while (this.again);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  private async flushOnce(personId: string): Promise<void> {
    for (const entry of this.list(personId)) {
      if (entry.state !== 'pending') continue;
      const key = noteKey(entry);
      const result = await this.put(entry);
      const now = this.read(key);
      if (result.kind === 'offline') {
        this.emit({ type: 'offline', key });
        return;
      }
      if (result.kind === 'saved') {
        const settled = !now || now.rev === entry.rev;
        if (settled) this.storage.removeItem(key);
        else if (now) {
          // Changed while it was sent: the newer text goes next, based on the version just saved.
          this.storage.setItem(key, JSON.stringify({ ...now, baseVersion: result.note?.version ?? null }));
          this.again = true;
        }
        this.emit({ type: 'saved', key, body: entry.body, note: result.note, settled });
        continue;
      }
      if (now) this.storage.setItem(key, JSON.stringify({ ...now, state: result.kind }));
      this.emit(
        result.kind === 'conflict'
          ? { type: 'conflict', key }
          : { type: 'failed', key, message: result.message },
      );
    }
  }

  private emit(event: QueueEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  private read(key: string): QueuedNote | null {
    const raw = this.storage.getItem(key);
    if (!raw) return null;
    try {
      return JSON.parse(raw) as QueuedNote;
    } catch {
      return null;
    }
  }
}
