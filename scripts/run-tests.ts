/**
 * npm test: unit tests, then the production build, then browser tests against it.
 * Ends with one plain "N passed, N failed" line so any CI can read the outcome.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  /** A file that fails to load or throws outside a test fails without failing any test. */
  numFailedTestSuites: number;
  numPendingTests: number;
  numTotalTests: number;
}

const OUT = 'tests/e2e/artifacts';
mkdirSync(OUT, { recursive: true });

function run(cmd: string, args: string[]): number {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  return r.status ?? 1;
}

function vitest(config: string | null, report: string): VitestJson | null {
  if (existsSync(report)) rmSync(report);
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${report}`];
  if (config) args.push('--config', config);
  run('npx', args);
  return existsSync(report) ? (JSON.parse(readFileSync(report, 'utf8')) as VitestJson) : null;
}

const results: (VitestJson | null)[] = [];
results.push(vitest(null, `${OUT}/unit.json`));
const built = run('npm', ['run', 'build']) === 0;
if (built) results.push(vitest('vitest.e2e.config.ts', `${OUT}/e2e.json`));
else console.error('npm run build failed: browser tests not run');

const passed = results.reduce((n, r) => n + (r?.numPassedTests ?? 0), 0);
const skipped = results.reduce((n, r) => n + (r?.numPendingTests ?? 0), 0);
// A suite that crashed before reporting counts as one failure, as does a failed build.
const failed =
  results.reduce((n, r) => n + (r ? r.numFailedTests + r.numFailedTestSuites : 1), 0) +
  (built ? 0 : 1);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || skipped > 0 ? 1 : 0);
