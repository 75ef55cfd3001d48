// `npm run content:check` and `npm run build` refuse broken content and name the file and
// field. Both run for real here, on a temporary copy of a fixture content folder.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const LESSON = 'lessons/01-role-of-customer-order-management/index.md';
let good: string;
let broken: string;

beforeAll(() => {
	good = mkdtempSync(join(tmpdir(), 'order-desk-content-'));
	cpSync('tests/fixtures/content', good, { recursive: true });
	broken = mkdtempSync(join(tmpdir(), 'order-desk-content-broken-'));
	cpSync('tests/fixtures/content', broken, { recursive: true });
	const file = join(broken, LESSON);
	writeFileSync(file, readFileSync(file, 'utf8').replace('minutes: 10', 'minutes: ten'));
});

afterAll(() => {
	rmSync(good, { recursive: true, force: true });
	rmSync(broken, { recursive: true, force: true });
});

const node = (args: string[], env: NodeJS.ProcessEnv = {}) =>
	spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ...env } });
const tsx = 'node_modules/tsx/dist/cli.mjs';
const expected = `content/${LESSON}: minutes: minutes must be a number`;

describe('npm run content:check', () => {
	it('prints one JSON object listing lessons with their word counts', () => {
		const run = node([tsx, 'scripts/content-check.ts', '--json', '--content', good]);
		expect(run.status).toBe(0);
		const report = JSON.parse(run.stdout);
		expect(report.errors).toEqual([]);
		expect(report.glossaryTerms).toBe(3);
		expect(report.lessons).toEqual([
			{
				number: 1,
				slug: 'role-of-customer-order-management',
				title: 'A fixture lesson about order management',
				words: 27,
				terms: ['order-promising', 'available-to-promise', 'backlog'],
				scenario: 'first-day-at-the-desk'
			}
		]);
	});

	it('exits 1 and names the file and field of a broken frontmatter value', () => {
		const run = node([tsx, 'scripts/content-check.ts', '--content', broken]);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(expected);
	});
});

describe('npm run build', () => {
	it('fails on the same broken lesson before building anything, naming file and field', () => {
		const run = node(['node_modules/vite/bin/vite.js', 'build'], {
			ORDER_DESK_CONTENT_DIR: broken
		});
		expect(run.status).not.toBe(0);
		expect(run.stdout + run.stderr).toContain(expected);
	}, 60_000);
});
