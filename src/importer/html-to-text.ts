/**
 * HTML fields of agenda exports as plain text: block elements become paragraphs separated by a
 * blank line, list items lines ("1. " in ordered lists, "- " otherwise), <br> a line break,
 * entities decoded, whitespace collapsed as a browser would. Also splits HTML into sections at
 * its headings (<h1>–<h6>).
 */

const NAMED: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  aelig: 'æ',
  AElig: 'Æ',
  oslash: 'ø',
  Oslash: 'Ø',
  aring: 'å',
  Aring: 'Å',
  eacute: 'é',
  Eacute: 'É',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  bdquo: '„',
  bull: '•',
  middot: '·',
  sect: '§',
  shy: '',
  laquo: '«',
  raquo: '»',
  euro: '€',
  deg: '°',
  frac12: '½',
};

function validCodePoint(n: number): boolean {
  return (
    n === 9 ||
    n === 10 ||
    n === 13 ||
    (n >= 32 && n < 0xd800) ||
    (n > 0xdfff && n <= 0x10ffff && n !== 0xfffe && n !== 0xffff)
  );
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, ent: string) => {
    if (ent.startsWith('#')) {
      const n =
        ent[1] === 'x' || ent[1] === 'X'
          ? Number.parseInt(ent.slice(2), 16)
          : Number.parseInt(ent.slice(1), 10);
      return validCodePoint(n) ? String.fromCodePoint(n) : '';
    }
    return NAMED[ent] ?? whole;
  });
}

const BLOCK =
  /^(?:p|div|section|article|header|footer|blockquote|h[1-6]|table|ul|ol|pre|address|center|form|fieldset)$/;

/** HTML to plain text with paragraphs separated by blank lines. */
export function htmlToText(html: string): string {
  const src = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/\s+/g, ' ');
  const lists: { ordered: boolean; n: number }[] = [];
  let out = '';
  const tokens = src.split(/(<[^>]*>)/);
  for (const tok of tokens) {
    const tag = /^<\s*(\/?)\s*([a-z0-9]+)/i.exec(tok);
    if (!tag) {
      out += decodeEntities(tok);
      continue;
    }
    const closing = tag[1] === '/';
    const name = (tag[2] ?? '').toLowerCase();
    if (name === 'br') out += '\n';
    else if (name === 'li') {
      if (!closing) {
        const list = lists[lists.length - 1];
        if (list) list.n++;
        out += `${out.endsWith('\n') ? '' : '\n'}${list?.ordered ? `${list.n}. ` : '- '}`;
      } else out += '\n';
    } else if (name === 'ol' || name === 'ul') {
      if (closing) lists.pop();
      else lists.push({ ordered: name === 'ol', n: 0 });
      out += '\n\n';
    } else if (name === 'tr') out += '\n';
    else if (name === 'td' || name === 'th') out += closing ? ' ' : '';
    else if (BLOCK.test(name)) out += '\n\n';
  }
  return tidy(out);
}

function tidy(text: string): string {
  const lines = text.split('\n').map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim());
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

export interface HtmlSection {
  heading: string;
  html: string;
}

/** Splits HTML at its headings; content before the first heading has heading ''. */
export function splitHtmlSections(html: string): HtmlSection[] {
  const parts = html.split(/<h[1-6]\b[^>]*>([\s\S]*?)<\/h[1-6]\s*>/i);
  const out: HtmlSection[] = [{ heading: '', html: parts[0] ?? '' }];
  for (let i = 1; i < parts.length; i += 2) {
    out.push({ heading: htmlToText(parts[i] ?? '').replace(/\s+/g, ' '), html: parts[i + 1] ?? '' });
  }
  return out;
}
