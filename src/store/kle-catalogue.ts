/**
 * The KLE catalogue shipped with the application (resources/kle/OS2KLE.txt, MPL-2.0, from OS2),
 * read and parsed once on first use.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type KleCatalogue, parseKleCatalogue } from '../domain/kle.ts';

export const KLE_CATALOGUE_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../resources/kle/OS2KLE.txt',
);

let cached: KleCatalogue | undefined;

export function kleCatalogue(): KleCatalogue {
  cached ??= parseKleCatalogue(fs.readFileSync(KLE_CATALOGUE_FILE, 'utf8'));
  return cached;
}
