// The example in docs/authoring-scenarios.md is a scenario that passes the checks: parsed as
// the browser's loader parses it, run through `npm run content:check` as a file in a content
// folder, and played to its last day.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkScenarioSource } from '../../../src/lib/content/scenario-source';
import { KPI_NAMES, playScenario, POLICY_KEYS } from '../../../src/lib/sim';

const doc = readFileSync('docs/authoring-scenarios.md', 'utf8');
const example = /## A complete example[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
const dir = mkdtempSync(join(tmpdir(), 'order-desk-authoring-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the scenario authoring guide', () => {
	it('gives a complete example that the scenario checks accept and the engine plays', () => {
		const result = checkScenarioSource(example);
		expect(result.ok ? [] : result.issues).toEqual([]);
		if (!result.ok) return;
		expect(result.scenario.id).toBe('starter-week');
		const { world, rejected } = playScenario(result.scenario);
		expect(rejected).toEqual([]);
		expect(world.kpis).toHaveLength(result.scenario.days);
		expect(world.disruptions.map((d) => d.kind)).toEqual(['demand-spike']);
	});

	it('passes npm run content:check as content/scenarios/starter-week.json', () => {
		cpSync('tests/fixtures/content', dir, { recursive: true });
		mkdirSync(join(dir, 'scenarios'), { recursive: true });
		writeFileSync(join(dir, 'scenarios', 'starter-week.json'), example);
		const run = spawnSync(
			process.execPath,
			['node_modules/tsx/dist/cli.mjs', 'scripts/content-check.ts', '--json', '--content', dir],
			{ encoding: 'utf8' }
		);
		expect(run.stderr).toBe('');
		const report = JSON.parse(run.stdout);
		expect(report.errors).toEqual([]);
		expect(report.scenarios.map((s: { id: string }) => s.id)).toContain('starter-week');
		expect(run.status).toBe(0);
	});

	it('names every KPI and every policy the schema accepts', () => {
		for (const kpi of KPI_NAMES) expect(doc).toContain(`\`${kpi}\``);
		for (const key of POLICY_KEYS) expect(doc).toContain(`\`${key}\``);
	});
});
