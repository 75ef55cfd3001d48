// The debrief: targets, both reference policies on the same seed, the Pareto of failure
// causes and the lesson sections to read again; and replaying or branching a recorded run.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	commandsBeforeDay,
	createWorld,
	daysRecorded,
	debrief,
	parseScenario,
	playReference,
	REFERENCE_POLICIES,
	runAutopilot,
	step,
	worldsByDay,
	type Command,
	type Scenario
} from '../../../../../src/lib/sim';

function scenario(id: string): Scenario {
	const parsed = parseScenario(JSON.parse(readFileSync(`content/scenarios/${id}.json`, 'utf8')));
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
	return parsed.scenario;
}

/** A full run in a reference policy's style, recorded as the browser records it. */
function record(s: Scenario, name: 'do-nothing' | 'good-practice') {
	const ref = REFERENCE_POLICIES[name];
	let world = createWorld(s, s.seed);
	const commands: Command[] = [];
	while (!world.ended) {
		const day = runAutopilot(world, ref.style);
		commands.push(...day.commands, { type: 'day.advance' });
		world = step(day.world, { type: 'day.advance' }).world;
	}
	return { world, commands };
}

describe('the debrief', () => {
	const s = scenario('first-day-at-the-desk');
	const references = {
		doNothing: playReference(s, 'do-nothing'),
		goodPractice: playReference(s, 'good-practice')
	};

	it('compares a run with its targets and with both reference policies on the same seed', () => {
		const { world } = record(s, 'do-nothing');
		const report = debrief(s, world, references);
		const last = world.kpis.at(-1)!;
		expect(report.objectives.map((o) => o.kpi)).toEqual(s.objectives.map((o) => o.kpi));
		for (const o of report.objectives) {
			expect(o.value).toBe(last[o.kpi as keyof typeof last]);
			expect(o.met).toBe(o.direction === 'at-most' ? o.value! <= o.target : o.value! >= o.target);
		}
		const perfect = report.comparison.find((c) => c.kpi === 'perfectOrderRate')!;
		expect(perfect.goodPractice).toBeGreaterThan(perfect.doNothing!);
		expect(perfect.info.label).toBe('Perfect order fulfillment');
	});

	it('ranks perfect-order failures by cause and links each miss to its lesson section', () => {
		const { world } = record(s, 'do-nothing');
		const report = debrief(s, world, references);
		const causes = world.kpis.at(-1)!.failureCauses;
		expect(report.pareto.map((b) => b.count)).toEqual(Object.values(causes).sort((a, b) => b - a));
		expect(report.pareto[0].vitalFew).toBe(true);
		expect(report.readAgain.length).toBeGreaterThan(0);
		expect(report.tryNext.length).toBeGreaterThan(0);
		for (const r of report.readAgain) expect(r.lesson.anchor).toMatch(/^[a-z0-9-]+$/);
	});
});

describe('replay and branching', () => {
	const s = scenario('first-day-at-the-desk');
	const { world, commands } = record(s, 'good-practice');

	it('rebuilds the world at the end of every recorded day, ending in the same world', () => {
		const days = worldsByDay(s, s.seed, commands);
		expect(days).toHaveLength(daysRecorded(commands));
		expect(days.map((w) => w.kpis.length)).toEqual(days.map((_, i) => i + 1));
		// Compared as text without printing worlds on failure: they are large.
		expect(JSON.stringify(days.at(-1)) === JSON.stringify(world)).toBe(true);
	});

	it('keeps the decisions before a day and nothing after, to branch from there', () => {
		const before = commandsBeforeDay(commands, 3);
		expect(daysRecorded(before)).toBe(2);
		expect(before.at(-1)).toEqual({ type: 'day.advance' });
		expect(commandsBeforeDay(commands, 1)).toEqual([]);
		expect(() => commandsBeforeDay(commands, 99)).toThrow(/cannot be branched from day 99/);
		let branch = createWorld(s, s.seed);
		for (const c of before) branch = step(branch, c).world;
		expect(branch.day).toBe(3);
		expect(JSON.stringify(branch) === JSON.stringify(worldsByDay(s, s.seed, before).at(-1))).toBe(
			true
		);
	});
});
