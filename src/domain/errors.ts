/**
 * One error type for the whole application. `code` is stable and part of the API;
 * the HTTP layer maps codes to status codes in one table (src/http/errors.ts).
 */
export type ErrorCode =
  | 'validation_failed' // 400: input does not satisfy the schema or a domain rule
  | 'unauthenticated' // 401: no actor
  | 'forbidden' // 403: the actor may know the object but not do this to it
  | 'not_found' // 404: does not exist, or the actor may not know of it
  | 'conflict' // 409: duplicate or concurrent change
  | 'locked' // 423: e.g. data directory in use
  | 'quota_exceeded' // 413: an upload beyond the organisation's or the person's storage quota
  | 'rate_limited' // 429: too many requests or sign-in failures; Retry-After says when to try again
  | 'internal'; // 500: never carries details

export interface ErrorDetail {
  /** Dotted path of the offending field, e.g. `cadence.rrule` or `deadlines.submission`. */
  path: string;
  /** Human-readable reason, in English (the UI translates by code). */
  problem: string;
}

export class ForaError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[];
  constructor(code: ErrorCode, message: string, details: ErrorDetail[] = []) {
    super(message);
    this.name = 'ForaError';
    this.code = code;
    this.details = details;
  }
}

export const invalid = (path: string, problem: string): ForaError =>
  new ForaError('validation_failed', `${path}: ${problem}`, [{ path, problem }]);

export const notFound = (what: string): ForaError => new ForaError('not_found', `${what} not found`);

export const conflict = (path: string, problem: string): ForaError =>
  new ForaError('conflict', `${path}: ${problem}`, [{ path, problem }]);
