/**
 * The Chefforum meeting of 13 March 2024 with its agenda published and no minutes yet: the demo
 * organisation Albertslund loaded through the use cases with the clock on the day before, so the
 * held-meeting loader stops after publishing the agenda ("a meeting the clock has not reached
 * yet"). Gives the demo's people by key, the meeting's items by their printed title and the ids of
 * other Chefforum meetings as the secretariat finds them (the agenda of a series date).
 */
import type { Caller } from '../../src/app/context.ts';
import { chefforum20240313 } from '../../src/app/demo/chefforum-2024-03-13.ts';
import type { HeldItem } from '../../src/app/demo/held-meetings.ts';
import { albertslund } from '../../src/app/demo/index.ts';
import { getAgenda } from '../../src/app/get-agenda.ts';
import { listPeople } from '../../src/app/list-people.ts';
import { loadDemo } from '../../src/app/load-demo.ts';
import type { Person } from '../../src/domain/organisation.ts';
import type { TestDatabase } from './db.ts';
import { callerFor, operator } from './factories.ts';

export const ORG = 'albertslund';
export const CF = 'CF';
export const MEETING = chefforum20240313.date;

export interface HeldChefforum {
  /** A person of the demo by key ('marie-aasoe'). */
  person(key: string): Person;
  /** A caller acting as that person, with the roles held on the clock's day. */
  as(key: string): Promise<Caller>;
  /** The id of an item of the 13 March agenda. */
  itemId(item: HeldItem): string;
  /** The id of the Chefforum meeting on a series date, as its agenda names it. */
  meetingId(date: string): Promise<string>;
}

export async function heldChefforum(t: TestDatabase): Promise<HeldChefforum> {
  t.setNow('2024-03-12T12:00:00+01:00');
  await loadDemo(t.ctx, operator(), [albertslund]);
  const people = (await listPeople(t.ctx, operator(), ORG, { limit: 200, offset: 0 })).items;
  const person = (key: string): Person => {
    const demo = albertslund.people.find((p) => p.key === key);
    const found = people.find((p) => p.email === demo?.email);
    if (!found) throw new Error(`no demo person ${key}`);
    return found;
  };
  const as = (key: string) => callerFor(t.ctx, person(key));
  const secretary = await as(chefforum20240313.secretaryKey);
  const agenda = async (date: string) => (await getAgenda(t.ctx, secretary, ORG, CF, date)).agenda;
  const onAgenda = new Map((await agenda(MEETING)).items.map((i) => [i.title, i.itemId]));
  return {
    person,
    as,
    itemId: (item) => {
      const id = onAgenda.get(item.title);
      if (!id) throw new Error(`"${item.title}" is not on the agenda of ${MEETING}`);
      return id;
    },
    meetingId: async (date) => (await agenda(date)).meeting.id,
  };
}
