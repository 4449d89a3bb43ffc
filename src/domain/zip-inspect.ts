/**
 * Reading a ZIP archive's table of contents without unpacking it: the end-of-central-directory
 * record, then the central directory's entries (name, sizes, where the data lies). DOCX, XLSX,
 * PPTX, ODT and ODS are ZIP archives, so uploads of those are typed and checked for zip bombs
 * from this listing before any library inflates them. Pure: bytes in, facts out.
 */
import { invalid } from './errors.ts';

export interface ZipEntry {
  name: string;
  /** Bytes of compressed data, as the central directory declares. */
  compressed: number;
  /** Bytes after inflating, as the central directory declares. */
  uncompressed: number;
  /** 0 = stored, 8 = deflate. */
  method: number;
  /** Offset of the entry's local file header. */
  headerOffset: number;
  /** Offset of the entry's data (after the local header), or -1 when the local header is unreadable. */
  dataOffset: number;
}

/** What the bomb check needs of an entry; a listing from `inspectZip` gives the rest. */
export type ZipEntrySizes = Pick<ZipEntry, 'name' | 'compressed' | 'uncompressed'> & Partial<ZipEntry>;

export interface ZipListing {
  entries: ZipEntry[];
  /** Where the central directory starts: every entry's data must lie before it. */
  centralDirectoryOffset: number;
  /** The archive has ZIP64 markers (sizes, counts or offsets of 0xFFFFFFFF / 0xFFFF). */
  zip64: boolean;
}

export interface ZipLimits {
  maxEntries: number;
  maxTotalUncompressed: number;
  /** Largest allowed inflate ratio (uncompressed / compressed), per entry and for the archive. */
  maxRatio: number;
  /** The ratio is only judged above this many uncompressed bytes (tiny XML parts compress very well). */
  ratioFloor: number;
}

export const ZIP_LIMITS: ZipLimits = {
  maxEntries: 2000,
  maxTotalUncompressed: 200 * 1024 * 1024,
  maxRatio: 100,
  ratioFloor: 1024 * 1024,
};

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;
const MAX16 = 0xffff;

const u16 = (b: Uint8Array, o: number): number => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number): number => (u16(b, o) + u16(b, o + 2) * 0x10000) >>> 0;

/** Does the buffer start like a ZIP archive (a local file header, or an empty archive)? */
export const looksLikeZip = (b: Uint8Array): boolean =>
  b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (u32(b, 0) === LOCAL || u32(b, 0) === EOCD);

const notZip = (problem: string) => invalid('file', `not a readable ZIP archive: ${problem}`);

function findEndOfCentralDirectory(b: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const last = b.length - 22;
  const first = Math.max(0, last - MAX16);
  for (let o = last; o >= first; o--)
    if (u32(b, o) === EOCD && o + 22 + u16(b, o + 20) === b.length) return o;
  for (let o = last; o >= first; o--) if (u32(b, o) === EOCD) return o;
  return -1;
}

/**
 * Lists a ZIP archive's entries from its central directory. Throws validation_failed (path `file`)
 * when the bytes are not a readable archive.
 */
export function inspectZip(b: Uint8Array): ZipListing {
  const eocd = findEndOfCentralDirectory(b);
  if (eocd < 0) throw notZip('no end-of-central-directory record');
  const count = u16(b, eocd + 10);
  const cdSize = u32(b, eocd + 12);
  const cdOffset = u32(b, eocd + 16);
  // A ZIP64 directory cannot be read from this record; such archives are not accepted at all.
  if (
    count === MAX16 ||
    cdSize === MAX32 ||
    cdOffset === MAX32 ||
    (eocd >= 20 && u32(b, eocd - 20) === ZIP64_LOCATOR)
  )
    throw notZip('ZIP64 archives are not accepted');
  let zip64 = false;
  if (u16(b, eocd + 4) !== 0 || u16(b, eocd + 6) !== 0) throw notZip('split archives are not supported');
  if (cdOffset + cdSize > eocd) throw notZip('the central directory lies outside the file');
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let o = cdOffset;
  for (let i = 0; i < count; i++) {
    if (o + 46 > eocd || u32(b, o) !== CENTRAL) throw notZip(`entry ${i + 1} of the directory is damaged`);
    const nameLength = u16(b, o + 28);
    const next = o + 46 + nameLength + u16(b, o + 30) + u16(b, o + 32);
    if (next > eocd) throw notZip(`entry ${i + 1} of the directory is damaged`);
    const headerOffset = u32(b, o + 42);
    const entry: ZipEntry = {
      name: decoder.decode(b.subarray(o + 46, o + 46 + nameLength)),
      compressed: u32(b, o + 20),
      uncompressed: u32(b, o + 24),
      method: u16(b, o + 10),
      headerOffset,
      dataOffset: -1,
    };
    if (entry.compressed === MAX32 || entry.uncompressed === MAX32 || headerOffset === MAX32) zip64 = true;
    if (headerOffset + 30 <= cdOffset && u32(b, headerOffset) === LOCAL)
      entry.dataOffset = headerOffset + 30 + u16(b, headerOffset + 26) + u16(b, headerOffset + 28);
    entries.push(entry);
    o = next;
  }
  return { entries, centralDirectoryOffset: cdOffset, zip64 };
}

/** An entry name that would leave the extraction directory, or is absolute. */
export const unsafeEntryName = (name: string): boolean =>
  name.startsWith('/') ||
  name.startsWith('\\') ||
  /^[A-Za-z]:/.test(name) ||
  name.split(/[/\\]/).some((segment) => segment === '..') ||
  name.includes('\0');

const isListing = (x: readonly ZipEntrySizes[] | ZipListing): x is ZipListing => !Array.isArray(x);
const ratioOf = (uncompressed: number, compressed: number): number => uncompressed / Math.max(compressed, 1);

/**
 * Why an archive looks like a zip bomb (or is otherwise unsafe to unpack), or null. Judged from
 * the declared sizes; `extract-text` checks while inflating that no entry exceeds its declared size.
 */
export function zipBombProblem(
  input: readonly ZipEntrySizes[] | ZipListing,
  limits: Partial<ZipLimits> = {},
): string | null {
  const l = { ...ZIP_LIMITS, ...limits };
  const listing: Partial<ZipListing> = isListing(input) ? input : {};
  const entries: readonly ZipEntrySizes[] = isListing(input) ? input.entries : input;
  if (listing.zip64) return 'ZIP64 archives are not accepted';
  if (entries.length === 0) return 'the archive is empty';
  if (entries.length > l.maxEntries) return `${entries.length} entries, more than ${l.maxEntries}`;
  let total = 0;
  let totalCompressed = 0;
  for (const e of entries) {
    if (e.compressed === MAX32 || e.uncompressed === MAX32) return 'ZIP64 archives are not accepted';
    if (unsafeEntryName(e.name)) return `unsafe entry name ${JSON.stringify(e.name)}`;
    const method = e.method ?? 8;
    if (method !== 0 && method !== 8) return `entry ${e.name} uses compression method ${e.method}`;
    if (method === 0 && e.compressed !== e.uncompressed)
      return `stored entry ${e.name} has inconsistent sizes`;
    if (e.uncompressed > l.ratioFloor && ratioOf(e.uncompressed, e.compressed) > l.maxRatio)
      return `entry ${e.name} expands ${Math.round(ratioOf(e.uncompressed, e.compressed))} times, more than ${l.maxRatio}`;
    total += e.uncompressed;
    totalCompressed += e.compressed;
  }
  if (total > l.maxTotalUncompressed) return `expands to ${total} bytes, more than ${l.maxTotalUncompressed}`;
  if (total > l.ratioFloor && ratioOf(total, totalCompressed) > l.maxRatio)
    return `expands ${Math.round(ratioOf(total, totalCompressed))} times, more than ${l.maxRatio}`;
  const end = listing.centralDirectoryOffset;
  if (end !== undefined && listing.entries) {
    // Entries whose data overlaps (the same bytes listed many times) are a bomb without compression.
    const spans = listing.entries
      .map((e) => ({
        name: e.name,
        start: e.headerOffset,
        data: e.dataOffset,
        end: e.dataOffset + e.compressed,
      }))
      .sort((a, b) => a.start - b.start);
    let previousEnd = 0;
    for (const s of spans) {
      if (s.data < 0) return `entry ${s.name} has no readable local header`;
      if (s.start < previousEnd) return `entry ${s.name} overlaps another entry`;
      if (s.end > end) return `entry ${s.name} runs into the central directory`;
      previousEnd = s.end;
    }
  }
  return null;
}

/** The bytes of a stored (uncompressed) entry, e.g. an OpenDocument's `mimetype`; null otherwise. */
export function storedEntryContent(b: Uint8Array, entry: ZipEntry, maxBytes = 200): Uint8Array | null {
  if (entry.method !== 0 || entry.dataOffset < 0 || entry.compressed > maxBytes) return null;
  if (entry.dataOffset + entry.compressed > b.length) return null;
  return b.subarray(entry.dataOffset, entry.dataOffset + entry.compressed);
}
