/** Demo sign-in: every demo person gets an account with the demo password, hashed once. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerOf } from '../../src/app/context.ts';
import { demoOrgs } from '../../src/app/demo/index.ts';
import { DEMO_PASSWORD, demoAccounts, ensureDemoAccounts } from '../../src/app/ensure-demo-accounts.ts';
import { loadDemo } from '../../src/app/load-demo.ts';
import { signIn } from '../../src/app/sign-in.ts';
import { accounts } from '../../src/store/schema.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { operator } from '../support/factories.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await testDatabase();
  await loadDemo(t.ctx, operator());
});
afterAll(() => t.close());

describe('demo accounts', () => {
  it('gives every demo person an account with the demo password, hashed once, and only once', async () => {
    const people = demoOrgs.flatMap((o) => o.people);
    expect(await ensureDemoAccounts(t.ctx, operator())).toEqual({
      present: demoOrgs,
      created: people.length,
    });
    const rows = await t.db.select().from(accounts);
    expect(rows).toHaveLength(people.length);
    expect(new Set(rows.map((r) => r.passwordHash)).size).toBe(1);
    expect((await ensureDemoAccounts(t.ctx, operator())).created).toBe(0);
  });

  it('lists a few accounts of every role group, and each signs in with the demo password', async () => {
    const list = demoAccounts(demoOrgs, '2025-04-01');
    expect(new Set(list.filter((a) => a.org === 'albertslund').map((a) => a.group))).toEqual(
      new Set(['admin', 'sekretær', 'forperson/direktør', 'medlem/chef', 'læser']),
    );
    for (const a of list) {
      const s = await signIn(
        t.ctx,
        callerOf({ kind: 'anonymous' }),
        { userAgent: null },
        {
          email: a.email,
          password: DEMO_PASSWORD,
          org: a.org,
        },
      );
      expect(s.person.email).toBe(a.email);
    }
  });
});
