import { describe, expect, it } from 'vitest';
import { caseNumberOfLine } from '../../src/importer/case-number.ts';
import { findDanishDate, findTime } from '../../src/importer/danish-date.ts';
import { isDecisionHeading, isRecommendationHeading, isSectionHeading } from '../../src/importer/headings.ts';
import { htmlToText } from '../../src/importer/html-to-text.ts';
import { parseAbsences, parseParticipants } from '../../src/importer/participants.ts';
import { extractRecommendations } from '../../src/importer/recommendations.ts';

describe('case numbers in every printed form', () => {
  it.each([
    ['00.01.00-P35-7-23', '00.01.00-P35-7-23'],
    ['00.30.08-000-1-24', '00.30.08-000-1-24'],
    ['00.01.00P35-0104', '00.01.00P35-0104'],
    ['EMN-2025-003383', 'EMN-2025-003383'],
    ['23-007005', '23-007005'],
    ['12/27845', '12/27845'],
    ['2012-28504 Dok.nr. 145678/12', '2012-28504'],
    ['Sagsnr.: 23-007005', '23-007005'],
    ['Sag: EMN-2025-009242', 'EMN-2025-009242'],
    ['J.nr. 12/27845', '12/27845'],
  ])('%s → %s', (line, expected) => {
    expect(caseNumberOfLine(line)).toBe(expected);
  });
  it.each([
    ['Indstilling'],
    ['1. at dagsordenen godkendes'],
    ['(10 min.)'],
    ['Kommunaldirektøren indstiller,'],
    ['2024'],
  ])('%s is not a case number', (line) => {
    expect(caseNumberOfLine(line)).toBeUndefined();
  });
});

describe('recommendations in every printed form', () => {
  it.each([
    [
      'Kommunaldirektøren indstiller,\n\n1. at dagsordenen godkendes\n2. at referat godkendes',
      ['at dagsordenen godkendes', 'at referat godkendes'],
    ],
    [
      'Direktøren indstiller,\n1) at planen godkendes\n2) at sagen sendes i høring',
      ['at planen godkendes', 'at sagen sendes i høring'],
    ],
    ['at planen godkendes\nat sagen sendes i høring', ['at planen godkendes', 'at sagen sendes i høring']],
    [
      'At 1) planen godkendes\nAt 2) sagen sendes i høring',
      ['at planen godkendes', 'at sagen sendes i høring'],
    ],
    ['Det indstilles:\nA) Model 1 vælges\nB) Budgettet tilpasses', ['Model 1 vælges', 'Budgettet tilpasses']],
    ['Direktøren indstiller, at udvalget godkender planen.', ['at udvalget godkender planen.']],
    [
      'Forvaltningen indstiller,\n- at planen godkendes\n- at sagen sendes i høring',
      ['at planen godkendes', 'at sagen sendes i høring'],
    ],
    [
      'Det indstilles,\n1. at den lange indstilling\nfortsætter på næste linje\n2. at den næste godkendes',
      ['at den lange indstilling fortsætter på næste linje', 'at den næste godkendes'],
    ],
    ['Sagen forelægges til orientering.', []],
  ])('%j', (text, expected) => {
    expect(extractRecommendations(text)).toEqual(expected);
  });
});

describe('decision and section headings', () => {
  it.each([
    'Beslutning',
    'Beslutninger',
    'BESLUTNING',
    'Beslutning:',
    'Beslutning i Økonomiudvalget den 10-04-2013',
    'Beslutning i Udvalget for plan, udvikling og kultur (PUK) den 20-06-2013',
    'Økonomiudvalgets beslutning den 10.04.2013',
    'FORRETNINGSUDVALGETS BESLUTNING',
    'Referat:',
  ])('%s is a decision heading', (line) => {
    expect(isDecisionHeading(line)).toBe(true);
    expect(isSectionHeading(line)).toBe(true);
  });
  it.each([
    'Chefforum besluttede at udsætte punktet.',
    'Beslutning om ledelsesudvikling blev truffet i går, og alle var enige om det.',
    'Indstilling',
  ])('%s is not a decision heading', (line) => {
    expect(isDecisionHeading(line)).toBe(false);
  });
  it.each([
    'Indstilling',
    'INDSTILLING',
    'ADMINISTRATIONENS INDSTILLING',
    'Direktionens indstilling',
    'Forvaltningen foreslår',
  ])('%s is a recommendation heading', (line) => {
    expect(isRecommendationHeading(line)).toBe(true);
  });
  it.each(['Resumé', 'SAGSFREMSTILLING', 'Økonomiske konsekvenser', 'Bilag', 'Anledning', 'Lovgrundlag:'])(
    '%s is a section heading',
    (line) => {
      expect(isSectionHeading(line)).toBe(true);
    },
  );
  it.each(['Deadline og videre proces', 'Der er lavet tidsplan.', '(10 min.)'])(
    '%s is not a section heading',
    (line) => {
      expect(isSectionHeading(line)).toBe(false);
    },
  );
});

describe('Danish dates and times', () => {
  it.each([
    ['Onsdag d. 23. april 2025 kl. 09:00', '2025-04-23', '09:00'],
    ['23-04-2025 kl. 9.30', '2025-04-23', '09:30'],
    ['23.04.2025, 14:00-16:00', '2025-04-23', '14:00'],
    ['Torsdag den 20. juni 2013 - Kl. 10:30', '2013-06-20', '10:30'],
    ['2025-04-23 13:00', '2025-04-23', '13:00'],
  ])('%s', (text, date, time) => {
    expect(findDanishDate(text)).toBe(date);
    expect(findTime(text)).toBe(time);
  });
  it('an impossible date is no date', () => {
    expect(findDanishDate('31-02-2025')).toBeUndefined();
  });
});

describe('participants and absences', () => {
  it('reads "Name (Title)" lists with commas inside titles and a role before the name', () => {
    expect(
      parseParticipants(
        'Forperson Henrik Harder (Kommunaldirektør), Marie Aasøe (Afdelingschef Økonomi & Stab), Lise Bayer (Direktør Børn, Sundhed & Velfærd)',
      ),
    ).toEqual([
      { name: 'Henrik Harder', title: 'Kommunaldirektør', role: 'Forperson' },
      { name: 'Marie Aasøe', title: 'Afdelingschef Økonomi & Stab' },
      { name: 'Lise Bayer', title: 'Direktør Børn, Sundhed & Velfærd' },
    ]);
  });
  it('reads one participant per line and a role after a dash or in parentheses', () => {
    expect(parseParticipants('Anne Hansen - formand\nBo Jensen (Sekretær)')).toEqual([
      { name: 'Anne Hansen', role: 'Formand' },
      { name: 'Bo Jensen', role: 'Sekretær' },
    ]);
  });
  it('a list wrapped over lines (PDF) stays one list', () => {
    expect(
      parseParticipants('Anne Hansen (Direktør), Carl Olsen (Chef), Bo\nJensen (Chef)').map((p) => p.name),
    ).toEqual(['Anne Hansen', 'Carl Olsen', 'Bo Jensen']);
  });
  it('"Name, role" one per line: the role belongs to the name before it', () => {
    expect(parseParticipants('Anne Hansen, formand\nBo Jensen\nCarla Olsen, sekretær')).toEqual([
      { name: 'Anne Hansen', role: 'Formand' },
      { name: 'Bo Jensen' },
      { name: 'Carla Olsen', role: 'Sekretær' },
    ]);
  });
  it('keeps a reason only when it reads as one', () => {
    expect(parseAbsences('Anne Hansen (syg), Bo Jensen (Afdelingschef) og Carl Olsen - ferie')).toEqual([
      { name: 'Anne Hansen', reason: 'syg' },
      { name: 'Bo Jensen' },
      { name: 'Carl Olsen', reason: 'ferie' },
    ]);
    expect(parseAbsences('Ingen')).toEqual([]);
  });
});

describe('HTML fields', () => {
  it('makes paragraphs, numbered and bulleted lists, and decodes entities', () => {
    expect(
      htmlToText(
        '<p>Første&nbsp;afsnit &amp; mere</p><ol><li>at A</li><li>at B</li></ol><ul><li>x</li></ul><div>Slut<br>linje</div>',
      ),
    ).toBe('Første afsnit & mere\n\n1. at A\n2. at B\n\n- x\n\nSlut\nlinje');
  });
  it('drops invalid character references instead of failing', () => {
    expect(htmlToText('<p>A&#1;B&#x0;C</p>')).toBe('ABC');
  });
});
