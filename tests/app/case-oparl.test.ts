/**
 * A case as an OParl 1.1 Paper (src/app/get-case-oparl.ts), after the journey of
 * tests/support/case-journey.ts with DIF as the deciding forum, checked against the OParl 1.1
 * JSON schemas in ../shared/oparl-1.1/schema with ajv.
 */
import { readFileSync } from 'node:fs';
import AjvModule from 'ajv';
import formatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCaseOParl } from '../../src/app/get-case-oparl.ts';
import { updateCase } from '../../src/app/update-case.ts';
import {
  type CaseJourney,
  CF_DECISION,
  DIF_DECISION,
  decideInDif,
  referToDif,
} from '../support/case-journey.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';

let t: TestDatabase;
let j: CaseJourney;
beforeAll(async () => {
  t = await testDatabase();
  j = await referToDif(t);
  await decideInDif(j);
  await updateCase(t.ctx, await j.f.as.secretary(), j.f.org.slug, j.kase.id, { decidingForumId: j.dif.id });
});
afterAll(() => t.close());

const SCHEMA = new URL('../../../shared/oparl-1.1/schema/', import.meta.url);
const schema = (name: string) => JSON.parse(readFileSync(new URL(`${name}.json`, SCHEMA), 'utf8'));
const Ajv = AjvModule.default ?? AjvModule;
const addFormats = formatsModule.default ?? formatsModule;
const base = 'https://fora.albertslund.dk/oparl/v1.1';

describe('the OParl 1.1 export of a case', () => {
  it('is a Paper with one Consultation per visit, authoritative only for the deciding visit', async () => {
    const { f, kase, items } = j;
    const { paper } = await getCaseOParl(t.ctx, await f.as.head(), f.org.slug, kase.id);
    expect(paper).toMatchObject({
      id: `${base}/paper/${kase.id}`,
      type: 'https://schema.oparl.org/1.1/Paper',
      body: `${base}/body/${f.org.id}`,
      name: 'Genindførelse af miljøledelse',
      reference: '09.00.00-G01-27-23',
      created: kase.createdAt,
    });
    expect(paper.consultation.map((c) => [c.agendaItem, c.organization, c.authoritative, c.role])).toEqual([
      [`${base}/agendaitem/${items.a.id}`, [`${base}/organization/${j.cf.id}`], false, 'Høring'],
      [`${base}/agendaitem/${items.b.id}`, [`${base}/organization/${j.dif.id}`], true, 'Beslutning'],
      [`${base}/agendaitem/${items.c.id}`, [`${base}/organization/${j.cf.id}`], false, 'Høring'],
    ]);
  });

  it('gives each visit an AgendaItem with its number, result and resolution text', async () => {
    const { agendaItems } = await getCaseOParl(t.ctx, await j.f.as.head(), j.f.org.slug, j.kase.id);
    expect(agendaItems.map((a) => [a.number, a.name, a.public, a.result, a.resolutionText])).toEqual([
      ['2', 'Genindførelse af miljøledelse', true, 'Henvist', CF_DECISION],
      ['1', 'Genindførelse af miljøledelse', true, '1: Godkendt; 2: Henvist', DIF_DECISION],
      ['2', 'Genindførelse af miljøledelse', true, undefined, undefined],
    ]);
  });

  it("shows a DIF member the closed DIF item's visit, its title withheld", async () => {
    const { agendaItems, paper } = await getCaseOParl(t.ctx, await j.f.as.chair(), j.f.org.slug, j.kase.id);
    expect(paper.consultation).toHaveLength(4);
    const closed = agendaItems.find((a) => a.id === `${base}/agendaitem/${j.items.d.id}`);
    expect(closed).toMatchObject({ name: 'Lukket punkt', public: false });
  });

  it('is valid against the OParl 1.1 schemas', async () => {
    const { paper, agendaItems } = await getCaseOParl(t.ctx, await j.f.as.chair(), j.f.org.slug, j.kase.id);
    // The schemas' patterns escape ':' (`https\:`), which is no valid escape in a unicode RegExp;
    // their documentation keywords are declared as such.
    const ajv = new Ajv({ allErrors: true, unicodeRegExp: false });
    ajv.addVocabulary(['references', 'backreference', 'cardinality', 'schema']);
    addFormats(ajv);
    for (const name of ['Paper', 'Consultation', 'AgendaItem']) ajv.addSchema(schema(name), name);
    const check = (name: string, value: unknown) => {
      const validate = ajv.getSchema(name);
      expect(validate?.(value), `${name}: ${JSON.stringify(validate?.errors)}`).toBe(true);
    };
    check('Paper', paper);
    for (const c of paper.consultation) check('Consultation', c);
    for (const a of agendaItems) check('AgendaItem', a);
    expect(agendaItems).toHaveLength(4);
  });
});
