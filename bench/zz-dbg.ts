import { openDatabase } from '../src/store/db.ts';
import { generateArchive, insertArchive } from './search-data.ts';

const db = await openDatabase({
  kind: 'postgres',
  url: 'postgres://postgres@127.0.0.1:5432/fora_search_dbg',
});
const t0 = performance.now();
await insertArchive(db.db, generateArchive(1));
console.log('inserted', performance.now() - t0);
await db.close();
