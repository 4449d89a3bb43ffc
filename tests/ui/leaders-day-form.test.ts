/** The organisers' leaders' day form: back to the API input, the page's own problems, errors to fields. */
import { describe, expect, it } from 'vitest';
import { leadersDayInputSchema } from '../../src/domain/leaders-day.ts';
import {
  addDaysTo,
  dayInput,
  dayPatch,
  emptyDayForm,
  fieldIdOf,
  formFromDay,
  type LeadersDayForm,
  type LeadersDayView,
  materialRowOf,
} from '../../src/ui/leaders-day-data.ts';

const form = (over: Partial<LeadersDayForm> = {}): LeadersDayForm => ({
  date: '2026-04-15',
  place: '  Kulturværftet ',
  seats: ' 40 ',
  registrationDeadline: '2026-04-01',
  programme: '09.00 Velkomst\n',
  material: [],
  evaluationForum: 'DIF',
  ...over,
});

describe('emptyDayForm', () => {
  it('proposes Direktørforum as the evaluating forum, else the first forum', () => {
    expect(emptyDayForm([{ shortName: 'CF' }, { shortName: 'DIF' }]).evaluationForum).toBe('DIF');
    expect(emptyDayForm([{ shortName: 'CF' }]).evaluationForum).toBe('CF');
    expect(emptyDayForm([]).evaluationForum).toBe('');
  });
});

describe('dayInput', () => {
  it('makes the API input the schema accepts, trimmed, without the wholly empty material rows', () => {
    const result = dayInput(
      form({
        material: [
          { uid: 'a', title: ' ', url: '' },
          { uid: 'b', title: 'Slides ', url: ' https://example.org/s.pdf' },
        ],
      }),
    );
    expect(result).toEqual({
      ok: true,
      body: {
        date: '2026-04-15',
        place: 'Kulturværftet',
        seats: 40,
        registrationDeadline: '2026-04-01',
        programme: '09.00 Velkomst',
        material: [{ title: 'Slides', url: 'https://example.org/s.pdf' }],
        evaluationForum: 'DIF',
      },
    });
    if (result.ok) expect(leadersDayInputSchema.safeParse(result.body).success).toBe(true);
  });

  it('names the missing and the malformed fields by the paths the API uses', () => {
    const result = dayInput(
      form({
        date: '',
        seats: '2.5',
        registrationDeadline: '',
        material: [
          { uid: 'a', title: '', url: '' },
          { uid: 'b', title: '', url: 'https://example.org' },
        ],
        evaluationForum: '',
      }),
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { path: 'date', problem: 'required' },
        { path: 'seats', problem: 'positiveInteger' },
        { path: 'registrationDeadline', problem: 'required' },
        { path: 'material.0.title', problem: 'required' },
        { path: 'evaluationForum', problem: 'required' },
      ],
    });
    expect(dayInput(form({ seats: '' }))).toMatchObject({
      problems: [{ path: 'seats', problem: 'required' }],
    });
    expect(dayInput(form({ seats: '0' }))).toMatchObject({
      problems: [{ path: 'seats', problem: 'positiveInteger' }],
    });
  });
});

describe('the edit form', () => {
  const day = {
    id: 'd1',
    date: '2026-04-15',
    place: 'Musikteatret',
    seats: 2,
    registrationDeadline: '2026-04-01',
    programme: '09.00 Velkomst',
    material: [{ title: 'Slides', url: 'https://example.org/s.pdf' }],
  } as LeadersDayView;

  it('starts from the day and sends every field it shows, but not the date nor the evaluating forum', () => {
    const f = formFromDay(day);
    expect(f).toMatchObject({ seats: '2', programme: '09.00 Velkomst', material: [{ title: 'Slides' }] });
    expect(dayPatch({ ...f, seats: '3' })).toEqual({
      ok: true,
      body: {
        place: 'Musikteatret',
        seats: 3,
        registrationDeadline: '2026-04-01',
        programme: '09.00 Velkomst',
        material: [{ title: 'Slides', url: 'https://example.org/s.pdf' }],
      },
    });
    expect(dayPatch({ ...f, seats: 'to' })).toEqual({
      ok: false,
      problems: [{ path: 'seats', problem: 'positiveInteger' }],
    });
  });
});

describe('errors to fields', () => {
  const withRows = form({
    material: [
      { uid: 'a', title: '', url: '' },
      { uid: 'b', title: 'Slides', url: 'nope' },
    ],
  });

  it("finds the form's row of the API's material index, skipping the rows not sent", () => {
    expect(materialRowOf(withRows, 0)).toBe(1);
    expect(materialRowOf(withRows, 1)).toBe(-1);
  });

  it('gives the id of the input an error path belongs to', () => {
    expect(fieldIdOf(withRows, 'registrationDeadline', 'p')).toBe('p-registrationDeadline');
    expect(fieldIdOf(withRows, 'material.0.url', 'p')).toBe('p-material-b-url');
    expect(fieldIdOf(withRows, 'material.0', 'p')).toBe('p-material-b-title');
    expect(fieldIdOf(withRows, 'material.3.title', 'p')).toBe('p-material-add');
    expect(fieldIdOf(withRows, 'material', 'p')).toBe('p-material-add');
    expect(fieldIdOf(withRows, '(root)', 'p')).toBeNull();
  });
});

describe('addDaysTo', () => {
  it('counts calendar days across a month and the change to summer time', () => {
    expect(addDaysTo('2026-03-20', 14)).toBe('2026-04-03');
    expect(addDaysTo('2026-04-15', -14)).toBe('2026-04-01');
  });
});
