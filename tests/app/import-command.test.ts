/** `fora import` run in-process: dry run (JSON shape and summary), saving, per-file errors, --org. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisation } from '../../src/domain/organisation.ts';
import { richTextToPlainText } from '../../src/domain/rich-text.ts';
import { type ImportArgs, importCommand } from '../../src/import-command.ts';
import { parseImportFile } from '../../src/importer/parse-file.ts';
import type { ParsedMeeting } from '../../src/importer/parsed-meeting.ts';
import { listMeetingItems } from '../../src/store/items.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { charterFactory, forumFactory, operator, orgFactory } from '../support/factories.ts';
import { seedAgenda, seedMinutes } from '../support/import-fixture.ts';

let t: TestDatabase;
let dir: string;
let org: Organisation;

/** Stands in for the parsers: a file's text names its fixture ("minutes", "agenda", "both"). */
async function fakeParse(_name: string, bytes: Uint8Array): Promise<ParsedMeeting[]> {
  const text = new TextDecoder().decode(bytes).trim();
  if (text === 'minutes') return [seedMinutes()];
  if (text === 'agenda') return [seedAgenda()];
  if (text === 'both') return [seedAgenda(), { ...seedMinutes(), date: '2025-05-07' }];
  throw new Error('not a document this parser knows');
}

const file = (name: string, text: string): string => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
};

async function run(over: Partial<ImportArgs> & { files: string[] }, ctx = true, parse = fakeParse) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await importCommand(
    { dryRun: false, json: false, ...over },
    {
      ctx: ctx ? t.ctx : null,
      caller: operator(),
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      parse,
    },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  t = await testDatabase();
  t.setNow('2025-06-01T10:00:00+02:00');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fora-import-'));
  org = await orgFactory(t.ctx);
  const forum = await forumFactory(t.ctx, org, { shortName: 'CF', name: 'Chefforum' });
  await charterFactory(t.ctx, org, forum);
}, 60_000);
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('fora import --dry-run', () => {
  it('prints exactly the ParsedMeeting JSON: one object for one meeting, an array for several', async () => {
    const one = await run({ files: [file('referat.txt', 'minutes')], dryRun: true, json: true }, false);
    expect(one.code).toBe(0);
    const parsed = JSON.parse(one.out);
    expect(parsed).toEqual(seedMinutes());
    expect(Object.keys(parsed).sort()).toEqual(
      [
        'absent',
        'date',
        'forum',
        'items',
        'kind',
        'location',
        'participants',
        'start',
        'title',
        'warnings',
      ].sort(),
    );
    const several = await run({ files: [file('begge.xml', 'both')], dryRun: true, json: true }, false);
    expect(JSON.parse(several.out)).toHaveLength(2);
  });

  it('prints a readable summary without --json and saves nothing', async () => {
    const r = await run({ files: [file('referat.txt', 'minutes')], dryRun: true });
    expect(r.code).toBe(0);
    expect(r.out).toContain('REFERAT Chefforum d. 23-04-2025');
    expect(r.out).toContain('4 punkter/items');
    expect(r.out).toContain('4. Personalesag – fortrolig ændring [lukket/closed]');
    const saved = await run({ files: [file('referat.txt', 'minutes')], json: true });
    expect(JSON.parse(saved.out)[0].status).toBe('created');
  });
});

describe('fora import', () => {
  it('reports per file what was created, updated or unchanged, and errors per file without stopping', async () => {
    const missing = path.join(dir, 'findes-ikke.pdf');
    const r = await run({
      files: [
        missing,
        file('dagsorden.txt', 'agenda'),
        file('noget.bin', 'garbage'),
        file('referat.txt', 'minutes'),
      ],
    });
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${missing}: kan ikke læses/cannot read`);
    expect(r.err).toMatch(
      /noget\.bin: ukendt format eller ulæseligt\/unknown format or unreadable: not a document/,
    );
    // The minutes were saved by the test before: the agenda updates the same meeting.
    expect(r.out).toContain('dagsorden.txt: opdateret/updated CF 2025-04-23 dagsorden/agenda');
    expect(r.out).toContain('referat.txt: uændret/unchanged CF 2025-04-23 referat/minutes');
  });

  it('names the organisations when --org is needed, and refuses an unknown --forum per file', async () => {
    await orgFactory(t.ctx);
    const r = await run({ files: [file('referat2.txt', 'minutes')] });
    expect(r.code).toBe(1);
    expect(r.err).toContain('--org is required');
    const wrong = await run({ files: [file('referat3.txt', 'minutes')], org: org.slug, forum: 'XX' });
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('Forum "XX" findes ikke');
  });
});

describe('fora import with the real parser', () => {
  const SEED = path.join(
    process.cwd(),
    '..',
    'shared',
    'seeds',
    'referat-chefforum-albertslund-2025-04-23.txt',
  );

  it('saves the seed minutes: nine items, recommendations and time allotments not printed twice', async () => {
    const other = await orgFactory(t.ctx);
    const forum = await forumFactory(t.ctx, other, { shortName: 'CF', name: 'Chefforum' });
    await charterFactory(t.ctx, other, forum, {
      template: [
        { key: 'resume', heading: 'Resumé' },
        { key: 'sagsfremstilling', heading: 'Sagsfremstilling' },
        { key: 'indstilling', heading: 'Indstilling' },
      ],
    });
    const r = await run({ files: [SEED], org: other.slug, json: true }, true, parseImportFile);
    expect(r.err).toBe('');
    const [result] = JSON.parse(r.out);
    expect(result).toMatchObject({ status: 'created', forum: 'CF', kind: 'minutes', items: { created: 9 } });
    const items = await listMeetingItems(t.db, result.meetingId);
    expect(items.map((i) => i.title)).toContain('Orientering om prøvehandling fra 2024');
    const budget = items.find((i) => i.title === 'Videre proces for Budget 2026');
    expect(budget?.durationMinutes).toBe(10);
    expect(budget?.recommendations).toHaveLength(1);
    const indstilling = richTextToPlainText(budget?.sections.indstilling ?? { type: 'doc', content: [] });
    expect(indstilling).toBe('Kommunaldirektøren indstiller,');
    expect(
      richTextToPlainText(budget?.sections.sagsfremstilling ?? { type: 'doc', content: [] }),
    ).not.toContain('(10 min.)');
    const again = await run({ files: [SEED], org: other.slug }, true, parseImportFile);
    expect(again.out).toContain('uændret/unchanged CF 2025-04-23 referat/minutes');
  });
});
