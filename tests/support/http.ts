/**
 * An HTTP test server on a fresh test database, driven with `app.inject(...)` (no socket).
 */
import type { FastifyInstance } from 'fastify';
import { buildServer, DEV_ACTOR_HEADER } from '../../src/http/server.ts';
import { type TestDatabase, testDatabase } from './db.ts';

export interface TestServer {
  app: FastifyInstance;
  t: TestDatabase;
  close(): Promise<void>;
}

export async function testServer(options: { production?: boolean } = {}): Promise<TestServer> {
  const t = await testDatabase();
  const app = await buildServer(t.ctx, {
    production: options.production ?? false,
    logger: false,
    databaseKind: t.kind,
    // Tests send thousands of requests from one address: no rate limits (tests/http/rate-limit.test.ts has them).
    rateLimits: null,
  });
  await app.ready();
  return {
    app,
    t,
    close: async () => {
      await app.close();
      await t.close();
    },
  };
}

/** Request headers acting as an identity: 'operator', a person id, or an e-mail (development header). */
export const as = (identity: string): Record<string, string> => ({ [DEV_ACTOR_HEADER]: identity });

/** The shape of every error body. */
export interface ErrorBody {
  error: string;
  message: string;
  details: { path: string; problem: string }[];
}
