// A finished run of the shortest scenario, played in a reference policy's style and
// recorded as the browser records it, for the debrief, replay and comparison tests.
import { readFileSync } from 'node:fs';
import {
	createWorld,
	parseScenario,
	REFERENCE_POLICIES,
	runAutopilot,
	step,
	type Command,
	type Scenario,
	type World
} from '../../../../../src/lib/sim';

export const SCENARIO_SOURCE = readFileSync('content/scenarios/first-day-at-the-desk.json', 'utf8');

export function firstDay(): Scenario {
	const parsed = parseScenario(JSON.parse(SCENARIO_SOURCE));
	if (!parsed.ok) throw new Error('fixture scenario is invalid');
	return parsed.scenario;
}

export function recordRun(
	scenario: Scenario,
	style: 'do-nothing' | 'good-practice'
): { world: World; commands: Command[] } {
	let world = createWorld(scenario, scenario.seed);
	const commands: Command[] = [];
	while (!world.ended) {
		const day = runAutopilot(world, REFERENCE_POLICIES[style].style);
		commands.push(...day.commands, { type: 'day.advance' });
		world = step(day.world, { type: 'day.advance' }).world;
	}
	return { world, commands };
}

export const LESSONS = [
	{
		number: 16,
		slug: 'perfect-order-metrics',
		title: 'Perfect order metrics',
		sections: [
			{ id: 'what-scor-counts-as-a-perfect-order', text: 'What SCOR counts as a perfect order' }
		]
	},
	{ number: 1, slug: 'role-of-customer-order-management', title: 'The role of COM', sections: [] }
];
