/**
 * The offline-reading service worker (src/ui/public/sw.js), run in a Node vm with a fake Cache
 * Storage and network: what it caches, what it answers offline, and that a person's cache never
 * outlives their sign-out or survives another person's sign-in.
 */
import fs from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';

const ORIGIN = 'http://127.0.0.1:4000';
const SOURCE = fs.readFileSync(new URL('../../src/ui/public/sw.js', import.meta.url), 'utf8');

class FakeCache {
  entries = new Map<string, Response>();
  async match(request: Request | string) {
    const r = this.entries.get(urlOf(request));
    return r?.clone();
  }
  async put(request: Request | string, response: Response) {
    this.entries.set(urlOf(request), response.clone());
  }
}

const urlOf = (r: Request | string) => new URL(typeof r === 'string' ? r : r.url, ORIGIN).href;

class FakeCaches {
  stores = new Map<string, FakeCache>();
  async open(name: string) {
    let c = this.stores.get(name);
    if (!c) {
      c = new FakeCache();
      this.stores.set(name, c);
    }
    return c;
  }
  async keys() {
    return [...this.stores.keys()];
  }
  async delete(name: string) {
    return this.stores.delete(name);
  }
  async match(request: Request | string, options: { cacheName?: string } = {}) {
    const names = options.cacheName ? [options.cacheName] : [...this.stores.keys()];
    for (const n of names) {
      const hit = await this.stores.get(n)?.match(request);
      if (hit) return hit;
    }
    return undefined;
  }
}

type Handler = (request: Request) => Response;

/** What the browser's fetch gives a worker for its own origin: a 'basic' response (Node's are 'default'). */
class BasicResponse extends Response {
  override get type(): ResponseType {
    return 'basic';
  }
  override clone(): Response {
    return Object.setPrototypeOf(super.clone(), BasicResponse.prototype) as Response;
  }
}

function worker() {
  const caches = new FakeCaches();
  const listeners = new Map<string, (event: unknown) => void>();
  const posted: unknown[] = [];
  const state = {
    online: true,
    handler: ((_r: Request) => new Response('{}')) as Handler,
    /** When set, GETs of the agenda wait for it (an answer still on its way). */
    gate: null as Promise<void> | null,
  };
  const fetchFake = async (input: Request | string, init?: RequestInit) => {
    const request = new Request(new URL(typeof input === 'string' ? input : input.url, ORIGIN), {
      method: typeof input === 'string' ? (init?.method ?? 'GET') : input.method,
    });
    if (!state.online) throw new TypeError('Failed to fetch');
    if (state.gate && new URL(request.url).pathname === AGENDA) await state.gate;
    return Object.setPrototypeOf(state.handler(request), BasicResponse.prototype) as Response;
  };
  const self = {
    location: new URL(ORIGIN),
    addEventListener: (type: string, fn: (event: unknown) => void) => listeners.set(type, fn),
    skipWaiting: () => {},
    clients: {
      claim: async () => {},
      matchAll: async () => [{ postMessage: (m: unknown) => posted.push(m) }],
    },
  };
  vm.runInNewContext(SOURCE, {
    self,
    caches,
    fetch: fetchFake,
    crypto: globalThis.crypto,
    TextEncoder,
    Request,
    Response,
    URL,
    console,
  });

  /** Sends a request through the worker: its answer (null when it lets the browser handle it). */
  async function request(path: string, method = 'GET', mode: RequestMode = 'cors') {
    const req = new Request(new URL(path, ORIGIN), { method });
    Object.defineProperty(req, 'mode', { value: mode });
    let answer: Promise<Response> | null = null;
    const pending: Promise<unknown>[] = [];
    listeners.get('fetch')?.({
      request: req,
      respondWith: (p: Promise<Response>) => {
        answer = p;
      },
      waitUntil: (p: Promise<unknown>) => pending.push(p),
    });
    if (!answer) return null;
    const response = await (answer as Promise<Response>);
    // Let the waitUntil work (cache writes) finish, including work it queues itself.
    for (let i = 0; i < pending.length; i++) await pending[i];
    return response;
  }

  const apiCaches = async () => (await caches.keys()).filter((k) => k.startsWith('fora-api-'));
  return { caches, state, request, posted, apiCaches, listeners };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const session = (id: string) => json({ person: { id, name: id }, csrfToken: 'x' });
const AGENDA = '/api/orgs/albertslund/forums/CF/meetings/m1/agenda/versions/latest';

/** A server: the session of `who`, an agenda, index.html; everything else 404. */
function serverFor(w: ReturnType<typeof worker>, who: { id: string | null }) {
  w.state.handler = (r) => {
    const path = new URL(r.url).pathname;
    if (path === '/api/session') return who.id ? session(who.id) : json({ error: 'unauthenticated' }, 401);
    if (path === AGENDA) return json({ agenda: `for ${who.id}` });
    if (path === '/') return new Response('<script src="/assets/index-abc.js"></script>');
    if (path === '/assets/index-abc.js') return new Response('app');
    return json({ error: 'not_found' }, 404);
  };
}

describe('service worker', () => {
  it('keeps nothing before it knows who is signed in, then keeps their answers for reading offline', async () => {
    const w = worker();
    const who = { id: 'marie' as string | null };
    serverFor(w, who);
    await w.request(AGENDA);
    expect(await w.apiCaches()).toEqual([]);
    await w.request('/api/session', 'POST');
    await w.request(AGENDA);
    expect(await w.apiCaches()).toHaveLength(1);
    w.state.online = false;
    const offline = await w.request(AGENDA);
    await expect(offline?.json()).resolves.toEqual({ agenda: 'for marie' });
    expect(w.posted).toContainEqual({ type: 'fora:offline' });
    // The app shell was fetched at sign-in: the page loads offline.
    await expect((await w.request('/fora/CF/moeder/m1', 'GET', 'navigate'))?.text()).resolves.toContain(
      '/assets/index-abc.js',
    );
    await expect((await w.request('/assets/index-abc.js'))?.text()).resolves.toBe('app');
    w.state.online = true;
    await w.request(AGENDA);
    expect(w.posted.at(-1)).toEqual({ type: 'fora:online' });
  });

  it('leaves changes, other paths and other origins to the browser, and never keeps an error', async () => {
    const w = worker();
    const who = { id: 'marie' as string | null };
    serverFor(w, who);
    await w.request('/api/session');
    expect(await w.request('/api/orgs/albertslund/items/i1', 'PATCH')).toBeNull();
    expect(await w.request('/api/orgs/albertslund/audit')).toBeNull();
    expect(await w.request('http://elsewhere.example/api/session')).toBeNull();
    expect(await w.request('/sw.js')).toBeNull();
    const missing = await w.request('/api/orgs/albertslund/items/nope');
    expect(missing?.status).toBe(404);
    const [name] = await w.apiCaches();
    const kept = [...(w.caches.stores.get(name ?? '')?.entries.keys() ?? [])];
    expect(kept).toEqual([`${ORIGIN}/api/session`]);
  });

  it('empties every cache at sign-out, and keeps nothing after it', async () => {
    const w = worker();
    const who = { id: 'marie' as string | null };
    serverFor(w, who);
    await w.request('/api/session', 'POST');
    await w.request(AGENDA);
    expect(await w.caches.keys()).not.toEqual([]);
    who.id = null;
    w.state.handler = () => new Response(null, { status: 204 });
    await w.request('/api/session', 'DELETE');
    expect(await w.caches.keys()).toEqual([]);
    serverFor(w, who);
    await w.request(AGENDA);
    expect(await w.caches.keys()).toEqual([]);
  });

  it('empties the caches when the session is gone (401), even if sign-out was not seen', async () => {
    const w = worker();
    const who = { id: 'marie' as string | null };
    serverFor(w, who);
    await w.request('/api/session');
    await w.request(AGENDA);
    who.id = null;
    await w.request('/api/session');
    expect(await w.caches.keys()).toEqual([]);
  });

  it("drops the previous person's cache when another person signs in", async () => {
    const w = worker();
    const who = { id: 'marie' as string | null };
    serverFor(w, who);
    await w.request('/api/session', 'POST');
    await w.request(AGENDA);
    const [marie] = await w.apiCaches();
    who.id = 'henrik';
    await w.request('/api/session', 'POST');
    const after = await w.apiCaches();
    expect(after).not.toContain(marie);
    w.state.online = false;
    // Henrik, offline, never gets Marie's agenda.
    await expect(w.request(AGENDA)).rejects.toThrow('Failed to fetch');
  });

  it('never writes an answer fetched for the previous person after another person signed in', async () => {
    const w = worker();
    const who = { id: 'marie' as string | null };
    serverFor(w, who);
    await w.request('/api/session', 'POST');
    const [marie] = await w.apiCaches();
    let release: () => void = () => {};
    w.state.gate = new Promise<void>((r) => {
      release = r;
    });
    const late = w.request(AGENDA);
    who.id = 'henrik';
    await w.request('/api/session', 'POST');
    release();
    await late;
    const after = await w.apiCaches();
    expect(after).not.toContain(marie);
    const kept = after.flatMap((name) => [...(w.caches.stores.get(name)?.entries.keys() ?? [])]);
    expect(kept).not.toContain(`${ORIGIN}${AGENDA}`);
  });
});
