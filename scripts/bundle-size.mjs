#!/usr/bin/env node
// `npm run size [-- --json]`: first-load JavaScript of key pages, measured from the build:
// every script a prerendered page loads or preloads, gzipped, plus chart.js (loaded lazily
// when a chart comes on screen) for the pages that show charts. Budgets: lesson page 80 kB,
// scenario page 200 kB including chart.js.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildIfStale, ROOT } from './lib/build.mjs';

buildIfStale();
const client = join(ROOT, 'build', 'client');
const prerendered = join(ROOT, 'build', 'prerendered');
const gz = (file) => gzipSync(readFileSync(file)).length;

const STATIC_IMPORT = /(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["'](\.\.?\/[^"']+\.js)["']/g;
const ANY_IMPORT = /["'`](\.\.?\/[^"'`]+\.js)["'`]/g;

/** Every script reachable from `start`, following static imports (and, if asked, dynamic ones). */
function reachable(start, { dynamic = false } = {}) {
	const seen = new Set();
	const queue = [...start];
	while (queue.length) {
		const path = queue.shift();
		if (seen.has(path)) continue;
		seen.add(path);
		const code = readFileSync(join(client, path), 'utf8');
		for (const m of code.matchAll(dynamic ? ANY_IMPORT : STATIC_IMPORT)) {
			queue.push(join(path.replace(/[^/]+$/, ''), m[1]).replace(/\\/g, '/'));
		}
	}
	return seen;
}

const size = (paths) => [...paths].reduce((sum, path) => sum + gz(join(client, path)), 0);

/** Scripts a page's HTML loads or preloads, and what those import statically in turn. */
function firstLoad(htmlFile) {
	const html = readFileSync(htmlFile, 'utf8');
	return reachable([
		...new Set([...html.matchAll(/(_app\/immutable\/[^"']+\.js)/g)].map((m) => m[1]))
	]);
}

/** chart.js and what it imports, loaded on demand: found through the build's Vite manifest. */
function chartScripts(loaded) {
	const manifest = JSON.parse(
		readFileSync(join(ROOT, '.svelte-kit', 'output', 'client', '.vite', 'manifest.json'), 'utf8')
	);
	const entry = manifest['src/lib/charts/chartjs.ts'];
	if (!entry) return new Set();
	return new Set([...reachable([entry.file])].filter((p) => !loaded.has(p)));
}

const pages = {
	home: 'index.html',
	scenario: readdirSync(join(prerendered, 'play'))
		.filter((f) => f.endsWith('.html'))
		.map((f) => `play/${f}`)[0]
};
// Every lesson carries its own widgets: the heaviest one is the lesson page's figure.
const lessons = readdirSync(join(prerendered, 'learn'))
	.filter((f) => f.endsWith('.html'))
	.map((f) => `learn/${f}`);
const kb = (bytes) => Math.round(bytes / 102.4) / 10;
const result = {};
for (const [name, file] of Object.entries(pages)) {
	if (!file) continue;
	const loaded = firstLoad(join(prerendered, file));
	result[name] = { page: file, firstLoadKb: kb(size(loaded)) };
	if (name === 'scenario')
		result[name].withChartsKb = kb(size(loaded) + size(chartScripts(loaded)));
}
let heaviest = null;
for (const file of lessons) {
	const kbs = kb(size(firstLoad(join(prerendered, file))));
	if (!heaviest || kbs > heaviest.firstLoadKb) heaviest = { page: file, firstLoadKb: kbs };
}
if (heaviest) result.lesson = { ...heaviest, lessonsMeasured: lessons.length };
if (process.argv.includes('--json')) console.log(JSON.stringify(result));
else {
	for (const [name, r] of Object.entries(result)) {
		console.log(
			`${name} (${r.page}${r.lessonsMeasured ? `, the heaviest of ${r.lessonsMeasured} lessons` : ''}): ${r.firstLoadKb} kB gzip first load${r.withChartsKb ? `, ${r.withChartsKb} kB once its charts load` : ''}`
		);
	}
}
