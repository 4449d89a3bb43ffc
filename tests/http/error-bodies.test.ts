/**
 * No stack trace, SQL or file path in any error body: a real database error inside a route and a
 * malformed JSON body are answered with the plain error shape, while the log keeps the detail.
 */
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineRoute } from '../../src/http/route.ts';
import { buildServer } from '../../src/http/server.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';

const logLines: string[] = [];
let t: TestDatabase;
let app: FastifyInstance;

/** What must never reach a client: SQL, stack frames, source files, the database engine. */
const LEAKS =
  /select|from\s|relation|no_such_table|stack|\bat\s|\.ts\b|\.js\b|node_modules|\/work\/|pglite|postgres|Unexpected token/i;

const routes = [
  defineRoute({
    method: 'GET',
    path: '/api/test/broken-query',
    summary: 'test',
    tag: 'test',
    action: 'public',
    handler: async ({ ctx }) => ctx.db.execute(sql`select secret_column from no_such_table`),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/test/lookup',
    summary: 'test',
    tag: 'test',
    action: 'public',
    query: z.object({ q: z.string() }),
    handler: async ({ ctx, query }) => ctx.db.execute(sql`select ${query.q}::text as q`),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/test/echo',
    summary: 'test',
    tag: 'test',
    action: 'public',
    handler: async ({ body }) => ({ body }),
  }),
];

beforeAll(async () => {
  t = await testDatabase();
  const logStream = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  app = await buildServer(
    t.ctx,
    { production: true, logger: 'info', databaseKind: t.kind, logStream },
    routes,
  );
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await t.close();
});

function expectPlain(res: LightMyRequestResponse, status: number, error: string): void {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const body = res.json();
  expect(Object.keys(body).sort()).toEqual(['details', 'error', 'message']);
  expect(body.error).toBe(error);
  expect(res.body).not.toMatch(LEAKS);
}

describe('error bodies', () => {
  it('a database error: a blank 500 to the client, the SQL error in the log', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/test/broken-query' });
    expectPlain(res, 500, 'internal');
    expect(res.json()).toEqual({ error: 'internal', message: 'Internal error', details: [] });
    const logged = logLines.join('\n');
    expect(logged).toContain('no_such_table');
    expect(logged).toMatch(/"stack":/);
  });

  it('a malformed JSON body: 400 naming the body, without the parser message', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"title": "Budget", oops',
    });
    expectPlain(res, 400, 'validation_failed');
    expect(res.json().details).toEqual([{ path: '(body)', problem: 'not valid JSON' }]);
  });

  it('a NUL character in a query, path or JSON body: 400 naming the field, not a database error', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/test/lookup?q=budget' })).statusCode).toBe(200);
    const query = await app.inject({ method: 'GET', url: '/api/test/lookup?q=%2Fe%00' });
    expectPlain(query, 400, 'validation_failed');
    expect(query.json().details).toEqual([
      { path: 'q', problem: 'contains a NUL character, which is not allowed' },
    ]);
    const body = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"item": {"title": "a\\u0000b"}}',
    });
    expectPlain(body, 400, 'validation_failed');
    expect(body.json().details[0].path).toBe('item.title');
    const path = await app.inject({ method: 'GET', url: '/fora/CF%00' });
    expectPlain(path, 400, 'validation_failed');
  });

  it('a body of a type the API does not take, and an unknown route: the same shape', async () => {
    expectPlain(
      await app.inject({
        method: 'POST',
        url: '/api/test/echo',
        headers: { 'content-type': 'application/xml' },
        payload: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
      }),
      400,
      'validation_failed',
    );
    expectPlain(await app.inject({ method: 'GET', url: '/api/no/such/route' }), 404, 'not_found');
  });
});
