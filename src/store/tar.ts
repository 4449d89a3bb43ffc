/**
 * A minimal POSIX tar (ustar) writer and reader for `fora backup`: regular files only, streamed
 * one at a time, each hashed (SHA-256) as it passes. A backup is a plain tar file, so `tar tf`
 * lists it and `tar xf` unpacks it without Fora.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { ForaError } from '../domain/errors.ts';

const BLOCK = 512;

export interface TarEntry {
  name: string;
  size: number;
  /** Where the entry's bytes start in the tar file. */
  offset: number;
}

function splitName(name: string): { prefix: string; base: string } {
  if (Buffer.byteLength(name) <= 100) return { prefix: '', base: name };
  const cut = name.lastIndexOf('/', 155);
  if (cut <= 0 || Buffer.byteLength(name.slice(cut + 1)) > 100 || Buffer.byteLength(name.slice(0, cut)) > 155)
    throw new ForaError('internal', `Name too long for a tar entry: ${name}`);
  return { prefix: name.slice(0, cut), base: name.slice(cut + 1) };
}

function header(name: string, size: number, mtime: number): Buffer {
  const h = Buffer.alloc(BLOCK);
  const { prefix, base } = splitName(name);
  const octal = (value: number, at: number, width: number) =>
    h.write(`${value.toString(8).padStart(width - 1, '0')}\0`, at, 'ascii');
  h.write(base, 0, 'utf8');
  octal(0o644, 100, 8);
  octal(0, 108, 8);
  octal(0, 116, 8);
  octal(size, 124, 12);
  octal(Math.floor(mtime / 1000), 136, 12);
  h.fill(' ', 148, 156);
  h.write('0', 156, 'ascii');
  h.write('ustar\x0000', 257, 'ascii');
  h.write(prefix, 345, 'utf8');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return h;
}

/** Appends entries to a new tar file; `finish()` ends it and flushes it to disk. */
export class TarWriter {
  private constructor(private readonly fd: number) {}

  static create(file: string): TarWriter {
    return new TarWriter(fs.openSync(file, 'wx', 0o600));
  }

  /** Adds a file from disk; answers its size and SHA-256. */
  async addFile(name: string, source: string): Promise<{ size: number; sha256: string }> {
    const { size, mtimeMs } = fs.statSync(source);
    fs.writeSync(this.fd, header(name, size, mtimeMs));
    const hash = createHash('sha256');
    let written = 0;
    await pipeline(fs.createReadStream(source), async (chunks: AsyncIterable<Buffer>) => {
      for await (const chunk of chunks) {
        const part = chunk.subarray(0, Math.max(0, size - written));
        hash.update(part);
        fs.writeSync(this.fd, part);
        written += part.length;
      }
    });
    if (written !== size) throw new ForaError('internal', `${source} changed while it was copied`);
    this.pad(size);
    return { size, sha256: hash.digest('hex') };
  }

  addBuffer(name: string, data: Buffer): void {
    fs.writeSync(this.fd, header(name, data.length, Date.now()));
    fs.writeSync(this.fd, data);
    this.pad(data.length);
  }

  private pad(size: number): void {
    const rest = size % BLOCK;
    if (rest) fs.writeSync(this.fd, Buffer.alloc(BLOCK - rest));
  }

  finish(): void {
    fs.writeSync(this.fd, Buffer.alloc(2 * BLOCK));
    fs.fsyncSync(this.fd);
    fs.closeSync(this.fd);
  }

  abort(): void {
    fs.closeSync(this.fd);
  }
}

const notTar = (file: string, why: string) =>
  new ForaError('validation_failed', `${file}: not a Fora backup (${why})`);

/** The entries of a tar file, read from its headers. */
export function listTar(file: string): TarEntry[] {
  const fd = fs.openSync(file, 'r');
  try {
    const total = fs.fstatSync(fd).size;
    const entries: TarEntry[] = [];
    const h = Buffer.alloc(BLOCK);
    let at = 0;
    while (at + BLOCK <= total) {
      fs.readSync(fd, h, 0, BLOCK, at);
      if (h.every((b) => b === 0)) return entries;
      if (h.toString('ascii', 257, 262) !== 'ustar') throw notTar(file, `no tar header at byte ${at}`);
      const text = (from: number, to: number) => h.toString('utf8', from, to).replace(/\0.*$/s, '');
      const size = Number.parseInt(text(124, 136).trim() || '0', 8);
      const prefix = text(345, 500);
      const name = prefix ? `${prefix}/${text(0, 100)}` : text(0, 100);
      if (h.toString('ascii', 156, 157) === '0' || h[156] === 0)
        entries.push({ name, size, offset: at + BLOCK });
      at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
      if (at > total) throw notTar(file, 'cut short');
    }
    throw notTar(file, 'no end marker; cut short?');
  } finally {
    fs.closeSync(fd);
  }
}

/** Copies an entry's bytes to `target` (a new file, flushed), answering their SHA-256. */
export async function extractEntry(file: string, entry: TarEntry, target: string): Promise<string> {
  const hash = createHash('sha256');
  const out = fs.openSync(target, 'wx', 0o600);
  try {
    if (entry.size > 0) {
      const stream = fs.createReadStream(file, { start: entry.offset, end: entry.offset + entry.size - 1 });
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        hash.update(chunk);
        fs.writeSync(out, chunk);
      }
    }
    fs.fsyncSync(out);
  } finally {
    fs.closeSync(out);
  }
  return hash.digest('hex');
}

/** An entry's bytes in memory (the manifest). */
export function readEntry(file: string, entry: TarEntry): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const b = Buffer.alloc(entry.size);
    fs.readSync(fd, b, 0, entry.size, entry.offset);
    return b;
  } finally {
    fs.closeSync(fd);
  }
}
