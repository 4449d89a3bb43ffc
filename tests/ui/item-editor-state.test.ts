/**
 * The item editor's pure logic: the template's sections to write, the form state from an item, the
 * API body from the form, error details mapped to fields; and the editor's TipTap schema, which may
 * produce only what the server's rich-text schema accepts.
 */
import { getSchema } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { checkRichText } from '../../src/domain/rich-text-schema.ts';
import {
  applyKleTopic,
  editorSections,
  fieldErrors,
  fieldOf,
  initialState,
  isEmptyDoc,
  move,
  sectionsText,
  toContent,
} from '../../src/ui/item-editor-state.ts';
import { editorExtensions } from '../../src/ui/rich-text-extensions.ts';
import type { RichTextDoc } from '../../src/ui/types.ts';

const para = (text: string): RichTextDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const emptyDoc = { type: 'doc', content: [{ type: 'paragraph' }] } as RichTextDoc;

const template = [
  { key: 'resume', heading: 'Resumé', requiredFor: [] },
  { key: 'sagsfremstilling', heading: 'Sagsfremstilling', requiredFor: ['decision' as const] },
  { key: 'indstilling', heading: 'Indstilling', requiredFor: ['decision' as const] },
  { key: 'beslutning', heading: 'Beslutning', requiredFor: [] },
  { key: 'bilag', heading: 'Bilag', requiredFor: [] },
];

describe('editorSections', () => {
  it("takes the template's sections in order, without the decision and the attachments' place", () => {
    expect(editorSections(template).map((s) => s.key)).toEqual(['resume', 'sagsfremstilling', 'indstilling']);
    expect(editorSections(template)[1]).toEqual({
      key: 'sagsfremstilling',
      heading: 'Sagsfremstilling',
      requiredFor: ['decision'],
    });
  });

  it("without a template, the item's own sections", () => {
    expect(editorSections([], { sections: { notat: para('x') } })).toEqual([
      { key: 'notat', heading: 'notat', requiredFor: [] },
    ]);
    expect(editorSections(null, null)).toEqual([]);
  });
});

describe('initialState', () => {
  const sections = editorSections(template);

  it("starts a new item empty, of the forum's first item type", () => {
    expect(initialState(sections, ['information', 'decision'])).toEqual({
      title: '',
      type: 'information',
      duration: '',
      closed: false,
      closedBasis: '',
      presenters: '',
      recommendations: [],
      caseNumber: '',
      sections: { resume: null, sagsfremstilling: null, indstilling: null },
    });
  });

  it('fills the form from an item and its case number', () => {
    const state = initialState(
      sections,
      ['decision'],
      {
        title: 'Ny model',
        type: 'decision',
        durationMinutes: 20,
        closed: true,
        closedBasis: 'FVL § 13',
        presenters: [
          { personId: null, name: 'Marie Aasøe' },
          { personId: null, name: 'Henrik Harder' },
        ],
        recommendations: ['at modellen godkendes'],
        sections: { resume: para('Kort') },
      },
      '00.01.00-P35-7-23',
    );
    expect(state).toMatchObject({
      title: 'Ny model',
      duration: '20',
      closed: true,
      closedBasis: 'FVL § 13',
      presenters: 'Marie Aasøe, Henrik Harder',
      recommendations: ['at modellen godkendes'],
      caseNumber: '00.01.00-P35-7-23',
    });
    expect(state.sections).toEqual({ resume: para('Kort'), sagsfremstilling: null, indstilling: null });
  });
});

describe('toContent', () => {
  const base = initialState(editorSections(template), ['decision']);

  it('drops empty sections and recommendations, splits presenters and reads the minutes', () => {
    const content = toContent({
      ...base,
      title: 'Titel',
      duration: ' 25 ',
      presenters: 'Marie Aasøe, , Henrik Harder',
      recommendations: ['at a', '  ', 'at b '],
      closedBasis: 'ignored while open',
      sections: { resume: emptyDoc, sagsfremstilling: para('Tekst'), indstilling: null },
    });
    expect(content).toEqual({
      title: 'Titel',
      type: 'decision',
      durationMinutes: 25,
      closed: false,
      closedBasis: null,
      presenters: [
        { personId: null, name: 'Marie Aasøe' },
        { personId: null, name: 'Henrik Harder' },
      ],
      recommendations: ['at a', 'at b'],
      sections: { sagsfremstilling: para('Tekst') },
    });
  });

  it('sends minutes that are not a number as typed, for the API to name, and none when empty', () => {
    expect(toContent({ ...base, duration: '20 min' }).durationMinutes).toBe('20 min');
    expect(toContent({ ...base, duration: '' }).durationMinutes).toBeNull();
    expect(toContent({ ...base, closed: true, closedBasis: ' FVL § 13 ' }).closedBasis).toBe('FVL § 13');
  });
});

describe('isEmptyDoc and sectionsText', () => {
  it('treats a document without text as empty', () => {
    expect(isEmptyDoc(emptyDoc)).toBe(true);
    expect(isEmptyDoc(null)).toBe(true);
    expect(isEmptyDoc(para(' '))).toBe(true);
    expect(isEmptyDoc(para('x'))).toBe(false);
  });

  it("joins the sections' text for the KLE suggestion", () => {
    expect(sectionsText({ a: para('Indkøb'), b: null, c: para('udbud') })).toBe('Indkøb\n\nudbud');
  });
});

describe('move', () => {
  it('moves an entry one place up or down, and not past the ends', () => {
    expect(move(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(move(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });
});

describe('field errors', () => {
  it.each([
    ['title', 'title'],
    ['sections.resume', 'sections.resume'],
    ['sections.resume.content.0.type', 'sections.resume'],
    ['recommendations', 'recommendations'],
    ['recommendations.1', 'recommendations.1'],
    ['presenters.0.name', 'presenters'],
    ['caseId', 'caseNumber'],
    ['file', 'file'],
    ['version', 'form'],
  ])('maps %s to the field %s', (path, field) => {
    expect(fieldOf(path)).toBe(field);
  });

  it('keeps the first problem per field, and says something when the API named none', () => {
    expect(
      fieldErrors(
        [
          { path: 'title', problem: 'must not be empty' },
          { path: 'title', problem: 'too long' },
          { path: 'sections.resume', problem: 'x' },
        ],
        'fejl',
      ),
    ).toEqual([
      { field: 'title', problem: 'must not be empty' },
      { field: 'sections.resume', problem: 'x' },
    ]);
    expect(fieldErrors([], 'Punktet kunne ikke gemmes.')).toEqual([
      { field: 'form', problem: 'Punktet kunne ikke gemmes.' },
    ]);
  });
});

describe('applyKleTopic', () => {
  it('puts the topic in front of the case number, replacing a topic already there', () => {
    expect(applyKleTopic('', '88.20.04')).toBe('88.20.04-');
    expect(applyKleTopic('00.01.00-P35-7-23', '88.20.04')).toBe('88.20.04-P35-7-23');
    expect(applyKleTopic('P35-7-23', '88.20.04')).toBe('88.20.04-P35-7-23');
  });
});

describe("the editor's schema", () => {
  const schema = getSchema(editorExtensions);

  it('has only the nodes and marks the server takes', () => {
    expect(Object.keys(schema.nodes).sort()).toEqual(
      ['bulletList', 'doc', 'hardBreak', 'heading', 'listItem', 'orderedList', 'paragraph', 'text'].sort(),
    );
    expect(Object.keys(schema.marks).sort()).toEqual(['bold', 'italic', 'link']);
  });

  it('writes documents the server accepts as they are', () => {
    const doc = schema.nodeFromJSON({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Overskrift' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'fed', marks: [{ type: 'bold' }, { type: 'italic' }] },
            { type: 'hardBreak' },
            {
              type: 'text',
              text: 'link',
              marks: [{ type: 'link', attrs: { href: 'https://albertslund.dk' } }],
            },
          ],
        },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }] }] },
          ],
        },
        {
          type: 'orderedList',
          content: [
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'b' }] }] },
          ],
        },
        { type: 'paragraph' },
      ],
    }) as Node;
    const check = checkRichText(doc.toJSON());
    expect(check.ok ? [] : check.issues).toEqual([]);
  });
});
