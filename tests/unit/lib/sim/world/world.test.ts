import { describe, expect, it } from 'vitest';
import {
	createWorld,
	runAutopilot,
	step,
	vecGet,
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

const order = (world: World, n: number) => vecGet(world.orders, n - 1)!;

function refuse(world: World, command: unknown): string {
	const result = step(world, command as Command);
	expect(result.world).toBe(world);
	expect(result.events).toHaveLength(1);
	const event = result.events[0];
	expect(event.type).toBe('command.rejected');
	return event.type === 'command.rejected' ? event.message : '';
}

describe('a new world', () => {
	it('opens day 1 with the scripted orders entered and the opening stock on hand', () => {
		const world = createWorld(testScenario());
		expect(world.day).toBe(1);
		expect(vecToArray(world.orders).map((o) => [o.id, o.customerId, o.state.fulfilment])).toEqual([
			['SO-0001', 'GOLD', 'entered'],
			['SO-0002', 'SILVER', 'entered'],
			['SO-0003', 'TIGHT', 'entered']
		]);
		expect(world.nodes['DC-1'].stock['PMP-1']).toEqual({ onHand: 40, allocated: 0 });
		// The stale-price error was planted: last season's price, 6 % under the list.
		expect(order(world, 2).lines[0].price).toBe(94);
	});
});

describe('capture and validation', () => {
	it('holds a stale price for pricing review and clears it when corrected', () => {
		let world = run(createWorld(testScenario()), { type: 'order.validate', orderId: 'SO-0002' });
		const held = order(world, 2);
		expect(held.state.fulfilment).toBe('held.pricing');
		expect(held.findings).toEqual([
			{
				code: 'price-mismatch',
				hold: 'pricing',
				line: 1,
				message:
					'Line 1: quoted 94.00 but the price list says 100.00 for 20 of PMP-1. Correct the price before it reaches the invoice.'
			}
		]);
		world = run(world, { type: 'order.correct', orderId: 'SO-0002', code: 'price-mismatch' });
		expect(order(world, 2).state.fulfilment).toBe('validated');
		expect(order(world, 2).lines[0].price).toBe(100);
		expect(order(world, 2).costToServe).toBe(5);
	});

	it('holds an order that takes the customer over its credit limit; credit can only be released', () => {
		// Tight Co owes 800 with a 1,000 limit; 5 pumps at 100 make 1,300.
		let world = run(createWorld(testScenario()), { type: 'order.validate', orderId: 'SO-0003' });
		expect(order(world, 3).state.fulfilment).toBe('held.credit');
		expect(order(world, 3).findings[0].message).toMatch(
			/exposure to 1,300.00, over the credit limit of 1,000.00/
		);
		expect(
			refuse(world, { type: 'order.correct', orderId: 'SO-0003', code: 'over-credit-limit' })
		).toMatch(/release the hold with credit approval, or reject/);
		world = run(world, { type: 'order.release', orderId: 'SO-0003' });
		expect(order(world, 3).state.fulfilment).toBe('validated');
		expect(order(world, 3).escaped).toEqual(['over-credit-limit']);
	});

	it('flags a keyed extra zero as abnormal demand and restores what the customer meant', () => {
		const scenario = testScenario({
			scriptedOrders: [
				{
					day: 1,
					customer: 'SILVER',
					lines: [{ sku: 'PMP-1', qty: 10 }],
					requestedDay: 3,
					errors: ['keying-error']
				}
			]
		});
		let world = run(createWorld(scenario), { type: 'order.validate', orderId: 'SO-0001' });
		expect(order(world, 1).lines[0].qty).toBe(100);
		expect(order(world, 1).findings.map((f) => f.code)).toEqual(['abnormal-demand']);
		world = run(world, { type: 'order.correct', orderId: 'SO-0001', code: 'abnormal-demand' });
		expect(order(world, 1).lines[0].qty).toBe(10);
		expect(order(world, 1).state.fulfilment).toBe('validated');
	});
});

describe('promising', () => {
	it('promises from cumulative ATP, then adds transit for the delivery date', () => {
		let world = createWorld(testScenario());
		world = run(
			world,
			{ type: 'order.validate', orderId: 'SO-0001' },
			{ type: 'order.promise', orderId: 'SO-0001' }
		);
		// 40 on hand covers 30 today; Gold wants delivery day 3 with 1 day in transit: ship day 2.
		expect(order(world, 1).promise).toMatchObject({
			shipDay: 2,
			deliveryDay: 3,
			commitDeliveryDay: 3,
			earliestShipDay: 1,
			waitForRequestDays: 1,
			atRisk: false
		});
		world = run(
			world,
			{ type: 'order.validate', orderId: 'SO-0002' },
			{ type: 'order.correct', orderId: 'SO-0002', code: 'price-mismatch' },
			{ type: 'order.promise', orderId: 'SO-0002' }
		);
		// 40 - 30 promised leaves 10 until 60 arrive on day 4: 20 pumps can ship day 4 at the earliest.
		const promise = order(world, 2).promise!;
		expect(promise).toMatchObject({ shipDay: 4, deliveryDay: 5, earliestShipDay: 4 });
		expect(promise.explanation).toMatch(/ATP covers 20 of PMP-1 on day 4/);
		expect(world.nodes['DC-1'].committed['PMP-1'].slice(0, 5)).toEqual([0, 30, 0, 20, 0]);
	});

	it('keeps the original commit date when the desk re-promises later', () => {
		let world = run(
			createWorld(testScenario()),
			{ type: 'order.validate', orderId: 'SO-0001' },
			{ type: 'order.promise', orderId: 'SO-0001' },
			{ type: 'order.promise', orderId: 'SO-0001', shipDay: 6 }
		);
		expect(order(world, 1).promise).toMatchObject({
			shipDay: 6,
			deliveryDay: 7,
			commitDeliveryDay: 3
		});
		// The old reservation was released: nothing is left committed on day 2.
		expect(world.nodes['DC-1'].committed['PMP-1'][1]).toBe(0);
		// The first promise waited a day to meet the request; the desk's day 6 misses it, and
		// the explanation says whose choice that was.
		expect(
			order(world, 1)
				.timeline.map((t) => t.text)
				.join(' ')
		).toMatch(/Could ship day 1; ships day 2 to arrive when the customer asked\./);
		expect(order(world, 1).promise!.explanation).toMatch(
			/Could ship day 1; ships day 6, the day the desk chose: it arrives after day 3, the day the customer asked for\./
		);
		world = run(world, { type: 'order.promise', orderId: 'SO-0001', shipDay: 1 });
		expect(order(world, 1).promise?.atRisk).toBe(false);
	});

	it('marks a promise earlier than supply supports as at risk', () => {
		const world = run(
			createWorld(testScenario()),
			{ type: 'order.validate', orderId: 'SO-0001' },
			{ type: 'order.promise', orderId: 'SO-0001' },
			{ type: 'order.validate', orderId: 'SO-0002' },
			{ type: 'order.release', orderId: 'SO-0002' },
			{ type: 'order.promise', orderId: 'SO-0002', shipDay: 2 }
		);
		expect(order(world, 2).promise).toMatchObject({ shipDay: 2, earliestShipDay: 4, atRisk: true });
		expect(order(world, 2).promise?.explanation).toMatch(
			/before supply supports it \(day 4\): at risk/
		);
	});

	it('promises a make-to-order item through CTP when ATP falls short, reserving components and hours', () => {
		const scenario = testScenario({
			catalog: [
				{
					sku: 'MTO-1',
					description: 'Built pump',
					priceBreaks: [{ minQty: 1, price: 500 }],
					standardCost: 300,
					environment: 'make-to-order',
					components: [
						{ sku: 'MOTOR', qtyPer: 1 },
						{ sku: 'CASE', qtyPer: 2 }
					],
					hoursPerUnit: 2,
					leadTimeDays: 2
				}
			],
			components: [
				{ sku: 'MOTOR', description: 'Motor', standardCost: 100 },
				{ sku: 'CASE', description: 'Case half', standardCost: 20 }
			],
			nodes: [
				{
					id: 'DC-1',
					name: 'Plant',
					onHand: { 'MTO-1': 4, MOTOR: 5, CASE: 20 },
					receipts: [{ day: 2, sku: 'MOTOR', qty: 20 }],
					capacityHoursPerDay: 16,
					handlingDays: 0
				}
			],
			demand: { ordersPerDay: 0, items: { 'MTO-1': 1 }, lineQty: [1, 5] },
			scriptedOrders: [
				{ day: 1, customer: 'GOLD', lines: [{ sku: 'MTO-1', qty: 10 }], requestedDay: 2 }
			]
		});
		let world = run(
			createWorld(scenario),
			{ type: 'order.validate', orderId: 'SO-0001' },
			{ type: 'order.promise', orderId: 'SO-0001' }
		);
		// 4 from stock; 6 to make need 6 motors (5 today, 25 from day 2), 12 case halves and 12 of
		// day 2's 16 hours: the lot starts day 2 and is ready after 2 days' lead time, on day 4.
		const promise = order(world, 1).promise!;
		expect(promise).toMatchObject({ shipDay: 4, deliveryDay: 5, earliestShipDay: 4 });
		expect(promise.explanation).toMatch(
			/CTP: 4 from ATP and a lot of 6 MTO-1 started day 2, ready day 4/
		);
		const node = world.nodes['DC-1'];
		expect(node.lots).toEqual([
			{ id: 'LOT-1', sku: 'MTO-1', qty: 6, startDay: 2, readyDay: 4, started: false }
		]);
		expect(node.committed.MOTOR[1]).toBe(6);
		expect(node.committed.CASE[1]).toBe(12);
		expect(node.hoursReserved[1]).toBe(12);

		world = run(world, { type: 'day.advance' }, { type: 'day.advance' });
		expect(world.nodes['DC-1'].stock.MOTOR.onHand).toBe(19);
		world = run(world, { type: 'day.advance' });
		expect(world.day).toBe(4);
		expect(world.nodes['DC-1'].stock['MTO-1'].onHand).toBe(10);
		world = run(
			world,
			{ type: 'order.allocate', orderId: 'SO-0001' },
			{ type: 'order.ship', orderId: 'SO-0001' },
			{ type: 'day.advance' }
		);
		expect(order(world, 1).state.fulfilment).toBe('shipped.complete');
	});
});

describe('allocation, partial shipments and backorders', () => {
	function promised() {
		return run(
			createWorld(testScenario()),
			{ type: 'order.validate', orderId: 'SO-0001' },
			{ type: 'order.promise', orderId: 'SO-0001', shipDay: 1 },
			{ type: 'order.validate', orderId: 'SO-0002' },
			{ type: 'order.correct', orderId: 'SO-0002', code: 'price-mismatch' },
			{ type: 'order.promise', orderId: 'SO-0002', shipDay: 1 }
		);
	}

	it('allocates free stock first come, first served and backorders the rest', () => {
		const world = run(
			promised(),
			{ type: 'order.allocate', orderId: 'SO-0001' },
			{ type: 'order.allocate', orderId: 'SO-0002' }
		);
		expect(order(world, 1).lines[0].allocated).toBe(30);
		expect(order(world, 2).lines.map((l) => l.allocated)).toEqual([10, 12]);
		expect(order(world, 2).backordered).toBe(true);
		expect(world.nodes['DC-1'].stock['PMP-1']).toEqual({ onHand: 40, allocated: 40 });
		expect(refuse(world, { type: 'order.allocate', orderId: 'SO-0002' })).toMatch(
			/No free stock of PMP-1: 40 on hand, 40 already allocated/
		);
	});

	it('rations scarce stock by customer tier with the priority rule', () => {
		const world = run(promised(), {
			type: 'allocation.run',
			sku: 'PMP-1',
			orderIds: ['SO-0002', 'SO-0001'],
			rule: 'pro-rata'
		});
		// 40 free for 20 + 30 wanted: pro-rata gives 16 and 24.
		expect(order(world, 2).lines[0].allocated).toBe(16);
		expect(order(world, 1).lines[0].allocated).toBe(24);
		const byTier = run(promised(), {
			type: 'allocation.run',
			sku: 'PMP-1',
			orderIds: ['SO-0002', 'SO-0001'],
			rule: 'priority'
		});
		expect(order(byTier, 1).lines[0].allocated).toBe(30);
		expect(order(byTier, 2).lines[0].allocated).toBe(10);
	});

	it('ships in part only when asked, then invoices and backorders the rest', () => {
		let world = run(
			promised(),
			{ type: 'order.allocate', orderId: 'SO-0001' },
			{ type: 'order.allocate', orderId: 'SO-0002' }
		);
		expect(refuse(world, { type: 'order.ship', orderId: 'SO-0002' })).toMatch(
			/ship it in part \(partial\) or allocate the rest/
		);
		world = run(
			world,
			{ type: 'order.ship', orderId: 'SO-0002', partial: true },
			{ type: 'order.ship', orderId: 'SO-0001' },
			{ type: 'day.advance' }
		);
		const partial = order(world, 2);
		expect(partial.state).toEqual({ fulfilment: 'shipped.partial', billing: 'invoiced' });
		expect(partial.lines.map((l) => [l.shipped, l.firstShipped])).toEqual([
			[10, 10],
			[12, 12]
		]);
		expect(partial.invoices[0].amount).toBe(10 * 100 + 12 * 10);
		expect(world.nodes['DC-1'].stock['PMP-1']).toEqual({ onHand: 0, allocated: 0 });
		// Day 4 brings 60 more: the backorder can be allocated and shipped complete.
		world = run(world, { type: 'day.advance' }, { type: 'day.advance' });
		world = run(
			world,
			{ type: 'order.allocate', orderId: 'SO-0002' },
			{ type: 'order.ship', orderId: 'SO-0002' },
			{ type: 'day.advance' }
		);
		expect(order(world, 2).state.fulfilment).toBe('shipped.complete');
		expect(order(world, 2).lines[0].firstShipped).toBe(10);
	});

	it('refuses a partial shipment to a customer that takes complete shipments only', () => {
		const scenario = testScenario({
			nodes: [{ id: 'DC-1', name: 'Test DC', onHand: { 'PMP-1': 10, 'BOX-6': 0 }, handlingDays: 0 }]
		});
		const world = run(
			createWorld(scenario),
			{ type: 'order.validate', orderId: 'SO-0001' },
			{ type: 'order.promise', orderId: 'SO-0001', shipDay: 1 },
			{ type: 'order.allocate', orderId: 'SO-0001' }
		);
		expect(refuse(world, { type: 'order.ship', orderId: 'SO-0001', partial: true })).toBe(
			'Gold Co takes complete shipments only: allocate the rest first.'
		);
	});
});

describe('customer changes and the demand time fence', () => {
	it('refuses a change inside the fence and accepts one outside it, resetting the commit date', () => {
		const scenario = testScenario({
			demand: { ordersPerDay: 0, items: { 'PMP-1': 1 }, lineQty: [1, 10], changeRate: 1 }
		});
		let world = run(
			createWorld(scenario),
			{ type: 'order.validate', orderId: 'SO-0001' },
			{ type: 'order.promise', orderId: 'SO-0001', shipDay: 3 },
			{ type: 'day.advance' }
		);
		expect(order(world, 1).changeRequest).not.toBeNull();
		// Day 2, ship day 3: one day away, inside the 2-day fence.
		expect(refuse(world, { type: 'order.change', orderId: 'SO-0001' })).toMatch(
			/inside the 2-day demand time fence/
		);

		const open = testScenario({
			demandTimeFenceDays: 0,
			demand: { ordersPerDay: 0, items: { 'PMP-1': 1 }, lineQty: [1, 10], changeRate: 1 }
		});
		world = run(
			createWorld(open),
			{ type: 'order.validate', orderId: 'SO-0001' },
			{ type: 'order.promise', orderId: 'SO-0001', shipDay: 3 },
			{ type: 'day.advance' },
			{ type: 'order.change', orderId: 'SO-0001' }
		);
		expect(order(world, 1).state.fulfilment).toBe('validated');
		expect(order(world, 1).promise).toBeNull();
		expect(world.nodes['DC-1'].committed['PMP-1'][2]).toBe(0);
	});
});

describe('refusals leave the world exactly as it was', () => {
	const world = createWorld(testScenario());

	it.each([
		[{ type: 'order.validate', orderId: 'SO-0099' }, 'There is no order SO-0099.'],
		[
			{ type: 'order.ship', orderId: 'SO-0001' },
			'SO-0001 is entered (not yet validated), so it cannot be released to ship now.'
		],
		[
			{ type: 'order.promise', orderId: 'SO-0001' },
			'SO-0001 is entered (not yet validated), so it cannot be promised now.'
		],
		[{ type: 'order.validate' }, 'Malformed command: orderId is required.'],
		[
			{ type: 'order.validate', orderId: 'SO-0001', extra: 1 },
			'Malformed command: unexpected field "extra".'
		],
		[{ type: 'order.teleport', orderId: 'SO-0001' }, 'Malformed command: unknown command type.'],
		[
			{ type: 'policy.set', policy: { promiseSafetyStock: false } },
			'This scenario does not let you change promiseSafetyStock.'
		],
		[
			{ type: 'allocation.run', sku: 'PMP-1', orderIds: ['SO-0001'] },
			'SO-0001 cannot be allocated in its current state (entered).'
		]
	])('%j', (command, message) => {
		const before = JSON.stringify(world);
		expect(refuse(world, command)).toBe(message);
		expect(JSON.stringify(world)).toBe(before);
	});

	it('refuses every decision once the scenario has ended', () => {
		let ended = world;
		while (!ended.ended) ended = run(ended, { type: 'day.advance' });
		expect(ended.day).toBe(8);
		expect(refuse(ended, { type: 'order.validate', orderId: 'SO-0001' })).toBe(
			'The scenario ended on day 8: no more decisions can be made.'
		);
	});
});

describe('a whole run', () => {
	it('records one KPI row a day and is the same, byte for byte, for the same seed and decisions', () => {
		const play = () => {
			let w = createWorld(
				testScenario({
					demand: {
						ordersPerDay: 3,
						items: { 'PMP-1': 2, 'BOX-6': 1 },
						lineQty: [1, 12],
						errorRate: 0.3
					}
				})
			);
			while (!w.ended) w = step(runAutopilot(w).world, { type: 'day.advance' }).world;
			return w;
		};
		const a = play();
		expect(a.kpis.map((k) => k.day)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		expect(JSON.stringify(a)).toBe(JSON.stringify(play()));
		const last = a.kpis.at(-1)!;
		for (const key of [
			'fillRateUnit',
			'fillRateLine',
			'fillRateOrder',
			'otif',
			'perfectOrderRate'
		] as const) {
			expect(last[key]).toBeGreaterThanOrEqual(0);
			expect(last[key]).toBeLessThanOrEqual(1);
		}
	});

	it('gives a different run for a different seed', () => {
		const scenario = testScenario({
			demand: {
				ordersPerDay: 3,
				items: { 'PMP-1': 2, 'BOX-6': 1 },
				lineQty: [1, 12],
				errorRate: 0.3
			}
		});
		expect(JSON.stringify(createWorld(scenario, 1).orders)).not.toBe(
			JSON.stringify(createWorld(scenario, 2).orders)
		);
	});
});
