/**
 * Whether the app is reading the saved copy: the browser says it is offline, or the service worker
 * answered from its cache because the network failed (it posts 'fora:offline', then 'fora:online'
 * when the network answers again), or one of the app's own requests failed with a network error.
 */
import { useSyncExternalStore } from 'react';

let served = false;
const listeners = new Set<() => void>();

const notify = () => {
  for (const l of listeners) l();
};

export function isOffline(): boolean {
  return served || (typeof navigator !== 'undefined' && navigator.onLine === false);
}

/** A request failed with a network error (true) or the network answered (false). */
export function setServedFromCache(value: boolean): void {
  if (served === value) return;
  served = value;
  notify();
}

export function subscribeOffline(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Listens to the browser's online/offline events and the service worker's messages. */
export function watchOfflineStatus(): void {
  window.addEventListener('online', () => setServedFromCache(false));
  window.addEventListener('offline', notify);
  navigator.serviceWorker?.addEventListener('message', (event: MessageEvent) => {
    const type = (event.data as { type?: unknown } | null)?.type;
    if (type === 'fora:offline') setServedFromCache(true);
    if (type === 'fora:online') setServedFromCache(false);
  });
}

export const useOffline = (): boolean => useSyncExternalStore(subscribeOffline, isOffline, () => false);

/** A fetch that failed before any answer came (fetch rejects with a TypeError). */
export const isNetworkError = (error: unknown): boolean => error instanceof TypeError;
