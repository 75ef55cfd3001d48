// Worlds for the desk's panels: the project's own scenarios played to a given point, and a
// two-node network with a drop-shippable item. Shared by the selector and component tests.
import { readFileSync } from 'node:fs';
import {
	createWorld,
	parseScenario,
	step,
	type Command,
	type Scenario,
	type World
} from '../../../../../src/lib/sim';
import { testScenario } from './fixture';

export function contentScenario(id: string): Scenario {
	const parsed = parseScenario(JSON.parse(readFileSync(`content/scenarios/${id}.json`, 'utf8')));
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
	return parsed.scenario;
}

/** Applies commands in turn; a refused one fails the test with the engine's message. */
export function play(world: World, ...commands: Command[]): World {
	for (const command of commands) {
		const result = step(world, command);
		const rejection = result.events.find((e) => e.type === 'command.rejected');
		if (rejection) throw new Error(`${command.type}: ${JSON.stringify(rejection)}`);
		world = result.world;
	}
	return world;
}

/** Ends days until the world reaches `day`. */
export function playTo(world: World, day: number): World {
	while (world.day < day) world = play(world, { type: 'day.advance' });
	return world;
}

/** The message of a refused command, after checking the world did not change. */
export function refusal(world: World, command: Command): string {
	const result = step(world, command);
	if (result.world !== world) throw new Error(`${command.type} was accepted`);
	const event = result.events[0];
	return event.type === 'command.rejected' ? event.message : '';
}

/**
 * Returns desk, played by hand: Fairbanks's order of 40 PC-20 and 12 CP-150 is confirmed as
 * genuine, promised, allocated and shipped on day 1 and delivered on day 3. The PC-20 recall
 * on day 10 brings RMA-0001 (16 units) back.
 */
export function returnsDeskWorld(day = 10): World {
	const world = play(
		createWorld(contentScenario('returns-desk')),
		{ type: 'order.validate', orderId: 'SO-0001' },
		{ type: 'order.correct', orderId: 'SO-0001', code: 'abnormal-demand' },
		{ type: 'order.promise', orderId: 'SO-0001' },
		{ type: 'order.allocate', orderId: 'SO-0001' },
		{ type: 'order.ship', orderId: 'SO-0001' }
	);
	return playTo(world, day);
}

/**
 * A south DC and a north store; PMP-1 can be drop-shipped by its supplier. Nora (north)
 * orders 5 PMP-1 (SO-0001) and 5 PMP-1 with 12 BOX-6 (SO-0002) on day 1.
 */
export function networkScenario(overrides: Record<string, unknown> = {}): Scenario {
	return testScenario({
		carrierDelayRate: 0,
		damageRate: 0,
		catalog: [
			{
				sku: 'PMP-1',
				description: 'Pump',
				priceBreaks: [{ minQty: 1, price: 100 }],
				standardCost: 60,
				dropShip: { leadDays: 4, transitDays: 3, unitCost: 70 }
			},
			{
				sku: 'BOX-6',
				description: 'Box of six',
				priceBreaks: [{ minQty: 1, price: 10 }],
				standardCost: 5,
				packMultiple: 6
			}
		],
		nodes: [
			{
				id: 'DC-1',
				name: 'South DC',
				region: 'south',
				onHand: { 'PMP-1': 40, 'BOX-6': 120 },
				receipts: [{ day: 4, sku: 'PMP-1', qty: 60 }]
			},
			{ id: 'ST-N', name: 'North store', kind: 'store', region: 'north', onHand: { 'PMP-1': 8 } }
		],
		lanes: [
			{ from: 'DC-1', region: 'north', transitDays: 3 },
			{ from: 'ST-N', region: 'north', transitDays: 1 }
		],
		customers: [
			{
				id: 'NORA',
				name: 'Nora Supply',
				tier: 'key',
				channel: 'web',
				region: 'north',
				creditLimit: 100000,
				averageLineQty: 10,
				creditRating: 'A',
				pastComplaints: 3,
				orderHistory: 42
			}
		],
		scriptedOrders: [
			{ day: 1, customer: 'NORA', lines: [{ sku: 'PMP-1', qty: 5 }], requestedDay: 5 },
			{
				day: 1,
				customer: 'NORA',
				lines: [
					{ sku: 'PMP-1', qty: 5 },
					{ sku: 'BOX-6', qty: 12 }
				],
				requestedDay: 5
			}
		],
		adjustablePolicies: ['routingRule'],
		...overrides
	});
}
