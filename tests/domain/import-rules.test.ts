import { describe, expect, it } from 'vitest';
import {
  importedItemType,
  importedPersonEmail,
  keySections,
  participantRole,
  sectionBody,
} from '../../src/domain/import-rules.ts';

const TEMPLATE = [
  { key: 'resume', heading: 'Resumé' },
  { key: 'sagsfremstilling', heading: 'Sagsfremstilling' },
  { key: 'oekonomi', heading: 'Økonomi' },
];

describe('keySections', () => {
  it.each([
    [['Resumé', 'Sagsfremstilling'], ['resume', 'sagsfremstilling'], []],
    [['RESUMÉ:', '  sagsfremstilling '], ['resume', 'sagsfremstilling'], []],
    [['Økonomi', 'Særlige forhold'], ['oekonomi', 'import_saerlige_forhold'], ['Særlige forhold']],
    [
      ['Bemærkning', 'Bemærkning'],
      ['import_bemaerkning', 'import_bemaerkning_2'],
      ['Bemærkning', 'Bemærkning'],
    ],
    [['???'], ['import_afsnit'], ['???']],
  ])('%j -> %j (unknown kept: %j)', (headings, keys, extra) => {
    const r = keySections(TEMPLATE, headings);
    expect(r.keys).toEqual(keys);
    expect(r.extra.map((e) => e.heading)).toEqual(extra);
    for (const k of r.keys) expect(k).toMatch(/^[a-z][a-z0-9_]*$/);
  });
});

describe('sectionBody', () => {
  it.each([
    [
      'Kommunaldirektøren indstiller,\n\n1. at dagsordenen godkendes\n2. at referat godkendes',
      ['at dagsordenen godkendes', 'at referat godkendes'],
      'Kommunaldirektøren indstiller,',
      null,
    ],
    ['(10 min.)\n\nDer er lavet en tidsplan.', [], 'Der er lavet en tidsplan.', 10],
    ['1. at noget andet drøftes', ['at dagsordenen godkendes'], '1. at noget andet drøftes', null],
    ['Teksten nævner (10 min.) midt i en linje.', [], 'Teksten nævner (10 min.) midt i en linje.', null],
  ])('%j', (text, recs, expected, minutes) => {
    expect(sectionBody(text, recs)).toEqual({ text: expected, durationMinutes: minutes });
  });
});

describe('item type, roles and addresses', () => {
  it.each([
    [{ recommendations: ['at x godkendes'] }, 'decision'],
    [{ recommendations: [], decision: 'Godkendt.' }, 'decision'],
    [{ recommendations: [], decision: '  ' }, 'information'],
    [{ recommendations: [] }, 'information'],
  ])('%j is a %s item', (item, type) => expect(importedItemType(item)).toBe(type));

  it.each([
    ['Formand', 'chair'],
    ['Forperson', 'chair'],
    ['Referent', 'secretary'],
    ['Sekretær', 'secretary'],
    ['Medlem', 'member'],
    [undefined, 'member'],
  ])('%s is %s', (role, expected) => expect(participantRole(role)).toBe(expected));

  it('gives people known only by name an address under .invalid, unique in the organisation', () => {
    const taken = new Set(['marie.aasoee@import.invalid']);
    expect(importedPersonEmail('Kristine Klæbel', () => false)).toBe('kristine.klaebel@import.invalid');
    expect(importedPersonEmail('Marie Aasøe', (e) => taken.has(e))).toBe('marie.aasoee.2@import.invalid');
  });
});
