/**
 * `npm audit --omit=dev --audit-level=high` for CI: fails on a high or critical advisory in a
 * production dependency. Where the registry's advisory endpoint cannot be reached (a registry
 * mirror that answers only GET, no network), it says so loudly and passes, since nothing could be
 * checked; FORA_AUDIT_REQUIRED=1 makes that a failure too.
 */
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = null;
}
const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const why = report?.message ?? (run.stderr.trim().split('\n').pop() || `exit ${run.status}`);
  console.error(`npm audit: NOT CHECKED, the advisory endpoint could not be used: ${why}`);
  process.exit(process.env.FORA_AUDIT_REQUIRED === '1' ? 1 : 0);
}
const levels = ['critical', 'high', 'moderate', 'low', 'info'];
console.log(`npm audit (production dependencies): ${levels.map((l) => `${counts[l] ?? 0} ${l}`).join(', ')}`);
const serious = (counts.critical ?? 0) + (counts.high ?? 0);
if (serious > 0) {
  for (const [name, v] of Object.entries(report.vulnerabilities ?? {}))
    if (v.severity === 'high' || v.severity === 'critical')
      console.error(`  ${v.severity}: ${name} ${v.range ?? ''}${v.fixAvailable ? ' (fix available)' : ''}`);
  console.error('npm audit: high or critical advisories in production dependencies: upgrade the pins.');
  process.exit(1);
}
