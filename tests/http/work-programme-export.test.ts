/** The work programme's export is a download: CSV or JSON, named, never sniffed, for the organisation only. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, type TestServer, testServer } from '../support/http.ts';
import { type OrgFixture, organisationFixture } from './route-fixtures.ts';

let s: TestServer;
let A: OrgFixture;
beforeAll(async () => {
  s = await testServer();
  A = await organisationFixture(s.t.ctx, {
    slug: 'ishoej',
    word: 'Ishøj',
    org: 'Ishøj Kommune',
    forum: 'Koncernledelsen',
    chair: 'Bodil Ishøjgaard',
    unit: 'Ishøj Rådhus',
  });
});
afterAll(() => s.close());

const url = (format: string) => `/api/orgs/${A.org.slug}/forums/CF/programmes/2025/export?format=${format}`;

describe('the work programme export', () => {
  it('sends CSV as an attachment with its file name', async () => {
    const res = await s.app.inject({ method: 'GET', url: url('csv'), headers: as(A.people.staff.id) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      "attachment; filename*=UTF-8''arbejdsprogram-cf-2025.csv",
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.body.split('\r\n')[1]).toBe('Ishøj Kommune: fælles ledelsesgrundlag,,planned,,,,,');
  });

  it('sends JSON on request, and refuses an unknown format', async () => {
    const res = await s.app.inject({ method: 'GET', url: url('json'), headers: as(A.people.staff.id) });
    expect(res.headers['content-disposition']).toContain('arbejdsprogram-cf-2025.json');
    expect(JSON.parse(res.body).initiatives).toHaveLength(1);
    const bad = await s.app.inject({ method: 'GET', url: url('xlsx'), headers: as(A.people.staff.id) });
    expect(bad.statusCode).toBe(400);
  });
});
