#!/usr/bin/env node
// The browser tests drive Debian's Chromium (never a downloaded browser). Find it; on a
// Debian machine running as root (as CI does) install it; otherwise say exactly what to run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './lib/chromium.mjs';

if (findChromium()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version');
if (isRoot && isDebian) {
	console.log('Chromium not found: installing Debian’s chromium package…');
	const run = (cmd) =>
		spawnSync('sh', ['-c', cmd], {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		}).status;
	if (
		run('apt-get update -qq') === 0 &&
		run('apt-get install -y -qq chromium') === 0 &&
		findChromium()
	) {
		process.exit(0);
	}
	console.error('Installing chromium failed; see the apt output above.');
	process.exit(1);
}

console.error(
	[
		'The browser tests need Chromium and none was found.',
		'Install it with:  sudo apt-get install -y chromium',
		'or point CHROMIUM_PATH at a Chromium or Chrome executable, then run the tests again.'
	].join('\n')
);
process.exit(1);
