import { expect } from 'vitest';
import { ForaError } from '../../src/domain/errors.ts';

/** Awaits a call that must fail, and returns its ForaError for assertions on code and details. */
export async function failure(p: Promise<unknown>): Promise<ForaError> {
  const err = await p.then(
    () => new Error('expected a failure'),
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ForaError);
  return err as ForaError;
}
