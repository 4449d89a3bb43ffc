/**
 * `npm run import:eval`: parses every fixture in tests/fixtures/import (each source file next to
 * its <name>.expected.json) and prints precision and recall per field, per fixture and overall.
 * Exits non-zero only when a fixture fails to parse or has no expectation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { formatTable, scores, total } from '../src/importer/eval.ts';
import { evaluateFixtures } from '../src/importer/eval-fixtures.ts';

const dir = path.resolve(process.argv[2] ?? 'tests/fixtures/import');
const result = await evaluateFixtures(
  readdirSync(dir).map((name) => ({ name, read: () => readFileSync(path.join(dir, name)) })),
);
console.log(
  `Import eval over ${result.fixtures.length} fixtures in ${path.relative(process.cwd(), dir) || '.'}\n`,
);
for (const f of result.fixtures) {
  if (f.error) {
    console.log(`FAILED  ${f.name}: ${f.error}`);
    continue;
  }
  const s = scores(total(f.counts));
  console.log(
    `${f.name.padEnd(84)} precision ${(s.precision * 100).toFixed(1).padStart(5)}%  recall ${(s.recall * 100).toFixed(1).padStart(5)}%`,
  );
}
console.log(`\n${formatTable(result.counts, 'field (all fixtures)')}`);
if (result.fixtures.some((f) => f.error)) process.exitCode = 1;
