/**
 * Publishing renders the documents in a job, stored per version, audience and format, and the API
 * serves them with their content type, file name and caching headers. A closed item's canary word
 * stays out of the organisation-wide renderings. Runs on PGlite and PostgreSQL.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem } from '../../src/app/create-item.ts';
import { decideItem } from '../../src/app/decide-item.ts';
import { publishAgenda } from '../../src/app/publish-agenda.ts';
import { scheduleItem } from '../../src/app/schedule-item.ts';
import { submitItem } from '../../src/app/submit-item.ts';
import { runJobsOnce } from '../../src/job-worker.ts';
import { listJobs } from '../../src/store/jobs.ts';
import { as, type TestServer, testServer } from '../support/http.ts';
import { type PipelineFixture, pipelineFixture } from '../support/pipeline-fixture.ts';

const CANARY = 'KANARIEFUGL-8812';
let s: TestServer;
let f: PipelineFixture;
let meetingId: string;
const quiet = { info() {}, error() {} };

const pdfText = (bytes: Buffer): string => {
  const file = path.join(os.tmpdir(), `fora-doc-${process.pid}-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, bytes);
  try {
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(file, { force: true });
  }
};

beforeAll(async () => {
  s = await testServer();
  s.t.setNow('2025-05-05T10:00:00+02:00');
  f = await pipelineFixture(s.t);
  const para = (text: string) => ({
    type: 'doc' as const,
    content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
  });
  for (const [title, closed] of [
    ['Genindførelse af miljøledelse', false],
    [`Personalesag ${CANARY}`, true],
  ] as const) {
    const item = await createItem(s.t.ctx, await f.as.head(), f.org.slug, f.forum.shortName, {
      type: 'decision',
      title,
      sections: { sagsfremstilling: para(`Tekst om ${title}.`) },
      recommendations: ['Chefforum godkender indstillingen'],
      closed,
      closedBasis: closed ? 'Offentlighedslovens § 21' : null,
    });
    await submitItem(s.t.ctx, await f.as.head(), f.org.slug, item.id);
    await decideItem(s.t.ctx, await f.as.director(), f.org.slug, item.id, { decision: 'approve' });
    await scheduleItem(s.t.ctx, await f.as.secretary(), f.org.slug, item.id, { meeting: '2025-05-15' });
  }
  meetingId = (
    await publishAgenda(s.t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName, '2025-05-15')
  ).meetingId;
});
afterAll(() => s.close());

const url = (kind: string, format: string) =>
  `/api/orgs/${f.org.slug}/forums/${f.forum.shortName}/meetings/${meetingId}/documents/${kind}/1/${format}`;

describe('documents of a published agenda', () => {
  it('renders every audience and format in one job, queued once at publication', async () => {
    expect((await listJobs(s.t.db, 'render')).map((j) => j.status)).toEqual(['pending']);
    expect(await runJobsOnce(s.t.ctx, quiet)).toBe(1);
    expect((await listJobs(s.t.db, 'render')).map((j) => j.status)).toEqual(['done']);
  });

  it('serves the members’ PDF with the closed item, and the organisation’s without it', async () => {
    const member = await s.app.inject({
      method: 'GET',
      url: url('agenda', 'pdf'),
      headers: as(f.people.head.email),
    });
    expect(member.statusCode).toBe(200);
    expect(member.headers['content-type']).toBe('application/pdf');
    expect(member.headers['content-disposition']).toContain(
      encodeURIComponent('Dagsorden Chefforum 2025-05-15 v1.pdf'),
    );
    expect(member.headers['cache-control']).toContain('immutable');
    expect(member.headers.etag).toMatch(/^"[0-9a-f]{64}"$/);
    const memberText = pdfText(member.rawPayload);
    expect(memberText).toContain('DAGSORDEN Chefforum d. 15-05-2025');
    expect(memberText).toContain(CANARY);
    const other = await s.app.inject({
      method: 'GET',
      url: url('agenda', 'pdf'),
      headers: as(f.people.outsider.email),
    });
    const otherText = pdfText(other.rawPayload);
    expect(otherText).toContain('Lukket punkt');
    expect(otherText).toContain('Genindførelse af miljøledelse');
    expect(otherText).not.toContain(CANARY);
  });

  it('serves DOCX and HTML with their content types, and the packet as a PDF', async () => {
    const docx = await s.app.inject({
      method: 'GET',
      url: url('agenda', 'docx'),
      headers: as(f.people.outsider.email),
    });
    expect(docx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(docx.rawPayload.includes(Buffer.from(CANARY))).toBe(false);
    const html = await s.app.inject({
      method: 'GET',
      url: url('agenda', 'html'),
      headers: as(f.people.outsider.email),
    });
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.body).toContain('<html lang="da"');
    expect(html.body).not.toContain(CANARY);
    const packet = await s.app.inject({
      method: 'GET',
      url: url('packet', 'pdf'),
      headers: as(f.people.head.email),
    });
    expect(packet.statusCode).toBe(200);
    expect(pdfText(packet.rawPayload)).toContain('DAGSORDEN Chefforum');
  });

  it('answers 404 for a version that was never published', async () => {
    const res = await s.app.inject({
      method: 'GET',
      url: url('minutes', 'pdf'),
      headers: as(f.people.head.email),
    });
    expect(res.statusCode).toBe(404);
  });
});
