import { describe, expect, it } from 'vitest';
import { type Audience, buildMeetingDocument, type DocumentKind } from '../../src/documents/model.ts';
import { renderHtml } from '../../src/documents/render-html.ts';
import { richTextToHtml } from '../../src/documents/rich-text-html.ts';
import type { AgendaSnapshot } from '../../src/domain/agenda.ts';
import type { RichTextDoc } from '../../src/domain/rich-text.ts';
import { CANARY, seedSnapshot2024 } from './fixture.ts';

const render = (
  audience: Audience = 'members',
  kind: DocumentKind = 'minutes',
  snapshot: AgendaSnapshot = seedSnapshot2024(),
) => renderHtml(buildMeetingDocument(snapshot, { kind, audience, version: 1 }));

const VOID = new Set(['meta', 'br', 'link', 'img', 'hr', 'input']);
interface Tag {
  name: string;
  attrs: string;
  parent: string | undefined;
}

/** Every start tag with its parent element; throws when elements are not properly nested. */
function parseTags(html: string): Tag[] {
  const stack: string[] = [];
  const tags: Tag[] = [];
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)) {
    const [, close, rawName, attrs = ''] = m;
    const name = (rawName ?? '').toLowerCase();
    if (close) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}>`);
      continue;
    }
    tags.push({ name, attrs, parent: stack[stack.length - 1] });
    if (!VOID.has(name)) stack.push(name);
  }
  if (stack.length > 0) throw new Error(`unclosed: ${stack.join(', ')}`);
  return tags;
}

const headingLevels = (html: string) =>
  parseTags(html)
    .filter((t) => /^h[1-6]$/.test(t.name))
    .map((t) => Number(t.name.slice(1)));

/** Visible text, tags removed and entities decoded, whitespace collapsed. */
const textOf = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<title>[\s\S]*?<\/title>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

function expectInOrder(text: string, expected: string[]): void {
  let from = 0;
  for (const s of expected) {
    const at = text.indexOf(s, from);
    expect(at, `"${s}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + s.length;
  }
}

const sectionOf = (html: string, id: string) =>
  new RegExp(`<section id="${id}">([\\s\\S]*?)</section>`).exec(html)?.[1];

describe('renderHtml', () => {
  it('is one well-formed Danish page with a title, one h1 and headings that never skip a level', () => {
    const html = render();
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="da">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Referat – Chefforum 13. marts 2024</title>');
    const tags = parseTags(html);
    expect(tags.filter((t) => t.name === 'h1')).toHaveLength(1);
    expect(html).toContain('<h1>REFERAT Chefforum d. 13-03-2024</h1>');
    const levels = headingLevels(html);
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => {
      if (i > 0) expect(level, `heading ${i}`).toBeLessThanOrEqual((levels[i - 1] as number) + 1);
    });
    expect(levels).toContain(3);
    // Nothing fetched: no scripts, external styles or images.
    expect(tags.some((t) => ['script', 'link', 'img', 'iframe'].includes(t.name))).toBe(false);
  });

  it('uses real lists, table header cells with scope, and unique ids every link target has', () => {
    const html = render();
    const tags = parseTags(html);
    for (const li of tags.filter((t) => t.name === 'li')) expect(['ul', 'ol']).toContain(li.parent);
    for (const cell of tags.filter((t) => t.name === 'th' || t.name === 'td')) expect(cell.parent).toBe('tr');
    const ths = tags.filter((t) => t.name === 'th');
    expect(ths.length).toBeGreaterThan(0);
    for (const th of ths) expect(th.attrs).toMatch(/scope="(col|row)"/);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const nav = tags.find((t) => t.name === 'nav');
    const labelledBy = /aria-labelledby="([^"]+)"/.exec(nav?.attrs ?? '')?.[1];
    expect(ids).toContain(labelledBy);
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets).toEqual(['punkt-1', 'punkt-2', 'punkt-3', 'punkt-4']);
    for (const target of targets) expect(ids).toContain(target);
    for (const n of [1, 2, 3, 4])
      expect(html).toMatch(new RegExp(`<section id="punkt-${n}"><h2>Punkt ${n}: `));
  });

  it('shows header, facts, contents and every item in the order of the minutes', () => {
    const html = render();
    expect(html).toMatch(/<ol class="recommendations"><li>at dagsorden til dette møde godkendes<\/li>/);
    expect(html).toContain(
      '<ul class="attachments"><li>Bilag 4.1: Program Lederdøgn april 2024_CF.docx</li>',
    );
    expect(html).toMatch(
      /<dt>Mødedeltagere<\/dt><dd><ul><li>Forperson Henrik Harder \(Kommunaldirektør\)<\/li>/,
    );
    expectInOrder(textOf(html), [
      'REFERAT Chefforum d. 13-03-2024',
      'Mødedato Onsdag d. 13. marts 2024 kl. 09:00',
      'Mødested 915',
      'Mødedeltagere',
      'Forperson Henrik Harder (Kommunaldirektør)',
      'René Birkemark Olesen (Afdelingschef Kultur, Fritid & Erhverv)',
      'Rikke Terslev (Afdelingschef Ældre, Sundhed & Social)',
      'Kristine Klæbel (Direktør By, Kultur, Miljø & Beskæftigelse)',
      'Marie Aasøe (Afdelingschef Økonomi & Stab)',
      'Afbud Tine Buch Juhl (Afdelingschef Børn- & Familie)',
      'Indholdsfortegnelse',
      'Punkt 1: CF – Godkendelse af dagsorden og referat',
      'Punkt 4: CF - Lederdøgn 2024',
      'Punkt 1: CF – Godkendelse af dagsorden og referat',
      '00.01.00-P35-7-23',
      'Indstilling',
      'Kommunaldirektøren indstiller,',
      'at dagsorden til dette møde godkendes',
      'at referat fra mødet den 29. februar 2024 godkendes',
      'Beslutning',
      'Chefforum godkendte dagsordenen til dette møde',
      'Punkt 2: CF - Udpegning af holdledere og bemanding af valgsteder til Europaparlamentsvalg',
      '84.07.00-A00-1-23',
      'Anledning',
      'Sagsfremstilling',
      '(15 min.)',
      'Valgsted Holdleder Holdlederassistent',
      'Indstilling',
      'at Chefforum godkender listen af holdledere',
      'at Chefforum medvirker til at bistå med rekruttering',
      'Beslutning',
      'Chefforum godkendte listen af holdledere',
      'Bilag',
      'Bilag 2.1: Valghåndbog 2024.pdf',
      `Punkt 3: Personalesag ${CANARY}`,
      'Punkt 4: CF - Lederdøgn 2024',
      '81.01.00-G01-1-24',
      'Resumé',
      'Sagsfremstilling',
      '(20 min.)',
      'at orienteringen tages til efterretning',
      'Chefforum tog orienteringen til efterretning.',
      'Bilag 4.1: Program Lederdøgn april 2024_CF.docx',
      'Bilag 4.2: Drejebog Lederdøgn april 2024_CF.docx',
    ]);
  });

  it('keeps rich text: the table with its header row, nested lists and the link', () => {
    const html = render();
    expect(html).toContain(
      '<table><thead><tr><th scope="col"><p>Valgsted</p></th><th scope="col"><p>Holdleder</p></th>' +
        '<th scope="col"><p>Holdlederassistent</p></th></tr></thead><tbody>' +
        '<tr><td><p>Egelundskolen</p></td><td><p>Carina Kofoed, KFEE</p></td><td><p>Anne Børgesen, ÆSS</p></td></tr>',
    );
    expect(html).toContain(
      '<ul><li><p>Økonomi &amp; Stab: 14</p></li><li><p>Borger &amp; Arbejdsmarked: 21</p>' +
        '<ol><li><p>heraf fintælling: 6</p></li></ol></li></ul>',
    );
    expect(html).toContain(
      '<a href="https://medarbejdersiden.albertslund.dk/valghaandbogen" rel="noopener noreferrer">valghåndbogen</a>',
    );
  });

  it('shows a closed item in full to members and as its heading alone to everybody else', () => {
    expect(render('members')).toContain(CANARY);
    expect(render('members')).toContain(`Fortroligt: ${CANARY} om en medarbejder.`);
    for (const audience of ['organisation', 'public'] as const) {
      const html = render(audience);
      expect(html, audience).not.toContain(CANARY);
      expect(sectionOf(html, 'punkt-3')).toBe('<h2>Punkt 3: Lukket punkt</h2>');
      expect(html).toContain('<li><a href="#punkt-3">Punkt 3: Lukket punkt</a></li>');
      expect(html).toContain('Bilag 4.2: Drejebog Lederdøgn april 2024_CF.docx');
    }
  });

  it('renders the agenda without decisions', () => {
    const html = render('members', 'agenda');
    expect(html).toContain('<h1>DAGSORDEN Chefforum d. 13-03-2024</h1>');
    expect(html).toContain('<title>Dagsorden – Chefforum 13. marts 2024</title>');
    expect(html).not.toContain('<h3>Beslutning</h3>');
    expect(html).not.toContain('Chefforum godkendte');
    expect(html).toContain('at orienteringen tages til efterretning');
  });

  it('escapes every text, including the title, participants and attachment names', () => {
    const snapshot = seedSnapshot2024();
    const evil = '<script>alert("x")</script> & \'y\'';
    snapshot.meeting.forumName = evil;
    snapshot.meeting.location = evil;
    snapshot.meeting.participants = [{ name: evil, title: evil, role: 'member' }];
    const first = snapshot.items[0];
    if (!first) throw new Error('fixture has items');
    first.title = evil;
    first.recommendations = [evil];
    first.attachments = [{ id: 'e', name: evil, sha256: 'e' }];
    const html = render('members', 'minutes', snapshot);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
    expect(() => parseTags(html)).not.toThrow();
  });

  it('places rich-text headings under the block heading without skipping a level', () => {
    const snapshot = seedSnapshot2024();
    const heading = (level: 2 | 3 | 4, text: string) => ({
      type: 'heading' as const,
      attrs: { level },
      content: [{ type: 'text' as const, text }],
    });
    const body: RichTextDoc = {
      type: 'doc',
      content: [heading(3, 'Baggrund'), heading(4, 'Detaljer'), heading(2, 'Økonomi i alt')],
    };
    const item = snapshot.items[3];
    if (!item) throw new Error('fixture has item 4');
    item.sections = [{ key: 'sagsfremstilling', heading: 'Sagsfremstilling', body }];
    const html = render('members', 'minutes', snapshot);
    expect(html).toContain(
      '<h3>Sagsfremstilling</h3><p class="duration">(20 min.)</p>' +
        '<h4>Baggrund</h4><h5>Detaljer</h5><h4>Økonomi i alt</h4>',
    );
    const levels = headingLevels(html);
    levels.forEach((level, i) => {
      if (i > 0) expect(level).toBeLessThanOrEqual((levels[i - 1] as number) + 1);
    });
    // Without the option rich text keeps its own levels.
    expect(richTextToHtml(body)).toBe('<h3>Baggrund</h3><h4>Detaljer</h4><h2>Økonomi i alt</h2>');
  });
});

describe('a charter that shows closed titles', () => {
  it('shows the title of a closed item organisation-wide, never its content', async () => {
    const { buildMeetingDocument } = await import('../../src/documents/model.ts');
    const { renderHtml } = await import('../../src/documents/render-html.ts');
    const { seedSnapshot2024, CANARY: canary } = await import('./fixture.ts');
    const snapshot = { ...seedSnapshot2024(), showClosedTitles: true };
    const html = renderHtml(
      buildMeetingDocument(snapshot, { kind: 'minutes', audience: 'organisation', version: 1 }),
    );
    expect(html).toContain(`Punkt 3: Personalesag ${canary}`);
    expect(html.split(canary)).toHaveLength(3); // the title in the contents and the heading, nothing more
    expect(html).not.toContain('Fortroligt');
  });
});
