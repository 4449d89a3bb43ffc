/**
 * `fora import` given a Fora archive: the seed minutes imported into one database, exported with
 * `exportArchive`, and restored by `importCommand` into an empty one, equal table by table.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportArchive } from '../../src/app/export-archive.ts';
import type { Organisation } from '../../src/domain/organisation.ts';
import { type ImportArgs, importCommand } from '../../src/import-command.ts';
import { countOrganisations, findOrganisationBySlug } from '../../src/store/organisations.ts';
import { tableHashes } from '../support/archive-compare.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { charterFactory, forumFactory, operator, orgFactory } from '../support/factories.ts';

const SEED = path.resolve(
  import.meta.dirname,
  '../../../shared/seeds/referat-chefforum-albertslund-2025-04-23.txt',
);

let source: TestDatabase;
let target: TestDatabase;
let dir: string;
let org: Organisation;

async function run(t: TestDatabase, over: Partial<ImportArgs> & { files: string[] }) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await importCommand(
    { dryRun: false, json: false, ...over },
    { ctx: t.ctx, caller: operator(), out: (l) => out.push(l), err: (l) => err.push(l) },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  [source, target] = await Promise.all([testDatabase(), testDatabase()]);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fora-archive-cmd-'));
  org = await orgFactory(source.ctx);
  const forum = await forumFactory(source.ctx, org, { shortName: 'CF', name: 'Chefforum' });
  await charterFactory(source.ctx, org, forum);
  const imported = await run(source, { files: [SEED], org: org.slug });
  expect(imported.err).toBe('');
  expect(imported.code).toBe(0);
}, 120_000);
afterAll(async () => {
  await Promise.all([source?.close(), target?.close()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('fora import with a Fora archive', () => {
  it('checks a zip on --dry-run without writing, then restores it with every table equal', async () => {
    const zip = path.join(dir, 'export.zip');
    await exportArchive(source.ctx, operator(), { org: org.slug, out: zip });

    const dry = await run(target, { files: [zip], dryRun: true });
    expect(dry.err).toBe('');
    expect(dry.out).toContain(`${org.slug} kontrolleret/checked`);
    expect(await countOrganisations(target.db)).toBe(0);

    const restored = await run(target, { files: [zip] });
    expect(restored.err).toBe('');
    expect(restored.code).toBe(0);
    expect(restored.out).toContain(`${org.slug} gendannet/restored`);
    const copy = await findOrganisationBySlug(target.db, org.slug);
    expect(copy?.id).toBe(org.id);
    expect(await tableHashes(target.ctx, org.id)).toEqual(await tableHashes(source.ctx, org.id));
  });

  it('refuses the same archive a second time and says why, with exit code 1', async () => {
    const folder = path.join(dir, 'export-folder');
    await exportArchive(source.ctx, operator(), { org: org.slug, out: folder });
    const again = await run(target, { files: [folder] });
    expect(again.code).toBe(1);
    expect(again.err).toContain('Fora-arkiv ikke gendannet/Fora archive not restored');
    expect(again.err).toContain(org.slug);
  });
});
