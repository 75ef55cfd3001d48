// Builds the app only when the sources changed since the last build. The build records a
// hash of every source file, so a fresh clone, a pull or an edit triggers a build and
// nothing else does (file times are unreliable after checkouts and copies).
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUILD_DIR = join(ROOT, 'build');
const STAMP = join(BUILD_DIR, '.source-hash');
const SOURCES = [
	'src',
	'content',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'tsconfig.json',
	'package.json',
	'package-lock.json'
];

/**
 * @param {string} path
 * @returns {Generator<string>}
 */
function* walk(path) {
	const st = statSync(path, { throwIfNoEntry: false });
	if (!st) return;
	if (st.isFile()) {
		yield path;
		return;
	}
	for (const entry of readdirSync(path).sort()) yield* walk(join(path, entry));
}

/** A hash over the names and contents of every file the build reads. */
export function sourceHash() {
	const hash = createHash('sha256');
	for (const source of SOURCES) {
		for (const file of walk(join(ROOT, source))) {
			hash.update(relative(ROOT, file));
			hash.update('\0');
			hash.update(readFileSync(file));
			hash.update('\0');
		}
	}
	return hash.digest('hex');
}

export function buildIsCurrent() {
	return (
		existsSync(join(BUILD_DIR, 'handler.js')) &&
		existsSync(STAMP) &&
		readFileSync(STAMP, 'utf8') === sourceHash()
	);
}

/** Runs `vite build` if the build is missing or older than the sources; throws on failure. */
/** @param {{ log?: (line: string) => void }} [options] */
export function buildIfStale({ log = console.log } = {}) {
	if (buildIsCurrent()) return false;
	log(existsSync(BUILD_DIR) ? 'Sources changed: rebuilding…' : 'No build yet: building…');
	const hashBefore = sourceHash();
	const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
	const result = spawnSync(process.execPath, [vite, 'build'], { cwd: ROOT, stdio: 'inherit' });
	if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`);
	writeFileSync(STAMP, hashBefore);
	return true;
}
