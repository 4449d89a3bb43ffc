import type { z } from 'zod';
import { type ErrorDetail, ForaError } from '../domain/errors.ts';

export const zodDetails = (error: z.ZodError, prefix = ''): ErrorDetail[] =>
  error.issues.map((i) => ({
    path: [prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(root)',
    problem: i.message,
  }));

/** Parses input with a schema; a failure is a validation error naming every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix = ''): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const details = zodDetails(r.error, prefix);
  throw new ForaError(
    'validation_failed',
    `Invalid input: ${details.map((d) => `${d.path}: ${d.problem}`).join('; ')}`,
    details,
  );
}
