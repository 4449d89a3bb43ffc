/**
 * Refuses text input with a NUL character (U+0000) before any route sees it: PostgreSQL cannot
 * store or compare text containing one, so a query string, path segment or JSON body with one
 * would otherwise end in a database error (a 500; found by the wapiti scan). A 400 naming the
 * field instead. Uploads (raw streams) are bytes, not text, and are not looked at.
 */
import type { FastifyInstance } from 'fastify';
import { invalid } from '../domain/errors.ts';

/** The dotted path of the first string holding a NUL, or null. */
export function nulPath(value: unknown, at: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\0') ? at : null;
  if (depth > 32 || value === null || typeof value !== 'object') return null;
  if (typeof (value as { pipe?: unknown }).pipe === 'function') return null; // a stream
  for (const [key, v] of Object.entries(value)) {
    const inKey = key.includes('\0') ? `${at}.(key)` : null;
    const found = inKey ?? nulPath(v, at === '' ? key : `${at}.${key}`, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preHandler', async (request) => {
    const found = nulPath(request.params, '') ?? nulPath(request.query, '') ?? nulPath(request.body, '');
    if (found !== null) throw invalid(found || '(body)', 'contains a NUL character, which is not allowed');
  });
}
