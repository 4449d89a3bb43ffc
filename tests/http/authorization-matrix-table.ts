/**
 * The authorization matrix as text: one line per route (and item state, for routes on an item),
 * one column per role, each cell the HTTP status the role gets. Written by the matrix test in its
 * regenerate mode (FORA_MATRIX_WRITE=1) into authorization-matrix.expected.ts, and compared line
 * by line otherwise.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ITEM_STATES, ROLE_NOTES, ROLES, type Role, STATE_NOTES } from './trust-fixture.ts';

export type Matrix = Map<string, Record<Role, number>>;
/** The key of a row: "METHOD /path" and the item state ("-" for routes without an item). */
export const rowKey = (route: string, column: string) => `${route} ${column}`;

const ROUTE_WIDTH = 90;
const STATE_WIDTH = 14;
const CELL_WIDTH = 13;

export function formatMatrix(matrix: Matrix): string[] {
  const header =
    'route'.padEnd(ROUTE_WIDTH) +
    'state'.padEnd(STATE_WIDTH) +
    ROLES.map((r) => r.padEnd(CELL_WIDTH)).join('');
  const lines = [header.trimEnd()];
  for (const [key, cells] of matrix) {
    const cut = key.lastIndexOf(' ');
    const line =
      key.slice(0, cut).padEnd(ROUTE_WIDTH) +
      key.slice(cut + 1).padEnd(STATE_WIDTH) +
      ROLES.map((r) => String(cells[r]).padEnd(CELL_WIDTH)).join('');
    lines.push(line.trimEnd());
  }
  return lines;
}

/** The lines of the committed table (blank lines and the legend's lines dropped). */
export const tableLines = (text: string): string[] =>
  text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));

const EXPECTED_FILE = fileURLToPath(new URL('./authorization-matrix.expected.ts', import.meta.url));

export function writeExpected(matrix: Matrix): void {
  const legend = [
    '# Rows: every API route (apiRoutes), and for routes on an item one row per item state.',
    '# Cells: the HTTP status the role gets. 2xx: allowed; 401: sign-in required; 403: refused, the',
    '# object is known to the role; 404: the object is not known to the role (or does not exist);',
    '# 409/400: allowed by the policy but refused by the state or the input.',
    '# Writes are made in the column order shown; a successful write on an item is followed by a fresh',
    '# item in that state. Calendar feeds are signed by the token in their path, whoever asks.',
    ...ROLES.map((r) => `# ${r}: ${ROLE_NOTES[r]}`),
    ...ITEM_STATES.map((s) => `# [${s}] ${STATE_NOTES[s]}`),
  ];
  const text = [
    '/**',
    ' * The reviewed authorization matrix: what every role gets from every route, per item state.',
    ' * Asserted by authorization-matrix.test.ts; regenerate with',
    ' * `FORA_MATRIX_WRITE=1 npx vitest run tests/http/authorization-matrix.test.ts` and review the diff.',
    ' */',
    'export const EXPECTED_MATRIX = `',
    ...legend,
    ...formatMatrix(matrix),
    '`;',
    '',
  ].join('\n');
  fs.writeFileSync(EXPECTED_FILE, text);
}
