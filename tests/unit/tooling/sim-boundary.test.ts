// Proves the ESLint rules that keep src/lib/sim pure: the same code is refused inside the
// engine and accepted elsewhere, so `npm run lint` fails on an engine that imports Svelte.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;

beforeAll(() => {
	eslint = new ESLint({ cwd: process.cwd() });
});

async function ruleIds(code: string, filePath: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const ENGINE_FILE = 'src/lib/sim/boundary-probe.ts';
const UI_FILE = 'src/lib/components/boundary-probe.ts';

describe('the engine boundary', () => {
	it('refuses an import of svelte inside src/lib/sim, and allows it outside', async () => {
		const code = "import { tick } from 'svelte';\nexport const wait = tick;\n";
		expect(await ruleIds(code, ENGINE_FILE)).toContain('no-restricted-imports');
		expect(await ruleIds(code, UI_FILE)).not.toContain('no-restricted-imports');
	});

	it.each([
		["import { page } from '$app/state';\nexport const p = page;\n"],
		["import { Chart } from 'chart.js';\nexport const c = Chart;\n"],
		["import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n"],
		["import { SECTIONS } from '$lib/navigation';\nexport const s = SECTIONS;\n"]
	])('refuses framework, chart, Node and $lib imports in the engine: %s', async (code) => {
		expect(await ruleIds(code, ENGINE_FILE)).toContain('no-restricted-imports');
	});

	it('refuses DOM globals, clocks and unseeded randomness in the engine', async () => {
		expect(await ruleIds('export const w = window.innerWidth;\n', ENGINE_FILE)).toContain(
			'no-restricted-globals'
		);
		expect(await ruleIds('export const r = Math.random();\n', ENGINE_FILE)).toContain(
			'no-restricted-properties'
		);
		expect(await ruleIds('export const d = new Date();\n', ENGINE_FILE)).toContain(
			'no-restricted-syntax'
		);
	});

	it('accepts plain relative imports and pure code in the engine', async () => {
		const code = "import { seedRng } from './rng';\nexport const s = seedRng(1);\n";
		expect(await ruleIds(code, ENGINE_FILE)).toEqual([]);
	});
});
