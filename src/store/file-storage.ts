/**
 * File storage behind an interface: a local directory now, S3-compatible object storage later.
 * Files are written under generated keys (never the uploaded name), streamed through a SHA-256,
 * with a size limit; a write that fails or is refused leaves nothing behind.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { ForaError } from '../domain/errors.ts';

export interface StoredFile {
  key: string;
  sizeBytes: number;
  sha256: string;
}

export interface FileStorage {
  /** Streams `body` into storage; throws validation_failed (path `file`) above `maxBytes`, leaving nothing. */
  put(body: Readable, maxBytes: number): Promise<StoredFile>;
  read(key: string): Readable;
  readAll(key: string): Promise<Buffer>;
  delete(key: string): Promise<void>;
  /** Every key in storage (for `fora fsck`). */
  keys(): Promise<string[]>;
  /** Every stored file and every temporary file of an unfinished upload, with when it was last written. */
  inventory(): Promise<FileInventory>;
  /** Deletes a temporary file named by `inventory()`. */
  deleteTemp(name: string): Promise<void>;
}

export interface FileInventory {
  files: { key: string; modifiedMs: number }[];
  /** Left by an upload that is running, or that ended without finishing (a crash). */
  temps: { name: string; modifiedMs: number }[];
}

const KEY = /^[0-9a-f-]{36}$/;
const TEMP = /^[0-9a-f-]{36}\.part$/;

/** Makes a rename durable: the directory entry itself is flushed to disk. */
function syncDirectory(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export class LocalFileStorage implements FileStorage {
  constructor(private readonly dir: string) {
    fs.mkdirSync(path.join(dir, 'tmp'), { recursive: true });
  }

  private pathOf(key: string): string {
    if (!KEY.test(key)) throw new ForaError('not_found', 'No such file');
    return path.join(this.dir, key.slice(0, 2), key);
  }

  async put(body: Readable, maxBytes: number): Promise<StoredFile> {
    const key = randomUUID();
    const tmp = path.join(this.dir, 'tmp', `${key}.part`);
    const hash = createHash('sha256');
    let size = 0;
    try {
      // Opened (and so existing) before any byte is read: a failure at once still finds it to remove.
      const file = await fs.promises.open(tmp, 'wx', 0o600);
      try {
        for await (const chunk of body as AsyncIterable<Buffer>) {
          size += chunk.length;
          if (size > maxBytes)
            throw new ForaError('validation_failed', `File larger than ${maxBytes} bytes`, [
              { path: 'file', problem: `larger than the limit of ${maxBytes} bytes` },
            ]);
          hash.update(chunk);
          await file.write(chunk);
        }
        // fsync before the rename so an acknowledged file survives a crash.
        await file.sync();
      } finally {
        await file.close();
      }
      const final = this.pathOf(key);
      // A new sub-directory's own entry must be durable too, or the file could vanish with it.
      if (fs.mkdirSync(path.dirname(final), { recursive: true })) syncDirectory(this.dir);
      fs.renameSync(tmp, final);
      syncDirectory(path.dirname(final));
      return { key, sizeBytes: size, sha256: hash.digest('hex') };
    } catch (err) {
      await fs.promises.rm(tmp, { force: true });
      body.destroy();
      throw err;
    }
  }

  read(key: string): Readable {
    return fs.createReadStream(this.pathOf(key));
  }

  async readAll(key: string): Promise<Buffer> {
    return fs.promises.readFile(this.pathOf(key));
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }

  async keys(): Promise<string[]> {
    const out: string[] = [];
    for (const sub of await fs.promises.readdir(this.dir)) {
      if (sub === 'tmp') continue;
      for (const f of await fs.promises.readdir(path.join(this.dir, sub))) if (KEY.test(f)) out.push(f);
    }
    return out;
  }

  async inventory(): Promise<FileInventory> {
    const files: FileInventory['files'] = [];
    const temps: FileInventory['temps'] = [];
    // An upload may rename or remove a file between the listing and its stat: then it is skipped.
    const mtime = (file: string) =>
      fs.promises.stat(file).then(
        (s) => s.mtimeMs,
        () => null,
      );
    for (const sub of await fs.promises.readdir(this.dir, { withFileTypes: true })) {
      if (!sub.isDirectory()) continue;
      const temp = sub.name === 'tmp';
      for (const f of await fs.promises.readdir(path.join(this.dir, sub.name))) {
        if (!(temp ? TEMP : KEY).test(f)) continue;
        const modifiedMs = await mtime(path.join(this.dir, sub.name, f));
        if (modifiedMs === null) continue;
        if (temp) temps.push({ name: f, modifiedMs });
        else files.push({ key: f, modifiedMs });
      }
    }
    return { files, temps };
  }

  async deleteTemp(name: string): Promise<void> {
    if (!TEMP.test(name)) throw new ForaError('not_found', 'No such temporary file');
    await fs.promises.rm(path.join(this.dir, 'tmp', name), { force: true });
  }
}
