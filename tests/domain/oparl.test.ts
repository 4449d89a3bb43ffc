/**
 * OParl 1.1 mapping (src/domain/oparl.ts), its lists (src/domain/oparl-list.ts) and the public
 * record rule of the permission module (policy.ts `isPublicRecord`).
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { ItemState } from '../../src/domain/item.ts';
import { oparlLinks, toPerson } from '../../src/domain/oparl.ts';
import { matchesFilters, type OParlListQuery, oparlList, pageUrl } from '../../src/domain/oparl-list.ts';
import { type AgendaItemRow, type FileRow, toAgendaItem } from '../../src/domain/oparl-meeting.ts';
import { isPublicRecord, isPublicResolution } from '../../src/domain/policy.ts';

const u = oparlLinks('https://fora.example.dk/oparl/v1.1/');
const obj = (n: number, over: Record<string, unknown> = {}) => ({
  id: `${u.base}/person/${n}`,
  type: 'https://schema.oparl.org/1.1/Person',
  created: `2024-01-${String(n).padStart(2, '0')}T10:00:00+01:00`,
  modified: `2024-02-${String(n).padStart(2, '0')}T10:00:00+01:00`,
  ...over,
});

describe('isPublicRecord', () => {
  const published = { state: 'agenda_published', agendaPublished: true };
  it.each<[string, boolean, ItemState, { state: string; agendaPublished: boolean }, boolean]>([
    ['an open published item', false, 'published', published, true],
    [
      'an open decided item after the minutes',
      false,
      'decided',
      { ...published, state: 'minutes_published' },
      true,
    ],
    ['a closed item', true, 'published', published, false],
    ['a closed decided item', true, 'decided', { ...published, state: 'minutes_approved' }, false],
    ['a draft', false, 'draft', published, false],
    ['a submitted item', false, 'submitted', published, false],
    ['a withdrawn item', false, 'withdrawn', published, false],
    ['an item of a planned meeting', false, 'scheduled', { state: 'planned', agendaPublished: false }, false],
    [
      'an item of a cancelled meeting with a published agenda',
      false,
      'published',
      { state: 'cancelled', agendaPublished: true },
      true,
    ],
    [
      'an item of a cancelled meeting without one',
      false,
      'scheduled',
      { state: 'cancelled', agendaPublished: false },
      false,
    ],
  ])('%s: %s', (_what, closed, state, meeting, expected) => {
    expect(isPublicRecord({ closed, state }, meeting)).toBe(expected);
  });

  it.each([
    ['agenda_published', false],
    ['held', false],
    ['minutes_in_review', false],
    ['minutes_published', true],
    ['minutes_approved', true],
  ])('resolutions of a meeting %s are public: %s', (state, expected) => {
    expect(isPublicResolution({ state })).toBe(expected);
  });
});

describe('toAgendaItem', () => {
  const file: FileRow = {
    id: 'f1',
    name: 'bilag.pdf',
    mediaType: 'application/pdf',
    size: 10,
    meetingId: 'm1',
    agendaItemKeys: ['i1'],
    created: '2024-01-01T10:00:00+01:00',
    modified: '2024-01-01T10:00:00+01:00',
    deleted: false,
  };
  const row: AgendaItemRow = {
    key: 'i1',
    meetingId: 'm1',
    number: 3,
    public: true,
    name: 'Budget',
    result: 'Godkendt',
    resolutionText: 'Godkendt som indstillet.',
    consultationKey: 'i1',
    files: [file],
    created: '2024-01-01T10:00:00+01:00',
    modified: '2024-01-02T10:00:00+01:00',
    deleted: false,
  };
  it.each<[string, Partial<AgendaItemRow>, boolean, string[], string[]]>([
    ['open', {}, false, ['name', 'result', 'resolutionText', 'consultation', 'auxiliaryFile'], []],
    ['open, omit_internal', {}, true, ['name', 'consultation'], ['auxiliaryFile']],
    [
      'closed',
      { public: false },
      false,
      [],
      ['name', 'result', 'resolutionText', 'consultation', 'auxiliaryFile'],
    ],
    ['deleted', { deleted: true }, false, ['deleted'], ['name', 'resolutionText', 'auxiliaryFile']],
  ])('%s', (_what, over, omit, present, absent) => {
    const a = toAgendaItem({ ...row, ...over }, u, omit);
    expect(a).toMatchObject({
      id: `${u.base}/agendaitem/i1`,
      number: '3',
      order: 3,
      meeting: `${u.base}/meeting/m1`,
    });
    for (const p of present) expect(a, p).toHaveProperty(p);
    for (const p of absent) expect(a, p).not.toHaveProperty(p);
  });
});

describe('toPerson', () => {
  it('names the person and job title, never an e-mail; memberships embedded unless omitted', () => {
    const p = {
      id: 'p1',
      bodyId: 'b1',
      name: 'Marie Aasøe',
      title: 'Direktør',
      created: '2024-01-01T00:00:00Z',
      modified: '2024-01-01T00:00:00Z',
    };
    const m = {
      id: 'ms1',
      forumId: 'f1',
      personId: 'p1',
      role: 'chair' as const,
      startDate: '2024-01-01',
      endDate: null,
      created: p.created,
      modified: p.modified,
    };
    const full = toPerson(p, [m], u, false);
    expect(full).toMatchObject({
      name: 'Marie Aasøe',
      status: ['Direktør'],
      membership: [{ role: 'Formand', votingRight: true }],
    });
    expect(full).not.toHaveProperty('email');
    expect(toPerson(p, [m], u, true)).not.toHaveProperty('membership');
  });
});

describe('FORA_OPARL', () => {
  it.each([
    [undefined, true],
    ['on', true],
    ['off', false],
    ['OFF', false],
  ])('%s turns the API on: %s', (value, on) => {
    expect(loadConfig({ FORA_OPARL: value }).settings.oparl).toBe(on);
  });
  it('refuses anything else', () => {
    expect(() => loadConfig({ FORA_OPARL: 'nein' })).toThrow(/FORA_OPARL/);
  });
});

describe('OParl lists', () => {
  const deleted = obj(9, { deleted: true });
  it.each<[string, OParlListQuery, boolean]>([
    ['no filter', {}, true],
    ['created_since before', { created_since: '2024-01-03T09:00:00+01:00' }, true],
    ['created_since after', { created_since: '2024-01-03T11:00:00+01:00' }, false],
    ['created_until (inclusive)', { created_until: '2024-01-03T10:00:00+01:00' }, true],
    ['created_until before', { created_until: '2024-01-02T10:00:00+01:00' }, false],
    ['modified_since (other offset)', { modified_since: '2024-02-03T09:00:00Z' }, true],
    ['modified_since after', { modified_since: '2024-02-03T09:00:01Z' }, false],
    ['modified_until before', { modified_until: '2024-02-01T00:00:00Z' }, false],
  ])('filters: %s', (_what, q, expected) => {
    expect(matchesFilters(obj(3), q)).toBe(expected);
  });

  it('lists a deleted object only for modified_since', () => {
    expect(matchesFilters(deleted, {})).toBe(false);
    expect(matchesFilters(deleted, { modified_since: '2024-01-01T00:00:00Z' })).toBe(true);
  });

  it.each<[number, number, number, string[]]>([
    [1, 2, 5, ['first', 'next', 'last', 'self']],
    [3, 2, 5, ['first', 'prev', 'last', 'self']],
    [2, 2, 5, ['first', 'prev', 'next', 'last', 'self']],
    [1, 20, 5, ['first', 'last', 'self']],
  ])('page %i of limit %i over %i objects has the links %j', (page, limit, total, links) => {
    const objects = Array.from({ length: total }, (_, i) => obj(i + 1));
    const result = oparlList(`${u.base}/body/b/person`, objects, {
      page,
      limit,
      created_since: '2000-01-01T00:00:00Z',
    });
    expect(Object.keys(result.links).sort()).toEqual([...links].sort());
    for (const link of Object.values(result.links)) {
      expect(new URL(link).searchParams.get('created_since')).toBe('2000-01-01T00:00:00Z');
      expect(new URL(link).searchParams.get('limit')).toBe(String(limit));
    }
    expect(result.pagination.totalElements).toBe(total);
    expect(result.data.map((o) => o.id)).toEqual(
      objects.slice((page - 1) * limit, page * limit).map((o) => o.id),
    );
  });

  it('orders by creation so pages are stable', () => {
    const result = oparlList('https://x/l', [obj(3), obj(1), obj(2)], {});
    expect(result.data.map((o) => o.id)).toEqual([obj(1).id, obj(2).id, obj(3).id]);
  });

  it('encodes the kept parameters in the page URL', () => {
    expect(
      pageUrl('https://x/l', { modified_since: '2024-01-01T00:00:00+01:00', omit_internal: 'true' }, 2),
    ).toBe('https://x/l?modified_since=2024-01-01T00%3A00%3A00%2B01%3A00&omit_internal=true&page=2');
  });
});
