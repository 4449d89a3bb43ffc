/** The one table from error codes to HTTP status, and the one error body shape. */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { type ErrorCode, ForaError } from '../domain/errors.ts';
import { RateLimitedError } from './rate-limit.ts';

export const STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  locked: 423,
  quota_exceeded: 413,
  rate_limited: 429,
  internal: 500,
};

export interface ErrorBody {
  error: ErrorCode;
  message: string;
  details: { path: string; problem: string }[];
}

export const errorBody = (e: ForaError): ErrorBody => ({
  error: e.code,
  message: e.message,
  details: e.details,
});

/** Fastify's own errors (bad JSON, wrong content type, body too large) become validation errors. */
function fromFastify(err: FastifyError): ForaError | null {
  const status = err.statusCode ?? 500;
  if (status === 413)
    return new ForaError('validation_failed', 'Request body too large', [
      { path: '(body)', problem: 'too large' },
    ]);
  if (status === 415)
    return new ForaError('validation_failed', 'Unsupported content type', [
      { path: '(body)', problem: 'expected application/json' },
    ]);
  if (status >= 400 && status < 500)
    return new ForaError('validation_failed', 'Malformed request', [
      { path: '(body)', problem: 'not valid JSON' },
    ]);
  return null;
}

export function handleError(err: unknown, request: FastifyRequest, reply: FastifyReply): void {
  let fe: ForaError | null = null;
  if (err instanceof ForaError) fe = err.code === 'internal' ? null : err;
  else if (err && typeof err === 'object' && 'statusCode' in err) fe = fromFastify(err as FastifyError);
  if (!fe) {
    // Unknown errors are logged in full and answered with a body that reveals nothing.
    request.log.error({ err }, 'unhandled error');
    reply.status(500).send({ error: 'internal', message: 'Internal error', details: [] } satisfies ErrorBody);
    return;
  }
  if (fe instanceof RateLimitedError) reply.header('retry-after', String(fe.retryAfterSeconds));
  reply.status(STATUS[fe.code]).send(errorBody(fe));
}
