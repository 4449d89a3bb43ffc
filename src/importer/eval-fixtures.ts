/**
 * Runs the parsers over a fixture folder's files and compares each with its
 * `<name>.expected.json` (a ParsedMeeting[]). Used by `npm run import:eval` and its test.
 */
import { addCounts, compareFile, emptyCounts, type FieldCounts } from './eval.ts';
import { parseImportFile } from './parse-file.ts';
import type { ParsedMeeting } from './parsed-meeting.ts';

export interface FixtureFile {
  name: string;
  read: () => Uint8Array;
}

export interface FixtureResult {
  name: string;
  counts: FieldCounts;
  error?: string;
}

const EXPECTED = '.expected.json';

export async function evaluateFixtures(
  files: FixtureFile[],
): Promise<{ fixtures: FixtureResult[]; counts: FieldCounts }> {
  const byName = new Map(files.map((f) => [f.name, f]));
  const sources = files
    .filter((f) => !f.name.endsWith(EXPECTED) && !f.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name));
  const counts = emptyCounts();
  const fixtures: FixtureResult[] = [];
  for (const source of sources) {
    const base = source.name.replace(/\.[^.]+$/, '');
    const expectedFile = byName.get(`${base}${EXPECTED}`);
    if (!expectedFile) {
      fixtures.push({ name: source.name, counts: emptyCounts(), error: `no ${base}${EXPECTED}` });
      continue;
    }
    const expected = JSON.parse(new TextDecoder().decode(expectedFile.read())) as ParsedMeeting[];
    try {
      const actual = await parseImportFile(source.name, source.read());
      const c = compareFile(expected, actual);
      addCounts(counts, c);
      fixtures.push({ name: source.name, counts: c });
    } catch (e) {
      fixtures.push({ name: source.name, counts: emptyCounts(), error: (e as Error).message });
    }
  }
  return { fixtures, counts };
}
