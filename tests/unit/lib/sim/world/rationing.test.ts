// The rationing game: customers cut back by pro-rata allocation inflate their next orders,
// so the rule meant to be fair invites phantom demand (and the bullwhip effect).
import { describe, expect, it } from 'vitest';
import {
	createWorld,
	step,
	vecToArray,
	type Command,
	type World
} from '../../../../../src/lib/sim';
import { testScenario } from './fixture';

function run(world: World, ...commands: Command[]): World {
	for (const command of commands) {
		const result = step(world, command);
		const rejection = result.events.find((e) => e.type === 'command.rejected');
		if (rejection) throw new Error(`${command.type}: ${JSON.stringify(rejection)}`);
		world = result.world;
	}
	return world;
}

/** Silver and Gold each want 30 of the 40 pumps on day 1; day 2 brings random orders. */
function shortage(rule: 'fcfs' | 'pro-rata') {
	const scenario = testScenario({
		policies: { allocationRule: rule, promiseSafetyStock: true },
		demand: {
			ordersPerDay: [0, 4, 0, 0, 0, 0, 0, 0],
			items: { 'PMP-1': 1 },
			lineQty: [10, 20],
			customerWeights: { SILVER: 1 },
			rationingGame: true
		},
		scriptedOrders: [
			{ day: 1, customer: 'GOLD', lines: [{ sku: 'PMP-1', qty: 30 }], requestedDay: 2 },
			{ day: 1, customer: 'SILVER', lines: [{ sku: 'PMP-1', qty: 30 }], requestedDay: 2 }
		]
	});
	let world = run(
		createWorld(scenario),
		{ type: 'order.validate', orderId: 'SO-0001' },
		{ type: 'order.promise', orderId: 'SO-0001', shipDay: 1 },
		{ type: 'order.validate', orderId: 'SO-0002' },
		{ type: 'order.promise', orderId: 'SO-0002', shipDay: 1 },
		{ type: 'allocation.run', sku: 'PMP-1', orderIds: ['SO-0001', 'SO-0002'] }
	);
	world = run(world, { type: 'day.advance' });
	return world;
}

describe('the rationing game', () => {
	it('remembers the share a customer got under pro-rata, and only then', () => {
		expect(shortage('pro-rata').shorted).toEqual({ GOLD: 20 / 30, SILVER: 20 / 30 });
		expect(shortage('fcfs').shorted).toEqual({});
	});

	it('inflates the shorted customer’s next orders by the inverse of its share', () => {
		const later = (w: World) =>
			vecToArray(w.orders)
				.filter((o) => o.enteredDay === 2)
				.map((o) => o.lines[0].qty);
		const honest = later(shortage('fcfs'));
		const inflated = later(shortage('pro-rata'));
		expect(honest).toHaveLength(4);
		// Given two thirds, Silver orders one and a half times what it needs.
		expect(inflated).toEqual(honest.map((q) => Math.round(q * 1.5)));
	});
});
