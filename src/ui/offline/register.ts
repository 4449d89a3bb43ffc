/**
 * Offline reading, started by main.tsx: registers the service worker (public/sw.js, production
 * builds only), watches the network, and sends waiting notes at start and when the network returns.
 */
import { syncNotes } from './notes.ts';
import { watchOfflineStatus } from './status.ts';

/** Vite's build flag (vite/client's types are not part of this project's type check). */
const production = (import.meta as ImportMeta & { env?: { PROD?: boolean } }).env?.PROD === true;

export function startOffline(): void {
  watchOfflineStatus();
  window.addEventListener('online', () => void syncNotes());
  void syncNotes();
  if (!production || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((error: unknown) => {
    // Reading online works without it.
    console.warn('service worker not registered', error);
  });
}

/**
 * Asks the service worker to delete every cache (sign-out, an expired session): the worker also
 * clears on the DELETE /api/session it sees, but not on a sign-out it did not see.
 */
export function clearOfflineCopies(): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.controller?.postMessage({ type: 'fora:clear' });
}
