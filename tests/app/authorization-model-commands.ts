/**
 * The commands of the authorization property test: changes (memberships, the item pipeline,
 * closing, withdrawing) and queries (read, search) run through the real use cases, each with a
 * precondition on the model; the queries compare what the system answers with the oracle.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { addMembership } from '../../src/app/add-membership.ts';
import { createItem } from '../../src/app/create-item.ts';
import { decideItem } from '../../src/app/decide-item.ts';
import { endMembership } from '../../src/app/end-membership.ts';
import { getItem } from '../../src/app/get-item.ts';
import { publishAgenda } from '../../src/app/publish-agenda.ts';
import { scheduleItem } from '../../src/app/schedule-item.ts';
import { searchItems } from '../../src/app/search-items.ts';
import { submitItem } from '../../src/app/submit-item.ts';
import { updateItem } from '../../src/app/update-item.ts';
import { withdrawItem } from '../../src/app/withdraw-item.ts';
import { ForaError } from '../../src/domain/errors.ts';
import { callerFor, operator } from '../support/factories.ts';
import {
  ADMIN,
  choose,
  DIRECTOR,
  dateOf,
  MAX_ITEMS,
  MEETING,
  type Model,
  type ModelItem,
  mayRead,
  nonMembers,
  PEOPLE,
  type Real,
  removable,
  SECRETARY,
  type State,
} from './authorization-model.ts';

const as = (r: Real, person: number) => {
  const p = r.people[person];
  if (!p) throw new Error(`no person ${person}`);
  return callerFor(r.ctx, p);
};
const itemOf = (r: Real, i: number): string => r.itemIds[i] ?? '';
type Cmd = fc.AsyncCommand<Model, Real>;
/** What the runs executed (commands whose precondition held). */
export const executed = { reads: 0, searches: 0 };

const nextDay = (m: Model, r: Real) => {
  m.day++;
  r.setNow(new Date(r.start.getTime() + m.day * 86_400_000));
};

class AddMember implements Cmd {
  person = -1;
  constructor(
    readonly raw: number,
    readonly role: 'member' | 'chair',
  ) {}
  check = (m: Readonly<Model>) =>
    nonMembers(m).length > 0 && (this.role !== 'chair' || ![...m.roles.values()].includes('chair'));
  async run(m: Model, r: Real) {
    this.person = choose(nonMembers(m), this.raw);
    nextDay(m, r);
    const membership = await addMembership(r.ctx, operator(), r.org.slug, r.forum.shortName, {
      personId: r.people[this.person]?.id,
      role: this.role,
      startDate: dateOf(r, m.day),
    });
    r.memberships.set(this.person, membership.id);
    m.roles.set(this.person, this.role);
  }
  toString = () => `add(${this.person} as ${this.role})`;
}

class RemoveMember implements Cmd {
  person = -1;
  constructor(readonly raw: number) {}
  check = (m: Readonly<Model>) => removable(m).length > 0;
  async run(m: Model, r: Real) {
    this.person = choose(removable(m), this.raw);
    nextDay(m, r);
    const id = r.memberships.get(this.person) ?? '';
    await endMembership(r.ctx, operator(), r.org.slug, r.forum.shortName, id, {
      endDate: dateOf(r, m.day - 1),
    });
    m.roles.delete(this.person);
  }
  toString = () => `remove(${this.person})`;
}

class Create implements Cmd {
  person = -1;
  constructor(
    readonly raw: number,
    readonly closed: boolean,
  ) {}
  check = (m: Readonly<Model>) => m.items.length < MAX_ITEMS;
  async run(m: Model, r: Real) {
    this.person = choose([...m.roles.keys()], this.raw);
    const item = await createItem(r.ctx, await as(r, this.person), r.org.slug, r.forum.shortName, {
      type: 'information',
      title: `Punkt ${r.word} nummer ${m.items.length + 1}`,
      meeting: MEETING,
      ...(this.closed && { closed: true, closedBasis: 'Offentlighedsloven § 30, nr. 1' }),
    });
    r.itemIds.push(item.id);
    m.items.push({ submitter: this.person, approver: null, state: 'draft', closed: this.closed });
  }
  toString = () => `create(by ${this.person}${this.closed ? ', closed' : ''})`;
}

/** A command on one of the model's items allowed in `states` (and `also`), the `raw`-th of them. */
abstract class OnItem implements Cmd {
  index = -1;
  constructor(readonly raw: number) {}
  abstract states: readonly State[];
  eligible = (m: Readonly<Model>) =>
    m.items.flatMap((item, i) => (this.states.includes(item.state) && this.also(m, item) ? [i] : []));
  check(m: Readonly<Model>): boolean {
    return this.eligible(m).length > 0;
  }
  also(_m: Readonly<Model>, _item: ModelItem): boolean {
    return true;
  }
  /** Set by Advance, which has chosen the item already. */
  pinned: number | undefined;
  /** Resolves the item; the subclasses call it first. */
  pick(m: Model): ModelItem {
    this.index = this.pinned ?? choose(this.eligible(m), this.raw);
    return m.items[this.index] as ModelItem;
  }
  abstract run(m: Model, r: Real): Promise<void>;
}

class Submit extends OnItem {
  states = ['draft'] as const;
  override also = (m: Readonly<Model>, item: ModelItem) => m.roles.has(item.submitter);
  async run(m: Model, r: Real) {
    const item = this.pick(m);
    await submitItem(r.ctx, await as(r, item.submitter), r.org.slug, itemOf(r, this.index));
    // The submitter's director approves (the admin has no unit: the chair), never the submitter.
    const chair = [...m.roles].find(([, role]) => role === 'chair')?.[0] ?? null;
    const first = item.submitter === ADMIN ? chair : DIRECTOR;
    item.approver =
      first !== null && first !== item.submitter ? first : chair !== item.submitter ? chair : null;
    item.state = item.approver === null ? 'queued' : 'submitted';
  }
  override toString = () => `submit(#${this.index})`;
}

class Approve extends OnItem {
  states = ['submitted'] as const;
  async run(m: Model, r: Real) {
    const item = this.pick(m);
    const approver = await as(r, item.approver ?? -1);
    await decideItem(r.ctx, approver, r.org.slug, itemOf(r, this.index), { decision: 'approve' });
    item.state = 'queued';
  }
  override toString = () => `approve(#${this.index})`;
}

class Schedule extends OnItem {
  states = ['queued'] as const;
  async run(m: Model, r: Real) {
    this.pick(m);
    await scheduleItem(r.ctx, await as(r, SECRETARY), r.org.slug, itemOf(r, this.index), {
      meeting: MEETING,
    });
    (m.items[this.index] as ModelItem).state = 'scheduled';
  }
  override toString = () => `schedule(#${this.index})`;
}

class Close extends OnItem {
  states = ['draft', 'submitted', 'queued', 'scheduled'] as const;
  override also = (_m: Readonly<Model>, item: ModelItem) => !item.closed;
  async run(m: Model, r: Real) {
    this.pick(m);
    const id = itemOf(r, this.index);
    const { version } = await getItem(r.ctx, operator(), r.org.slug, id);
    const basis = 'Offentlighedsloven § 23, stk. 1, nr. 1';
    await updateItem(r.ctx, await as(r, SECRETARY), r.org.slug, id, {
      version,
      closed: true,
      closedBasis: basis,
    });
    (m.items[this.index] as ModelItem).closed = true;
  }
  override toString = () => `close(#${this.index})`;
}

class Withdraw extends OnItem {
  states = ['draft', 'submitted', 'queued', 'scheduled'] as const;
  async run(m: Model, r: Real) {
    const item = this.pick(m);
    await withdrawItem(r.ctx, await as(r, item.submitter), r.org.slug, itemOf(r, this.index), {
      comment: 'Trukket tilbage',
    });
    item.state = 'withdrawn';
  }
  override toString = () => `withdraw(#${this.index})`;
}

class Publish implements Cmd {
  check = (m: Readonly<Model>) => m.items.some((i) => i.state === 'scheduled');
  async run(m: Model, r: Real) {
    await publishAgenda(r.ctx, await as(r, SECRETARY), r.org.slug, r.forum.shortName, MEETING);
    for (const item of m.items) if (item.state === 'scheduled') item.state = 'published';
  }
  toString = () => 'publish';
}

/** One step along the pipeline for one item: submit, approve, schedule, or publish its agenda. */
class Advance extends OnItem {
  states = ['draft', 'submitted', 'queued', 'scheduled'] as const;
  step = '';
  override also = (m: Readonly<Model>, item: ModelItem) =>
    item.state !== 'draft' || m.roles.has(item.submitter);
  async run(m: Model, r: Real) {
    const item = this.pick(m);
    const next =
      item.state === 'draft'
        ? new Submit(0)
        : item.state === 'submitted'
          ? new Approve(0)
          : item.state === 'queued'
            ? new Schedule(0)
            : new Publish();
    if (next instanceof OnItem) next.pinned = this.index;
    this.step = next.toString();
    await next.run(m, r);
    if (next instanceof OnItem) this.step = next.toString();
  }
  override toString = () => `advance(#${this.index}: ${this.step})`;
}

class Read extends OnItem {
  states = ['draft', 'submitted', 'queued', 'scheduled', 'published', 'withdrawn'] as const;
  constructor(
    readonly person: number,
    raw: number,
  ) {
    super(raw);
  }
  async run(m: Model, r: Real) {
    const expected = mayRead(m, this.person, this.pick(m));
    const id = itemOf(r, this.index);
    const outcome = await getItem(r.ctx, await as(r, this.person), r.org.slug, id).then(
      (item) => item.id,
      (err: unknown) => (err instanceof ForaError ? err.code : String(err)),
    );
    expect(outcome, `read(${this.person}, #${this.index})`).toBe(expected ? id : 'not_found');
    executed.reads++;
  }
  override toString = () => `read(${this.person}, #${this.index})`;
}

class Search implements Cmd {
  constructor(readonly person: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const caller = await as(r, this.person);
    const result = await searchItems(r.ctx, caller, r.org.slug, {
      q: r.word,
      forum: r.forum.shortName,
      limit: 100,
    });
    const expected = m.items.flatMap((item, i) => (mayRead(m, this.person, item) ? [itemOf(r, i)] : []));
    expect(result.items.map((h) => h.itemId).sort(), `search(${this.person})`).toEqual(expected.sort());
    executed.searches++;
  }
  toString = () => `search(${this.person})`;
}

const person = fc.integer({ min: 0, max: PEOPLE - 1 });
const raw = fc.nat(99);
const times = <T>(n: number, arb: fc.Arbitrary<T>): fc.Arbitrary<T>[] => Array(n).fill(arb);
/**
 * The commands, each with its arbitrary, repeated by weight: a step along the pipeline (advance)
 * weighs most, so that runs reach published agendas; reads and searches are about a third.
 */
export const commands = [
  ...times(
    2,
    fc.tuple(raw, fc.constantFrom('member', 'member', 'chair')).map(([n, role]) => new AddMember(n, role)),
  ),
  raw.map((n) => new RemoveMember(n)),
  ...times(
    3,
    fc.tuple(raw, fc.constantFrom(false, false, true)).map(([n, closed]) => new Create(n, closed)),
  ),
  raw.map((n) => new Submit(n)),
  raw.map((n) => new Approve(n)),
  raw.map((n) => new Schedule(n)),
  fc.constant(new Publish()),
  ...times(
    5,
    raw.map((n) => new Advance(n)),
  ),
  raw.map((n) => new Close(n)),
  raw.map((n) => new Withdraw(n)),
  ...times(
    5,
    fc.tuple(person, raw).map(([p, n]) => new Read(p, n)),
  ),
  ...times(
    2,
    person.map((p) => new Search(p)),
  ),
];
