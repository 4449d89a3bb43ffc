/**
 * The audit log's hash chain (ADR 0017): an untouched log verifies; a changed, removed or moved row
 * is reported with its id and why; rows written by concurrent transactions still form one chain;
 * the backfill of migration 0013 chains rows written before it. Retention redacts expired access
 * events and keeps the chain verifiable; a person's events can be exported.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { audit, callerOf } from '../../src/app/context.ts';
import { exportPersonAudit, personAuditCsv } from '../../src/app/export-person-audit.ts';
import { pruneAuditLog } from '../../src/app/prune-audit-log.ts';
import { verifyAuditLog } from '../../src/app/verify-audit-log.ts';
import type { Organisation, Person } from '../../src/domain/organisation.ts';
import { MIGRATIONS_DIR } from '../../src/store/db.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { callerFor, operator, orgFactory, personFactory } from '../support/factories.ts';

const open: TestDatabase[] = [];
afterEach(async () => {
  for (const d of open.splice(0)) await d.close();
});

interface Seeded {
  t: TestDatabase;
  org: Organisation;
  admin: Person;
  reader: Person;
  ids: number[];
}

/** A database with an organisation, two people, and reads of closed items from an address. */
async function seeded(): Promise<Seeded> {
  const t = await testDatabase();
  open.push(t);
  const org = await orgFactory(t.ctx);
  const admin = await personFactory(t.ctx, org, { name: 'Anne Admin', role: 'admin' });
  const reader = await personFactory(t.ctx, org, { name: 'Rasmus Læser' });
  const caller = callerOf((await callerFor(t.ctx, reader)).actor, '198.51.100.23');
  for (let i = 0; i < 4; i++)
    await audit(t.db, caller, {
      orgId: org.id,
      action: 'item.read_closed',
      objectType: 'item',
      objectId: `item-${i}`,
      detail: { n: i, note: 'æøå "citat"' },
    });
  const rows = await t.db.execute<{ id: number }>(sql`select id from audit_events order by id`);
  return { t, org, admin, reader, ids: rowsOf<{ id: number }>(rows).map((r) => Number(r.id)) };
}

// biome-ignore lint/suspicious/noExplicitAny: node-postgres and PGlite results differ in shape
const rowsOf = <T>(r: any): T[] => (Array.isArray(r) ? r : r.rows);

const at = (ids: number[], i: number): number => {
  const id = ids[i];
  if (id === undefined) throw new Error(`no row ${i}`);
  return id;
};

describe('the hash chain', () => {
  it('verifies an untouched log and names its head', async () => {
    const { t, ids } = await seeded();
    const result = await verifyAuditLog(t.ctx, operator());
    expect(result).toMatchObject({ ok: true, broken: null, rows: ids.length, redacted: 0 });
    expect(result.head?.id).toBe(ids.at(-1));
    expect(result.head?.hash).toMatch(/^[0-9a-f]{64}$/);
    // The verification is itself audited, and the log still verifies afterwards.
    expect(await verifyAuditLog(t.ctx, operator())).toMatchObject({ ok: true, rows: ids.length + 1 });
  });

  it('reports a row whose detail was changed as the changed row, by a hash mismatch', async () => {
    const { t, ids } = await seeded();
    const target = at(ids, 3);
    await t.db.execute(sql`update audit_events set detail = '{"n": 99}'::jsonb where id = ${target}`);
    expect((await verifyAuditLog(t.ctx, operator())).broken).toMatchObject({
      id: target,
      reason: 'hash_mismatch',
    });
  });

  it('reports the row after a deleted middle row, by a prev mismatch', async () => {
    const { t, ids } = await seeded();
    await t.db.execute(sql`delete from audit_events where id = ${at(ids, 3)}`);
    expect((await verifyAuditLog(t.ctx, operator())).broken).toMatchObject({
      id: at(ids, 4),
      reason: 'prev_mismatch',
    });
  });

  it('reports two rows that swapped places', async () => {
    const { t, ids } = await seeded();
    const [a, b] = [at(ids, 3), at(ids, 4)];
    await t.db.execute(sql`update audit_events set id = -1 where id = ${a}`);
    await t.db.execute(sql`update audit_events set id = ${a} where id = ${b}`);
    await t.db.execute(sql`update audit_events set id = ${b} where id = -1`);
    expect((await verifyAuditLog(t.ctx, operator())).broken).toMatchObject({
      id: a,
      reason: 'prev_mismatch',
    });
  });

  it('refuses to hide a change event behind a redaction mark', async () => {
    const { t, org } = await seeded();
    const rows = await t.db.execute<{ id: number }>(
      sql`select id from audit_events where action = 'person.create' and org_id = ${org.id} order by id limit 1`,
    );
    const id = Number(rowsOf<{ id: number }>(rows)[0]?.id);
    await t.db.execute(
      sql`update audit_events set redacted_at = now(), detail = '{}'::jsonb where id = ${id}`,
    );
    expect((await verifyAuditLog(t.ctx, operator())).broken).toMatchObject({
      id,
      reason: 'redacted_change_event',
    });
  });

  it('is one chain when many transactions append at once', async () => {
    const { t, org } = await seeded();
    await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        t.db.transaction(async (tx) => {
          await audit(tx, operator(), {
            orgId: org.id,
            action: 'test.write',
            objectType: 'n',
            objectId: `${i}`,
          });
          await audit(tx, operator(), {
            orgId: org.id,
            action: 'test.write',
            objectType: 'n',
            objectId: `${i}b`,
          });
        }),
      ),
    );
    expect(await verifyAuditLog(t.ctx, operator())).toMatchObject({ ok: true });
  });

  it('chains the rows written before migration 0013 (its backfill)', async () => {
    const { t, ids } = await seeded();
    await t.db.execute(sql`update audit_events set prev_hash = null, hash = null`);
    expect((await verifyAuditLog(t.ctx, operator())).ok).toBe(false);
    const migration = fs.readFileSync(path.join(MIGRATIONS_DIR, '0013_audit_chain.sql'), 'utf8');
    const backfill = migration.split('--> statement-breakpoint').at(-1) ?? '';
    expect(backfill).toContain('DO $$');
    await t.db.execute(sql.raw(backfill));
    expect(await verifyAuditLog(t.ctx, operator())).toMatchObject({ ok: true, rows: ids.length + 1 });
  });

  it('refuses an append from a repeatable-read transaction, which would fork the chain', async () => {
    const { t, org } = await seeded();
    await expect(
      t.db.transaction(
        (tx) =>
          audit(tx, operator(), { orgId: org.id, action: 'test.write', objectType: 'n', objectId: 'x' }),
        { isolationLevel: 'repeatable read' },
      ),
    ).rejects.toThrow();
  });

  it('is checked by the operator only', async () => {
    const { t, admin } = await seeded();
    await expect(verifyAuditLog(t.ctx, await callerFor(t.ctx, admin))).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});

describe('retention', () => {
  const dbNow = async (t: TestDatabase): Promise<Date> => {
    const r = rowsOf<{ now: string | Date }>(await t.db.execute(sql`select now() as now`));
    return new Date(r[0]?.now ?? '');
  };
  const monthsAfter = (d: Date, months: number) => new Date(d.getTime() + months * 31 * 24 * 3600_000);

  it('keeps access events younger than the retention period', async () => {
    const { t } = await seeded();
    t.setNow(monthsAfter(await dbNow(t), 5));
    expect(await pruneAuditLog(t.ctx, operator())).toMatchObject({ redacted: 0, retentionMonths: 6 });
  });

  it('redacts expired access events, keeps change events, still verifies, and records the pruning', async () => {
    const { t, org, reader } = await seeded();
    t.setNow(monthsAfter(await dbNow(t), 7));
    const result = await pruneAuditLog(t.ctx, operator());
    expect(result.redacted).toBe(4);
    const rows = rowsOf<{
      action: string;
      actor_person_id: string | null;
      address: string | null;
      detail: unknown;
      redacted_at: unknown;
      actor_label: string;
    }>(await t.db.execute(sql`select * from audit_events where org_id = ${org.id} order by id`));
    const reads = rows.filter((r) => r.action === 'item.read_closed');
    expect(reads).toHaveLength(4);
    for (const r of reads) {
      expect(r).toMatchObject({ actor_person_id: null, address: null, actor_label: '', detail: {} });
      expect(r.redacted_at).not.toBeNull();
    }
    const created = rows.filter((r) => r.action === 'person.create');
    expect(created.length).toBe(2);
    for (const r of created) expect(r.redacted_at).toBeNull();
    expect(JSON.stringify(reads)).not.toContain('198.51.100.23');
    expect(JSON.stringify(reads)).not.toContain(reader.id);
    const pruned = rowsOf<{ detail: { redacted: number; before: string } }>(
      await t.db.execute(sql`select detail from audit_events where action = 'audit.prune'`),
    );
    expect(pruned[0]?.detail).toMatchObject({ redacted: 4, before: result.before });
    expect(await verifyAuditLog(t.ctx, operator())).toMatchObject({ ok: true, redacted: 4 });
    // A second run finds only the verification just written (an access event, older than the clock's cut-off).
    expect((await pruneAuditLog(t.ctx, operator())).redacted).toBe(1);
  });

  it('follows the configured number of months', async () => {
    const { t } = await seeded();
    t.ctx.settings = { ...t.ctx.settings, auditRetentionMonths: 2 };
    t.setNow(monthsAfter(await dbNow(t), 3));
    expect((await pruneAuditLog(t.ctx, operator())).redacted).toBe(4);
  });
});

describe("a person's events (GDPR)", () => {
  it('lists the events where the person acted, is the object, or is named in the detail, and audits the export', async () => {
    const { t, org, admin, reader } = await seeded();
    await audit(t.db, operator(), {
      orgId: org.id,
      action: 'membership.add',
      objectType: 'forum',
      objectId: 'some-forum',
      detail: { personId: reader.id, role: 'member' },
    });
    await audit(t.db, callerOf({ kind: 'anonymous' }, '192.0.2.1'), {
      orgId: org.id,
      action: 'session.sign_in_failed',
      objectType: 'person',
      objectId: '',
      detail: { email: reader.email.toUpperCase(), reason: 'not_enabled', method: 'oidc' },
    });
    await audit(t.db, operator(), {
      orgId: org.id,
      action: 'test.other',
      objectType: 'forum',
      objectId: 'x',
    });
    const adminCaller = callerOf((await callerFor(t.ctx, admin)).actor, '203.0.113.9');
    const found = await exportPersonAudit(t.ctx, adminCaller, org.slug, reader.id);
    const actions = found.events.map((e) => e.action);
    expect(actions.filter((a) => a === 'item.read_closed')).toHaveLength(4);
    expect(actions).toContain('person.create');
    expect(actions).toContain('membership.add');
    expect(actions).toContain('session.sign_in_failed');
    expect(actions).not.toContain('test.other');
    const read = found.events.find((e) => e.action === 'item.read_closed');
    expect(read).toMatchObject({
      who: { personId: reader.id, label: 'Rasmus Læser' },
      address: '198.51.100.23',
      object: { type: 'item', id: 'item-0' },
    });
    // By e-mail too (the CLI), and the exports are audited as access events on the person.
    const byEmail = await exportPersonAudit(t.ctx, adminCaller, org.slug, reader.email);
    expect(byEmail.events.map((e) => e.id)).toEqual([...found.events.map((e) => e.id), expect.any(Number)]);
    expect(byEmail.events.at(-1)).toMatchObject({
      action: 'audit.export',
      who: { personId: admin.id },
      address: '203.0.113.9',
      object: { type: 'person', id: reader.id },
    });
    const csv = personAuditCsv(found.events);
    expect(csv.split('\r\n')[0]).toBe(
      'id,at,actor_person_id,actor,address,action,object_type,object_id,detail,redacted_at',
    );
    expect(csv).toContain('"{""n"":0,""note"":""æøå \\""citat\\""""}"');
  });

  it('is refused to a person who is not an administrator', async () => {
    const { t, org, reader } = await seeded();
    await expect(
      exportPersonAudit(t.ctx, await callerFor(t.ctx, reader), org.slug, reader.id),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
