/**
 * Demo sign-in: every person of the demo organisations present in the database gets an account
 * with the password `fora-demo` unless they have one already. The password is hashed once and the
 * hash reused (argon2 is slow on purpose). The CLI calls this outside production only; the demo
 * password is shorter than the rule for real passwords, which this deliberately bypasses.
 */
import { isActiveOn } from '../domain/organisation.ts';
import { findAccount, upsertAccountPassword } from '../store/accounts.ts';
import { findOrganisationBySlug } from '../store/organisations.ts';
import { findPeopleByEmail } from '../store/people.ts';
import { type AppContext, audit, authorize, type Caller, orgResource } from './context.ts';
import { hashPassword } from './credentials.ts';
import { demoOrgs } from './demo/index.ts';
import type { DemoOrg } from './demo/types.ts';

export const DEMO_PASSWORD = 'fora-demo';

/** The role groups the demo account table shows, in this order; a person is shown in each that fits. */
export const DEMO_ROLE_GROUPS = ['admin', 'sekretær', 'forperson/direktør', 'medlem/chef', 'læser'] as const;
export type DemoRoleGroup = (typeof DEMO_ROLE_GROUPS)[number];

export interface DemoAccount {
  org: string;
  group: DemoRoleGroup;
  name: string;
  email: string;
}

/** Gives demo people without an account one; answers the demo organisations present and how many got one. */
export async function ensureDemoAccounts(
  ctx: AppContext,
  caller: Caller,
  orgs: readonly DemoOrg[] = demoOrgs,
): Promise<{ present: DemoOrg[]; created: number }> {
  const present: DemoOrg[] = [];
  let passwordHash: string | undefined;
  let created = 0;
  for (const demo of orgs) {
    const org = await findOrganisationBySlug(ctx.db, demo.slug);
    if (!org) continue;
    authorize(caller, 'person.manage', orgResource(org));
    present.push(demo);
    const missing: string[] = [];
    for (const p of demo.people) {
      const person = (await findPeopleByEmail(ctx.db, p.email)).find((x) => x.orgId === org.id);
      if (person && !(await findAccount(ctx.db, person.id))) missing.push(person.id);
    }
    if (missing.length === 0) continue;
    passwordHash ??= await hashPassword(DEMO_PASSWORD);
    const hash = passwordHash;
    await ctx.db.transaction(async (tx) => {
      for (const id of missing) await upsertAccountPassword(tx, id, hash, ctx.now());
      await audit(tx, caller, {
        orgId: org.id,
        action: 'demo.accounts',
        objectType: 'organisation',
        objectId: org.id,
        detail: { accounts: missing.length },
      });
    });
    created += missing.length;
  }
  return { present, created };
}

/**
 * The demo accounts by role group, a few per group and organisation, from the demo data: the
 * admin, the forums' secretaries, chairs and unit directors, members, and people without a forum.
 */
export function demoAccounts(orgs: readonly DemoOrg[], date: string, perGroup = 2): DemoAccount[] {
  const out: DemoAccount[] = [];
  for (const demo of orgs) {
    const roles = new Map<string, Set<string>>();
    for (const f of demo.forums)
      for (const m of f.memberships.filter((x) => isActiveOn({ ...x, endDate: x.endDate ?? null }, date)))
        roles.set(m.personKey, (roles.get(m.personKey) ?? new Set()).add(m.role));
    const directors = new Set(demo.units.map((u) => u.directorKey).filter((k) => k !== undefined));
    const groupsOf = (key: string, admin: boolean): DemoRoleGroup[] => {
      const r = roles.get(key) ?? new Set();
      const groups: DemoRoleGroup[] = [];
      if (admin) groups.push('admin');
      if (r.has('secretary')) groups.push('sekretær');
      if (r.has('chair') || directors.has(key)) groups.push('forperson/direktør');
      if (r.has('member')) groups.push('medlem/chef');
      return groups.length > 0 ? groups : ['læser'];
    };
    const people = demo.people.map((p) => ({ p, groups: groupsOf(p.key, p.role === 'admin') }));
    for (const group of DEMO_ROLE_GROUPS)
      for (const { p } of people.filter((x) => x.groups.includes(group)).slice(0, perGroup))
        out.push({ org: demo.slug, group, name: p.name, email: p.email });
  }
  return out;
}
