/**
 * The authorization matrix: every route of `apiRoutes` × every role × (for routes on an item)
 * every item state, asked through HTTP and compared with the reviewed table in
 * authorization-matrix.expected.ts. Beside the table, invariants that hold whatever it says:
 * anonymous gets 401; an item the role may not read answers 404 (never 403) on every route of the
 * item; another organisation's admin never gets a 2xx nor a 403 from this organisation.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Route } from '../../src/http/route.ts';
import { apiRoutes } from '../../src/http/server.ts';
import { type TestServer, testServer } from '../support/http.ts';
import { EXPECTED_MATRIX } from './authorization-matrix.expected.ts';
import {
  formatMatrix,
  type Matrix,
  rowKey,
  tableLines,
  writeExpected,
} from './authorization-matrix-table.ts';
import { isFeed, isItemRoute, keyOf, resourceOf, send } from './route-fixtures.ts';
import {
  headersOf,
  ITEM_STATES,
  type ItemColumn,
  ROLES,
  type Role,
  stageTrustItem,
  type TrustFixture,
  trustFixture,
} from './trust-fixture.ts';

let s: TestServer;
let T: TrustFixture;
const matrix: Matrix = new Map();
const columnsOf = (r: Route): readonly (ItemColumn | '-')[] => (isItemRoute(r) ? ITEM_STATES : ['-']);

beforeAll(async () => {
  s = await testServer();
  T = await trustFixture(s.t.ctx);
  for (const route of apiRoutes)
    for (const column of columnsOf(route)) {
      const cells = {} as Record<Role, number>;
      for (const role of ROLES) {
        const item = column === '-' ? undefined : T.trust[column];
        const params: Record<string, string> =
          column !== '-' && route.path.includes(':meeting') ? { meeting: T.trustMeetingId } : {};
        const res = await send(s, route, T, headersOf(T, role, column === '-' ? undefined : column), {
          ...(item && { item }),
          params,
        });
        cells[role] = res.statusCode;
        // A write that succeeded changed the item: the next role gets a fresh one in the same state.
        if (column !== '-' && route.method !== 'GET' && res.statusCode < 300)
          T.trust[column] = await stageTrustItem(s.t.ctx, T, column === 'closedRemoved' ? 'closed' : column);
      }
      matrix.set(rowKey(keyOf(route), column), cells);
    }
  if (process.env.FORA_MATRIX_WRITE === '1') writeExpected(matrix);
}, 300_000);
afterAll(() => s.close());

const rows = () =>
  apiRoutes.flatMap((route) =>
    columnsOf(route).map((column) => ({ route, column, cells: matrix.get(rowKey(keyOf(route), column)) })),
  );

describe('the authorization matrix', () => {
  it('answers every route, role and item state as the reviewed table says', () => {
    expect(formatMatrix(matrix)).toEqual(tableLines(EXPECTED_MATRIX));
  });

  it('covers every route of the route table', () => {
    const routes = new Set(
      tableLines(EXPECTED_MATRIX)
        .slice(1)
        .map((l) => l.split(/\s+/).slice(0, 2).join(' ')),
    );
    expect([...routes].sort()).toEqual([...new Set(apiRoutes.map(keyOf))].sort());
  });
});

describe('invariants, whatever the table says', () => {
  it('answers 401 to anonymous on every route but the token-signed calendar feeds', () => {
    for (const { route, column, cells } of rows())
      if (!isFeed(route)) expect(cells?.anonymous, `${keyOf(route)} [${column}]`).toBe(401);
  });

  it("never answers another organisation's admin with a 2xx or a 403 on this organisation's objects", () => {
    for (const { route, column, cells } of rows()) {
      if (isFeed(route) || resourceOf(route) === 'installation') continue;
      const status = cells?.foreignAdmin ?? 0;
      expect(status, `${keyOf(route)} [${column}]`).toBe(404);
    }
  });

  it('answers 404, never 403, on every route of an item the role may not read', () => {
    const readItem = rowKey('GET /api/orgs/:org/items/:item', '');
    let hidden = 0;
    for (const column of ITEM_STATES)
      for (const role of ROLES.filter((r) => r !== 'anonymous')) {
        const canRead = matrix.get(readItem + column)?.[role] === 200;
        if (canRead) continue;
        expect(matrix.get(readItem + column)?.[role], `${role} [${column}]`).toBe(404);
        for (const { route, cells } of rows().filter(
          (r) => r.column === column && resourceOf(r.route) === 'item',
        )) {
          expect(cells?.[role], `${role}: ${keyOf(route)} [${column}]`).toBe(404);
          hidden++;
        }
      }
    expect(hidden).toBeGreaterThan(0);
  });

  it('never answers 403 where the same role gets 404 on reading the object', () => {
    for (const { route, column, cells } of rows().filter((r) => r.column !== '-'))
      for (const role of ROLES) {
        const read = matrix.get(rowKey('GET /api/orgs/:org/items/:item', column))?.[role];
        if (read === 404 && resourceOf(route) === 'item')
          expect(cells?.[role], `${role}: ${keyOf(route)} [${column}]`).not.toBe(403);
      }
  });

  it("answers the forum's routes on an item the same for an item that does not exist (a 403 there tells nothing)", async () => {
    const ghost = { id: randomUUID(), version: 1, attachment: randomUUID() };
    for (const route of apiRoutes.filter((r) => isItemRoute(r) && resourceOf(r) === 'forum'))
      for (const role of ['reader', 'member', 'outsider', 'director'] as const) {
        const res = await send(s, route, T, headersOf(T, role), {
          item: ghost,
          params: { meeting: T.trustMeetingId },
        });
        expect(res.statusCode, `${role}: ${keyOf(route)}`).toBe(
          matrix.get(rowKey(keyOf(route), 'draft'))?.[role],
        );
      }
  });
});
