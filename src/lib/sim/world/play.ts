/**
 * Running a scenario headless: the recorded commands in order, each day's open decisions
 * filled in by the autopilot when asked, and the days advanced to the end.
 */
import {
	DEFAULT_STYLE,
	REFERENCE_POLICIES,
	runAutopilot,
	type AutopilotStyle,
	type ReferencePolicy
} from './autopilot';
import { createWorld } from './create';
import type { Scenario } from './scenario';
import { step } from './step';
import type { Command, Policy, World } from './types';

export type PlayOptions = {
	seed?: number;
	/** `default`: the autopilot decides whatever the commands leave open; `none`: nothing else happens. */
	autopilot?: AutopilotStyle | null;
	policy?: Partial<Policy>;
};

export type PlayResult = {
	world: World;
	/** Recorded commands the world refused, with the reason (a recording from another version). */
	rejected: { index: number; command: Command; message: string }[];
};

export function playScenario(
	scenario: Scenario,
	commands: readonly Command[] = [],
	options: PlayOptions = {}
): PlayResult {
	const style = options.autopilot === undefined ? DEFAULT_STYLE : options.autopilot;
	let world = createWorld(scenario, options.seed ?? scenario.seed, options.policy);
	const rejected: PlayResult['rejected'] = [];
	const apply = (command: Command, index: number) => {
		const result = step(world, command);
		const refusal = result.events.find((e) => e.type === 'command.rejected');
		if (refusal && refusal.type === 'command.rejected')
			rejected.push({ index, command, message: refusal.message });
		world = result.world;
	};
	const advance = (index: number) => {
		if (style) world = runAutopilot(world, style).world;
		apply({ type: 'day.advance' }, index);
	};
	commands.forEach((command, index) => {
		if (world.ended) return;
		if (command.type === 'day.advance') advance(index);
		else apply(command, index);
	});
	while (!world.ended) advance(-1);
	return { world, rejected };
}

/** A reference policy's run of a scenario on a seed, for debriefs to compare against. */
export function playReference(scenario: Scenario, name: ReferencePolicy, seed?: number): World {
	return playScenario(scenario, [], {
		seed,
		autopilot: REFERENCE_POLICIES[name].style,
		policy: referencePolicy(scenario, name)
	}).world;
}

/**
 * The policy a reference run plays with: its own allocation rule, and, for good practice,
 * the better setting of each policy the scenario lets a learner change (rules-based
 * automation, CPFR with the supplier, routing by lowest landed cost).
 */
export function referencePolicy(scenario: Scenario, name: ReferencePolicy): Partial<Policy> {
	const policy: Partial<Policy> = { ...REFERENCE_POLICIES[name].policy };
	if (name !== 'good-practice') return policy;
	const adjustable = new Set(scenario.adjustablePolicies);
	if (adjustable.has('automation')) policy.automation = 'rules';
	if (adjustable.has('cpfr')) policy.cpfr = true;
	if (adjustable.has('routingRule')) policy.routingRule = 'lowest-cost';
	return policy;
}

/** The headline KPIs of a run, as `npm run sim -- --json` prints them. */
export function kpiSummary(world: World) {
	const last = world.kpis.at(-1);
	if (!last) throw new RangeError('the world has no KPI row yet: advance a day first');
	return {
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
	};
}
