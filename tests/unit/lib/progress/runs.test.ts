// Runs kept in browser storage: the run in play, and the last ten finished runs of each
// scenario with their final KPIs; a damaged store is set aside and nothing is lost.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	clearAllRuns,
	finishedRuns,
	findFinishedRun,
	keepFinishedRun,
	loadRun,
	MAX_FINISHED_RUNS,
	parseFinishedRuns,
	saveRun
} from '../../../../src/lib/progress/runs';
import {
	parseScenario,
	playScenario,
	REFERENCE_POLICIES,
	type Command
} from '../../../../src/lib/sim';
import { MemoryStorage } from './memory-storage';

const parsed = parseScenario(
	JSON.parse(readFileSync('content/scenarios/first-day-at-the-desk.json', 'utf8'))
);
if (!parsed.ok) throw new Error('fixture scenario is invalid');
const scenario = parsed.scenario;
const { world } = playScenario(scenario, [], { autopilot: REFERENCE_POLICIES['do-nothing'].style });
const commands: Command[] = Array.from({ length: scenario.days }, () => ({ type: 'day.advance' }));
const FINISHED = 'order-desk:finished:first-day-at-the-desk';

describe('the run in play', () => {
	it('saves and resumes the seed and commands', () => {
		const storage = new MemoryStorage();
		saveRun('first-day-at-the-desk', 5, commands.slice(0, 2), storage);
		const { run, problem } = loadRun('first-day-at-the-desk', storage);
		expect(problem).toBeNull();
		expect(run).toMatchObject({ seed: 5, commands: commands.slice(0, 2) });
	});

	it('sets a damaged run aside and says so', () => {
		const storage = new MemoryStorage();
		storage.setItem('order-desk:run:x', '{"version":1,"scenarioId":"x","seed":1,"commands":[{}]}');
		const { run, problem } = loadRun('x', storage);
		expect(run).toBeNull();
		expect(problem).toMatch(/could not be read \(Malformed command/);
		expect(storage.getItem('order-desk:run:x')).toBeNull();
		expect(storage.keys().some((k) => k.startsWith('order-desk:run:x:damaged:'))).toBe(true);
	});
});

describe('finished runs', () => {
	it('keeps a finished run with its seed, commands, date and final KPIs, once', () => {
		const storage = new MemoryStorage();
		const now = new Date('2026-03-02T10:00:00Z');
		const kept = keepFinishedRun('first-day-at-the-desk', world, commands, storage, now);
		expect(kept.ok).toBe(true);
		if (!kept.ok) return;
		expect(kept.run).toMatchObject({ seed: world.seed, finishedAt: now.toISOString() });
		expect(kept.run.kpis.perfectOrderRate).toBe(world.kpis.at(-1)!.perfectOrderRate);
		const again = keepFinishedRun('first-day-at-the-desk', world, commands, storage);
		expect(again.ok && again.run.id).toBe(kept.run.id);
		const { runs, problem } = finishedRuns('first-day-at-the-desk', storage);
		expect(problem).toBeNull();
		expect(runs).toEqual([kept.run]);
		expect(findFinishedRun(runs, world.seed, commands)?.id).toBe(kept.run.id);
		expect(findFinishedRun(runs, world.seed + 1, commands)).toBeUndefined();
	});

	it('keeps only the last ten, and says which went', () => {
		const storage = new MemoryStorage();
		const ids: string[] = [];
		for (let i = 0; i < MAX_FINISHED_RUNS + 2; i++) {
			const distinct: Command[] = Array.from({ length: i + 1 }, () => ({ type: 'day.advance' }));
			const r = keepFinishedRun('first-day-at-the-desk', world, distinct, storage);
			if (r.ok) ids.push(r.run.id);
			if (r.ok && i >= MAX_FINISHED_RUNS) expect(r.dropped.map((d) => d.id)).toEqual([ids[i - 10]]);
		}
		expect(finishedRuns('first-day-at-the-desk', storage).runs.map((r) => r.id)).toEqual(
			ids.slice(2)
		);
	});

	it('sets a damaged store aside, keeps the runs it can read and reports the rest', () => {
		const storage = new MemoryStorage();
		const good = keepFinishedRun('first-day-at-the-desk', world, commands, storage);
		const text = storage.getItem(FINISHED)!;
		const data = JSON.parse(text);
		data.runs.push({ id: 'run-bad', seed: 'x' });
		storage.setItem(FINISHED, JSON.stringify(data));
		const { runs, problem } = finishedRuns('first-day-at-the-desk', storage);
		expect(runs.map((r) => r.id)).toEqual([good.ok && good.run.id]);
		expect(problem).toMatch(
			/1 finished run\(s\) could not be read \(run run-bad has no whole-number seed\)/
		);
		const aside = storage.keys().find((k) => k.startsWith(`${FINISHED}:damaged:`))!;
		expect(JSON.parse(storage.getItem(aside)!).runs).toHaveLength(2);
		// Read again, the store is clean.
		expect(finishedRuns('first-day-at-the-desk', storage).problem).toBeNull();
	});

	it('reads nothing from text that is not a store of this scenario', () => {
		expect(parseFinishedRuns('not json', 'a')).toMatchObject({ runs: [], damaged: true });
		expect(parseFinishedRuns('{"version":9}', 'a').problem).toMatch(/unknown format \(9\)/);
		expect(parseFinishedRuns('{"version":1,"scenarioId":"b","runs":[]}', 'a').problem).toMatch(
			/another scenario/
		);
	});

	it('changes nothing when storage is full', () => {
		const storage = new MemoryStorage(200);
		const result = keepFinishedRun('first-day-at-the-desk', world, commands, storage);
		expect(result).toEqual({ ok: false, message: expect.stringMatching(/storage is full/) });
		expect(storage.getItem(FINISHED)).toBeNull();
	});

	it('forgets every run of a scenario', () => {
		const storage = new MemoryStorage();
		saveRun('first-day-at-the-desk', 1, commands, storage);
		keepFinishedRun('first-day-at-the-desk', world, commands, storage);
		clearAllRuns('first-day-at-the-desk', storage);
		expect(storage.length).toBe(0);
	});
});
