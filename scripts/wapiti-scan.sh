#!/usr/bin/env bash
# Web vulnerability scan with wapiti (Debian's package) against a demo server on this machine:
#   npm run scan            (or: bash scripts/wapiti-scan.sh)
# Builds the web app, starts `fora serve --demo-if-empty` on 127.0.0.1 with a temporary DATA_DIR,
# signs in as a demo admin, hands wapiti the session cookie (and the CSRF header for changes),
# starts it from the web app and every API GET route (scripts/wapiti-targets.mjs: the app's links
# are made by script, which wapiti does not run), writes the JSON report, prints the findings by
# level, and exits 1 if any finding is above low (wapiti's levels: 0 info, 1 low, 2 medium,
# 3 high, 4 critical). Not part of `npm test`.
#
# Modules: all that apply to a JSON API behind a single-page app. Left out:
#   nikto, wapp     — fingerprint databases fetched from the internet (none here); nikto looks for
#                     known CGI/PHP scripts Fora does not have
#   buster          — brute-forces paths: every path outside /api is the app itself (index.html)
#   brute_login_form — guesses passwords on HTML login forms; sign-in here is a JSON API with a rate
#                     limit and an account lockout (tests/http/rate-limit.test.ts, session.test.ts)
# Wapiti's out-of-band checks (ssrf, xxe) are pointed at a closed port on 127.0.0.1 and bug reports
# are off, so nothing leaves this machine.
#
# Environment: SCAN_MAX_TIME (seconds, default 540), SCAN_REPORT (default wapiti-report.json in
# the temporary directory, which is kept), SCAN_MODULES (default below).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wapiti >/dev/null 2>&1; then
  echo "wapiti is missing: installing Debian's package"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wapiti >/dev/null
fi

MODULES=${SCAN_MODULES:-backup,blindsql,cookieflags,crlf,csp,csrf,exec,file,htaccess,http_headers,methods,permanentxss,redirect,shellshock,sql,ssrf,xss,xxe}
MAX_TIME=${SCAN_MAX_TIME:-540}
WORK=$(mktemp -d /tmp/fora-scan-XXXXXX)
REPORT=${SCAN_REPORT:-$WORK/wapiti-report.json}
free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
PORT=$(free_port)
CLOSED_PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"

echo "== building the web app"
npm run build:ui --silent >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }

echo "== starting the demo server on $BASE (DATA_DIR $WORK/data, log $WORK/server.log)"
# The API rate limit is off for the scan: wapiti sends thousands of requests as one person.
# PUBLIC_URL is https as in production (behind a TLS proxy): HSTS and the Secure cookie flag are on.
# (The cookie file below still says secure: false, or wapiti would not send it over plain http;
# so its cookieflags module reports the missing Secure flag of that file's cookie.)
DATA_DIR="$WORK/data" HOST=127.0.0.1 PORT=$PORT API_RATE_LIMIT=0 LOG_LEVEL=warn \
  PUBLIC_URL=https://fora.scan.invalid \
  node --import tsx src/cli.ts serve --demo-if-empty >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
stop_server() {
  if kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
  fi
}
trap stop_server EXIT
for _ in $(seq 1 120); do
  curl -sf "$BASE/api/health" >/dev/null 2>&1 && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log"; echo "the server stopped"; exit 1; }
  sleep 0.5
done
curl -sf "$BASE/api/health" >/dev/null

echo "== signing in as a demo administrator"
EMAIL=${SCAN_EMAIL:-camilla.nielsen@albertslund.dk}
SIGNED_IN=$(curl -sf -D "$WORK/sign-in.headers" -H 'content-type: application/json' \
  -d "{\"email\":\"$EMAIL\",\"password\":\"fora-demo\"}" "$BASE/api/session")
TOKEN=$(sed -n 's/^set-cookie: fora_session=\([^;]*\);.*/\1/Ip' "$WORK/sign-in.headers" | tr -d '\r')
CSRF=$(node -e 'console.log(JSON.parse(process.argv[1]).csrfToken)' "$SIGNED_IN")
[ -n "$TOKEN" ] || { echo "no session cookie"; exit 1; }
# wapiti's cookie file: {domain: {path: {name: attributes}}}
cat >"$WORK/cookies.json" <<JSON
{"127.0.0.1": {"/": {"fora_session": {"value": "$TOKEN", "expires": null, "secure": false, "port": null, "version": 0}}}}
JSON

node scripts/wapiti-targets.mjs "$BASE" "fora_session=$TOKEN" >"$WORK/targets.txt"
START=()
while read -r url; do START+=(-s "$url"); done <"$WORK/targets.txt"
echo "== scanning $(wc -l <"$WORK/targets.txt") start URLs for at most ${MAX_TIME}s with: $MODULES"

set +e
wapiti -u "$BASE/" --scope folder "${START[@]}" \
  -c "$WORK/cookies.json" -H "X-CSRF-Token: $CSRF" \
  -m "$MODULES" --max-scan-time "$MAX_TIME" --max-attack-time 120 -d 3 \
  --endpoint "http://127.0.0.1:$CLOSED_PORT/" --no-bugreport --flush-session \
  --store-session "$WORK/session" --store-config "$WORK/config" \
  -f json -o "$REPORT" -v 1 >"$WORK/wapiti.log" 2>&1
WAPITI_STATUS=$?
set -e
tail -n 5 "$WORK/wapiti.log"
[ -s "$REPORT" ] || { echo "wapiti wrote no report (exit $WAPITI_STATUS); log: $WORK/wapiti.log"; exit 1; }

# Is the session still valid after the scan (so the scan ran signed in to the end)?
if curl -sf -H "cookie: fora_session=$TOKEN" "$BASE/api/session" >/dev/null; then
  echo "the session was still signed in at the end of the scan"
else
  echo "WARNING: the session was no longer signed in at the end of the scan"
fi

node - "$REPORT" <<'NODE'
const fs = require('node:fs');
const report = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const NAMES = ['info', 'low', 'medium', 'high', 'critical'];
const rows = [];
for (const kind of ['vulnerabilities', 'anomalies', 'additionals']) {
  for (const [category, findings] of Object.entries(report[kind] ?? {})) {
    for (const f of findings) rows.push({ kind, category, level: Number(f.level), f });
  }
}
const counts = NAMES.map((_, level) => rows.filter((r) => r.level === level).length);
console.log('\nFindings by level');
console.log('level      count');
for (let l = NAMES.length - 1; l >= 0; l--) console.log(`${NAMES[l].padEnd(10)} ${counts[l]}`);
if (rows.length) {
  console.log('\nlevel     kind             category: method path (parameter) info');
  for (const r of rows.sort((a, b) => b.level - a.level))
    console.log(
      `${NAMES[r.level].padEnd(9)} ${r.kind.padEnd(16)} ${r.category}: ${r.f.method} ${r.f.path}` +
        `${r.f.parameter ? ` (${r.f.parameter})` : ''} ${String(r.f.info).slice(0, 160)}`,
    );
}
console.log(`\nreport: ${process.argv[2]}`);
const above = rows.filter((r) => r.level > 1).length;
if (above > 0) {
  console.log(`${above} finding(s) above low`);
  process.exit(1);
}
console.log('no finding above low');
NODE
