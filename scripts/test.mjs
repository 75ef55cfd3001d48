#!/usr/bin/env node
// `npm test`: every test layer (unit, component, end-to-end) in one Vitest run, then one
// plain line `N passed, N failed` over all of them, so a run that executed nothing shows.
// Extra arguments go to Vitest (e.g. `npm test -- --project unit`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/build.mjs';

const node = process.execPath;
const chromium = spawnSync(node, [join(ROOT, 'scripts', 'ensure-chromium.mjs')], {
	stdio: 'inherit'
});
if (chromium.status !== 0) process.exit(chromium.status ?? 1);

const resultsDir = join(ROOT, 'test-results');
const report = join(resultsDir, 'vitest.json');
mkdirSync(resultsDir, { recursive: true });
rmSync(report, { force: true });

const vitest = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
const run = spawnSync(
	node,
	[
		vitest,
		'run',
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${report}`,
		...process.argv.slice(2)
	],
	{ cwd: ROOT, stdio: 'inherit' }
);

if (!existsSync(report)) {
	console.log('0 passed, 0 failed (Vitest wrote no results: see the output above)');
	process.exit(run.status || 1);
}
const results = JSON.parse(readFileSync(report, 'utf8'));
const passed = results.numPassedTests ?? 0;
// A file that failed without a failing test (it did not load, or a hook threw) counts as a
// failure too, so nothing hides.
const brokenFiles = (results.testResults ?? []).filter(
	(file) =>
		file.status === 'failed' && !file.assertionResults?.some((test) => test.status === 'failed')
).length;
let failed = (results.numFailedTests ?? 0) + brokenFiles;
// Vitest can exit non-zero with every test green: an uncaught error (a page error an e2e
// test listens for, an unhandled rejection) fails the run without failing a test. Count it.
if (run.status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.status !== 0 ? run.status || 1 : failed > 0 ? 1 : 0);
