/**
 * Pure rules for saving an imported agenda or minutes document: how printed headings become the
 * forum template's section keys, which type an item gets, which role a printed participant has.
 */
import type { ItemType, TemplateSection } from './charter.ts';

const fold = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[:.]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** ASCII key from a heading: "Økonomi & Stab" -> "oekonomi_stab". */
function asciiKey(heading: string): string {
  const ascii = fold(heading)
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return ascii || 'afsnit';
}

export interface SectionKeying {
  /** The template key for each printed heading, in the order given. */
  keys: string[];
  /** Headings the template does not know, as extra template entries, so they are kept and rendered. */
  extra: { key: string; heading: string }[];
}

/**
 * Maps printed headings to the template's section keys: a heading equal (ignoring case, spacing
 * and a trailing colon) to a template heading or key gets that key. Any other heading is kept
 * under `import_<ascii heading>` with its printed heading, so nothing is lost. A heading printed
 * twice in one item gets `_2`, `_3` ...
 */
export function keySections(
  template: readonly Pick<TemplateSection, 'key' | 'heading'>[],
  headings: readonly string[],
): SectionKeying {
  const byHeading = new Map<string, string>();
  for (const s of template) {
    byHeading.set(fold(s.heading), s.key);
    byHeading.set(fold(s.key), s.key);
  }
  const used = new Set<string>();
  const keys: string[] = [];
  const extra: { key: string; heading: string }[] = [];
  for (const heading of headings) {
    const known = byHeading.get(fold(heading));
    let key = known ?? `import_${asciiKey(heading)}`;
    for (let n = 2; used.has(key); n++) key = `${known ?? `import_${asciiKey(heading)}`}_${n}`;
    used.add(key);
    keys.push(key);
    if (!template.some((s) => s.key === key)) extra.push({ key, heading: heading.trim() || 'Afsnit' });
  }
  return { keys, extra };
}

/** An item with recommendations or a decision was put up for decision; anything else is information. */
export const importedItemType = (item: {
  recommendations: readonly string[];
  decision?: string;
}): ItemType =>
  item.recommendations.length > 0 || (item.decision ?? '').trim() !== '' ? 'decision' : 'information';

/** The meeting role a printed role stands for; members unless it says chair or secretary. */
export function participantRole(role: string | undefined): 'chair' | 'member' | 'secretary' | 'guest' {
  const r = fold(role ?? '');
  if (/^(formand|forperson|mødeleder|chair)/.test(r)) return 'chair';
  if (/^(sekretær|referent|secretary)/.test(r)) return 'secretary';
  if (/^(gæst|deltager under|guest)/.test(r)) return 'guest';
  return 'member';
}

/** People are matched by name ignoring case and spacing. */
export const nameKey = (name: string): string => fold(name);

/**
 * A clearly non-deliverable address for a person known only from an imported document
 * (RFC 2606 reserves `.invalid`): nobody is mailed by mistake.
 */
export function importedPersonEmail(name: string, taken: (email: string) => boolean): string {
  const local = asciiKey(name).replace(/_/g, '.');
  let email = `${local}@import.invalid`;
  for (let n = 2; taken(email); n++) email = `${local}.${n}@import.invalid`;
  return email;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * A section's text without what the item keeps in its own fields, so documents do not print it
 * twice: numbered lines that are the item's recommendations (stored as recommendations), and a
 * time allotment "(10 min.)" on a line of its own (stored as the item's duration).
 */
export function sectionBody(
  text: string,
  recommendations: readonly string[],
): { text: string; durationMinutes: number | null } {
  const recs = new Set(recommendations.map(squash));
  let durationMinutes: number | null = null;
  const kept = text.split('\n').filter((line) => {
    const numbered = /^\s*\d+\s*[.)]\s*(.+)$/.exec(line);
    if (numbered && recs.has(squash(numbered[1] ?? ''))) return false;
    const time = /^\s*\((\d{1,3})\s*min\.?\)\s*$/i.exec(line);
    if (time && durationMinutes === null) {
      durationMinutes = Number(time[1]);
      return false;
    }
    return true;
  });
  return {
    text: kept
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    durationMinutes,
  };
}
