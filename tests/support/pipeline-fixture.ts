/**
 * A forum set up as Albertslund's Chefforum: a directorate with its director, a department head
 * under it, the municipal director as chair, a secretary, and one person of the organisation who
 * is not a member. Used by the item-pipeline and agenda tests.
 */
import type { Caller } from '../../src/app/context.ts';
import { createUnit } from '../../src/app/create-unit.ts';
import { updatePerson } from '../../src/app/update-person.ts';
import { updateUnit } from '../../src/app/update-unit.ts';
import type { CharterInput } from '../../src/domain/charter.ts';
import type { Forum, Organisation, Person } from '../../src/domain/organisation.ts';
import type { TestDatabase } from './db.ts';
import {
  callerFor,
  charterFactory,
  forumFactory,
  memberFactory,
  operator,
  orgFactory,
  personFactory,
} from './factories.ts';

export interface PipelineFixture {
  org: Organisation;
  forum: Forum;
  people: Record<'chair' | 'director' | 'head' | 'secretary' | 'outsider', Person>;
  as: Record<'chair' | 'director' | 'head' | 'secretary' | 'outsider', () => Promise<Caller>>;
}

export const CHEFFORUM_TEMPLATE: CharterInput['template'] = [
  { key: 'anledning', heading: 'Anledning', requiredFor: [] },
  { key: 'sagsfremstilling', heading: 'Sagsfremstilling', requiredFor: ['decision', 'information'] },
  { key: 'oekonomi', heading: 'Økonomi', requiredFor: [] },
];

export async function pipelineFixture(
  t: TestDatabase,
  charter: Partial<CharterInput> = {},
): Promise<PipelineFixture> {
  const org = await orgFactory(t.ctx);
  const directorate = await createUnit(t.ctx, operator(), org.slug, {
    name: 'By, Kultur, Miljø & Beskæftigelse',
  });
  const department = await createUnit(t.ctx, operator(), org.slug, {
    name: 'Miljø & Teknik',
    parentId: directorate.id,
  });
  const people = {
    chair: await personFactory(t.ctx, org, { name: 'Henrik Harder', title: 'Kommunaldirektør' }),
    director: await personFactory(t.ctx, org, { name: 'Kristine Klæbel', title: 'Direktør' }),
    head: await personFactory(t.ctx, org, {
      name: 'Marie Brøchner Jespersen',
      title: 'Afdelingschef Miljø & Teknik',
    }),
    secretary: await personFactory(t.ctx, org, { name: 'Camilla Holm Nielsen', title: 'Sekretær' }),
    outsider: await personFactory(t.ctx, org, { name: 'Ole Udenfor', title: 'Konsulent' }),
  };
  await updateUnit(t.ctx, operator(), org.slug, directorate.id, { directorPersonId: people.director.id });
  await updatePerson(t.ctx, operator(), org.slug, people.head.id, { unitId: department.id });
  await updatePerson(t.ctx, operator(), org.slug, people.director.id, { unitId: directorate.id });
  const forum = await forumFactory(t.ctx, org, { name: 'Chefforum' });
  await memberFactory(t.ctx, org, forum, people.chair, 'chair');
  await memberFactory(t.ctx, org, forum, people.director, 'member');
  await memberFactory(t.ctx, org, forum, people.head, 'member');
  await memberFactory(t.ctx, org, forum, people.secretary, 'secretary');
  await charterFactory(t.ctx, org, forum, {
    template: CHEFFORUM_TEMPLATE,
    standingItems: [
      { title: 'Godkendelse af dagsorden og referat', type: 'decision', position: 'first' },
      { title: 'Temaer til kommende møder og eventuelt', type: 'information', position: 'last' },
    ],
    titlePrefix: 'CF - ',
    ...charter,
  });
  const as = Object.fromEntries(
    Object.entries(people).map(([k, p]) => [k, () => callerFor(t.ctx, p)]),
  ) as PipelineFixture['as'];
  return { org, forum, people, as };
}
