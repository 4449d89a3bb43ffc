/** Maps database constraint violations to domain errors naming the field. */
import { conflict } from '../domain/errors.ts';

interface PgError {
  code?: string;
  constraint?: string;
  cause?: unknown;
}

const pgErrorOf = (err: unknown): PgError | undefined => {
  let e: unknown = err;
  for (let i = 0; i < 3 && e && typeof e === 'object'; i++) {
    const pe = e as PgError;
    if (typeof pe.code === 'string' && pe.code.length === 5) return pe;
    e = pe.cause;
  }
  return undefined;
};

/**
 * If `err` is a unique violation of one of the named constraints, returns a `conflict` error for
 * the mapped field; otherwise returns `err` unchanged (to be rethrown).
 */
export function uniqueViolation(
  err: unknown,
  constraints: Record<string, [path: string, problem: string]>,
): unknown {
  const pe = pgErrorOf(err);
  if (pe?.code === '23505' && pe.constraint && constraints[pe.constraint]) {
    const [path, problem] = constraints[pe.constraint] as [string, string];
    return conflict(path, problem);
  }
  return err;
}
