/**
 * A case's journey between forums, from the seed of 13 March 2024: item 3, "Genindførelse af
 * miljøledelse" (09.00.00-G01-27-23), cites "DIF har på sit møde den 29. januar 2024 tiltrådt ...";
 * the later visits (back to CF from the queue, referred to DIF) are the ones its minutes set off.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  caseTimeline,
  citationLead,
  decidingForum,
  type OParlVisit,
  toOParl,
  type Visit,
  type VisitRole,
  visitRole,
} from '../../src/domain/case-timeline.ts';

const SHARED = new URL('../../../shared/', import.meta.url);
const seed = readFileSync(new URL('seeds/referat-chefforum-albertslund-2024-03-13.txt', SHARED), 'utf8');

const CF = 'forum-cf';
const DIF = 'forum-dif';
const visit = (spec: Partial<OParlVisit> & Pick<Visit, 'itemId' | 'meetingStart'>): OParlVisit => ({
  forumId: CF,
  forumShortName: 'CF',
  meetingId: `${spec.forumShortName ?? 'CF'}-${spec.meetingStart.slice(0, 10)}`,
  outcome: 'decided',
  role: 'consulted',
  ...spec,
});
const dif = { forumId: DIF, forumShortName: 'DIF' };

const difJanuary = visit({
  ...dif,
  itemId: 'dif-2024-01-29',
  meetingStart: '2024-01-29T09:00:00+01:00',
  role: 'deciding',
  item: {
    number: 4,
    title: 'DIF - Genindførelse af miljøledelse',
    closed: false,
    resolutionText:
      'DIF tiltrådte, at der gennemføres en reel miljøcertificering på baggrund af et miljøledelsessystem.',
  },
});
const cfMarch = visit({
  itemId: 'cf-2024-03-13-3',
  meetingStart: '2024-03-13T09:00:00+01:00',
  item: {
    number: 3,
    title: 'CF - Genindførelse af miljøledelse',
    closed: false,
    resolutionText: 'Chefforum besluttede, at der skal udarbejdes et nyt oplæg til Chefforum.',
    result: '1: Udsat; 2: Drøftet',
  },
});
const cfApril = visit({
  itemId: 'cf-2024-04-10-2',
  meetingStart: '2024-04-10T07:00:00Z',
  outcome: 'referred',
});
const difApril = visit({
  ...dif,
  itemId: 'dif-2024-04-10-1',
  meetingStart: '2024-04-10T09:00:00+02:00',
  role: 'deciding',
  outcome: 'pending',
});
const JOURNEY = [difApril, cfMarch, cfApril, difJanuary];

describe('caseTimeline', () => {
  it('orders visits by meeting start, same start (in any offset) by forum short name', () => {
    expect(caseTimeline(JOURNEY).map((v) => v.itemId)).toEqual([
      'dif-2024-01-29',
      'cf-2024-03-13-3',
      'cf-2024-04-10-2',
      'dif-2024-04-10-1',
    ]);
  });

  it('does not reorder its input', () => {
    const input = [...JOURNEY];
    caseTimeline(input);
    expect(input).toEqual(JOURNEY);
  });
});

describe('decidingForum', () => {
  it.each<[string, Visit[], string | null]>([
    ['no deciding visit yet', [cfMarch], null],
    ['DIF decided in January', [cfMarch, difJanuary], DIF],
    ['the decision handed on to CF later', [difJanuary, { ...cfApril, role: 'deciding' }], CF],
    ['the whole journey', JOURNEY, DIF],
  ])('%s', (_, visits, forum) => {
    expect(decidingForum(visits)).toBe(forum);
  });

  it.each<[string, 'decision' | 'information' | 'theme', string | null, VisitRole]>([
    [DIF, 'decision', DIF, 'deciding'],
    [CF, 'decision', DIF, 'consulted'],
    [CF, 'theme', DIF, 'consulted'],
    [CF, 'information', DIF, 'informed'],
    [CF, 'decision', null, 'consulted'],
  ])('visitRole in %s of a %s item (deciding %s) is %s', (forumId, itemType, deciding, role) => {
    expect(visitRole({ forumId, itemType }, deciding)).toBe(role);
  });
});

describe('citationLead', () => {
  it('cites DIF as the seed does', () => {
    expect(citationLead(difJanuary)).toBe('DIF har på sit møde den 29. januar 2024');
    expect(seed).toContain(
      `${citationLead(difJanuary)} tiltrådt, at der gennemføres en reel miljøcertificering`,
    );
  });

  it('uses the Copenhagen date of a meeting given in UTC', () => {
    expect(citationLead({ forumShortName: 'CF', meetingStart: '2024-03-12T23:30:00Z' })).toBe(
      'CF har på sit møde den 13. marts 2024',
    );
  });
});

// --- OParl 1.1 -------------------------------------------------------------------------------

type JsonSchema = {
  type?: string;
  required?: string[];
  pattern?: string;
  format?: string;
  schema?: string;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
};
const schemaOf = (name: string): JsonSchema =>
  JSON.parse(readFileSync(new URL(`oparl-1.1/schema/${name}`, SHARED), 'utf8')) as JsonSchema;

/** A structural check against an OParl schema: required fields, no unknown fields, JSON types,
 *  patterns, url/date/date-time formats, and embedded objects against their own schema. */
function oparlProblems(value: unknown, schema: JsonSchema, path: string): string[] {
  const problems: string[] = [];
  const typeOf = (v: unknown): string =>
    Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : v === null ? 'null' : typeof v;
  const check = (v: unknown, s: JsonSchema, p: string): void => {
    if (s.schema) {
      problems.push(...oparlProblems(v, schemaOf(s.schema), p));
      return;
    }
    const t = typeOf(v);
    if (s.type && t !== s.type) problems.push(`${p}: expected ${s.type}, got ${t}`);
    if (typeof v === 'string') {
      if (s.pattern && !new RegExp(s.pattern).test(v)) problems.push(`${p}: does not match ${s.pattern}`);
      if (s.format === 'url' && !/^https?:\/\/[^/]+\//.test(v)) problems.push(`${p}: not a URL`);
      if (s.format === 'date-time' && Number.isNaN(Date.parse(v))) problems.push(`${p}: not a date-time`);
      if (s.format === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(v)) problems.push(`${p}: not a date`);
    }
    if (Array.isArray(v) && s.items) {
      const items = s.items;
      v.forEach((x, i) => {
        check(x, items, `${p}.${i}`);
      });
    }
  };
  if (typeOf(value) !== 'object') return [`${path}: expected an object`];
  const obj = value as Record<string, unknown>;
  for (const key of schema.required ?? []) if (!(key in obj)) problems.push(`${path}.${key}: required`);
  for (const [key, v] of Object.entries(obj)) {
    const s = schema.properties?.[key];
    if (!s) problems.push(`${path}.${key}: not in the schema`);
    else check(v, s, `${path}.${key}`);
  }
  return problems;
}

describe('toOParl', () => {
  const kase = {
    id: 'case-miljoe',
    title: 'Genindførelse af miljøledelse',
    caseNumber: '09.00.00-G01-27-23',
    bodyId: 'albertslund',
    createdAt: '2024-01-15T10:00:00+01:00',
  };
  const closedVisit = visit({
    itemId: 'cf-closed',
    meetingStart: '2024-05-01T09:00:00+02:00',
    outcome: 'postponed',
    item: { number: 7, title: 'CF - Personalesag', closed: true, resolutionText: 'Fortroligt' },
  });
  const out = toOParl(kase, [...JOURNEY, closedVisit], 'https://fora.example.dk/oparl/v1/');
  const base = 'https://fora.example.dk/oparl/v1';

  it('is a Paper with its consultations in timeline order, valid against the OParl schemas', () => {
    expect(oparlProblems(out.paper, schemaOf('Paper.json'), 'paper')).toEqual([]);
    out.agendaItems.forEach((a, i) => {
      expect(oparlProblems(a, schemaOf('AgendaItem.json'), `agendaItem.${i}`)).toEqual([]);
    });
    expect(out.paper).toMatchObject({
      id: `${base}/paper/case-miljoe`,
      type: 'https://schema.oparl.org/1.1/Paper',
      body: `${base}/body/albertslund`,
      name: 'Genindførelse af miljøledelse',
      reference: '09.00.00-G01-27-23',
    });
    expect(out.paper.consultation.map((c) => c.agendaItem)).toEqual(
      ['dif-2024-01-29', 'cf-2024-03-13-3', 'cf-2024-04-10-2', 'dif-2024-04-10-1', 'cf-closed'].map(
        (id) => `${base}/agendaitem/${id}`,
      ),
    );
  });

  it('marks consultations in the deciding forum that decide as authoritative, with their role', () => {
    expect(out.paper.consultation.map((c) => [c.organization[0], c.role, c.authoritative])).toEqual([
      [`${base}/organization/${DIF}`, 'Beslutning', true],
      [`${base}/organization/${CF}`, 'Høring', false],
      [`${base}/organization/${CF}`, 'Høring', false],
      [`${base}/organization/${DIF}`, 'Beslutning', true],
      [`${base}/organization/${CF}`, 'Høring', false],
    ]);
    const c = out.paper.consultation[1];
    expect(c?.meeting).toBe(`${base}/meeting/CF-2024-03-13`);
    expect(c?.paper).toBe(out.paper.id);
  });

  it('gives each visit with item data an AgendaItem with result and resolution, closed ones hidden', () => {
    expect(out.agendaItems.map((a) => [a.name, a.order, a.public, a.result, a.resolutionText])).toEqual([
      ['DIF - Genindførelse af miljøledelse', 4, true, 'Behandlet', difJanuary.item?.resolutionText],
      ['CF - Genindførelse af miljøledelse', 3, true, '1: Udsat; 2: Drøftet', cfMarch.item?.resolutionText],
      ['Lukket punkt', 7, false, 'Udsat', undefined],
    ]);
    expect(out.agendaItems[1]?.consultation).toBe(`${base}/consultation/cf-2024-03-13-3`);
  });

  it("gives a postponed item's later meeting its own AgendaItem and Consultation; the first keeps the item's id", () => {
    const item = { number: 2, title: 'CF - Parkeringsstrategi', closed: false, resolutionText: null };
    const may = visit({
      itemId: 'p',
      meetingId: 'm-may',
      meetingStart: '2025-05-15T09:00:00+02:00',
      outcome: 'postponed',
      item,
    });
    const june = visit({
      itemId: 'p',
      meetingId: 'm-june',
      meetingStart: '2025-06-05T09:00:00+02:00',
      outcome: 'pending',
      item,
    });
    const { paper, agendaItems } = toOParl(kase, [june, may], base);
    expect(paper.consultation.map((c) => [c.id, c.agendaItem, c.meeting])).toEqual([
      [`${base}/consultation/p`, `${base}/agendaitem/p`, `${base}/meeting/m-may`],
      [`${base}/consultation/p~m-june`, `${base}/agendaitem/p~m-june`, `${base}/meeting/m-june`],
    ]);
    expect(agendaItems.map((a) => [a.id, a.consultation])).toEqual([
      [`${base}/agendaitem/p`, `${base}/consultation/p`],
      [`${base}/agendaitem/p~m-june`, `${base}/consultation/p~m-june`],
    ]);
  });

  it('leaves out what the case does not have, and refuses a base URL that is not http(s)', () => {
    const bare = toOParl({ id: 'c', title: 'Sag', caseNumber: null }, [], 'http://localhost:3000');
    expect(bare.paper).toEqual({
      id: 'http://localhost:3000/paper/c',
      type: 'https://schema.oparl.org/1.1/Paper',
      name: 'Sag',
      paperType: 'Sag',
      consultation: [],
    });
    expect(oparlProblems(bare.paper, schemaOf('Paper.json'), 'paper')).toEqual([]);
    expect(() => toOParl(kase, [], 'ftp://example.dk')).toThrow(/http/);
  });
});
