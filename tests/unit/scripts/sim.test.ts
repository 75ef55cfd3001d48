// `npm run sim` for real, as a child process: its JSON, its determinism, its refusals, and
// the exact replay of a recorded command list.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createWorld, parseScenario, runAutopilot, step, type Command } from '../../../src/lib/sim';

const dir = mkdtempSync(join(tmpdir(), 'order-desk-sim-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sim = (...args: string[]) =>
	spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/sim.ts', ...args], {
		encoding: 'utf8'
	});

describe('npm run sim', () => {
	it('prints one JSON object with the KPI summary, the same bytes every time', () => {
		const a = sim('--scenario', 'first-day-at-the-desk', '--seed', '5', '--json');
		const b = sim('--scenario', 'first-day-at-the-desk', '--seed', '5', '--json');
		expect(a.status).toBe(0);
		expect(a.stdout).toBe(b.stdout);
		const report = JSON.parse(a.stdout);
		expect(report).toMatchObject({ scenario: 'first-day-at-the-desk', seed: 5, days: 6 });
		expect(Object.keys(report.kpis)).toEqual([
			'fillRateUnit',
			'fillRateLine',
			'fillRateOrder',
			'otif',
			'otifToRequest',
			'perfectOrderRate',
			'perfectOrderProduct',
			'cycleTimeMeanDays',
			'backorderRate',
			'revenue',
			'cashCollected',
			'returnRateUnits',
			'returnRateOrders',
			'exceptionsOpen',
			'orderAccuracy',
			'dso',
			'costToServe',
			'satisfaction',
			'touchlessRate'
		]);
		expect(report.orders).toBeGreaterThan(20);
		expect(sim('--scenario', 'first-day-at-the-desk', '--seed', '6', '--json').stdout).not.toBe(
			a.stdout
		);
	});

	it('replays a recorded command list exactly with --policy none', () => {
		// Record a run the way the browser does: every accepted decision and every day's end.
		const scenario = parseScenario(
			JSON.parse(readFileSync('content/scenarios/tight-master-schedule.json', 'utf8'))
		);
		if (!scenario.ok) throw new Error('scenario invalid');
		let world = createWorld(scenario.scenario);
		const recorded: Command[] = [];
		while (!world.ended) {
			const day = runAutopilot(world);
			recorded.push(...day.commands, { type: 'day.advance' });
			world = step(day.world, { type: 'day.advance' }).world;
		}
		const file = join(dir, 'run.json');
		writeFileSync(file, JSON.stringify(recorded));
		const run = sim(
			'--scenario',
			'tight-master-schedule',
			'--commands',
			file,
			'--policy',
			'none',
			'--json'
		);
		expect(run.stderr).toBe('');
		const last = world.kpis.at(-1)!;
		expect(JSON.parse(run.stdout).kpis).toEqual({
			fillRateUnit: last.fillRateUnit,
			fillRateLine: last.fillRateLine,
			fillRateOrder: last.fillRateOrder,
			otif: last.otif,
			otifToRequest: last.otifToRequest,
			perfectOrderRate: last.perfectOrderRate,
			perfectOrderProduct: last.perfectOrderProduct,
			cycleTimeMeanDays: last.cycleTimeMeanDays,
			backorderRate: last.backorderRate,
			revenue: last.revenue,
			cashCollected: last.cashCollected,
			returnRateUnits: last.returnRateUnits,
			returnRateOrders: last.returnRateOrders,
			exceptionsOpen: last.exceptionsOpen,
			orderAccuracy: last.orderAccuracy,
			dso: last.dso,
			costToServe: last.costToServe,
			satisfaction: last.satisfaction,
			touchlessRate: last.touchlessRate
		});
	});

	it.each([
		[
			['--scenario', 'no-such-scenario'],
			'There is no scenario "no-such-scenario" (content/scenarios/no-such-scenario.json).'
		],
		[
			['--scenario', 'first-day-at-the-desk', '--seed', '1.5'],
			'--seed must be a whole number from 0 to 2147483647, not "1.5".'
		],
		[
			['--scenario', 'first-day-at-the-desk', '--policy', 'lazy'],
			'--policy must be one of default, none, do-nothing, good-practice, not "lazy".'
		],
		[[], 'Name a scenario: --scenario <id> (a file in content/scenarios).'],
		[['--scenario', 'first-day-at-the-desk', '--speed', '9'], "Unknown option '--speed'"]
	])('refuses %j with a message and exit code 1', (args, message) => {
		const run = sim(...args);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(message);
		expect(run.stdout).toBe('');
	});

	it('names the command at fault in a malformed commands file', () => {
		const file = join(dir, 'bad.json');
		writeFileSync(
			file,
			JSON.stringify([
				{ type: 'day.advance' },
				{ type: 'order.promise', orderId: 'SO-0001', shipDay: 'soon' }
			])
		);
		const run = sim('--scenario', 'first-day-at-the-desk', '--commands', file);
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/bad\.json: command 2: Malformed command: shipDay/);
	});
});
