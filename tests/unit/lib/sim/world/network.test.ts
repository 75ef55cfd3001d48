// The fulfillment network: several nodes, routing rules and manual routing, split shipments,
// drop shipments, cross-docking and assemble-to-order promising, with worked numbers.
import { describe, expect, it } from 'vitest';
import {
	createWorld,
	inventoryByNode,
	runAutopilot,
	step,
	vecGet,
	type Command,
	type World
} from '../../../../../src/lib/sim';
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

function refuse(world: World, command: Command): string {
	const result = step(world, command);
	expect(result.world).toBe(world);
	const event = result.events[0];
	return event.type === 'command.rejected' ? event.message : '';
}

const advance = (world: World) => run(world, { type: 'day.advance' });
const order = (world: World, n: number) => vecGet(world.orders, n - 1)!;
function balanced(world: World) {
	for (const [sku, [came, accounted]] of Object.entries(unitBalance(world)))
		expect(accounted, `units of ${sku}`).toBe(came);
}

/**
 * A distribution center in the south and a store in the north. North customers are 1 day from
 * the store (parcel 4) and 3 from the DC (parcel 12); the DC hands a shipment over for 6 and picks
 * at 0.5 a unit, the store for 2 and 1.5 a unit.
 */
function network(overrides: Record<string, unknown> = {}) {
	return testScenario({
		carrierDelayRate: 0,
		damageRate: 0,
		nodes: [
			{
				id: 'DC-1',
				name: 'South DC',
				kind: 'dc',
				region: 'south',
				onHand: { 'PMP-1': 40, 'BOX-6': 120 },
				receipts: [{ day: 4, sku: 'PMP-1', qty: 60 }],
				handlingCostPerShipment: 6,
				pickCostPerUnit: 0.5
			},
			{
				id: 'ST-N',
				name: 'North store',
				kind: 'store',
				region: 'north',
				onHand: { 'PMP-1': 8 },
				handlingCostPerShipment: 2,
				pickCostPerUnit: 1.5
			}
		],
		lanes: [
			{ from: 'DC-1', region: 'north', transitDays: 3, parcelCost: 12 },
			{ from: 'ST-N', region: 'north', transitDays: 1, parcelCost: 4 },
			{ from: 'DC-1', region: 'south', transitDays: 1, parcelCost: 5 }
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
				acceptsEarlyDelivery: true
			}
		],
		scriptedOrders: [
			{ day: 1, customer: 'NORA', lines: [{ sku: 'PMP-1', qty: 5 }], requestedDay: 2 },
			{
				day: 1,
				customer: 'NORA',
				lines: [
					{ sku: 'PMP-1', qty: 5 },
					{ sku: 'BOX-6', qty: 12 }
				],
				requestedDay: 2
			}
		],
		adjustablePolicies: ['routingRule'],
		...overrides
	});
}

describe('routing', () => {
	it('by lowest cost ships a north order from the north store: 2 + 5 x 1.5 + 4 = 13.50', () => {
		let world = createWorld(network({ policies: { routingRule: 'lowest-cost' } }));
		world = run(
			world,
			{ type: 'order.validate', orderId: 'SO-0001' },
			{ type: 'order.promise', orderId: 'SO-0001' }
		);
		// From the DC it would cost 6 + 5 x 0.5 + 12 = 20.50 and take 3 days.
		expect(order(world, 1).lines[0].node).toBe('ST-N');
		expect(order(world, 1).promise).toMatchObject({ shipDay: 1, deliveryDay: 2 });
		world = advance(runAutopilot(world).world);
		expect(order(world, 1).shipments).toEqual([
			expect.objectContaining({ node: 'ST-N', day: 1, plannedDeliveryDay: 2, cost: 13.5 })
		]);
		expect(order(world, 1).costToServe).toBe(13.5);
		expect(world.nodes['ST-N'].stock['PMP-1'].onHand).toBe(3);
		balanced(world);
	});

	it('splits an order the store can only part-fill into two shipments, each with its own cost', () => {
		let world = createWorld(network({ policies: { routingRule: 'nearest' } }));
		world = run(
			world,
			{ type: 'order.validate', orderId: 'SO-0002' },
			{ type: 'order.promise', orderId: 'SO-0002' }
		);
		const o = order(world, 2);
		expect(o.lines.map((l) => l.node)).toEqual(['ST-N', 'DC-1']);
		// The slower DC shipment sets the delivery date: ship day 1 + 3 days in transit.
		expect(o.promise).toMatchObject({ shipDay: 1, deliveryDay: 4 });
		expect(o.promise!.explanation).toContain('It ships in 2 shipments (ST-N, DC-1).');
		world = advance(runAutopilot(world).world);
		const shipments = order(world, 2).shipments;
		expect(shipments.map((s) => [s.node, s.plannedDeliveryDay, s.cost])).toEqual([
			['ST-N', 2, 2 + 5 * 1.5 + 4],
			['DC-1', 4, 6 + 12 * 0.5 + 12]
		]);
		expect(
			order(world, 2).timeline.some((t) => t.text === 'Shipped complete in 2 shipments: 17 units.')
		).toBe(true);
		balanced(world);
	});

	it('under the primary rule ships everything from the first node, as a single-node desk does', () => {
		let world = createWorld(network());
		world = run(
			world,
			{ type: 'order.validate', orderId: 'SO-0002' },
			{ type: 'order.promise', orderId: 'SO-0002' }
		);
		expect(order(world, 2).lines.map((l) => l.node)).toEqual(['DC-1', 'DC-1']);
	});

	it('lets the desk route a line by hand before promising, and refuses what cannot be routed', () => {
		let world = createWorld(network({ policies: { routingRule: 'lowest-cost' } }));
		world = run(world, { type: 'order.validate', orderId: 'SO-0001' });
		expect(refuse(world, { type: 'order.route', orderId: 'SO-0001', node: 'ST-Q' })).toBe(
			'There is no node ST-Q: ship from DC-1, ST-N.'
		);
		expect(refuse(world, { type: 'order.route', orderId: 'SO-0001', node: 'DC-1', line: 3 })).toBe(
			'SO-0001 has lines 1 to 1, not 3.'
		);
		world = run(
			world,
			{ type: 'order.route', orderId: 'SO-0001', node: 'DC-1' },
			{ type: 'order.promise', orderId: 'SO-0001' }
		);
		// The routing rule leaves a line the desk pinned alone.
		expect(order(world, 1).lines[0]).toMatchObject({ node: 'DC-1', pinned: true });
		expect(order(world, 1).promise!.deliveryDay).toBe(4);
		expect(refuse(world, { type: 'order.route', orderId: 'SO-0001', node: 'ST-N' })).toMatch(
			/route its lines after validation and before promising/
		);
	});

	it('shows inventory at every node', () => {
		const nodes = inventoryByNode(createWorld(network()));
		expect(nodes.map((n) => [n.id, n.kind, n.stock.map((s) => [s.sku, s.free])])).toEqual([
			[
				'DC-1',
				'dc',
				[
					['BOX-6', 120],
					['PMP-1', 40]
				]
			],
			['ST-N', 'store', [['PMP-1', 8]]]
		]);
	});
});

describe('distribution methods', () => {
	const dropShip = {
		catalog: [
			{
				sku: 'PMP-1',
				description: 'Pump',
				priceBreaks: [{ minQty: 1, price: 100 }],
				standardCost: 60,
				dropShip: { leadDays: 4, transitDays: 3, unitCost: 70, feePerShipment: 15, onTimeRate: 1 }
			},
			{
				sku: 'BOX-6',
				description: 'Box of six',
				priceBreaks: [{ minQty: 1, price: 10 }],
				standardCost: 5,
				packMultiple: 6
			}
		]
	};

	it('a drop shipment: the supplier ships in 4 days, arrives 3 later, and costs its premium', () => {
		let world = createWorld(network(dropShip));
		world = run(
			world,
			{ type: 'order.cancel', orderId: 'SO-0002' },
			{ type: 'order.validate', orderId: 'SO-0001' },
			{ type: 'order.method', orderId: 'SO-0001', method: 'drop-ship' },
			{ type: 'order.promise', orderId: 'SO-0001' }
		);
		expect(order(world, 1).promise).toMatchObject({ shipDay: 5, deliveryDay: 8 });
		while (world.day < 6) world = advance(runAutopilot(world).world);
		const shipment = order(world, 1).shipments[0];
		// 15 fee + 5 units x (70 - 60) = 65 of margin given up; our stock never moved.
		expect(shipment).toMatchObject({ node: 'SUPPLIER', day: 5, plannedDeliveryDay: 8, cost: 65 });
		expect(world.nodes['DC-1'].stock['PMP-1']).toEqual({ onHand: 40 + 60, allocated: 0 });
		// The supplier's 5 units entered the world as they shipped to the customer.
		expect(world.unitsIn['PMP-1']).toBe(40 + 8 + 60 + 5);
		balanced(world);
	});

	it('refuses a drop shipment for an item no supplier drop-ships', () => {
		const world = run(createWorld(network()), { type: 'order.validate', orderId: 'SO-0002' });
		expect(
			refuse(world, { type: 'order.method', orderId: 'SO-0002', method: 'drop-ship', line: 2 })
		).toBe('No supplier drop-ships BOX-6: ship it from stock.');
	});

	it('cross-docks a line out of the inbound receipt on the day it arrives, with no picking cost', () => {
		let world = createWorld(network());
		world = run(
			world,
			{ type: 'order.validate', orderId: 'SO-0001' },
			{ type: 'order.method', orderId: 'SO-0001', method: 'cross-dock' },
			{ type: 'order.promise', orderId: 'SO-0001' }
		);
		expect(order(world, 1).promise!.shipDay).toBe(4);
		expect(order(world, 1).promise!.explanation).toContain(
			'5 PMP-1 cross-docked at DC-1 from the receipt of day 4'
		);
		while (world.day < 5) world = advance(runAutopilot(world).world);
		// Handling 6 and parcel 12 to the north; no picking from a location.
		expect(order(world, 1).shipments[0]).toMatchObject({ day: 4, cost: 18 });
	});
});

describe('production environments', () => {
	it('an assemble-to-order item is finished from stocked modules through CTP', () => {
		const scenario = testScenario({
			catalog: [
				{
					sku: 'KIT-1',
					description: 'Pump kit, assembled to order',
					priceBreaks: [{ minQty: 1, price: 300 }],
					standardCost: 180,
					environment: 'assemble-to-order',
					components: [{ sku: 'MOD-1', qtyPer: 1 }],
					hoursPerUnit: 0.5,
					leadTimeDays: 1
				}
			],
			components: [{ sku: 'MOD-1', description: 'Pump module', standardCost: 120 }],
			nodes: [
				{ id: 'DC-1', name: 'Finishing center', onHand: { 'MOD-1': 30 }, capacityHoursPerDay: 8 }
			],
			scriptedOrders: [
				{ day: 1, customer: 'GOLD', lines: [{ sku: 'KIT-1', qty: 12 }], requestedDay: 1 }
			],
			demand: { ordersPerDay: 0, items: { 'KIT-1': 1 }, lineQty: [1, 5] }
		});
		const world = run(
			createWorld(scenario),
			{ type: 'order.validate', orderId: 'SO-0001' },
			{ type: 'order.promise', orderId: 'SO-0001' }
		);
		const promise = order(world, 1).promise!;
		// 12 kits need 6 hours: one lot started day 1, ready day 2 after the 1-day finishing time.
		expect(promise.explanation).toContain(
			'CTP: 0 from ATP and an assembly lot from stocked modules of 12 KIT-1 started day 1, ready day 2'
		);
		expect(promise.shipDay).toBe(2);
		expect(world.nodes['DC-1'].committed['MOD-1'][0]).toBe(12);
	});

	it('refuses a made-to-order item with nothing to make it from', () => {
		expect(() =>
			testScenario({
				catalog: [
					{
						sku: 'ETO-1',
						description: 'Special valve',
						priceBreaks: [{ minQty: 1, price: 900 }],
						standardCost: 500,
						environment: 'make-to-order'
					}
				],
				nodes: [{ id: 'DC-1', name: 'Plant', onHand: {} }],
				scriptedOrders: [],
				demand: { ordersPerDay: 0, items: { 'ETO-1': 1 }, lineQty: [1, 2] }
			})
		).toThrow(/a make-to-order item needs components or hoursPerUnit to be made/);
	});
});
