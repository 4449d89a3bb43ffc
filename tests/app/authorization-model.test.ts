/**
 * Model-based property test of who may read what: fast-check generates sequences of changes
 * (membership added and ended, items created, submitted, approved, scheduled, closed, withdrawn,
 * agendas published) and queries (reading an item, searching), runs them through the real use
 * cases on the test database, and after every read and search compares what the system answered
 * with the oracle in authorization-model.ts, computed from the model state alone (the commands are
 * in authorization-model-commands.ts).
 *
 * Each run gets a fresh forum (and so fresh memberships) in one organisation whose seven people are
 * shared by the runs. Runs: 1,000 when CI=true, else 100; FORA_MODEL_RUNS overrides, and
 * FORA_MODEL_SEED (with FORA_MODEL_PATH) replays a failure fast-check reported.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUnit } from '../../src/app/create-unit.ts';
import { updatePerson } from '../../src/app/update-person.ts';
import { updateUnit } from '../../src/app/update-unit.ts';
import type { Organisation, Person } from '../../src/domain/organisation.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import {
  charterFactory,
  forumFactory,
  memberFactory,
  operator,
  orgFactory,
  personFactory,
} from '../support/factories.ts';
import { ADMIN, DIRECTOR, type Model, PEOPLE, type Real, SECRETARY } from './authorization-model.ts';
import { commands, executed } from './authorization-model-commands.ts';

const RUNS = Number(process.env.FORA_MODEL_RUNS ?? (process.env.CI === 'true' ? 1000 : 100));
const START = new Date('2025-04-01T10:00:00+02:00');
let t: TestDatabase;
let org: Organisation;
const people: Person[] = [];
let run = 0;

beforeAll(async () => {
  t = await testDatabase();
  org = await orgFactory(t.ctx, { name: 'Modelkommune' });
  const unit = await createUnit(t.ctx, operator(), org.slug, { name: 'Modelcenter' });
  for (let i = 0; i < PEOPLE; i++)
    people.push(
      await personFactory(t.ctx, org, {
        name: `Person ${i}`,
        ...(i === ADMIN && { role: 'admin' as const }),
      }),
    );
  await updateUnit(t.ctx, operator(), org.slug, unit.id, { directorPersonId: people[DIRECTOR]?.id });
  for (const p of people.slice(0, ADMIN))
    await updatePerson(t.ctx, operator(), org.slug, p.id, { unitId: unit.id });
});
afterAll(() => t?.close());

/** Letters only, different in every run, so the search finds this run's items and no others'. */
const wordOf = (n: number): string => {
  let word = '';
  for (let x = n + 1; x > 0; x = Math.floor(x / 26)) word += String.fromCharCode(97 + (x % 26));
  return `modelord${word}`;
};

async function setup(): Promise<{ model: Model; real: Real }> {
  // PGlite answers in memory without real I/O, so a long series of runs would never let the event
  // loop reach its I/O phase, where vitest's worker hears from its main process (whose calls time
  // out after 60 s: "Timeout calling onTaskUpdate"). Give the loop one turn per run.
  await new Promise<void>((resolve) => setImmediate(resolve));
  run++;
  t.setNow(START);
  const forum = await forumFactory(t.ctx, org, { shortName: `M${run}`, name: `Modelforum ${run}` });
  // In force shortly before the runs' dates: the calendar is expanded from here, so it stays short.
  await charterFactory(t.ctx, org, forum, { effectiveFrom: '2025-03-01' });
  const secretary = people[SECRETARY] as Person;
  const membership = await memberFactory(t.ctx, org, forum, secretary, 'secretary');
  const real: Real = {
    ctx: t.ctx,
    setNow: (d) => t.setNow(d),
    org,
    forum,
    people,
    word: wordOf(run),
    itemIds: [],
    memberships: new Map([[SECRETARY, membership.id]]),
    start: START,
  };
  return { model: { roles: new Map([[SECRETARY, 'secretary']]), items: [], day: 0 }, real };
}

describe('who may read an item, against a model of the forum', () => {
  it(`agrees with the oracle after every read and search (${RUNS} runs)`, async () => {
    const seed = process.env.FORA_MODEL_SEED;
    const started = performance.now();
    const seen = { generated: 0, items: 0, published: 0, closed: 0, withdrawn: 0, membershipChanges: 0 };
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 25, size: 'max' }), async (cmds) => {
        const { model, real } = await setup();
        await fc.asyncModelRun(() => ({ model, real }), cmds);
        seen.items += model.items.length;
        seen.generated += [...cmds].length;
        seen.published += model.items.filter((i) => i.state === 'published').length;
        seen.closed += model.items.filter((i) => i.closed).length;
        seen.withdrawn += model.items.filter((i) => i.state === 'withdrawn').length;
        seen.membershipChanges += model.day;
      }),
      {
        numRuns: RUNS,
        ...(seed && { seed: Number(seed), path: process.env.FORA_MODEL_PATH }),
      },
    );
    const seconds = (performance.now() - started) / 1000;
    console.info(
      `authorization model: ${RUNS} runs in ${seconds.toFixed(1)} s; checked ${executed.reads} reads and ` +
        `${executed.searches} searches; ${JSON.stringify(seen)}`,
    );
    expect(run).toBeGreaterThanOrEqual(RUNS);
    // The runs reach the interesting states, so the oracle is put to the test there.
    expect(executed.reads).toBeGreaterThan(RUNS);
    expect(seen.published).toBeGreaterThan(0);
    expect(seen.closed).toBeGreaterThan(0);
  }, 900_000);
});
