/**
 * Upload quotas over HTTP: the organisation's storage quota (all its attachments together) and a
 * person's uploads per 24 hours. A refused upload answers 413 `quota_exceeded` naming the file,
 * and leaves no file on disk and no row.
 */

import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisation, Person } from '../../src/domain/organisation.ts';
import { type QuotaKind, quotaOfProblem } from '../../src/domain/upload-quota.ts';
import { attachmentRoutes } from '../../src/http/routes/attachments.ts';
import { buildServer } from '../../src/http/server.ts';
import { listAttachments } from '../../src/store/attachments.ts';
import { insertItem } from '../../src/store/items.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { forumFactory, memberFactory, orgFactory, personFactory } from '../support/factories.ts';
import { as, type ErrorBody } from '../support/http.ts';

let t: TestDatabase;
let app: FastifyInstance;
beforeAll(async () => {
  t = await testDatabase();
  t.ctx.settings.orgStorageQuotaBytes = 1000;
  t.ctx.settings.personDailyUploadBytes = 600;
  app = await buildServer(t.ctx, { production: false, logger: false, databaseKind: t.kind }, [
    ...attachmentRoutes,
  ]);
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await t.close();
});

/** The draft item each person attaches to (a draft is its submitter's). */
const itemOf = new Map<string, string>();

/** An organisation with one forum and `n` members, each with a draft item of their own. */
async function setting(n: number) {
  const org = await orgFactory(t.ctx);
  const forum = await forumFactory(t.ctx, org);
  const people: Person[] = [];
  for (let i = 0; i < n; i++) {
    const p = await personFactory(t.ctx, org);
    await memberFactory(t.ctx, org, forum, p, 'member');
    const item = await insertItem(t.ctx.db, {
      orgId: org.id,
      forumId: forum.id,
      type: 'decision',
      title: 'Bilag',
      state: 'draft',
      submitterPersonId: p.id,
    });
    itemOf.set(p.id, item.id);
    people.push(p);
  }
  return { org, people };
}

function filesOnDisk(dir = t.filesDir): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? filesOnDisk(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

const upload = (org: Organisation, who: Person, bytes: number) =>
  app.inject({
    method: 'POST',
    url: `/api/orgs/${org.slug}/items/${itemOf.get(who.id)}/attachments?name=noter.txt`,
    headers: { ...as(who.id), 'content-type': 'application/octet-stream' },
    payload: Buffer.from('a'.repeat(bytes)),
  });

/** A refused upload: 413 quota_exceeded on the file, and nothing stored. */
async function expectRefused(
  res: Promise<LightMyRequestResponse>,
  who: Person,
  reason: RegExp,
  quota: QuotaKind,
): Promise<void> {
  const itemId = itemOf.get(who.id) ?? '';
  const files = filesOnDisk().length;
  const rows = (await listAttachments(t.ctx.db, itemId)).length;
  const answer = await res;
  expect(answer.statusCode, answer.body).toBe(413);
  const body = answer.json<ErrorBody>();
  expect(Object.keys(body).sort()).toEqual(['details', 'error', 'message']);
  expect(body.error).toBe('quota_exceeded');
  expect(body.details).toHaveLength(1);
  expect(body.details[0]?.path).toBe('file');
  expect(body.details[0]?.problem).toMatch(reason);
  // The web app recognises which quota it was, to say it in Danish.
  expect(quotaOfProblem(body.details[0]?.problem ?? '')).toBe(quota);
  expect(filesOnDisk()).toHaveLength(files);
  expect(await listAttachments(t.ctx.db, itemId)).toHaveLength(rows);
}

describe("the organisation's storage quota", () => {
  it('takes uploads up to the quota, refuses the one that would pass it, and frees room on removal', async () => {
    const { org, people } = await setting(3);
    const [a, b, c] = people as [Person, Person, Person];
    expect((await upload(org, a, 500)).statusCode).toBe(201);
    const second = await upload(org, b, 400);
    expect(second.statusCode).toBe(201);
    const before = filesOnDisk().length;
    await expectRefused(upload(org, c, 200), c, /organisation's storage quota of .*MB/, 'org');
    expect(filesOnDisk()).toHaveLength(before);
    // Exactly up to the quota is fine; then even one byte is refused.
    expect((await upload(org, c, 100)).statusCode).toBe(201);
    await expectRefused(upload(org, c, 1), c, /storage quota/, 'org');
    // Another organisation has its own quota.
    const other = await setting(1);
    expect((await upload(other.org, other.people[0] as Person, 500)).statusCode).toBe(201);
    // Removing an attachment makes room again.
    const removed = await app.inject({
      method: 'DELETE',
      url: `/api/orgs/${org.slug}/items/${itemOf.get(b.id)}/attachments/${second.json().id}`,
      headers: as(b.id),
    });
    expect(removed.statusCode).toBe(204);
    expect((await upload(org, c, 200)).statusCode).toBe(201);
  });
});

describe('uploads at the same time', () => {
  it('two that fit only one at a time: one is taken, the other refused, nothing left over', async () => {
    const { org, people } = await setting(2);
    const [a, b] = people as [Person, Person];
    const files = filesOnDisk().length;
    const answers = await Promise.all([upload(org, a, 550), upload(org, b, 550)]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 413]);
    expect(filesOnDisk()).toHaveLength(files + 1);
    const rows = [
      ...(await listAttachments(t.ctx.db, itemOf.get(a.id) ?? '')),
      ...(await listAttachments(t.ctx.db, itemOf.get(b.id) ?? '')),
    ];
    expect(rows).toHaveLength(1);
  });
});

describe("a person's daily upload quota", () => {
  it('counts the last 24 hours per person', async () => {
    const { org, people } = await setting(2);
    const [a, b] = people as [Person, Person];
    expect((await upload(org, a, 400)).statusCode).toBe(201);
    await expectRefused(upload(org, a, 300), a, /daily upload quota of .*MB per person/, 'daily');
    expect((await upload(org, a, 200)).statusCode).toBe(201);
    await expectRefused(upload(org, a, 1), a, /daily upload quota/, 'daily');
    // Someone else in the organisation still may.
    expect((await upload(org, b, 300)).statusCode).toBe(201);
    // A day later the person may upload again (the organisation still has room).
    t.setNow(new Date(t.ctx.now().getTime() + 24 * 60 * 60 * 1000 + 1000));
    expect((await upload(org, a, 50)).statusCode).toBe(201);
  });
});
