/**
 * The JSON API as the browser sees it: same-origin fetch with the session cookie, the CSRF token
 * on every change (session contract), and one error type carrying the API's error body.
 */

import { quotaOfProblem } from '../domain/upload-quota.ts';

export interface ApiErrorBody {
  error: string;
  message: string;
  details: { path: string; problem: string }[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message || `HTTP ${status}`);
  }
}

let csrfToken: string | null = null;
let onSessionLost: () => void = () => {};

/** Called when the API answers 401 to a signed-in request: the session expired or was ended. */
export function setSessionLostHandler(handler: () => void): void {
  onSessionLost = handler;
}

/** Set at sign-in and when the session is resumed; sent as X-CSRF-Token on every change. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** A file's bytes sent as they are (an upload), rather than as JSON. */
class Bytes {
  constructor(readonly blob: Blob) {}
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body instanceof Bytes) headers['content-type'] = 'application/octet-stream';
  else if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body instanceof Bytes ? { body: body.blob } : body !== undefined && { body: JSON.stringify(body) }),
  });
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const json: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    if (response.status === 401 && path !== '/api/session') onSessionLost();
    const err = (json ?? {}) as Partial<ApiErrorBody>;
    throw new ApiError(response.status, {
      error: err.error ?? 'http_error',
      message: err.message ?? '',
      details: err.details ?? [],
    });
  }
  return json as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
  /** POSTs a file's bytes (application/octet-stream), with the CSRF token as every change. */
  upload: <T>(path: string, file: Blob) => request<T>('POST', path, new Bytes(file)),
};

/** Path segments are encoded, so a short name or slug can never change the path. */
export function apiPath(strings: TemplateStringsArray, ...values: string[]): string {
  return strings.reduce(
    (out, s, i) => out + s + (i < values.length ? encodeURIComponent(values[i] ?? '') : ''),
    '',
  );
}

/** A failed request in words: the text given for its HTTP status, else the error's own message. */
export function failureText(err: unknown, byStatus: Partial<Record<number, string>> = {}): string {
  const given = err instanceof ApiError ? byStatus[err.status] : undefined;
  if (given !== undefined) return given;
  return err instanceof Error ? err.message : String(err);
}

/** The upload quota an API problem says is used up (`quota_exceeded`), as a message key; else null. */
export function quotaProblemKey(problem: string): 'upload.quotaOrg' | 'upload.quotaDaily' | null {
  const quota = quotaOfProblem(problem);
  return quota === 'org' ? 'upload.quotaOrg' : quota === 'daily' ? 'upload.quotaDaily' : null;
}
