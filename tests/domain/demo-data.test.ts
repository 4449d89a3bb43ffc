import { describe, expect, it } from 'vitest';
import { albertslund } from '../../src/app/demo/albertslund.ts';
import { demoOrgs } from '../../src/app/demo/index.ts';
import { ishoej } from '../../src/app/demo/ishoej.ts';
import type { DemoCharter, DemoOrg } from '../../src/app/demo/types.ts';
import { type CharterInput, charterInForce, charterInputSchema } from '../../src/domain/charter.ts';
import {
  forumInputSchema,
  isActiveOn,
  membershipInputSchema,
  organisationInputSchema,
  personInputSchema,
  unitInputSchema,
} from '../../src/domain/organisation.ts';
import { expandDates, parseRecurrence } from '../../src/domain/recurrence.ts';

/** A deterministic placeholder id for a key, valid as a UUID. */
function idsFor(keys: readonly string[]): Map<string, string> {
  return new Map(
    keys.map((key, i) => [key, `00000000-0000-4000-8000-${(i + 1).toString(16).padStart(12, '0')}`]),
  );
}

function toCharterInput(org: DemoOrg, charter: DemoCharter): CharterInput {
  const personIds = idsFor(org.people.map((p) => p.key));
  const unitIds = idsFor(org.units.map((u) => u.key));
  const { secretariatUnitKey, leaderRule, ...rest } = charter;
  return {
    ...rest,
    secretariatUnitId:
      secretariatUnitKey === undefined ? null : (unitIds.get(secretariatUnitKey) ?? 'missing'),
    ...(leaderRule === undefined
      ? {}
      : {
          leaderRule:
            leaderRule.kind === 'chair'
              ? leaderRule
              : { kind: 'rotation', personIds: leaderRule.personKeys.map((k) => personIds.get(k) ?? '') },
        }),
  };
}

const nextDay = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** "Bjørn Ærø Åen" -> "bjoern.aaen": first and last name, lower case, æ/ø/å and accents folded. */
const fold = (s: string): string =>
  s
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

const duplicates = (values: readonly string[]): string[] => values.filter((v, i) => values.indexOf(v) !== i);

describe.each(demoOrgs.map((org) => [org.slug, org] as const))('demo organisation %s', (_, org) => {
  const personKeys = new Set(org.people.map((p) => p.key));
  const unitKeys = new Set(org.units.map((u) => u.key));
  const unitIds = idsFor(org.units.map((u) => u.key));
  const personIds = idsFor(org.people.map((p) => p.key));

  it('has a valid slug and name', () => {
    expect(organisationInputSchema.safeParse({ slug: org.slug, name: org.name }).success).toBe(true);
  });

  it('has unique unit keys whose parents exist', () => {
    expect(duplicates(org.units.map((u) => u.key))).toEqual([]);
    for (const unit of org.units) {
      if (unit.parentKey !== undefined) expect(unitKeys, unit.key).toContain(unit.parentKey);
      const parentId = unit.parentKey === undefined ? null : unitIds.get(unit.parentKey);
      expect(unitInputSchema.safeParse({ name: unit.name, parentId }).success, unit.key).toBe(true);
    }
  });

  it('has people with unique keys, known units and valid, unique, name-based e-mails', () => {
    expect(duplicates(org.people.map((p) => p.key))).toEqual([]);
    expect(duplicates(org.people.map((p) => p.email.toLowerCase()))).toEqual([]);
    const domain = `${org.slug}.dk`;
    for (const p of org.people) {
      if (p.unitKey !== null) expect(unitKeys, p.key).toContain(p.unitKey);
      const parsed = personInputSchema.safeParse({
        name: p.name,
        title: p.title,
        unitId: p.unitKey === null ? null : unitIds.get(p.unitKey),
        email: p.email,
        role: p.role,
      });
      expect(parsed.success, p.key).toBe(true);
      const names = p.name.split(' ');
      expect(p.email).toBe(`${fold(names[0] ?? '')}.${fold(names.at(-1) ?? '')}@${domain}`);
      expect(p.email).toMatch(/^[a-z0-9.-]+@[a-z0-9.-]+$/);
    }
  });

  it('has exactly one admin', () => {
    expect(org.people.filter((p) => p.role === 'admin')).toHaveLength(1);
  });

  it('has unique, well-formed forum short names', () => {
    expect(duplicates(org.forums.map((f) => f.shortName))).toEqual([]);
    for (const f of org.forums) {
      const parsed = forumInputSchema.safeParse({ shortName: f.shortName, name: f.name, kind: f.kind });
      expect(parsed.success, f.shortName).toBe(true);
      expect(parsed.data?.shortName).toBe(f.shortName);
    }
  });

  describe.each(org.forums.map((f) => [f.shortName, f] as const))('forum %s', (_, forum) => {
    it('has charters oldest first that parse once keys are ids', () => {
      expect(forum.charters.length).toBeGreaterThan(0);
      const dates = forum.charters.map((c) => c.effectiveFrom);
      expect([...dates].sort()).toEqual(dates);
      expect(duplicates(dates)).toEqual([]);
      for (const charter of forum.charters) {
        const parsed = charterInputSchema.safeParse(toCharterInput(org, charter));
        expect(parsed.error?.issues ?? [], charter.effectiveFrom).toEqual([]);
        if (charter.secretariatUnitKey !== undefined) expect(unitKeys).toContain(charter.secretariatUnitKey);
        const rules = [charter.cadence.rrule, ...(charter.cadence.variations ?? []).map((v) => v.rrule)];
        for (const rule of rules) expect(parseRecurrence(rule), rule).toMatchObject({ ok: true });
        const keys = new Set((charter.template ?? []).map((s) => s.key));
        expect(keys.size, 'template keys unique').toBe((charter.template ?? []).length);
      }
    });

    it('has memberships of known people that parse', () => {
      for (const m of forum.memberships) {
        expect(personKeys, forum.shortName).toContain(m.personKey);
        const parsed = membershipInputSchema.safeParse({ ...m, personId: personIds.get(m.personKey) });
        expect(parsed.success, m.personKey).toBe(true);
      }
    });

    it('lists nobody twice at the same time', () => {
      for (const [i, a] of forum.memberships.entries()) {
        for (const b of forum.memberships.slice(i + 1)) {
          if (a.personKey !== b.personKey) continue;
          const overlap =
            (a.endDate ?? '9999-12-31') >= b.startDate && (b.endDate ?? '9999-12-31') >= a.startDate;
          expect(overlap, a.personKey).toBe(false);
        }
      }
    });

    it('has exactly one chair at any date from its first charter', () => {
      const first = forum.charters[0]?.effectiveFrom ?? '';
      const boundaries = new Set<string>([first]);
      for (const m of forum.memberships) {
        boundaries.add(m.startDate);
        if (m.endDate) boundaries.add(nextDay(m.endDate)).add(m.endDate);
      }
      for (const c of forum.charters) boundaries.add(c.effectiveFrom);
      for (const date of [...boundaries].filter((d) => d >= first)) {
        const chairs = forum.memberships.filter(
          (m) =>
            m.role === 'chair' && isActiveOn({ startDate: m.startDate, endDate: m.endDate ?? null }, date),
        );
        expect(chairs.length, `${forum.shortName} on ${date}`).toBe(1);
      }
    });

    it('rotates the meeting lead among current members only', () => {
      for (const charter of forum.charters) {
        if (charter.leaderRule?.kind !== 'rotation') continue;
        for (const key of charter.leaderRule.personKeys) {
          const active = forum.memberships.some(
            (m) =>
              m.personKey === key &&
              isActiveOn({ startDate: m.startDate, endDate: m.endDate ?? null }, charter.effectiveFrom),
          );
          expect(active, key).toBe(true);
        }
      }
    });
  });
});

describe('Albertslund', () => {
  const forum = (shortName: string) => {
    const found = albertslund.forums.find((f) => f.shortName === shortName);
    if (!found) throw new Error(`no forum ${shortName}`);
    return found;
  };
  const dates = (charter: DemoCharter | undefined, from: string, to: string): string[] => {
    if (!charter) throw new Error('no charter');
    const parsed = parseRecurrence(charter.cadence.rrule);
    if (!parsed.ok) throw new Error(parsed.problem);
    return expandDates(parsed.options, charter.effectiveFrom, charter.cadence.startTime, from, to);
  };

  it('has the four forums of the 2019 terms of reference', () => {
    expect(albertslund.forums.map((f) => f.shortName)).toEqual(['DIF', 'CF', 'LF', 'LEDERDAG']);
    expect(forum('LEDERDAG').kind).toBe('event');
  });

  it('has three Chefforum versions matching the meeting dates in the minutes', () => {
    const cf = forum('CF').charters;
    expect(cf.map((c) => c.effectiveFrom)).toEqual(['2019-03-18', '2024-01-01', '2025-01-01']);
    expect(cf.map((c) => c.cadence.rrule)).toEqual([
      'FREQ=MONTHLY;BYDAY=1TH,3TH',
      'FREQ=WEEKLY;BYDAY=WE',
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE',
    ]);
    expect(cf.map((c) => c.titlePrefix ?? null)).toEqual(['CF - ', 'CF - ', null]);
    expect(dates(charterInForce(cf, '2019-04-01'), '2019-04-01', '2019-04-30')).toEqual([
      '2019-04-04',
      '2019-04-18',
    ]);
    const in2024 = dates(charterInForce(cf, '2024-03-13'), '2024-03-01', '2024-04-30');
    expect(in2024).toEqual(expect.arrayContaining(['2024-03-13', '2024-03-20', '2024-04-10']));
    expect(dates(charterInForce(cf, '2025-04-23'), '2025-04-15', '2025-05-31')).toEqual([
      '2025-04-23',
      '2025-05-07',
      '2025-05-21',
    ]);
  });

  it('puts the lederdag on 28 May 2025 as the 2025 minutes say', () => {
    expect(dates(forum('LEDERDAG').charters[0], '2025-01-01', '2025-12-31')).toEqual(['2025-05-28']);
  });

  it('holds Lederforum four times a year with at most two themes', () => {
    const lf = forum('LF').charters[0];
    expect(dates(lf, '2024-01-01', '2024-12-31')).toHaveLength(4);
    expect(lf?.itemTypes).toEqual(['theme']);
    expect(lf?.capacity?.maxThemes).toBe(2);
  });

  it('lets Rikke Terslev and Sisse Krøll Willemoes leave and Tanja Thor Møller join Chefforum', () => {
    const on = (date: string) =>
      forum('CF')
        .memberships.filter((m) => isActiveOn({ startDate: m.startDate, endDate: m.endDate ?? null }, date))
        .map((m) => m.personKey);
    expect(on('2024-03-13')).toEqual(expect.arrayContaining(['rikke-terslev', 'sisse-willemoes']));
    expect(on('2024-03-13')).not.toContain('tanja-moeller');
    expect(on('2025-04-23')).toContain('tanja-moeller');
    expect(on('2025-04-23')).not.toContain('rikke-terslev');
    expect(on('2025-04-23')).not.toContain('sisse-willemoes');
  });
});

describe('Ishøj', () => {
  it('splits the direktion meeting in a part with the mayor and one without', () => {
    const direktion = ishoej.forums.find((f) => f.shortName === 'DIREKTION');
    expect(direktion?.charters[0]?.parts?.map((p) => p.name)).toEqual([
      'Del 1 med borgmesteren',
      'Del 2: administrative og organisatoriske emner',
    ]);
    const mayor = ishoej.people.find((p) => p.title === 'Borgmester');
    expect(direktion?.memberships.find((m) => m.personKey === mayor?.key)?.role).toBe('guest');
  });

  it('rotates the koncernledelse meeting lead among the three directors', () => {
    const kl = ishoej.forums.find((f) => f.shortName === 'KONCERNLEDELSE');
    const rule = kl?.charters[0]?.leaderRule;
    expect(rule?.kind).toBe('rotation');
    const keys = rule?.kind === 'rotation' ? rule.personKeys : [];
    expect(keys).toHaveLength(3);
    const direktion = ishoej.forums.find((f) => f.shortName === 'DIREKTION');
    const directorKeys = direktion?.memberships.filter((m) => m.role === 'chair' || m.role === 'member');
    expect(new Set(keys)).toEqual(new Set(directorKeys?.map((m) => m.personKey)));
    expect(kl?.memberships.filter((m) => m.role === 'member')).toHaveLength(2 + 9);
  });
});
