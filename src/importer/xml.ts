/**
 * A recovering XML reader for agenda exports. Real eDoc files contain invalid character references
 * (&#x1;, &#0;), raw control characters and bare ampersands; these are cleaned before parsing so a
 * bad character never fails a whole meeting. Namespace prefixes are removed.
 */
import { XMLParser } from 'fast-xml-parser';

export type XmlNode = Record<string, unknown>;

/** Cleans what makes XML invalid but does not change its meaning; returns the count of fixes. */
export function cleanXml(text: string): { xml: string; fixes: number } {
  let fixes = 0;
  const valid = (n: number) =>
    n === 9 ||
    n === 10 ||
    n === 13 ||
    (n >= 32 && n < 0xd800) ||
    (n > 0xdfff && n <= 0x10ffff && n !== 0xfffe && n !== 0xffff);
  let xml = text.replace(/^\uFEFF/, '').replace(/&#(x[0-9a-f]+|\d+);/gi, (whole, ref: string) => {
    const n = ref[0] === 'x' || ref[0] === 'X' ? Number.parseInt(ref.slice(1), 16) : Number.parseInt(ref, 10);
    if (valid(n)) return whole;
    fixes++;
    return '';
  });
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing invalid control characters is the point
  xml = xml.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, () => {
    fixes++;
    return '';
  });
  xml = xml.replace(/&(?!(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);)/gi, () => {
    fixes++;
    return '&amp;';
  });
  return { xml, fixes };
}

export function parseXml(text: string): { root: XmlNode; fixes: number } {
  const { xml, fixes } = cleanXml(text);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    htmlEntities: true,
    cdataPropName: false,
    textNodeName: '#text',
  });
  return { root: parser.parse(xml) as XmlNode, fixes };
}

/** The value as an array (fast-xml-parser gives a single child as an object). */
export function list(value: unknown): XmlNode[] {
  if (value === undefined || value === null || value === '') return [];
  return (Array.isArray(value) ? value : [value]).filter(
    (v): v is XmlNode => typeof v === 'object' && v !== null,
  );
}

/** A child's text content (string, number or {#text}), trimmed; '' when absent. */
export function text(node: unknown, key?: string): string {
  const v = key === undefined ? node : (node as XmlNode | undefined)?.[key];
  if (v === undefined || v === null) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v).trim();
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') return text((v as XmlNode)['#text']);
  return '';
}

export function child(node: unknown, key: string): XmlNode | undefined {
  const v = (node as XmlNode | undefined)?.[key];
  if (Array.isArray(v)) return list(v)[0];
  return typeof v === 'object' && v !== null ? (v as XmlNode) : undefined;
}

/** "04-12-2012 13:00:00", "2013-06-20 10:30", "2022-11-07T16:00:00+01:00" → date and time. */
export function splitDateTime(value: string): { date: string; start: string } {
  const v = value.trim();
  const isoM = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(v);
  if (isoM)
    return { date: `${isoM[1]}-${isoM[2]}-${isoM[3]}`, start: isoM[4] ? `${isoM[4]}:${isoM[5]}` : '' };
  const dk = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?:[T ](\d{1,2})[:.](\d{2}))?/.exec(v);
  if (dk) {
    const p = (s: string | undefined) => (s ?? '').padStart(2, '0');
    return { date: `${dk[3]}-${p(dk[2])}-${p(dk[1])}`, start: dk[4] ? `${p(dk[4])}:${dk[5]}` : '' };
  }
  return { date: '', start: '' };
}
