// Exceptions the world raises, how they age, and each way the desk can resolve them.
import { describe, expect, it } from 'vitest';
import {
	agedSeverity,
	createWorld,
	step,
	vecGet,
	type Command,
	type ExceptionRecord,
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

const open = (world: World) => world.exceptions.filter((e) => e.resolvedDay === null);
const advance = (world: World) => run(world, { type: 'day.advance' });

const RECEIPT_DAY_6 = [{ day: 6, sku: 'PMP-1', qty: 60 }];

/**
 * Gold Co's 30 pumps are promised as ATP allows (ship day 2); Silver Co's 20 are promised for
 * day 2 too, although only 10 are left once Gold Co's are set aside, before the receipt of day
 * 6: an over-promise. On day 2 the desk allocates Gold Co's order only.
 */
function overPromised(): World {
	return overPromisedWith(undefined, { 'PMP-1': 40, 'BOX-6': 120 });
}

function overPromisedWith(catalog: unknown, onHand: Record<string, number>): World {
	let world = createWorld(
		testScenario({
			carrierDelayRate: 0,
			damageRate: 0,
			...(catalog ? { catalog } : {}),
			nodes: [{ id: 'DC-1', name: 'Test DC', onHand, receipts: RECEIPT_DAY_6 }]
		})
	);
	world = run(
		world,
		{ type: 'order.validate', orderId: 'SO-0001' },
		{ type: 'order.promise', orderId: 'SO-0001' },
		{ type: 'order.validate', orderId: 'SO-0002' },
		{ type: 'order.correct', orderId: 'SO-0002', code: 'price-mismatch' },
		{ type: 'order.promise', orderId: 'SO-0002', shipDay: 2 }
	);
	world = advance(world);
	return run(world, { type: 'order.allocate', orderId: 'SO-0001' });
}

describe('a stockout', () => {
	it('is raised when a promised order cannot ship on its day for lack of stock, at the top severity', () => {
		const world = advance(overPromised());
		expect(open(world)).toEqual([
			expect.objectContaining({
				id: 'EX-0001',
				kind: 'stockout',
				orderId: 'SO-0002',
				sku: 'PMP-1',
				raisedDay: 2,
				severity: 3
			})
		]);
		expect(world.kpis.at(-1)).toMatchObject({ exceptionsOpen: 1, exceptionsMeanAgeDays: 0 });
	});

	it('is resolved by expediting the next receipt to tomorrow, at a premium freight cost', () => {
		let world = advance(overPromised());
		expect(world.receipts[0]).toMatchObject({ sku: 'PMP-1', day: 6, plannedDay: 6 });
		world = run(world, { type: 'exception.resolve', exceptionId: 'EX-0001', action: 'expedite' });
		expect(world.receipts[0].day).toBe(4);
		expect(vecGet(world.orders, 1)!.costToServe).toBe(5 + 150);
		expect(world.exceptions[0]).toMatchObject({
			resolvedDay: 3,
			resolution: 'expedited 60 PMP-1 to day 4'
		});
		expect(
			refuse(world, { type: 'exception.resolve', exceptionId: 'EX-0001', action: 'expedite' })
		).toBe('EX-0001 was already resolved on day 3.');
		world = advance(world);
		// The 60 pulled in arrived on day 4 beside the 40 (Gold Co's 30 allocated, not yet shipped).
		expect(world.nodes['DC-1'].stock['PMP-1']).toEqual({ onHand: 100, allocated: 30 });
		for (const [came, accounted] of Object.values(unitBalance(world))) expect(accounted).toBe(came);
	});

	it('is resolved by shipping an approved substitute that has the stock', () => {
		const scenario = {
			catalog: [
				{
					sku: 'PMP-1',
					description: 'Pump',
					priceBreaks: [{ minQty: 1, price: 100 }],
					standardCost: 60,
					substitutes: ['PMP-2']
				},
				{
					sku: 'PMP-2',
					description: 'Pump, next size up',
					priceBreaks: [{ minQty: 1, price: 120 }],
					standardCost: 70
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
		let world = advance(
			overPromisedWith(scenario.catalog, { 'PMP-1': 40, 'PMP-2': 25, 'BOX-6': 120 })
		);
		const promise = vecGet(world.orders, 1)!.promise!;
		world = run(world, { type: 'exception.resolve', exceptionId: 'EX-0001', action: 'substitute' });
		const order = vecGet(world.orders, 1)!;
		// The pumps ship as PMP-2 at the price Silver Co agreed; the promise moved with them.
		expect(order.lines[0]).toMatchObject({ sku: 'PMP-2', qty: 20, price: 100 });
		expect(order.promise).toEqual(promise);
		// Day 2's commitments: Silver Co's 20 now on PMP-2; only Gold Co's 30 left on PMP-1.
		expect(world.nodes['DC-1'].committed['PMP-2'][1]).toBe(20);
		expect(world.nodes['DC-1'].committed['PMP-1'][1]).toBe(30);
		expect(order.timeline.at(-1)!.text).toBe(
			'Line 1 ships as PMP-2 instead of PMP-1, agreed with the customer.'
		);
	});

	it('refuses a substitute for an item that has none, naming why', () => {
		const world = advance(overPromised());
		expect(
			refuse(world, { type: 'exception.resolve', exceptionId: 'EX-0001', action: 'substitute' })
		).toBe('PMP-1 has no approved substitute.');
		expect(
			refuse(world, { type: 'exception.resolve', exceptionId: 'EX-0001', action: 'reroute' })
		).toBe('EX-0001 is not a carrier delay on an order.');
		expect(
			refuse(world, { type: 'exception.resolve', exceptionId: 'EX-0042', action: 'dismiss' })
		).toBe('There is no exception EX-0042.');
	});
});

describe('a carrier delay', () => {
	/** Gold Co's order shipped on day 2 (due day 3, one day in transit), then the carrier slips. */
	function delayed(): World {
		let world = overPromised();
		world = run(world, { type: 'order.ship', orderId: 'SO-0001' });
		world = advance(world);
		return run(world, { type: 'disruption.inject', kind: 'carrier-delay', severity: 0.6 });
	}

	it('pushes the shipment on the road back and raises an exception with the headline', () => {
		const world = delayed();
		// Severity 0.6 means 3 more days: due day 3, now day 6.
		expect(vecGet(world.orders, 0)!.shipments[0]).toMatchObject({
			plannedDeliveryDay: 6,
			delayDays: 3,
			delayCause: 'carrier'
		});
		expect(world.disruptions[0].headline).toBe(
			'Carrier delay: shipments on the road and those leaving days 3 to 5 take 3 more day(s).'
		);
		expect(open(world).map((e) => [e.kind, e.orderId])).toContainEqual([
			'carrier-delay',
			'SO-0001'
		]);
	});

	it('is won back by rerouting to an express service, at a cost', () => {
		let world = delayed();
		const id = open(world).find((e) => e.kind === 'carrier-delay')!.id;
		world = run(world, { type: 'exception.resolve', exceptionId: id, action: 'reroute' });
		// On day 3 the shipment can arrive tomorrow at the earliest: 2 of the 3 days are won back.
		expect(vecGet(world.orders, 0)!.shipments[0]).toMatchObject({
			plannedDeliveryDay: 4,
			delayDays: 1
		});
		expect(vecGet(world.orders, 0)!.costToServe).toBe(60);
	});

	it('can be answered by telling the customer before it asks', () => {
		let world = delayed();
		const id = open(world).find((e) => e.kind === 'carrier-delay')!.id;
		world = run(world, { type: 'exception.resolve', exceptionId: id, action: 'contact-customer' });
		const order = vecGet(world.orders, 0)!;
		expect(order.notifiedDay).toBe(3);
		expect(order.timeline.at(-1)!.code).toBe('order.notified');
	});
});

describe('aging', () => {
	it('climbs one level of severity for every two days open, up to 3', () => {
		const e = { severity: 1, raisedDay: 3 } as ExceptionRecord;
		expect([3, 4, 5, 6, 7, 12].map((day) => agedSeverity(e, day))).toEqual([1, 1, 2, 2, 3, 3]);
	});

	it('reports the mean age of what is still open', () => {
		let world = advance(overPromised());
		world = advance(world);
		// The stockout raised on day 2 is one day old at the end of day 3.
		expect(world.kpis.at(-1)).toMatchObject({ exceptionsOpen: 1, exceptionsMeanAgeDays: 1 });
	});
});
