/**
 * The URLs the wapiti scan starts from (scripts/wapiti-scan.sh): the web app is a single page whose
 * links are made by script, which wapiti does not run, so the API's GET routes are listed from the
 * OpenAPI document with their path parameters taken from the demo data and every query parameter
 * given a value, for wapiti to attack. Usage: node scripts/wapiti-targets.mjs BASE_URL COOKIE
 */
const [base, cookie] = process.argv.slice(2);
if (!base || !cookie) {
  console.error('usage: node scripts/wapiti-targets.mjs BASE_URL COOKIE');
  process.exit(2);
}
const get = async (path) => {
  const res = await fetch(base + path, { headers: { cookie } });
  if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
  return res.json();
};

const session = (await get('/api/session')).person;
const org = session.orgSlug;
const forums = (await get(`/api/orgs/${org}/forums`)).items;
const forum = forums.find((f) => f.kind === 'forum') ?? forums[0];
const hits = (await get(`/api/orgs/${org}/search?q=budget&limit=50`)).items;
const hit = hits.find((h) => h.meetingId && h.forum.shortName === forum.shortName) ?? hits[0];
const cases = (await get(`/api/orgs/${org}/cases?limit=1`)).items;
const attachments = hit ? (await get(`/api/orgs/${org}/items/${hit.itemId}/attachments`)).items : [];

const PARAMS = {
  org,
  forum: forum?.shortName,
  meeting: hit?.meetingId,
  item: hit?.itemId,
  case: cases[0]?.id,
  person: session.id,
  attachment: attachments[0]?.id,
  version: '1',
  kind: 'agenda',
  format: 'pdf',
};
const QUERY = {
  limit: '10',
  offset: '0',
  q: 'budget',
  query: 'budget',
  from: '2024-01-01',
  to: '2026-12-31',
  forum: forum?.shortName,
  type: 'decision',
  state: 'published',
  caseNumber: '00.30.00-P05-1-24',
  kle: '00.30.00',
};

const document = await get('/api/openapi.json');
const urls = new Set([`${base}/`, `${base}/fora/${forum?.shortName ?? ''}`, `${base}/oparl/v1.1/system`]);
for (const [template, operations] of Object.entries(document.paths)) {
  const get = operations.get;
  if (!get) continue;
  let missing = false;
  const path = template.replace(/\{(\w+)\}|:(\w+)/g, (_m, a, b) => {
    const value = PARAMS[a ?? b];
    if (!value) missing = true;
    return encodeURIComponent(value ?? '');
  });
  if (missing) continue;
  const query = (get.parameters ?? [])
    .filter((p) => p.in === 'query' && QUERY[p.name])
    .map((p) => `${p.name}=${encodeURIComponent(QUERY[p.name])}`);
  urls.add(base + path + (query.length ? `?${query.join('&')}` : ''));
}
for (const url of urls) console.log(url);
