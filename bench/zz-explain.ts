import { PgDialect } from 'drizzle-orm/pg-core';
import { itemReadScope } from '../src/domain/policy.ts';
import { searchSql } from '../src/store/search.ts';

const orgId = process.argv[2] as string;
const scope = itemReadScope(
  {
    kind: 'person',
    personId: '00000000-0000-0000-0000-000000000000',
    orgId,
    name: 'x',
    role: 'staff',
    forumRoles: JSON.parse(process.argv[4] ?? '{}'),
  },
  orgId,
);
const q = new PgDialect().sqlToQuery(
  searchSql(
    { orgId, scope, text: process.argv[3] as string, limit: 20, offset: 0 },
    JSON.parse(process.argv[5] ?? '[]'),
  ),
);
let text = q.sql;
q.params.forEach((p, i) => {
  text = text.replace(new RegExp(`\\$${i + 1}(?![0-9])`, 'g'), `'${String(p).replace(/'/g, "''")}'`);
});
console.log(text);
