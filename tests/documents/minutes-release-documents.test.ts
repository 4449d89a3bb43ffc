/**
 * What the minutes' release adds to the documents: each item's result line, "Hvad skal
 * kommunikeres ud" at the end (closed items' lines only for the members), and a corrected
 * version's change note; read back from the PDF (pdftotext), the DOCX (mammoth) and the HTML.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { type Audience, buildMeetingDocument } from '../../src/documents/model.ts';
import { renderDocx } from '../../src/documents/render-docx.ts';
import { renderHtml } from '../../src/documents/render-html.ts';
import { renderPdf } from '../../src/documents/render-pdf.ts';
import type { AgendaSnapshot } from '../../src/domain/agenda.ts';
import { CANARY, seedSnapshot2024 } from './fixture.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'fora-minutes-docs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function released(): AgendaSnapshot {
  const snapshot = seedSnapshot2024();
  const [first, second, closed] = snapshot.items;
  if (!first || !second || !closed?.closed)
    throw new Error('fixture: expected two open items and a closed one');
  first.result = 'Godkendt';
  second.result = '1: Godkendt; 2: Udsat';
  closed.result = 'Taget til efterretning';
  snapshot.communication = [
    {
      itemId: second.itemId,
      number: 2,
      title: second.title,
      closed: false,
      text: 'Valgstederne er bemandet – tak for hjælpen.',
    },
    {
      itemId: closed.itemId,
      number: 3,
      title: closed.title,
      closed: true,
      text: `Sagen om ${CANARY} er afsluttet.`,
    },
  ];
  return snapshot;
}
const build = (audience: Audience) =>
  buildMeetingDocument(released(), {
    kind: 'minutes',
    audience,
    version: 2,
    changeNote: 'Beslutningen under punkt 2 er præciseret.',
  });
const squash = (s: string) => s.replace(/\s+/g, '');

async function pdfText(audience: Audience): Promise<string> {
  const file = path.join(dir, `${audience}.pdf`);
  writeFileSync(file, (await renderPdf(build(audience))).bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

describe('released minutes in the documents', () => {
  it('prints the change note, the result lines and the summary last, in the PDF', async () => {
    const text = squash(await pdfText('members'));
    const order = [
      'Rettetreferat(version2):Beslutningenunderpunkt2erpræciseret.',
      'Resultat:Godkendt',
      'Resultat:1:Godkendt;2:Udsat',
      'Resultat:Taget',
      'Hvadskalkommunikeresud',
      'Valgstederneerbemandet–takforhjælpen.',
      `SagenomKANARIE-5521erafsluttet.`,
    ];
    let at = 0;
    for (const s of order) {
      const found = text.indexOf(s, at);
      expect(found, `${s} after position ${at}`).toBeGreaterThanOrEqual(0);
      at = found + s.length;
    }
  });

  it('leaves the closed item out of the organisation’s summary in every format', async () => {
    const pdf = await pdfText('organisation');
    expect(squash(pdf)).toContain('Valgstederneerbemandet');
    expect(pdf).not.toContain(CANARY);
    const html = renderHtml(build('organisation'));
    expect(html).toContain('Hvad skal kommunikeres ud');
    expect(html).not.toContain(CANARY);
    const docx = (await mammoth.extractRawText({ buffer: await renderDocx(build('organisation')) })).value;
    expect(docx).toContain('Resultat: 1: Godkendt; 2: Udsat');
    expect(docx).toContain('Valgstederne er bemandet – tak for hjælpen.');
    expect(docx).not.toContain(CANARY);
  });

  it('prints no summary in an agenda', () => {
    const html = renderHtml(
      buildMeetingDocument(released(), { kind: 'agenda', audience: 'members', version: 1 }),
    );
    expect(html).not.toContain('Hvad skal kommunikeres ud');
    expect(html).not.toContain('Resultat:');
  });
});
