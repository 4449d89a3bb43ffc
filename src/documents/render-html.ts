/**
 * A meeting document as one self-contained, accessible HTML5 page: lang="da", one h1 (the header),
 * the meeting facts as a definition list, the table of contents as a nav of links, and per item a
 * section with an h2 ("Punkt N: title"), h3 per block and the rich text's own headings from h4 down,
 * so headings never skip a level. Real lists, tables with header cells, minimal inline CSS for screen
 * and print. Pure: everything is escaped, nothing is fetched.
 */
import { COMMUNICATION_HEADING, type DocumentItem, type ItemBlock, type MeetingDocument } from './model.ts';
import { escapeHtml, richTextToHtml } from './rich-text-html.ts';

/** Rich-text headings sit under the blocks' h3. */
const RICH_TEXT_HEADING_LEVEL = 4;

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5;color:#1a1a1a;max-width:46rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 1rem}
h2{font-size:1.3rem;margin:2rem 0 .25rem}
h3{font-size:1.05rem;margin:1.25rem 0 .25rem}
h4,h5,h6{font-size:1rem;margin:1rem 0 .25rem}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0 0 1.5rem}
.facts dt{font-weight:600}.facts dd{margin:0}.facts ul{list-style:none;margin:0;padding:0}
.version-note{font-weight:600}
.case-number,.duration{margin:0 0 .5rem;color:#444}
.toc ol{padding-left:0;list-style:none}
table{border-collapse:collapse;margin:.5rem 0 1rem}
th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#eee}
th p,td p{margin:0}
a{color:#0645ad}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media print{body{max-width:none;margin:0}a{color:inherit}section{break-before:auto}h2,h3{break-after:avoid}}
@page{size:A4;margin:2.5cm}
`
  .trim()
  .replace(/\n/g, '');

const anchor = (item: DocumentItem) => `punkt-${item.number}`;

function fact(label: string, valueHtml: string): string {
  return `<dt>${escapeHtml(label)}</dt><dd>${valueHtml}</dd>`;
}

const plainList = (tag: 'ul' | 'ol', entries: readonly string[], cls?: string): string =>
  `<${tag}${cls ? ` class="${cls}"` : ''}>${entries.map((e) => `<li>${escapeHtml(e)}</li>`).join('')}</${tag}>`;

function facts(doc: MeetingDocument): string {
  let html = fact('Mødedato', escapeHtml(doc.dateLine)) + fact('Mødested', escapeHtml(doc.location));
  if (doc.participants.length > 0) html += fact('Mødedeltagere', plainList('ul', doc.participants));
  if (doc.absent.length > 0) html += fact('Afbud', plainList('ul', doc.absent));
  return `<dl class="facts">${html}</dl>`;
}

function tableOfContents(doc: MeetingDocument): string {
  if (doc.items.length === 0) return '';
  const links = doc.items
    .map((item) => `<li><a href="#${anchor(item)}">${escapeHtml(item.heading)}</a></li>`)
    .join('');
  return (
    '<nav class="toc" aria-labelledby="indholdsfortegnelse">' +
    `<h2 id="indholdsfortegnelse">Indholdsfortegnelse</h2><ol>${links}</ol></nav>`
  );
}

function block(b: ItemBlock): string {
  const heading = `<h3>${escapeHtml(b.heading)}</h3>`;
  const rich = (body: Parameters<typeof richTextToHtml>[0] | null) =>
    body ? richTextToHtml(body, { headingLevel: RICH_TEXT_HEADING_LEVEL }) : '';
  switch (b.kind) {
    case 'section': {
      const duration =
        b.durationMinutes !== null ? `<p class="duration">(${b.durationMinutes} min.)</p>` : '';
      return heading + duration + rich(b.body);
    }
    case 'recommendations':
      return (
        heading + rich(b.intro) + (b.items.length > 0 ? plainList('ol', b.items, 'recommendations') : '')
      );
    case 'decision':
      return (
        heading +
        (b.result ? `<p class="result"><strong>Resultat:</strong> ${escapeHtml(b.result)}</p>` : '') +
        rich(b.body)
      );
    case 'attachments':
      return (
        heading +
        plainList(
          'ul',
          b.items.map((a) => `${a.label}: ${a.name}`),
          'attachments',
        )
      );
    default:
      return '';
  }
}

function item(it: DocumentItem): string {
  const id = anchor(it);
  let html = `<h2>${escapeHtml(it.heading)}</h2>`;
  if (!it.redacted) {
    if (it.caseNumber)
      html += `<p class="case-number"><span class="visually-hidden">Sagsnummer: </span>${escapeHtml(it.caseNumber)}</p>`;
    html += it.blocks.map(block).join('');
  }
  return `<section id="${id}">${html}</section>`;
}

function communication(doc: MeetingDocument): string {
  if (doc.communication.length === 0) return '';
  const lines = doc.communication
    .map((c) => `<h3>${escapeHtml(c.label)}</h3><p>${escapeHtml(c.text)}</p>`)
    .join('');
  return `\n<section id="kommunikation"><h2>${escapeHtml(COMMUNICATION_HEADING)}</h2>${lines}</section>`;
}

/** The document as a complete HTML page (UTF-8). */
export function renderHtml(doc: MeetingDocument): string {
  const header =
    `<header><h1>${escapeHtml(doc.heading)}</h1>` +
    (doc.versionNote ? `<p class="version-note">${escapeHtml(doc.versionNote)}</p>` : '') +
    `${facts(doc)}</header>`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(doc.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    header,
    tableOfContents(doc),
    `<main>${doc.items.map(item).join('\n')}${communication(doc)}</main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
