/**
 * The search benchmark's archive: ten years of meetings for 25 forums (about 27,000 items and 40,000
 * attachment texts at scale 1), Danish-looking text drawn deterministically (seeded PRNG) from runs
 * of words of the seed minutes in /work/shared/seeds (or ../shared/seeds). Inserted in bulk at the
 * store level (not through the use cases), into PostgreSQL/PGlite and into SQLite FTS5.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ItemState } from '../src/domain/item.ts';
import { paragraphsDoc } from '../src/domain/rich-text.ts';
import type { Db } from '../src/store/db.ts';
import {
  attachments,
  forums,
  items,
  meetings,
  memberships,
  organisations,
  people,
} from '../src/store/schema.ts';
import { ROOT } from './lib.ts';

export const FORUMS = 25;
export const YEARS = 10;
/** A word put into a handful of items only. */
export const RARE_WORD = 'kvartsurmager';

export interface ArchiveItem {
  id: string;
  forumIndex: number;
  meetingId: string;
  /** Meeting start, ISO. */
  start: string;
  title: string;
  type: 'decision' | 'information' | 'theme';
  state: ItemState;
  closed: boolean;
  section: string;
  recommendations: string[];
  decision: string;
}
export interface ArchiveAttachment {
  id: string;
  itemIndex: number;
  name: string;
  text: string;
}
export interface Archive {
  orgId: string;
  forumIds: string[];
  searcherId: string;
  /** Forums (indexes) the searcher is a member of. */
  searcherForums: number[];
  meetings: { id: string; forumIndex: number; start: string }[];
  items: ArchiveItem[];
  attachments: ArchiveAttachment[];
}

/** mulberry32: a small deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedWords(): string[] {
  const dir = [path.join(ROOT, '..', 'shared', 'seeds'), '/work/shared/seeds'].find((d) => fs.existsSync(d));
  if (!dir) throw new Error('seed minutes not found (../shared/seeds)');
  const text = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join(' ');
  return text.match(/[A-Za-zÆØÅæøå][A-Za-zÆØÅæøå-]*/g) ?? [];
}

/** Generates the archive; `scale` 1 is the full size. */
export function generateArchive(scale: number): Archive {
  const random = prng(20260415);
  const words = seedWords();
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  /** A run of consecutive words of the seed text: reads like Danish minutes. */
  const phrase = (n: number) => {
    const at = int(0, words.length - n - 1);
    return words.slice(at, at + n).join(' ');
  };
  const sentence = (lo: number, hi: number) => {
    const s = phrase(int(lo, hi));
    return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
  };
  const text = (words: number) => {
    const out: string[] = [];
    for (let n = 0; n < words; n += 12) out.push(sentence(8, 16));
    return out.join(' ');
  };
  const archive: Archive = {
    orgId: randomUUID(),
    forumIds: Array.from({ length: FORUMS }, () => randomUUID()),
    searcherId: randomUUID(),
    searcherForums: [0, 7, 14],
    meetings: [],
    items: [],
    attachments: [],
  };
  const meetingsPerYear = Math.max(1, Math.round(11 * scale));
  for (let f = 0; f < FORUMS; f++)
    for (let y = 0; y < YEARS; y++)
      for (let m = 0; m < meetingsPerYear; m++) {
        const month = 1 + Math.floor((m * 12) / meetingsPerYear);
        const day = int(1, 28);
        const start = `${2016 + y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T09:00:00+01:00`;
        const meeting = { id: randomUUID(), forumIndex: f, start };
        archive.meetings.push(meeting);
        for (let i = 0, n = int(8, 12); i < n; i++) {
          const r = random();
          const item: ArchiveItem = {
            id: randomUUID(),
            forumIndex: f,
            meetingId: meeting.id,
            start,
            title: sentence(3, 8).slice(0, -1),
            type: r < 0.6 ? 'decision' : r < 0.9 ? 'information' : 'theme',
            state: random() < 0.9 ? 'decided' : 'published',
            closed: random() < 0.05,
            section: text(int(60, 160)),
            recommendations: Array.from({ length: int(1, 3) }, () => `at ${phrase(int(5, 12))}`),
            decision: sentence(8, 25),
          };
          if (random() < 0.0003) item.section += ` ${RARE_WORD}`;
          archive.items.push(item);
          const itemIndex = archive.items.length - 1;
          for (let a = 0, k = random() < 0.45 ? 2 : 1; a < k; a++)
            archive.attachments.push({
              id: randomUUID(),
              itemIndex,
              name: `Bilag ${a + 1} ${phrase(3)}.pdf`,
              text: text(int(120, 360)) + (random() < 0.0002 ? ` ${RARE_WORD}` : ''),
            });
        }
      }
  return archive;
}

const chunks = <T>(rows: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));

/** Bulk insert into a migrated PostgreSQL or PGlite database. */
export async function insertArchive(db: Db, a: Archive): Promise<void> {
  await db.insert(organisations).values({ id: a.orgId, slug: 'arkiv', name: 'Arkivkommune' });
  await db
    .insert(forums)
    .values(
      a.forumIds.map((id, i) => ({ id, orgId: a.orgId, shortName: `F${i + 1}`, name: `Forum ${i + 1}` })),
    );
  await db.insert(people).values({
    id: a.searcherId,
    orgId: a.orgId,
    name: 'Søgende Medlem',
    title: 'Afdelingschef',
    email: 'soeger@example.dk',
    role: 'staff',
  });
  await db.insert(memberships).values(
    a.searcherForums.map((f) => ({
      orgId: a.orgId,
      forumId: a.forumIds[f] as string,
      personId: a.searcherId,
      role: 'member' as const,
      startDate: '2015-01-01',
    })),
  );
  for (const rows of chunks(a.meetings, 1000))
    await db.insert(meetings).values(
      rows.map((m) => ({
        id: m.id,
        orgId: a.orgId,
        forumId: a.forumIds[m.forumIndex] as string,
        startsAt: new Date(m.start),
        endsAt: new Date(new Date(m.start).getTime() + 3 * 3600_000),
        state: 'minutes_approved' as const,
      })),
    );
  for (const rows of chunks(a.items, 500))
    await db.insert(items).values(
      rows.map((i) => ({
        id: i.id,
        orgId: a.orgId,
        forumId: a.forumIds[i.forumIndex] as string,
        type: i.type,
        title: i.title,
        state: i.state,
        closed: i.closed,
        meetingId: i.meetingId,
        sections: { sagsfremstilling: paragraphsDoc(i.section) },
        recommendations: i.recommendations,
        decision: paragraphsDoc(i.decision),
      })),
    );
  for (const rows of chunks(a.attachments, 500))
    await db.insert(attachments).values(
      rows.map((t) => ({
        id: t.id,
        orgId: a.orgId,
        itemId: (a.items[t.itemIndex] as ArchiveItem).id,
        name: t.name,
        mediaType: 'application/pdf',
        sizeBytes: t.text.length,
        sha256: t.id,
        extractedText: t.text,
        extraction: 'ok' as const,
      })),
    );
}
