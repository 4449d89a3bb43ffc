/** The charter editor's form state: from a charter, back to the API input, sections reordered, errors to fields. */
import { describe, expect, it } from 'vitest';
import {
  addSection,
  charterInput,
  fieldOf,
  fieldPaths,
  formFromCharter,
  moveSection,
  removeSection,
  sectionKey,
} from '../../src/ui/charter-form.ts';
import type { Charter } from '../../src/ui/follow-ups-data.ts';

const charter: Charter = {
  id: 'c1',
  forumId: 'f1',
  version: 3,
  createdAt: '2025-01-01T00:00:00.000Z',
  effectiveFrom: '2025-01-01',
  purpose: 'Chefforum er omdrejningspunktet.',
  secretariatUnitId: 'u1',
  cadence: {
    rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE',
    startTime: '09:00',
    durationMinutes: 180,
    timezone: 'Europe/Copenhagen',
    variations: [{ label: 'Formøde', rrule: 'FREQ=MONTHLY;BYDAY=1WE', startTime: '09:00' }],
  },
  holidayRule: 'next_working_day',
  deadlines: {
    submission: { kind: 'weekday_in_week_before', weekday: 4, time: '12:00' },
    approval: null,
    publication: { kind: 'weekday_in_week_before', weekday: 5 },
    minutes: { kind: 'working_days_after', days: 2 },
  },
  itemTypes: ['decision', 'information', 'theme'],
  template: [
    { key: 'resume', heading: 'Resumé', requiredFor: [] },
    { key: 'sagsfremstilling', heading: 'Sagsfremstilling', requiredFor: ['decision', 'information'] },
    { key: 'indstilling', heading: 'Indstilling', requiredFor: ['decision'] },
  ],
  capacity: { maxThemes: null, maxMinutes: 180 },
  standingItems: [{ title: 'Godkendelse af dagsorden', type: 'decision', position: 'first' }],
  approver: 'chair',
  leaderRule: { kind: 'chair' },
  parts: [],
  showClosedTitles: false,
  titlePrefix: null,
};

const { id: _id, forumId: _forumId, version: _version, createdAt: _createdAt, ...content } = charter;

describe('charter form', () => {
  it('round-trips a charter unchanged, with the new date of effect', () => {
    const form = formFromCharter(charter, '2025-06-01');
    expect(form.deadlines.submission).toEqual({
      kind: 'weekday_in_week_before',
      weekday: '4',
      days: '',
      time: '12:00',
    });
    expect(form.deadlines.approval.kind).toBe('');
    const result = charterInput(form, charter);
    expect(result).toEqual({ ok: true, body: { ...content, effectiveFrom: '2025-06-01' } });
  });

  it('changes a deadline to a number of days and drops an empty time', () => {
    const form = formFromCharter(charter, '2025-06-01');
    form.deadlines.submission = { kind: 'days_before', weekday: '4', days: ' 5 ', time: '' };
    form.deadlines.minutes = { kind: '', weekday: '', days: '2', time: '' };
    const result = charterInput(form, charter);
    if (!result.ok) throw new Error('expected ok');
    expect(result.body.deadlines.submission).toEqual({ kind: 'days_before', days: 5 });
    expect(result.body.deadlines.minutes).toBeNull();
  });

  it('names the fields whose numbers are not numbers', () => {
    const form = formFromCharter(charter, '2025-06-01');
    form.durationMinutes = '0';
    form.deadlines.submission = { kind: 'days_before', weekday: '', days: 'fem', time: '' };
    form.maxThemes = '1.5';
    expect(charterInput(form, charter)).toEqual({
      ok: false,
      problems: [
        { path: 'deadlines.submission.days', problem: 'integer' },
        { path: 'cadence.durationMinutes', problem: 'positiveInteger' },
        { path: 'capacity.maxThemes', problem: 'positiveInteger' },
      ],
    });
  });

  it('starts an empty form for a forum without a charter', () => {
    const form = formFromCharter(null, '2025-06-01');
    expect(form.template).toEqual([]);
    expect(form.itemTypes).toEqual(['decision', 'information', 'theme']);
    expect(form.holidayRule).toBe('next_working_day');
  });

  it('adds a section with a key made from its heading', () => {
    const form = formFromCharter(charter, '2025-06-01');
    form.template = addSection(form.template);
    const added = form.template.at(-1);
    if (!added) throw new Error('no section added');
    added.heading = 'Økonomi og bæredygtighed';
    added.requiredFor = ['theme', 'decision'];
    const result = charterInput(form, charter);
    if (!result.ok) throw new Error('expected ok');
    expect(result.body.template.at(-1)).toEqual({
      key: 'oekonomi_og_baeredygtighed',
      heading: 'Økonomi og bæredygtighed',
      requiredFor: ['decision', 'theme'],
    });
  });

  it('makes keys unique and valid', () => {
    expect(sectionKey('Resumé', new Set(['resume']))).toBe('resume_2');
    expect(sectionKey('2. Bilag', new Set())).toBe('bilag');
    expect(sectionKey('!!!', new Set())).toBe('afsnit');
  });

  it('moves sections up and down, never past the ends, and removes one', () => {
    const list = ['a', 'b', 'c'];
    expect(moveSection(list, 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveSection(list, 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveSection(list, 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveSection(list, 2, 1)).toEqual(['a', 'b', 'c']);
    expect(removeSection(list, 1)).toEqual(['a', 'c']);
    expect(list).toEqual(['a', 'b', 'c']);
  });

  it('finds the field an API error belongs to', () => {
    const fields = fieldPaths(formFromCharter(charter, '2025-06-01'));
    expect(fieldOf('deadlines.submission', fields)).toBe('deadlines.submission');
    expect(fieldOf('deadlines.submission.days', fields)).toBe('deadlines.submission.days');
    expect(fieldOf('deadlines.submission.kind.x', fields)).toBe('deadlines.submission.kind');
    expect(fieldOf('template.1.key', fields)).toBe('template.1.key');
    expect(fieldOf('template.7.heading', fields)).toBe('template');
    expect(fieldOf('cadence.variations.0.rrule', fields)).toBeNull();
    expect(fieldOf('effectiveFrom', fields)).toBe('effectiveFrom');
  });
});
