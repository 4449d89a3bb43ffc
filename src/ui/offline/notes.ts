/**
 * The browser's note queue (localStorage) and the note API (GET/PUT /api/orgs/:org/items/:item/notes),
 * and the sync that sends waiting notes at app start and when the network returns.
 */
import type { listMyNotes as listMyNotesUseCase } from '../../app/list-my-notes.ts';
import { ApiError, api, apiPath, setCsrfToken } from '../api.ts';
import type { Paged, Session, SessionPerson } from '../types.ts';
import { type KeyValueStorage, NoteQueue, type PutResult, type QueuedNote } from './note-queue.ts';
import { isNetworkError, setServedFromCache } from './status.ts';

export type Note = Awaited<ReturnType<typeof listMyNotesUseCase>>[number];

export const listMyNotes = async (org: string, itemId: string): Promise<Note[]> =>
  (await api.get<Paged<Note>>(apiPath`/api/orgs/${org}/items/${itemId}/notes`)).items;

async function putNote(entry: QueuedNote): Promise<PutResult> {
  try {
    const { note } = await api.put<{ note: Note | null }>(
      apiPath`/api/orgs/${entry.org}/items/${entry.itemId}/notes`,
      { attachmentId: entry.attachmentId, body: entry.body, version: entry.baseVersion },
    );
    setServedFromCache(false);
    // Read the notes again, so the service worker's copy for reading offline has this one.
    listMyNotes(entry.org, entry.itemId).catch(() => {});
    return { kind: 'saved', note };
  } catch (error) {
    if (isNetworkError(error)) {
      setServedFromCache(true);
      return { kind: 'offline' };
    }
    if (error instanceof ApiError && error.status === 409) return { kind: 'conflict' };
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

/** Without localStorage (private mode in some browsers) the queue lasts for the page. */
function memoryStorage(): KeyValueStorage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

function browserStorage(): KeyValueStorage {
  try {
    const s = window.localStorage;
    s.getItem('fora.probe');
    return s;
  } catch {
    return memoryStorage();
  }
}

export const noteQueue = new NoteQueue(
  typeof window === 'undefined' ? memoryStorage() : browserStorage(),
  putNote,
);

/**
 * The signed-in person, asked once for all the note panels on a page: the answer is shared while at
 * least one panel is mounted, and asked again after (sign-out and another person's sign-in unmount
 * every panel).
 */
let sessionPromise: Promise<SessionPerson> | null = null;
let holders = 0;

export function holdSessionPerson(): { person: Promise<SessionPerson>; release: () => void } {
  holders++;
  if (!sessionPromise) sessionPromise = api.get<Session>('/api/session').then((s) => s.person);
  const person = sessionPromise;
  let released = false;
  return {
    person,
    release: () => {
      if (released) return;
      released = true;
      holders--;
      if (holders === 0) sessionPromise = null;
    },
  };
}

/**
 * While the browser says it is online but a note could not be sent (the network is not quite back,
 * or the server is unreachable), the queue is tried again after a while: 2, 4, 8 … up to 60 seconds.
 */
let retryDelay = 2_000;
let retryTimer: ReturnType<typeof setTimeout> | null = null;

function retryLater(): void {
  if (retryTimer || typeof window === 'undefined' || !navigator.onLine) return;
  retryTimer = setTimeout(() => {
    retryTimer = null;
    void syncNotes();
  }, retryDelay);
  retryDelay = Math.min(retryDelay * 2, 60_000);
}

noteQueue.subscribe((event) => {
  if (event.type === 'offline') retryLater();
  if (event.type === 'saved') retryDelay = 2_000;
});

/** Sends the signed-in person's waiting notes: called at app start and on the 'online' event. */
export async function syncNotes(): Promise<void> {
  let session: Session;
  try {
    session = await api.get<Session>('/api/session');
  } catch {
    return; // Signed out, or still offline: the notes wait.
  }
  setCsrfToken(session.csrfToken);
  await noteQueue.flush(session.person.id);
}
