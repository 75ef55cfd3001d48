// The replay of a recorded run day by day, the sentences its decisions read as, and the
// comparison of two runs of one scenario.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	compareRuns,
	createWorld,
	decisionsByDay,
	describeCommand,
	finalKpis,
	headlineKpis,
	KPI_NAMES,
	parseScenario,
	playReference,
	REFERENCE_POLICIES,
	replayDay,
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

const s = scenario('first-day-at-the-desk');
const good = record(s, 'good-practice');

describe('the decisions of each day', () => {
	it('splits a recording at its day ends, and leaves out an unfinished day', () => {
		const v: Command = { type: 'order.validate', orderId: 'SO-0001' };
		const p: Command = { type: 'order.promise', orderId: 'SO-0001' };
		const end: Command = { type: 'day.advance' };
		expect(decisionsByDay([v, p, end, end, v])).toEqual([[v, p], []]);
		expect(decisionsByDay([])).toEqual([]);
		const byDay = decisionsByDay(good.commands);
		expect(byDay).toHaveLength(s.days);
		expect(byDay.flat()).toHaveLength(good.commands.length - s.days);
	});

	it('reads every decision as a sentence naming its order', () => {
		expect(describeCommand({ type: 'order.validate', orderId: 'SO-0003' })).toBe(
			'Validated SO-0003'
		);
		expect(
			describeCommand({ type: 'order.correct', orderId: 'SO-0001', code: 'price-mismatch' })
		).toBe('Corrected a price mismatch on SO-0001 with the customer');
		expect(describeCommand({ type: 'order.promise', orderId: 'SO-0002', shipDay: 4 })).toBe(
			'Promised SO-0002 to ship on day 4'
		);
		expect(describeCommand({ type: 'order.ship', orderId: 'SO-0002' })).toBe(
			'Released SO-0002 to the warehouse'
		);
		expect(
			describeCommand({
				type: 'policy.set',
				policy: { allocationRule: 'pro-rata', partialShipments: false }
			})
		).toBe('Set allocation rule to pro-rata, partial shipments to off');
		for (const c of good.commands) expect(describeCommand(c)).toMatch(/^[A-Z]/);
	});
});

describe('a replayed day', () => {
	const worlds = worldsByDay(s, good.world.seed, good.commands);

	it('shows the day’s KPIs beside the day before, its decisions and its orders', () => {
		const day2 = replayDay(worlds, good.commands, 2);
		expect(day2.day).toBe(2);
		expect(day2.days).toBe(6);
		expect(day2.kpis.map((k) => k.kpi)).toEqual(headlineKpis(s));
		const perfect = day2.kpis.find((k) => k.kpi === 'perfectOrderRate')!;
		expect(perfect.value).toBe(worlds[1].kpis[1].perfectOrderRate);
		expect(perfect.previous).toBe(worlds[0].kpis[0].perfectOrderRate);
		expect(day2.decisions.map((d) => d.text)).toEqual(
			decisionsByDay(good.commands)[1].map(describeCommand)
		);
		// Orders of the next morning are not shown; the day's arrivals and decisions are marked.
		expect(day2.orders.every((o) => o.enteredDay <= 2)).toBe(true);
		expect(day2.orders.filter((o) => o.arrived).every((o) => o.enteredDay === 2)).toBe(true);
		const decided = new Set(day2.decisions.map((d) => d.orderId).filter(Boolean));
		expect(day2.orders.filter((o) => o.decided).map((o) => o.id)).toEqual(
			day2.orders.map((o) => o.id).filter((id) => decided.has(id))
		);
		expect(replayDay(worlds, good.commands, 1).kpis[0].previous).toBeNull();
	});

	it('refuses a day the run did not record', () => {
		expect(() => replayDay(worlds, good.commands, 0)).toThrow(RangeError);
		expect(() => replayDay(worlds, good.commands, 7)).toThrow(/from 1 to 6/);
	});

	it('lists the disruptions that began on the day', () => {
		const storm = scenario('exception-storm');
		const run = record(storm, 'do-nothing');
		const stormWorlds = worldsByDay(storm, storm.seed, run.commands);
		const first = run.world.disruptions[0];
		expect(first).toBeDefined();
		expect(replayDay(stormWorlds, run.commands, first.day).disruptions).toContainEqual(first);
	});
});

describe('two runs side by side', () => {
	const lazy = record(s, 'do-nothing');

	it('gives the final KPIs of both runs and which did better on each', () => {
		const cmp = compareRuns(s, lazy.world.kpis, good.world.kpis);
		expect(cmp.days).toEqual([1, 2, 3, 4, 5, 6]);
		const perfect = cmp.kpis.find((k) => k.kpi === 'perfectOrderRate')!;
		expect(perfect.a).toBe(lazy.world.kpis.at(-1)!.perfectOrderRate);
		expect(perfect.b).toBe(good.world.kpis.at(-1)!.perfectOrderRate);
		expect(perfect.better).toBe('b');
		expect(perfect.target).toEqual({ value: 0.9, direction: 'at-least' });
		expect(perfect.seriesA).toEqual(lazy.world.kpis.map((r) => r.perfectOrderRate));
		expect(perfect.charted).toBe(true);
		// Lower is better for cost to serve and cycle time.
		const cost = cmp.kpis.find((k) => k.kpi === 'costToServe')!;
		expect(cost.better).toBe(cost.a! < cost.b! ? 'a' : cost.a === cost.b ? 'same' : 'b');
		expect(cost.charted).toBe(false);
		expect(
			compareRuns(s, good.world.kpis, good.world.kpis).kpis.every((k) => k.better !== 'a')
		).toBe(true);
	});

	it('pads the shorter run with gaps, and matches a reference run on the same seed', () => {
		const reference = playReference(s, 'good-practice', s.seed);
		const cmp = compareRuns(s, good.world.kpis.slice(0, 3), reference.kpis);
		const otif = cmp.kpis.find((k) => k.kpi === 'otif')!;
		expect(otif.seriesA.slice(3)).toEqual([null, null, null]);
		expect(otif.b).toBe(reference.kpis.at(-1)!.otif);
	});

	it('keeps every KPI of a finished run', () => {
		const kept = finalKpis(good.world);
		expect(Object.keys(kept).sort()).toEqual([...KPI_NAMES].sort());
		expect(kept.otif).toBe(good.world.kpis.at(-1)!.otif);
	});
});
