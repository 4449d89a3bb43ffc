/**
 * KLE: the OS2KLE catalogue as shipped, case numbers from the seed minutes (KLE and other municipal
 * forms), and topic suggestions for item texts taken from the seed minutes.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ForaError } from '../../src/domain/errors.ts';
import { parseCaseNumber, parseKleCatalogue, suggestKleTopics } from '../../src/domain/kle.ts';
import { KLE_CATALOGUE_FILE } from '../../src/store/kle-catalogue.ts';

const catalogue = parseKleCatalogue(fs.readFileSync(KLE_CATALOGUE_FILE, 'utf8'));

const failure = (f: () => unknown): ForaError => {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(ForaError);
    return err as ForaError;
  }
  throw new Error('expected a failure');
};

describe('the OS2KLE catalogue', () => {
  it('has the 2,390 topics with titles and keywords, and their groups and main groups', () => {
    expect(catalogue.topics.size).toBe(2390);
    const topic = catalogue.topics.get('84.07.00');
    expect(topic?.title).toBe('Valg til Europa-Parlamentet i almindelighed');
    expect(catalogue.topics.get('00.01.00')?.keywords).toContainEqual({ text: 'partistøtte', weight: 5 });
    expect(catalogue.groups.get('00.30')?.title).toBe('Budget - kommunens økonomiske forvaltning');
    expect(catalogue.mainGroups.get('84')?.title).toBe('Offentlige valg');
    // Main group 00 has no 00.00.00 line; it is titled from its first group.
    expect(catalogue.mainGroups.get('00')?.title).toBe('Kommunens styrelse');
    expect(catalogue.mainGroups.size).toBe(37);
  });

  it('reads BOM, CRLF, blank lines, empty keyword lists and duplicate keywords; refuses a foreign line', () => {
    const text =
      "\uFEFFKLENummer='01.02.00':KLETitel='Byplan i almindelighed':Keywords[Weight]=lokalplan[5];Lokalplan[10];ok01[1000];\r\n" +
      '\r\n' +
      "KLENummer='01.02.03':KLETitel='Lokalplaner':Keywords[Weight]=\r\n";
    const small = parseKleCatalogue(text);
    expect([...small.topics.keys()]).toEqual(['01.02.00', '01.02.03']);
    expect(small.topics.get('01.02.00')?.keywords).toEqual([
      { text: 'lokalplan', weight: 5 },
      { text: 'ok01', weight: 1000 },
    ]);
    expect(small.topics.get('01.02.03')?.keywords).toEqual([]);
    expect(small.groups.get('01.02')?.title).toBe('Byplan');
    expect(() => parseKleCatalogue(`${text}01.02.04 Noget andet\n`)).toThrow(/line 4/);
  });
});

describe('case numbers', () => {
  it.each([
    ['00.01.00-P35-7-23', '00.01.00', 'Kommunens styrelse i almindelighed', 'P35', '7', '23'],
    ['84.07.00-A00-1-23', '84.07.00', 'Valg til Europa-Parlamentet i almindelighed', 'A00', '1', '23'],
    [
      '00.30.00-P00-4-24',
      '00.30.00',
      'Budget - kommunens økonomiske forvaltning i almindelighed',
      'P00',
      '4',
      '24',
    ],
    ['00.30.14-S00-4-25', '00.30.14', 'Budgetopfølgninger', 'S00', '4', '25'],
    ['00.15.00-A00-37-13', '00.15.00', 'Administrativ organisering i almindelighed', 'A00', '37', '13'],
    ['09.00.00-G01-27-23', '09.00.00', 'Miljøbeskyttelse i almindelighed', 'G01', '27', '23'],
    // Albertslund journalises at main-group level: 00.00.00 is main group 00 in general.
    ['00.00.00-A21-1-24', '00.00.00', 'Kommunens styrelse', 'A21', '1', '24'],
  ])('accepts the KLE number %s', (input, topic, topicTitle, facet, serial, year) => {
    expect(parseCaseNumber(input, catalogue)).toEqual({
      kind: 'kle',
      normalised: input,
      topic,
      topicTitle,
      facet,
      serial,
      year,
    });
  });

  it('trims and upper-cases the facet letter', () => {
    expect(parseCaseNumber('  00.01.00-p35-7-23 ', catalogue)).toMatchObject({
      kind: 'kle',
      normalised: '00.01.00-P35-7-23',
      facet: 'P35',
    });
  });

  it.each([
    ['99.99.99-P35-7-23', /unknown KLE topic 99\.99\.99/],
    ['00.02.00-A00-1-23', /unknown KLE topic 00\.02\.00/],
    ['84.07.99-A00-1-23', /unknown KLE topic 84\.07\.99/],
  ])('refuses %s: the topic does not exist', (input, problem) => {
    const err = failure(() => parseCaseNumber(input, catalogue));
    expect(err.code).toBe('validation_failed');
    expect(err.details).toEqual([{ path: 'caseNumber', problem: expect.stringMatching(problem) }]);
  });

  it.each([
    '00.01.00-P3-7-23', // facet with one digit
    '00.01.00-PP35-7-23', // two letters
    '00.01.00-35-7-23', // no letter
    '00.30.08-000-1-24', // a digit for the letter (as typed in one seed)
    '00.01.00-Æ35-7-23', // not A-Z
    '00.01.00-P35--23', // no serial
    '00.01.00-P35-x-23', // serial not digits
    '00.01.00-P35-7-2023', // four-digit year
    '00.01.00-P35-7', // no year
    '00.01.00-P35-7-23-1', // trailing part
    '00.01.00', // the topic alone
  ])('refuses the malformed KLE number %s, naming caseNumber', (input) => {
    const err = failure(() => parseCaseNumber(input, catalogue));
    expect(err.code).toBe('validation_failed');
    expect(err.details.map((d) => d.path)).toEqual(['caseNumber']);
    expect(err.details[0]?.problem).toMatch(/facet/);
  });

  it.each([
    ['EMN-2025-003383', 'EMN-2025-003383'],
    ['23-007005', '23-007005'],
    ['12/27845', '12/27845'],
    [' 12/27845 ', '12/27845'],
    ['Sag  2024.17', 'Sag 2024.17'],
    ['ØK-2024-1', 'ØK-2024-1'],
  ])('keeps %s as a free reference', (input, normalised) => {
    expect(parseCaseNumber(input, catalogue)).toEqual({ kind: 'free', normalised });
  });

  it.each(['', '   ', 'x'.repeat(61), 'EMN#2025', '<script>', '---'])('refuses the reference %j', (input) => {
    const err = failure(() => parseCaseNumber(input, catalogue));
    expect(err.details.map((d) => d.path)).toEqual(['caseNumber']);
  });
});

/** Item texts from the seed minutes (Chefforum, Albertslund, 2024-03-13 and 2025-04-23). */
const EUROPA = `Udpegning af holdledere og bemanning af valgsteder til Europaparlamentsvalg
Chefforum skal godkende den foreløbige bemanning af kommunens valgsteder ifm. det kommende valg til Europa-Parlamentet.
Chefforum har ansvar for bemanning af kommunens fem afstemningssteder ved valg. Chefforum har ansvar for at udpege og godkende holdledere og holdlederassistenter. Herefter er det holdlederens ansvar at udpege sit hold og løbende informere holdet om opgaverne forbundet med det kommende valg.
1. at Chefforum godkender listen af holdledere og holdlederassistenter til valg til Europa-Parlamentet`;
const MILJOE = `Genindførelse af miljøledelse
I forbindelse med vedtagelse af budget 2024 blev det besluttet at genindføre miljøledelse i Albertslund Kommune. Miljø & Teknik har derfor udarbejdet et udkast til plan for opstarten og det første års drift. Med denne sag lægges der op til at implementere certificeret miljøledelse i hele organisationen, og dermed en mere formaliseret og ressourcetung model end blot et styrket fokus på bæredygtighed.`;
const BUDGET_2026 = `Videre proces for Budget 2026
1. at tidsplanen for den resterende del af arbejdet med budgetkataloget og budget 2026 drøftes.
Der er lavet tidsplan for den resterende del af arbejdet med budgetkatalog 2026.`;
const BUDGET_2025 = `Status på arbejdet med budget 2025`;

describe('topic suggestions', () => {
  const topics = (text: string) => suggestKleTopics(catalogue, text).map((s) => s.topic);

  it('suggests the election topic for the Europa-Parlament item, under 84 (Offentlige valg)', () => {
    const got = suggestKleTopics(catalogue, EUROPA);
    expect(got[0]).toMatchObject({ topic: '84.07.00', title: 'Valg til Europa-Parlamentet i almindelighed' });
    expect(got.filter((s) => s.topic.startsWith('84.')).length).toBeGreaterThanOrEqual(2);
  });

  it('suggests Miljøbeskyttelse (the topic the case has) for the miljøledelse item', () => {
    expect(topics(MILJOE)).toContain('09.00.00');
  });

  it.each([BUDGET_2026, BUDGET_2025])('suggests the budget topic 00.30.00 for %j', (text) => {
    expect(topics(text)[0]).toBe('00.30.00');
  });

  it('returns the top three, best first, scores rounded to two decimals, the same every time', () => {
    const got = suggestKleTopics(catalogue, EUROPA);
    expect(got).toHaveLength(3);
    for (const [i, s] of got.entries()) {
      expect(s.score).toBeGreaterThan(0);
      expect(Math.round(s.score * 100) / 100).toBe(s.score);
      if (i > 0) expect(s.score).toBeLessThanOrEqual(got[i - 1]?.score ?? 0);
    }
    expect(suggestKleTopics(catalogue, EUROPA)).toEqual(got);
    expect(suggestKleTopics(catalogue, EUROPA, 5)).toHaveLength(5);
  });

  it('suggests nothing for a text without topic words', () => {
    expect(suggestKleTopics(catalogue, '')).toEqual([]);
    expect(suggestKleTopics(catalogue, 'og i at der 2025 -- !')).toEqual([]);
  });

  describe('on a small catalogue', () => {
    const small = parseKleCatalogue(
      [
        "KLENummer='01.01.00':KLETitel='Valg i almindelighed':Keywords[Weight]=stemmeseddel[5];",
        "KLENummer='01.02.00':KLETitel='Miljø i almindelighed':Keywords[Weight]=miljøledelse[5];",
        "KLENummer='01.03.00':KLETitel='Budget i almindelighed':Keywords[Weight]=",
        "KLENummer='01.04.00':KLETitel='Budget og regnskab':Keywords[Weight]=",
        "KLENummer='01.05.00':KLETitel='Skoler':Keywords[Weight]=valg[5];",
      ].join('\n'),
    );
    const best = (text: string) => suggestKleTopics(small, text, 1)[0]?.topic;

    it('matches inflected forms (valgene, valget) and compounds by prefix (miljøledelsessystemet)', () => {
      expect(best('valgene og valget')).toBe('01.01.00');
      expect(best('et nyt miljøledelsessystemet')).toBe('01.02.00');
      expect(suggestKleTopics(small, 'budgetterne').map((s) => s.topic)).toEqual(['01.03.00', '01.04.00']);
    });

    it('weighs a title word above the same word as a keyword', () => {
      const got = suggestKleTopics(small, 'valg');
      expect(got.map((s) => s.topic)).toEqual(['01.01.00', '01.05.00']);
      expect(got[0]?.score).toBeGreaterThan(got[1]?.score ?? Number.POSITIVE_INFINITY);
    });

    it('orders equal scores by topic code', () => {
      expect(suggestKleTopics(small, 'budget').map((s) => s.topic)).toEqual(['01.03.00', '01.04.00']);
    });

    it('weighs a word that fewer topics use more', () => {
      // "miljø" is in one topic's title, "budget" in two: the rarer word decides.
      expect(best('budget miljø')).toBe('01.02.00');
    });
  });
});
