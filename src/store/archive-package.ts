/**
 * The archive on disk: a folder holding `fora-archive.json` and `files/<sha256>`, or the same
 * entries in a zip file (fflate). Writing goes to a temporary name first, so a failed export leaves
 * no half archive under the requested name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { ForaError, invalid } from '../domain/errors.ts';

export const MANIFEST_NAME = 'fora-archive.json';
const SHA256 = /^[0-9a-f]{64}$/;

export interface ArchivePackage {
  /** The text of fora-archive.json. */
  manifest: string;
  /** The bytes of files/<sha256>, or null when the archive does not hold that file. */
  file(sha256: string): Promise<Buffer | null>;
}

const isZipName = (target: string): boolean => target.toLowerCase().endsWith('.zip');

/**
 * Writes the archive to a new folder (or an empty existing one) or, for a name ending in .zip, a
 * zip file; refuses to overwrite anything. `files` maps each sha256 to a reader of its bytes.
 */
export async function writeArchivePackage(
  target: string,
  manifest: string,
  files: Map<string, () => Promise<Buffer>>,
): Promise<void> {
  if (isZipName(target)) {
    if (fs.existsSync(target)) throw invalid('output', `${target} already exists`);
    const entries: Record<string, Uint8Array> = { [MANIFEST_NAME]: Buffer.from(manifest) };
    for (const [sha, read] of files) entries[`files/${sha}`] = await read();
    const tmp = `${target}.part`;
    try {
      fs.writeFileSync(tmp, zipSync(entries, { level: 6 }), { flag: 'wx' });
      fs.renameSync(tmp, target);
    } catch (err) {
      fs.rmSync(tmp, { force: true });
      throw err;
    }
    return;
  }
  if (fs.existsSync(target) && (!fs.statSync(target).isDirectory() || fs.readdirSync(target).length > 0))
    throw invalid('output', `${target} is not an empty folder`);
  fs.mkdirSync(path.join(target, 'files'), { recursive: true });
  for (const [sha, read] of files) fs.writeFileSync(path.join(target, 'files', sha), await read());
  // The manifest last: a folder without it is no archive, so an interrupted export is not mistaken for one.
  fs.writeFileSync(path.join(target, MANIFEST_NAME), manifest);
}

/** Is this a folder holding fora-archive.json, or a zip file containing it? */
export async function isArchivePackage(target: string): Promise<boolean> {
  try {
    const stat = await fs.promises.stat(target);
    if (stat.isDirectory()) return fs.existsSync(path.join(target, MANIFEST_NAME));
    if (!stat.isFile()) return false;
    const head = Buffer.alloc(4);
    const fd = await fs.promises.open(target, 'r');
    try {
      await fd.read(head, 0, 4, 0);
    } finally {
      await fd.close();
    }
    if (head.readUInt32LE(0) !== 0x04034b50) return false;
    return (
      MANIFEST_NAME in
      unzipSync(await fs.promises.readFile(target), { filter: (f) => f.name === MANIFEST_NAME })
    );
  } catch {
    return false;
  }
}

/** Opens a folder or zip archive for reading; not an archive is a validation error. */
export async function openArchivePackage(target: string): Promise<ArchivePackage> {
  if (!(await isArchivePackage(target)))
    throw invalid('path', `${target} is neither a folder with ${MANIFEST_NAME} nor a zip file containing it`);
  if (fs.statSync(target).isDirectory()) {
    return {
      manifest: fs.readFileSync(path.join(target, MANIFEST_NAME), 'utf8'),
      file: async (sha) => {
        if (!SHA256.test(sha)) return null;
        const p = path.join(target, 'files', sha);
        return fs.existsSync(p) ? fs.promises.readFile(p) : null;
      },
    };
  }
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(fs.readFileSync(target));
  } catch (err) {
    throw new ForaError('validation_failed', `${target}: not a readable zip (${(err as Error).message})`);
  }
  const manifest = entries[MANIFEST_NAME];
  if (!manifest) throw invalid('path', `${target} holds no ${MANIFEST_NAME}`);
  return {
    manifest: Buffer.from(manifest).toString('utf8'),
    file: async (sha) => {
      const bytes = SHA256.test(sha) ? entries[`files/${sha}`] : undefined;
      return bytes ? Buffer.from(bytes) : null;
    },
  };
}
