/** Loads one or more API answers for a view; reloads when the key changes. */
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from './api.ts';

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'error'; error: ApiError | Error; retry: () => void }
  | { state: 'done'; data: T };

export function useLoad<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what `load` fetches.
  useEffect(() => {
    let live = true;
    setResult({ state: 'loading' });
    load().then(
      (data) => live && setResult({ state: 'done', data }),
      (error: unknown) =>
        live &&
        setResult({
          state: 'error',
          error: error instanceof Error ? error : new Error(String(error)),
          retry,
        }),
    );
    return () => {
      live = false;
    };
  }, [key, attempt]);
  return result;
}

export const isNotFound = (error: Error): boolean =>
  error instanceof ApiError && (error.status === 404 || error.status === 403);
