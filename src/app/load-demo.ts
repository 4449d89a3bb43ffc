/**
 * Loads the demo organisations (src/app/demo) through the same use cases as everything else, so the
 * demo is validated and audited like real data. Organisations already present are left alone.
 */
import type { CharterInput } from '../domain/charter.ts';
import { findOrganisationBySlug } from '../store/organisations.ts';
import { addMembership } from './add-membership.ts';
import type { AppContext, Caller } from './context.ts';
import { createCharterVersion } from './create-charter-version.ts';
import { createForum } from './create-forum.ts';
import { createOrganisation } from './create-organisation.ts';
import { createPerson } from './create-person.ts';
import { createUnit } from './create-unit.ts';
import { demoOrgs } from './demo/index.ts';
import type { DemoCharter, DemoOrg } from './demo/types.ts';
import { updateMeeting } from './update-meeting.ts';
import { updateUnit } from './update-unit.ts';

export interface DemoResult {
  loaded: string[];
  skipped: string[];
}

export async function loadDemo(
  ctx: AppContext,
  caller: Caller,
  orgs: readonly DemoOrg[] = demoOrgs,
): Promise<DemoResult> {
  const result: DemoResult = { loaded: [], skipped: [] };
  for (const demo of orgs) {
    if (await findOrganisationBySlug(ctx.db, demo.slug)) {
      result.skipped.push(demo.slug);
      continue;
    }
    await loadOrg(ctx, caller, demo);
    result.loaded.push(demo.slug);
  }
  return result;
}

const lookup = (map: Map<string, string>, key: string, what: string): string => {
  const id = map.get(key);
  if (!id) throw new Error(`demo data: unknown ${what} key ${key}`);
  return id;
};

async function loadOrg(ctx: AppContext, caller: Caller, demo: DemoOrg): Promise<void> {
  await createOrganisation(ctx, caller, { slug: demo.slug, name: demo.name });
  const units = new Map<string, string>();
  for (const u of demo.units) {
    const parentId = u.parentKey ? lookup(units, u.parentKey, 'unit') : null;
    units.set(u.key, (await createUnit(ctx, caller, demo.slug, { name: u.name, parentId })).id);
  }
  const people = new Map<string, string>();
  for (const p of demo.people) {
    const unitId = p.unitKey ? lookup(units, p.unitKey, 'unit') : null;
    const person = await createPerson(ctx, caller, demo.slug, {
      name: p.name,
      title: p.title,
      unitId,
      email: p.email,
      role: p.role ?? 'staff',
    });
    people.set(p.key, person.id);
  }
  for (const u of demo.units.filter((x) => x.directorKey)) {
    await updateUnit(ctx, caller, demo.slug, lookup(units, u.key, 'unit'), {
      directorPersonId: lookup(people, u.directorKey ?? '', 'person'),
    });
  }
  for (const f of demo.forums) {
    await createForum(ctx, caller, demo.slug, {
      shortName: f.shortName,
      name: f.name,
      kind: f.kind ?? 'forum',
    });
    for (const m of f.memberships) {
      await addMembership(ctx, caller, demo.slug, f.shortName, {
        personId: lookup(people, m.personKey, 'person'),
        role: m.role,
        startDate: m.startDate,
        endDate: m.endDate ?? null,
      });
    }
    for (const c of f.charters) {
      await createCharterVersion(ctx, caller, demo.slug, f.shortName, charterInput(c, units, people));
    }
    for (const m of f.meetings ?? []) {
      await updateMeeting(ctx, caller, demo.slug, f.shortName, m.date, {
        location: m.location,
        note: m.note ?? '',
      });
    }
  }
}

function charterInput(c: DemoCharter, units: Map<string, string>, people: Map<string, string>): CharterInput {
  const { secretariatUnitKey, leaderRule, ...rest } = c;
  return {
    ...rest,
    secretariatUnitId: secretariatUnitKey ? lookup(units, secretariatUnitKey, 'unit') : null,
    leaderRule:
      leaderRule?.kind === 'rotation'
        ? { kind: 'rotation', personIds: leaderRule.personKeys.map((k) => lookup(people, k, 'person')) }
        : { kind: 'chair' },
  };
}
