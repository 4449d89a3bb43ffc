/** Cases through the use cases: case numbers validated against KLE, duplicates, links, lists, isolation. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../src/app/create-case.ts';
import { createUnit } from '../../src/app/create-unit.ts';
import { getCase } from '../../src/app/get-case.ts';
import { listCases } from '../../src/app/list-cases.ts';
import { suggestKleTopics } from '../../src/app/suggest-kle-topics.ts';
import { ForaError } from '../../src/domain/errors.ts';
import type { Organisation } from '../../src/domain/organisation.ts';
import { listAuditEvents } from '../../src/store/audit.ts';
import { insertCase } from '../../src/store/cases.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { callerFor, operator, orgFactory, personFactory } from '../support/factories.ts';
import { failure } from '../support/failure.ts';

let t: TestDatabase;
let org: Organisation;
let other: Organisation;
beforeAll(async () => {
  t = await testDatabase();
  org = await orgFactory(t.ctx, { name: 'Albertslund Kommune' });
  other = await orgFactory(t.ctx, { name: 'Ishøj Kommune' });
});
afterAll(() => t.close());

const all = (slug: string, query?: string) =>
  listCases(t.ctx, operator(), slug, { limit: 500, offset: 0, ...(query !== undefined && { query }) });

describe('creating a case', () => {
  it('keeps a KLE number normalised with its topic, and audits the creation', async () => {
    const staff = await callerFor(t.ctx, await personFactory(t.ctx, org, { role: 'staff' }));
    const c = await createCase(t.ctx, staff, org.slug, {
      title: 'Udpegning af holdledere til Europaparlamentsvalg',
      caseNumber: ' 84.07.00-a00-1-23 ',
    });
    expect(c).toMatchObject({
      orgId: org.id,
      caseNumber: '84.07.00-A00-1-23',
      numberKind: 'kle',
      kleTopic: '84.07.00',
      kleTopicTitle: 'Valg til Europa-Parlamentet i almindelighed',
      responsibleUnitId: null,
      link: null,
    });
    expect(c.createdAt).toBe(t.ctx.now().toISOString());
    const [event] = await listAuditEvents(t.db, org.id, { objectId: c.id, limit: 5 });
    expect(event).toMatchObject({ action: 'case.create', objectType: 'case' });
    expect(await getCase(t.ctx, operator(), org.slug, c.id)).toEqual(c);
  });

  it('keeps other municipal forms as free references, and allows a case without a number', async () => {
    for (const caseNumber of ['EMN-2025-003383', '23-007005', '12/27845']) {
      const c = await createCase(t.ctx, operator(), org.slug, { title: `Sag ${caseNumber}`, caseNumber });
      expect(c).toMatchObject({ caseNumber, numberKind: 'free', kleTopic: null, kleTopicTitle: null });
    }
    for (const caseNumber of [null, '', '  ', undefined]) {
      const c = await createCase(t.ctx, operator(), org.slug, { title: 'Uden sagsnummer', caseNumber });
      expect(c).toMatchObject({ caseNumber: null, numberKind: null, link: null });
    }
  });

  it('refuses a KLE number whose topic does not exist, naming caseNumber; nothing saved', async () => {
    const before = (await all(org.slug)).page.total;
    const err = await failure(
      createCase(t.ctx, operator(), org.slug, { title: 'Forkert emne', caseNumber: '99.99.99-P35-7-23' }),
    );
    expect(err.code).toBe('validation_failed');
    expect(err.details).toEqual([{ path: 'caseNumber', problem: expect.stringContaining('99.99.99') }]);
    expect((await all(org.slug)).page.total).toBe(before);
    expect((await all(org.slug, 'Forkert emne')).items).toEqual([]);
  });

  it('refuses a malformed facet and a missing title, naming the field', async () => {
    const facet = await failure(
      createCase(t.ctx, operator(), org.slug, { title: 'Anlæg', caseNumber: '00.30.08-000-1-24' }),
    );
    expect(facet.details.map((d) => d.path)).toEqual(['caseNumber']);
    const title = await failure(createCase(t.ctx, operator(), org.slug, { title: ' ', caseNumber: null }));
    expect(title.details.map((d) => d.path)).toEqual(['title']);
  });

  it('refuses a duplicate number in the organisation (also written differently), but not in another', async () => {
    await createCase(t.ctx, operator(), org.slug, { title: 'Budget 2026', caseNumber: '00.30.00-P00-4-24' });
    const before = (await all(org.slug)).page.total;
    const err = await failure(
      createCase(t.ctx, operator(), org.slug, { title: 'Budget igen', caseNumber: '00.30.00-p00-4-24' }),
    );
    expect(err.code).toBe('conflict');
    expect(err.details.map((d) => d.path)).toEqual(['caseNumber']);
    expect((await all(org.slug)).page.total).toBe(before);
    const elsewhere = await createCase(t.ctx, operator(), other.slug, {
      title: 'Budget 2026',
      caseNumber: '00.30.00-P00-4-24',
    });
    expect(elsewhere.orgId).toBe(other.id);
  });

  it('lets only one of two simultaneous creations with the same number through', async () => {
    const results = await Promise.allSettled(
      ['Første', 'Anden'].map((title) =>
        createCase(t.ctx, operator(), org.slug, { title, caseNumber: '00.15.00-A21-2-25' }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const reasons = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    expect(reasons).toEqual([expect.any(ForaError)]);
    expect((reasons[0] as ForaError).details.map((d) => d.path)).toEqual(['caseNumber']);
    // The unique index is the last word, named as the same field.
    const row = {
      orgId: org.id,
      title: 'Direkte',
      numberKind: 'free' as const,
      kleTopic: null,
      responsibleUnitId: null,
    };
    await insertCase(t.db, { ...row, caseNumber: 'DIREKTE-1' });
    const err = await failure(insertCase(t.db, { ...row, caseNumber: 'DIREKTE-1' }));
    expect([err.code, err.details.map((d) => d.path)]).toEqual(['conflict', ['caseNumber']]);
  });

  it('takes a responsible unit of the organisation, and refuses one of another organisation', async () => {
    const unit = await createUnit(t.ctx, operator(), org.slug, { name: 'Økonomi & Stab' });
    const theirs = await createUnit(t.ctx, operator(), other.slug, { name: 'Økonomi' });
    const c = await createCase(t.ctx, operator(), org.slug, {
      title: 'Budgetopfølgning',
      responsibleUnitId: unit.id,
    });
    expect(c.responsibleUnitId).toBe(unit.id);
    const err = await failure(
      createCase(t.ctx, operator(), org.slug, { title: 'Fremmed enhed', responsibleUnitId: theirs.id }),
    );
    expect(err.details.map((d) => d.path)).toEqual(['responsibleUnitId']);
  });
});

describe('reading cases', () => {
  it('links to the case-management system with the URL-encoded number when a template is configured', async () => {
    const c = await createCase(t.ctx, operator(), org.slug, { title: 'Lokalplan', caseNumber: '12/30001' });
    const ctx = {
      ...t.ctx,
      settings: { ...t.ctx.settings, caseLinkTemplate: 'https://esdh.example.dk/sag?nr={caseNumber}' },
    };
    expect((await getCase(ctx, operator(), org.slug, c.id)).link).toBe(
      'https://esdh.example.dk/sag?nr=12%2F30001',
    );
    expect((await getCase(t.ctx, operator(), org.slug, c.id)).link).toBeNull();
  });

  it('lists newest first, filters by case number prefix or title (ignoring case), and pages', async () => {
    const o = await orgFactory(t.ctx);
    const make = async (title: string, caseNumber: string | null, at: string) => {
      t.setNow(at);
      return createCase(t.ctx, operator(), o.slug, { title, caseNumber });
    };
    await make('Status på Budgetaftale 2025', '00.30.14-S00-4-25', '2025-04-01T10:00:00Z');
    await make('Videre proces for Budget 2026', '00.30.00-P00-4-24', '2025-04-02T10:00:00Z');
    await make('Genindførelse af miljøledelse', '09.00.00-G01-27-23', '2025-04-03T10:00:00Z');
    await make('100% tilfredshed_projekt', null, '2025-04-04T10:00:00Z');
    const titles = async (query?: string) => (await all(o.slug, query)).items.map((c) => c.title);
    expect(await titles()).toEqual([
      '100% tilfredshed_projekt',
      'Genindførelse af miljøledelse',
      'Videre proces for Budget 2026',
      'Status på Budgetaftale 2025',
    ]);
    expect(await titles('00.30')).toEqual(['Videre proces for Budget 2026', 'Status på Budgetaftale 2025']);
    expect(await titles('BUDGET')).toEqual(['Videre proces for Budget 2026', 'Status på Budgetaftale 2025']);
    expect(await titles('MILJØ')).toEqual(['Genindførelse af miljøledelse']);
    // LIKE wildcards in the query match themselves.
    expect(await titles('%')).toEqual(['100% tilfredshed_projekt']);
    expect(await titles('_')).toEqual(['100% tilfredshed_projekt']);
    expect(await titles('30.00')).toEqual([]);
    const page = await listCases(t.ctx, operator(), o.slug, { limit: 2, offset: 1 });
    expect(page.page).toEqual({ limit: 2, offset: 1, total: 4 });
    expect(page.items.map((c) => c.title)).toEqual([
      'Genindførelse af miljøledelse',
      'Videre proces for Budget 2026',
    ]);
  });

  it('answers not_found for a case of another organisation, however it is asked', async () => {
    const mine = await createCase(t.ctx, operator(), org.slug, { title: 'Intern sag' });
    const outsider = await callerFor(t.ctx, await personFactory(t.ctx, other));
    expect((await failure(getCase(t.ctx, outsider, org.slug, mine.id))).code).toBe('not_found');
    expect((await failure(getCase(t.ctx, outsider, other.slug, mine.id))).code).toBe('not_found');
    expect((await failure(getCase(t.ctx, operator(), other.slug, mine.id))).code).toBe('not_found');
    expect((await failure(listCases(t.ctx, outsider, org.slug, {}))).code).toBe('not_found');
    expect((await failure(createCase(t.ctx, outsider, org.slug, { title: 'Ind ad bagdøren' }))).code).toBe(
      'not_found',
    );
  });
});

describe('suggesting KLE topics', () => {
  it('suggests three topics for a title and text, the election topic first for an election item', async () => {
    const staff = await callerFor(t.ctx, await personFactory(t.ctx, org));
    const { suggestions } = await suggestKleTopics(t.ctx, staff, org.slug, {
      title: 'Bemanning af valgsteder til Europaparlamentsvalg',
      text: 'Chefforum skal godkende den foreløbige bemanning af kommunens valgsteder ifm. det kommende valg til Europa-Parlamentet.',
    });
    expect(suggestions).toHaveLength(3);
    expect(suggestions[0]?.topic).toBe('84.07.00');
  });

  it('wants a title or a text', async () => {
    const err = await failure(suggestKleTopics(t.ctx, operator(), org.slug, { title: ' ', text: '' }));
    expect(err.details.map((d) => d.path)).toEqual(['text']);
  });
});
