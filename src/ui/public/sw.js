/**
 * Fora's service worker: offline reading of what a member has opened (ADR 0014).
 *
 * - Navigations (the app's pages): network first, the cached app shell (index.html) when offline.
 * - Hashed assets (/assets/*): cache first; they never change.
 * - GET /api/session, /api/orgs/:org/forums/... and /api/orgs/:org/items/... (agendas, items, notes,
 *   attachments' content): network first, the cached answer when the network fails.
 * - Only same-origin GET answers with status 200 are cached; nothing else is touched (after saving
 *   a note the page reads the notes again, which refreshes the cached list).
 *
 * Privacy: API answers are kept in a cache per signed-in person (named by a hash of the person's
 * id), written only while the worker knows who is signed in (it reads the person from the answers
 * of /api/session). Signing out (DELETE /api/session, whatever its outcome), a 401 from
 * /api/session and the page's 'fora:clear' message delete every cache; another person signing in
 * deletes the previous person's cache.
 */
const VERSION = 'v1';
const SHELL = `fora-shell-${VERSION}`;
const META = `fora-meta-${VERSION}`;
const API_PREFIX = `fora-api-${VERSION}-`;
/** Where the meta cache keeps the hash of the signed-in person. */
const PERSON_KEY = '/__fora/person';

/** The API answers worth keeping for reading offline. */
const OFFLINE_API = [
  /^\/api\/session$/,
  /^\/api\/orgs\/[^/]+\/forums(\/|$)/,
  /^\/api\/orgs\/[^/]+\/items\/[^/]+(\/|$)/,
];

/** @param {URL} url @param {string} method @param {string} mode */
function strategyFor(url, method, mode) {
  if (url.origin !== self.location.origin) return 'none';
  const path = url.pathname;
  if (path === '/api/session' && method === 'DELETE') return 'sign-out';
  if (path === '/api/session' && method === 'POST') return 'sign-in';
  if (method !== 'GET') return 'none';
  if (path.startsWith('/api/') || path.startsWith('/feeds/') || path === '/api' || path === '/feeds') {
    if (path === '/api/session') return 'session';
    return OFFLINE_API.some((re) => re.test(path)) ? 'api' : 'none';
  }
  if (path === '/sw.js') return 'none';
  if (mode === 'navigate') return 'shell';
  if (path.startsWith('/assets/')) return 'asset';
  return 'none';
}

/** The hash of the signed-in person, as known to this worker (kept in the meta cache across restarts). */
let person = /** @type {string | null | undefined} */ (undefined);
/** Bumped by every clearing, so an answer fetched before it is never written after it. */
let generation = 0;

async function currentPerson() {
  if (person !== undefined) return person;
  const meta = await caches.open(META);
  const stored = await meta.match(PERSON_KEY);
  person = stored ? await stored.text() : null;
  return person;
}

/** @param {string} id */
async function hashOf(id) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`fora:${id}`));
  return Array.from(new Uint8Array(digest).slice(0, 12), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function clearAll() {
  generation++;
  person = null;
  const names = await caches.keys();
  await Promise.all(names.filter((n) => n.startsWith('fora-')).map((n) => caches.delete(n)));
  person = null;
}

/** A session answer names the signed-in person: switch to their cache, dropping any other's. */
async function learnPerson(/** @type {Response} */ response) {
  let body;
  try {
    body = await response.json();
  } catch {
    return;
  }
  const id = body?.person?.id;
  if (typeof id !== 'string') return;
  const hash = await hashOf(id);
  if ((await currentPerson()) === hash) return;
  // Answers on their way for the previous person are not written after the switch.
  generation++;
  person = hash;
  const names = await caches.keys();
  await Promise.all(
    names.filter((n) => n.startsWith(API_PREFIX) && n !== API_PREFIX + hash).map((n) => caches.delete(n)),
  );
  const meta = await caches.open(META);
  await meta.put(PERSON_KEY, new Response(hash));
  await precacheShell();
}

/** Keeps an answer for offline use, if it is a plain successful same-origin one. */
async function keep(
  /** @type {string} */ cacheName,
  /** @type {Request} */ request,
  /** @type {Response} */ response,
  /** @type {number} */ since,
) {
  if (response.status !== 200 || response.type !== 'basic') return;
  if (generation !== since) return;
  // A person's answers go into their own cache only while they are the one signed in.
  if (cacheName.startsWith(API_PREFIX) && cacheName !== API_PREFIX + person) return;
  const cache = await caches.open(cacheName);
  if (generation !== since) return;
  await cache.put(request, response);
}

/** Whether the pages were last told that they see the cached copy. */
let announcedOffline = false;

/** Tells the pages that an answer came from the cache (the network failed), or that it is back. */
async function announce(/** @type {boolean} */ offline) {
  if (offline === announcedOffline) return;
  announcedOffline = offline;
  const clients = await self.clients.matchAll({ type: 'window' });
  for (const client of clients) client.postMessage({ type: offline ? 'fora:offline' : 'fora:online' });
}

/** The app shell for reading offline: index.html and the assets it names. */
async function precacheShell() {
  try {
    const response = await fetch('/', { cache: 'no-cache' });
    if (!response.ok) return;
    const html = await response.clone().text();
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
    const cache = await caches.open(SHELL);
    await cache.put('/', response);
    await Promise.all(
      assets.map(async (a) => {
        if (await cache.match(a)) return;
        const r = await fetch(a);
        if (r.ok) await cache.put(a, r);
      }),
    );
  } catch {
    // Offline at install: the shell is cached as the pages load.
  }
}

async function networkFirstShell(/** @type {FetchEvent} */ event) {
  const since = generation;
  try {
    const response = await fetch(event.request);
    if (response.ok) event.waitUntil(keep(SHELL, new Request('/'), response.clone(), since));
    return response;
  } catch (error) {
    const cached = await caches.match('/', { cacheName: SHELL });
    if (cached) {
      event.waitUntil(announce(true));
      return cached;
    }
    throw error;
  }
}

async function cacheFirstAsset(/** @type {FetchEvent} */ event) {
  const cached = await caches.match(event.request, { cacheName: SHELL, ignoreVary: true });
  if (cached) return cached;
  const since = generation;
  const response = await fetch(event.request);
  event.waitUntil(keep(SHELL, event.request, response.clone(), since));
  return response;
}

async function networkFirstApi(/** @type {FetchEvent} */ event, /** @type {boolean} */ session) {
  const request = event.request;
  const since = generation;
  const who = await currentPerson();
  let response;
  try {
    response = await fetch(request);
    if (announcedOffline) event.waitUntil(announce(false));
  } catch (error) {
    const cached = who
      ? await caches.match(request, { cacheName: API_PREFIX + who, ignoreVary: true })
      : undefined;
    if (cached) {
      event.waitUntil(announce(true));
      return cached;
    }
    throw error;
  }
  if (session && response.status === 401) {
    // Signed out (or the session expired): nothing of the last person stays readable here.
    event.waitUntil(clearAll());
    return response;
  }
  if (session && response.ok) {
    const copy = response.clone();
    event.waitUntil(
      learnPerson(copy.clone()).then(async () => {
        // The answer names its person: it goes into their cache (unless a sign-out came meanwhile).
        if (person) await keep(API_PREFIX + person, request, copy, generation);
      }),
    );
    return response;
  }
  if (who && response.ok) event.waitUntil(keep(API_PREFIX + who, request, response.clone(), since));
  return response;
}

self.addEventListener('install', (event) => {
  self.skipWaiting();
  event.waitUntil(precacheShell());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      // Caches of an older version of this worker go.
      await Promise.all(
        names.filter((n) => n.startsWith('fora-') && !n.includes(`-${VERSION}`)).map((n) => caches.delete(n)),
      );
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'fora:clear') event.waitUntil(clearAll());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const strategy = strategyFor(new URL(request.url), request.method, request.mode);
  if (strategy === 'none') return;
  if (strategy === 'sign-out') {
    event.respondWith(
      (async () => {
        await clearAll();
        try {
          return await fetch(request);
        } finally {
          await clearAll();
        }
      })(),
    );
    return;
  }
  if (strategy === 'sign-in') {
    event.respondWith(
      fetch(request).then((response) => {
        if (response.ok) event.waitUntil(learnPerson(response.clone()));
        return response;
      }),
    );
    return;
  }
  if (strategy === 'shell') event.respondWith(networkFirstShell(event));
  else if (strategy === 'asset') event.respondWith(cacheFirstAsset(event));
  else event.respondWith(networkFirstApi(event, strategy === 'session'));
});
