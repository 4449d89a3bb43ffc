import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../src/importer/parse-file.ts';
import { parseTextMinutes } from '../../src/importer/text-minutes.ts';
import { removePageFurniture } from '../../src/importer/text-source.ts';

const HEAD =
  'Referat Økonomiudvalget den 5. maj 2025\n\nMødedato: 05.05.2025 kl. 16.00\nMødested: Rådhuset, lokale 2\n';

function parse(body: string, head = HEAD) {
  return parseTextMinutes(`${head}\n${body}`, 'test.txt');
}

describe('item numbering', () => {
  it('"N." headings with a case number next, not split by "1. at" or numbered lines inside items', () => {
    const m = parse(`
1. Godkendelse af dagsorden
Sagsnr.: 23-007005

Indstilling
Direktionen indstiller,
1. at dagsordenen godkendes

Beslutning
Godkendt.

2. Budget 2026
EMN-2025-003383

Sagsfremstilling
Processen er:
1. Administrationen udarbejder et oplæg
2. Udvalget drøfter oplægget
3. Byrådet vedtager budgettet

Beslutning
1. Oplægget blev drøftet.
2. Sagen genoptages.

3. Eventuelt
Sagsnr.: 23-007006

Beslutning
Intet.
`);
    expect(m.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      ['1', 'Godkendelse af dagsorden', '23-007005'],
      ['2', 'Budget 2026', 'EMN-2025-003383'],
      ['3', 'Eventuelt', '23-007006'],
    ]);
    expect(m.items[1]?.sections[0]?.text).toContain('3. Byrådet vedtager budgettet');
    expect(m.items[1]?.decision).toBe('1. Oplægget blev drøftet.\n2. Sagen genoptages.');
  });

  it('a table of contents decides which numbered lines are items', () => {
    const m = parse(`
Indholdsfortegnelse
1. Godkendelse af dagsorden.....3
2. Orientering.....4

1. Godkendelse af dagsorden
Godkendt uden bemærkninger.

2. Orientering
Formanden orienterede om:
1. Kommende møder
2. Status på budget
`);
    expect(m.items.map((i) => i.number)).toEqual(['1', '2']);
    expect(m.items[1]?.sections[0]?.text).toContain('2. Status på budget');
  });

  it('without a contents list, a body line that looks like one ("Budget 2025      3") does not hide the items', () => {
    const m = parse(`
Punkt 1: Budget
23-000001

Sagsfremstilling
Oversigt:
Budget 2025      3
Budget 2026      4

Punkt 2: Eventuelt
23-000002
`);
    expect(m.items.map((i) => i.number)).toEqual(['1', '2']);
    expect(m.items[0]?.sections[0]?.text).toContain('Budget 2026 4');
  });

  it('a title wrapped onto the next line (PDF) is joined when the case number follows it', () => {
    const m = parse(
      '\nPunkt 2: Udpegning af holdledere og bemanning af valgsteder til\nEuropaparlamentsvalg\n84.07.00-A00-1-23\nBeslutning\nGodkendt.\n',
    );
    expect(m.items[0]).toMatchObject({
      title: 'Udpegning af holdledere og bemanning af valgsteder til Europaparlamentsvalg',
      caseNumber: '84.07.00-A00-1-23',
    });
  });

  it('running numbers (715), the number alone on its line, and sub-items 1.1', () => {
    const m = parse(`
715
Kulturkommune 2017
12/27845

Beslutning
Drøftet.

716. Lokalplan for bymidten
12/30000

Beslutning
Vedtaget.

716.1 Høringssvar
12/30001

Beslutning
Taget til efterretning.
`);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['715', 'Kulturkommune 2017'],
      ['716', 'Lokalplan for bymidten'],
      ['716.1', 'Høringssvar'],
    ]);
  });

  it('"Punkt N:" headings are the only split when the document uses them', () => {
    const m = parse(`
Punkt 1: Første
00.01.00-P35-7-23

Beslutning
1. Budget 2026
00.01.00-P35-7-24

Punkt 2: Anden
00.01.00-P35-7-25
`);
    expect(m.items.map((i) => i.number)).toEqual(['1', '2']);
  });
});

describe('decision headings, also before the case text, and dated decisions', () => {
  it.each([
    ['Beslutninger', 'Beslutninger'],
    ['BESLUTNING', 'BESLUTNING'],
    ['Referat:', 'Referat'],
    ['Økonomiudvalgets beslutning den 05.05.2025', 'Økonomiudvalgets beslutning den 05.05.2025'],
  ])('%s before the case text', (heading) => {
    const m = parse(`
Punkt 1: Regnskab
23-007005

${heading}
Godkendt.

Sagsfremstilling
Regnskabet viser et overskud.
`);
    expect(m.items[0]?.decision).toBe('Godkendt.');
    expect(m.items[0]?.sections).toEqual([
      { heading: 'Sagsfremstilling', text: 'Regnskabet viser et overskud.' },
    ]);
    expect(m.kind).toBe('minutes');
  });

  it('heading and text on one line: "Beslutning: Godkendt."', () => {
    const m = parse(
      '\nPunkt 1: Regnskab\n23-007005\n\nIndstilling: at regnskabet godkendes\nBeslutning: Godkendt.\n',
    );
    expect(m.items[0]).toMatchObject({ decision: 'Godkendt.', recommendations: ['at regnskabet godkendes'] });
    expect(m.items[0]?.sections).toEqual([{ heading: 'Indstilling', text: 'at regnskabet godkendes' }]);
  });

  it('the decision dated this meeting is the decision; earlier ones stay as sections', () => {
    const m = parse(`
Punkt 1: Kulturkommune
12/27845

Beslutning i Økonomiudvalget den 10-04-2025
Sagen udsættes.

Supplerende sagsfremstilling
Nye oplysninger.

Beslutning i Økonomiudvalget den 05-05-2025
Godkendt.
`);
    expect(m.items[0]?.decision).toBe('Godkendt.');
    expect(m.items[0]?.sections.map((s) => s.heading)).toEqual([
      'Beslutning i Økonomiudvalget den 10-04-2025',
      'Supplerende sagsfremstilling',
    ]);
  });

  it('only an earlier dated decision: no decision, and a warning', () => {
    const m = parse(`
Punkt 1: Kulturkommune
12/27845

Beslutning i Økonomiudvalget den 10-04-2025
Sagen udsættes.
`);
    expect(m.items[0]?.decision).toBeUndefined();
    expect(m.warnings.join('\n')).toMatch(/dated 2025-04-10/);
  });
});

describe('closed items', () => {
  it.each([
    ['Punkt 4: Lukket: Personalesag', 'Personalesag'],
    ['Punkt 4: Lukket punkt: Personalesag', 'Personalesag'],
    ['Punkt 4: (Lukket) Personalesag', 'Personalesag'],
  ])('%s', (line, title) => {
    const m = parse(`\n${line}\n23-000001\n\nBeslutning\nGodkendt.\n`);
    expect(m.items[0]).toMatchObject({ title, closed: true, decision: 'Godkendt.' });
  });
  it('"Lukket punkt" on its own line inside the item, and a "Lukket referat" part closes the items after it', () => {
    const m = parse(`
Punkt 1: Åbent
Beslutning
Ok.

Punkt 2: Salg af grund
Lukket punkt
Beslutning
Solgt.

Lukket referat

Punkt 3: Personale
Beslutning
Ok.
`);
    expect(m.items.map((i) => i.closed)).toEqual([false, true, true]);
  });
});

describe('participants and absences', () => {
  it('header lists with values on the next lines, Afbud and Fraværende, "(afbud)" in the list', () => {
    const m = parse(
      '\nPunkt 1: Eventuelt\nBeslutning\nIntet.\n',
      'REFERAT Chefforum d. 23-04-2025\n\nMødedato\nOnsdag d. 23. april 2025 kl. 09:00\n\nMødedeltagere\nHenrik Harder (Kommunaldirektør), Bo Jensen (afbud)\n\nAfbud: Marie Aasøe (ferie)\nFraværende: Tine Juhl\n',
    );
    expect(m.participants).toEqual([{ name: 'Henrik Harder', title: 'Kommunaldirektør' }]);
    expect(m.absent).toEqual([
      { name: 'Marie Aasøe', reason: 'ferie' },
      { name: 'Tine Juhl' },
      { name: 'Bo Jensen' },
    ]);
    expect(m).toMatchObject({ forum: 'Chefforum', date: '2025-04-23', start: '09:00' });
  });
  it.each(['Ikke til stede: Bo Jensen', 'Følgende deltog ikke i behandlingen af punktet: Bo Jensen'])(
    'per-item "%s" is kept in the text and warned about',
    (line) => {
      const m = parse(`\nPunkt 1: Lokalplan\nBeslutning\n${line}\n\nVedtaget.\n`);
      expect(m.items[0]?.decision).toContain('Bo Jensen');
      expect(m.warnings.join('\n')).toMatch(/Punkt 1: per-item absence.*Bo Jensen/);
    },
  );
});

describe('page furniture', () => {
  it('removes "Side N", "N of M", bare page numbers and repeated headers at page edges, keeps the title', () => {
    const text = [
      'Referat Økonomiudvalget 05-05-2025\nMødedato 05.05.2025\n\nPunkt 1: Budget\n23-000001\n\nSagsfremstilling\nFørste side tekst.\nSide 1 af 3',
      'Referat Økonomiudvalget 05-05-2025\nAnden side tekst.\n2 of 3',
      'Referat Økonomiudvalget 05-05-2025\nBeslutning\nGodkendt.\n3',
    ].join('\f');
    expect(removePageFurniture(text)).not.toMatch(/Side 1|2 of 3|\f|\n3$/);
    const m = parseTextMinutes(text, 'x.txt');
    expect(m.title).toBe('Referat Økonomiudvalget 05-05-2025');
    expect(m.items[0]?.sections).toEqual([
      { heading: 'Sagsfremstilling', text: 'Første side tekst.\nAnden side tekst.' },
    ]);
    expect(m.items[0]?.decision).toBe('Godkendt.');
  });
  it('a line repeated in the body ("Intet at bemærke.") is content even at page edges', () => {
    const text =
      'T 05-05-2025\na\nb\nc\nIntet at bemærke.\nd\ne\nf\nIntet at bemærke.\fIntet at bemærke.\nx\ny\nz\nw';
    expect(removePageFurniture(text).match(/Intet at bemærke\./g)).toHaveLength(3);
  });
});

describe('kinds, encodings and errors', () => {
  it('an agenda title with decisions is read as minutes with a warning', () => {
    const m = parse('\nPunkt 1: A\nBeslutning\nOk.\n', 'Dagsorden Økonomiudvalget 05-05-2025\n');
    expect(m.kind).toBe('minutes');
    expect(m.warnings.join()).toMatch(/title says agenda/);
  });
  it('Windows-1252 text is read with a warning', async () => {
    const latin1 = Uint8Array.from(
      [...'Referat Ældrerådet 05-05-2025\n\nPunkt 1: Kørsel\nBeslutning\nGodkendt på mødet.\n'].map((c) =>
        c.charCodeAt(0),
      ),
    );
    const [m] = await parseImportFile('gammel.txt', latin1);
    expect(m?.forum).toBe('Ældrerådet');
    expect(m?.items[0]?.title).toBe('Kørsel');
    expect(m?.warnings[0]).toMatch(/Windows-1252/);
  });
  it.each([
    ['tom.txt', new Uint8Array(), /tom\.txt: the file is empty/],
    [
      'noter.txt',
      new TextEncoder().encode('Indkøbsliste\nmælk\nbrød\n'),
      /noter\.txt: text without a meeting date or agenda items/,
    ],
    ['x.json', new TextEncoder().encode('{"a":1}'), /x\.json: JSON that is not a FirstAgenda publication/],
    ['x.xml', new TextEncoder().encode('<foo><bar/></foo>'), /x\.xml: XML with root element <foo>/],
    ['x.bin', Uint8Array.from([1, 0, 2, 0, 3]), /x\.bin: binary content/],
    ['x.pdf', new TextEncoder().encode('%PDF-1.4 broken'), /x\.pdf: PDF that cannot be read/],
    [
      'x.docx',
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]),
      /x\.docx: ZIP file that is not a readable DOCX/,
    ],
  ])('%s: a clear error naming the file', async (name, bytes, message) => {
    await expect(parseImportFile(name, bytes)).rejects.toThrow(message);
  });
});
