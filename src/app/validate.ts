import { z } from 'zod';
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

/**
 * The schema of a partial update: every field optional and WITHOUT its default, so a patch that
 * leaves a field out leaves it unchanged (zod's `.partial()` would fill in defaults and reset it).
 */
export function patchSchema<T extends z.ZodRawShape>(schema: z.ZodObject<T>) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const f = field as z.ZodType;
    shape[key] = (f instanceof z.ZodDefault ? (f.unwrap() as z.ZodType) : f).optional();
  }
  return z.object(shape) as unknown as z.ZodObject<{ [K in keyof T]: z.ZodOptional<T[K]> }>;
}
