// A made-to-order lot starts only with its components on hand: a late component receipt
// postpones it (and its reservations) a day at a time, and the desk is told.
import { describe, expect, it } from 'vitest';
import { createWorld, step, vecGet, type Command, type World } from '../../../../../src/lib/sim';
import { testScenario, unitBalance } from './fixture';

function run(world: World, ...commands: Command[]): World {
	for (const command of commands) {
		const result = step(world, command);
		const rejection = result.events.find((e) => e.type === 'command.rejected');
		if (rejection) throw new Error(`${command.type}: ${JSON.stringify(rejection)}`);
		world = result.world;
	}
	return world;
}

const scenario = testScenario({
	carrierDelayRate: 0,
	damageRate: 0,
	catalog: [
		{
			sku: 'MTO-1',
			description: 'Valve built to order',
			priceBreaks: [{ minQty: 1, price: 500 }],
			standardCost: 300,
			environment: 'make-to-order',
			components: [{ sku: 'BODY-1', qtyPer: 1 }],
			hoursPerUnit: 1,
			leadTimeDays: 1
		}
	],
	components: [{ sku: 'BODY-1', description: 'Valve body', standardCost: 120 }],
	nodes: [
		{
			id: 'DC-1',
			name: 'Plant',
			onHand: {},
			receipts: [{ day: 2, sku: 'BODY-1', qty: 10 }],
			capacityHoursPerDay: 10
		}
	],
	scriptedOrders: [
		{ day: 1, customer: 'GOLD', lines: [{ sku: 'MTO-1', qty: 10 }], requestedDay: 2 }
	],
	demand: { ordersPerDay: 0, items: { 'MTO-1': 1 }, lineQty: [1, 2] }
});

describe('production', () => {
	it('waits for late components instead of consuming stock that is not there', () => {
		let world = run(
			createWorld(scenario),
			{ type: 'order.validate', orderId: 'SO-0001' },
			{ type: 'order.promise', orderId: 'SO-0001' }
		);
		// The lot needs the 10 bodies due on day 2: it starts day 2 and is ready day 3.
		expect(world.nodes['DC-1'].lots[0]).toMatchObject({ startDay: 2, readyDay: 3 });
		// The bodies come two days late.
		world = run(world, {
			type: 'disruption.inject',
			kind: 'supplier-delay',
			severity: 0.4,
			days: 2
		});
		world = run(world, { type: 'day.advance' }, { type: 'day.advance' });
		const lot = world.nodes['DC-1'].lots[0];
		expect(lot).toMatchObject({ started: false, startDay: 3, readyDay: 4, postponed: 1 });
		expect(world.nodes['DC-1'].stock['BODY-1']?.onHand ?? 0).toBe(0);
		// Its reservations moved with it, and the desk knows.
		expect(world.nodes['DC-1'].committed['BODY-1'].slice(0, 4)).toEqual([0, 0, 10, 0]);
		expect(
			world.exceptions.some((e) => e.kind === 'production-delay' && e.resolvedDay === null)
		).toBe(true);
		world = run(world, { type: 'day.advance' }, { type: 'day.advance' });
		// Bodies arrived on day 4: the lot started then, is finished, and the exception cleared.
		expect(world.nodes['DC-1'].lots).toEqual([]);
		expect(world.nodes['DC-1'].stock['MTO-1'].onHand).toBe(10);
		expect(world.nodes['DC-1'].stock['BODY-1'].onHand).toBe(0);
		expect(world.exceptions.find((e) => e.kind === 'production-delay')!.resolvedDay).not.toBeNull();
		for (const [came, accounted] of Object.values(unitBalance(world))) expect(accounted).toBe(came);
		// The order was promised for day 3: the late bodies made it late.
		expect(vecGet(world.orders, 0)!.promise!.shipDay).toBe(3);
	});

	it("keeps the tier reserve off units made to a key customer's order", () => {
		// With 4 units held for strategic customers, a key customer's made-to-order lot of 2 is
		// still that customer's: the reserve keeps finished stock, not what an order caused.
		const reserved = testScenario({
			...scenario,
			policies: {
				allocationRule: 'fcfs',
				partialShipments: true,
				tierReserve: 4,
				promiseSafetyStock: true
			},
			nodes: [{ ...scenario.nodes[0], receipts: [{ day: 1, sku: 'BODY-1', qty: 10 }] }],
			scriptedOrders: [
				{ day: 1, customer: 'SILVER', lines: [{ sku: 'MTO-1', qty: 2 }], requestedDay: 5 }
			]
		});
		let world = run(
			createWorld(reserved),
			{ type: 'order.validate', orderId: 'SO-0001' },
			{ type: 'order.promise', orderId: 'SO-0001' }
		);
		const shipDay = vecGet(world.orders, 0)!.promise!.shipDay;
		while (world.day < shipDay) world = run(world, { type: 'day.advance' });
		expect(world.nodes['DC-1'].stock['MTO-1']).toEqual({ onHand: 2, allocated: 0 });
		world = run(
			world,
			{ type: 'order.allocate', orderId: 'SO-0001' },
			{ type: 'order.ship', orderId: 'SO-0001' }
		);
		expect(vecGet(world.orders, 0)!.lines[0]).toMatchObject({ allocated: 2 });
		world = run(world, { type: 'day.advance' });
		expect(vecGet(world.orders, 0)!.lines[0].shipped).toBe(2);
		expect(world.nodes['DC-1'].stock['MTO-1'].onHand).toBe(0);
	});
});
