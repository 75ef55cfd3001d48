// Disruptions a scenario scripts or an instructor plays, each with its effect and headline.
import { describe, expect, it } from 'vitest';
import {
	createWorld,
	delayDays,
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

const advance = (world: World) => run(world, { type: 'day.advance' });

function refuse(world: World, command: unknown): string {
	const result = step(world, command as Command);
	expect(result.world).toBe(world);
	const event = result.events[0];
	return event.type === 'command.rejected' ? event.message : '';
}

describe('disruptions', () => {
	it('maps severity to 1 to 5 days of delay', () => {
		expect([0.05, 0.2, 0.5, 0.6, 1].map(delayDays)).toEqual([1, 1, 3, 3, 5]);
	});

	it('announces itself with an event carrying the headline', () => {
		const result = step(createWorld(testScenario()), {
			type: 'disruption.inject',
			kind: 'demand-spike',
			severity: 0.5,
			days: 2
		});
		expect(result.events).toEqual([
			{
				type: 'disruption',
				day: 1,
				kind: 'demand-spike',
				headline: 'Demand spike: orders run 50 % above plan, days 1 to 2.'
			}
		]);
	});

	it('a demand spike raises the number of orders arriving while it lasts', () => {
		const scenario = testScenario({
			days: 12,
			scriptedOrders: [],
			demand: { ordersPerDay: 3, items: { 'PMP-1': 1 }, lineQty: [1, 5] }
		});
		const orders = (spike: boolean) => {
			let world = createWorld(scenario);
			if (spike)
				world = run(world, {
					type: 'disruption.inject',
					kind: 'demand-spike',
					severity: 1,
					days: 10
				});
			for (let d = 0; d < 10; d++) world = advance(world);
			return world.orders.size;
		};
		// Twice the rate over nine more days of arrivals: 27 more orders.
		expect(orders(true) - orders(false)).toBe(27);
	});

	it('a data-quality incident plants errors on many more incoming orders', () => {
		const scenario = testScenario({
			days: 12,
			scriptedOrders: [],
			demand: { ordersPerDay: 4, items: { 'PMP-1': 1 }, lineQty: [1, 5], errorRate: 0.05 }
		});
		const errors = (incident: boolean) => {
			let world = createWorld(scenario);
			if (incident)
				world = run(world, {
					type: 'disruption.inject',
					kind: 'data-quality',
					severity: 1,
					days: 10
				});
			for (let d = 0; d < 10; d++) world = advance(world);
			return vecToArray(world.orders).filter((o) => o.intended.errors.length > 0).length;
		};
		expect(errors(true)).toBeGreaterThan(3 * errors(false));
	});

	it('a supplier delay moves the receipts due in its window', () => {
		const world = run(createWorld(testScenario()), {
			type: 'disruption.inject',
			kind: 'supplier-delay',
			sku: 'PMP-1',
			severity: 0.4,
			days: 5
		});
		expect(world.receipts[0]).toMatchObject({ plannedDay: 4, day: 6 });
		expect(world.exceptions[0]).toMatchObject({ kind: 'late-supplier-receipt', sku: 'PMP-1' });
		expect(world.disruptions[0].headline).toBe(
			'Supplier delay: PMP-1 receipts due days 1 to 5 arrive 2 day(s) late.'
		);
	});

	it('a credit downgrade cuts the limit that validation checks', () => {
		let world = run(createWorld(testScenario()), {
			type: 'disruption.inject',
			kind: 'credit-downgrade',
			customerId: 'SILVER',
			severity: 0.99
		});
		expect(world.creditLimits).toEqual({ SILVER: 500 });
		world = run(world, { type: 'order.validate', orderId: 'SO-0002' });
		const order = vecGet(world.orders, 1)!;
		expect(order.findings.map((f) => f.code)).toContain('over-credit-limit');
		expect(order.findings.find((f) => f.code === 'over-credit-limit')!.message).toMatch(
			/over the credit limit of 500.00/
		);
	});

	it('a capacity loss pushes a make-to-order promise out (CTP sees fewer spare hours)', () => {
		const scenario = testScenario({
			catalog: [
				{
					sku: 'MTO-1',
					description: 'Valve built to order',
					priceBreaks: [{ minQty: 1, price: 500 }],
					standardCost: 300,
					environment: 'make-to-order',
					hoursPerUnit: 1,
					leadTimeDays: 1
				}
			],
			nodes: [{ id: 'DC-1', name: 'Plant', onHand: {}, capacityHoursPerDay: 10, handlingDays: 0 }],
			scriptedOrders: [
				{ day: 1, customer: 'GOLD', lines: [{ sku: 'MTO-1', qty: 10 }], requestedDay: 1 }
			],
			demand: { ordersPerDay: 0, items: { 'MTO-1': 1 }, lineQty: [1, 5] }
		});
		const promised = (loss: boolean) => {
			let world = createWorld(scenario);
			if (loss)
				world = run(world, {
					type: 'disruption.inject',
					kind: 'capacity-loss',
					severity: 0.5,
					days: 3
				});
			world = run(
				world,
				{ type: 'order.validate', orderId: 'SO-0001' },
				{ type: 'order.promise', orderId: 'SO-0001' }
			);
			return vecGet(world.orders, 0)!.promise!.shipDay;
		};
		// Ten hours are needed in one day; with half the plant's 10 hours lost on days 1 to 3,
		// the lot can only start on day 4.
		expect(promised(true) - promised(false)).toBe(3);
	});

	it('refuses a disruption it cannot play', () => {
		const world = createWorld(testScenario());
		expect(
			refuse(world, { type: 'disruption.inject', kind: 'supplier-delay', sku: 'NOPE-1' })
		).toBe('There is no item NOPE-1 in this scenario.');
		expect(refuse(world, { type: 'disruption.inject', kind: 'meteor' })).toMatch(
			/kind must be one of/
		);
		expect(refuse(world, { type: 'disruption.inject', kind: 'demand-spike', severity: 3 })).toMatch(
			/severity must be at most 1/
		);
	});

	it('plays the scenario’s scripted disruptions on their day', () => {
		let world = createWorld(
			testScenario({
				disruptions: [{ day: 2, kind: 'credit-downgrade', customer: 'TIGHT', severity: 0.5 }]
			})
		);
		expect(world.disruptions).toEqual([]);
		world = advance(world);
		expect(world.disruptions.map((d) => d.headline)).toEqual([
			"Credit downgrade: Tight Co's credit limit is cut by 50 %."
		]);
		expect(world.creditLimits.TIGHT).toBe(500);
	});
});
