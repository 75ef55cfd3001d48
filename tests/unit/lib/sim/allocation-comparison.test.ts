import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, fairShareByDaysOfSupply, fillRates } from '../../../../src/lib/sim';
import {
	allocateByPriorityThenOrderDate,
	compareAllocationRules,
	daysOfSupply,
	fairSharePlan,
	proRataToRequests
} from '../../../../src/lib/sim/allocation-comparison';

// Lesson 8 ("Order prioritization and allocation") worked example: 100 control valves against
// four single-line orders in arrival order, tiers 2, 1, 3 and 2.
const orders = [
	{ id: 'O-1', qty: 40, priority: 2 },
	{ id: 'O-2', qty: 30, priority: 1 },
	{ id: 'O-3', qty: 50, priority: 3 },
	{ id: 'O-4', qty: 40, priority: 2 }
];

describe('compareAllocationRules', () => {
	it('reproduces the lesson 8 table: who gets what under each rule, and each fill rate', () => {
		const c = compareAllocationRules(100, orders);
		expect(c.totalDemand).toBe(160);
		expect(c.shortage).toBe(60);
		expect(c.byRule.fcfs.allocation).toEqual([40, 30, 30, 0]);
		expect(c.byRule.fcfs.fillRate).toEqual([1, 1, 0.6, 0]);
		expect(c.byRule.fcfs.ordersComplete).toBe(2);
		expect(c.byRule['pro-rata'].allocation).toEqual([25, 19, 31, 25]);
		expect(c.byRule['pro-rata'].fillRate[1]).toBeCloseTo(0.633, 3);
		expect(c.byRule['pro-rata'].ordersComplete).toBe(0);
		expect(c.byRule.priority.allocation).toEqual([35, 30, 0, 35]);
		expect(c.byRule.priority.ordersComplete).toBe(1);
		// "Serving tier 2 by order date would give O-1 40 and O-4 30 instead."
		expect(c.byRule['priority-by-order-date'].allocation).toEqual([40, 30, 0, 30]);
		// The same 100 units ship under every rule: unit fill rate 62.5 % each time.
		for (const outcome of Object.values(c.byRule)) {
			expect(outcome.unitsAllocated).toBe(100);
			expect(outcome.fillRates.unit).toBe(0.625);
		}
		expect(c.byRule.fcfs.fillRates).toEqual({ unit: 0.625, line: 0.5, order: 0.5 });
		expect(c.byRule['pro-rata'].fillRates).toEqual({ unit: 0.625, line: 0, order: 0 });
	});

	it('agrees with allocate and fillRates for any supply and orders', () => {
		fc.assert(
			fc.property(
				fc.nat(300),
				fc.array(
					fc.record({
						qty: fc.integer({ min: 1, max: 80 }),
						priority: fc.integer({ min: 1, max: 3 })
					}),
					{
						minLength: 1,
						maxLength: 6
					}
				),
				(available, raw) => {
					const demands = raw.map((d, i) => ({ id: `D${i}`, ...d }));
					const c = compareAllocationRules(available, demands);
					for (const rule of ['fcfs', 'pro-rata', 'priority'] as const) {
						expect(c.byRule[rule].allocation).toEqual(allocate(available, demands, rule));
					}
					for (const outcome of Object.values(c.byRule)) {
						const shipped = outcome.allocation.reduce((a, b) => a + b, 0);
						expect(shipped).toBe(Math.min(available, c.totalDemand));
						outcome.allocation.forEach((g, i) => expect(g).toBeLessThanOrEqual(demands[i].qty));
						expect(outcome.fillRates).toEqual(
							fillRates(
								demands.map((d, i) => ({
									orderId: `${i}`,
									ordered: d.qty,
									shipped: outcome.allocation[i]
								}))
							)
						);
					}
				}
			)
		);
	});

	it('refuses no orders, an order of 0 and a negative or fractional supply', () => {
		expect(() => compareAllocationRules(10, [])).toThrow(RangeError);
		expect(() => compareAllocationRules(10, [{ id: 'a', qty: 0 }])).toThrow(/at least 1/);
		expect(() => compareAllocationRules(-1, orders)).toThrow(RangeError);
		expect(() => compareAllocationRules(2.5, orders)).toThrow(RangeError);
	});
});

describe('allocateByPriorityThenOrderDate', () => {
	it('serves the top tier first, then each tier in arrival order; no tier means last', () => {
		expect(allocateByPriorityThenOrderDate(100, orders)).toEqual([40, 30, 0, 30]);
		expect(
			allocateByPriorityThenOrderDate(15, [
				{ id: 'a', qty: 10 },
				{ id: 'b', qty: 10, priority: 2 },
				{ id: 'c', qty: 10, priority: 2 }
			])
		).toEqual([0, 10, 5]);
		expect(() => allocateByPriorityThenOrderDate(5, [{ id: 'a', qty: 1, priority: NaN }])).toThrow(
			RangeError
		);
	});
});

describe('fairSharePlan', () => {
	// Lesson 8 worked example, step 4: 600 units for Atlanta, Dallas and Denver.
	const centers = [
		{ id: 'Atlanta', onHand: 200, dailyDemand: 40 },
		{ id: 'Dallas', onHand: 180, dailyDemand: 30 },
		{ id: 'Denver', onHand: 400, dailyDemand: 20 }
	];

	it('shows the first pass at 15.33 days with Denver at -93.3, then 14 days without Denver', () => {
		const plan = fairSharePlan(600, centers);
		expect(plan.passes).toHaveLength(2);
		expect(plan.passes[0]).toMatchObject({ fieldOnHand: 780, fieldDailyDemand: 90 });
		expect(plan.passes[0].daysOfSupply).toBeCloseTo(15.33, 2);
		expect(plan.passes[0].shares[2]).toBeCloseTo(-93.3, 1);
		expect(plan.passes[0].dropped).toEqual([2]);
		expect(plan.passes[1]).toEqual({
			fieldOnHand: 380,
			fieldDailyDemand: 70,
			daysOfSupply: 14,
			shares: [360, 240, null],
			dropped: []
		});
		expect(plan.daysOfSupply).toBe(14);
		expect(plan.rows.map((r) => [r.daysOfSupplyBefore, r.share, r.daysOfSupplyAfter])).toEqual([
			[5, 360, 14],
			[6, 240, 14],
			[20, 0, 20]
		]);
		expect(plan.rows.map((r) => r.aboveCommonDaysOfSupply)).toEqual([false, false, true]);
	});

	it('matches fairShareByDaysOfSupply for any network', () => {
		fc.assert(
			fc.property(
				fc.nat(1000),
				fc.array(fc.record({ onHand: fc.nat(500), dailyDemand: fc.integer({ min: 0, max: 60 }) }), {
					minLength: 1,
					maxLength: 5
				}),
				(available, raw) => {
					const locations = raw.map((l, i) => ({ id: `L${i}`, ...l }));
					fc.pre(locations.some((l) => l.dailyDemand > 0));
					const plan = fairSharePlan(available, locations);
					const engine = fairShareByDaysOfSupply(available, locations);
					expect(plan.daysOfSupply).toBe(engine.daysOfSupply);
					expect(plan.rows.map((r) => r.share)).toEqual(engine.allocation);
					expect(plan.passes.at(-1)!.daysOfSupply).toBeCloseTo(engine.daysOfSupply, 9);
				}
			)
		);
	});

	it('reports no days of supply for a location without demand, and refuses a network without any', () => {
		const plan = fairSharePlan(10, [
			{ id: 'A', onHand: 0, dailyDemand: 5 },
			{ id: 'B', onHand: 7, dailyDemand: 0 }
		]);
		expect(plan.rows[1]).toMatchObject({
			daysOfSupplyBefore: null,
			share: 0,
			daysOfSupplyAfter: null
		});
		expect(plan.rows[1].aboveCommonDaysOfSupply).toBe(false);
		expect(() => fairSharePlan(10, [{ id: 'A', onHand: 0, dailyDemand: 0 }])).toThrow(RangeError);
	});
});

describe('proRataToRequests and daysOfSupply', () => {
	it('sends Denver 75 of 600 when shared pro-rata to requests of 400, 300 and 100', () => {
		const rows = proRataToRequests(
			600,
			[
				{ id: 'Atlanta', onHand: 200, dailyDemand: 40 },
				{ id: 'Dallas', onHand: 180, dailyDemand: 30 },
				{ id: 'Denver', onHand: 400, dailyDemand: 20 }
			],
			[400, 300, 100]
		);
		expect(rows.map((r) => [r.share, r.daysOfSupplyAfter])).toEqual([
			[300, 12.5],
			[225, 13.5],
			[75, 23.75]
		]);
		expect(() => proRataToRequests(600, [{ id: 'A', onHand: 0, dailyDemand: 1 }], [])).toThrow(
			RangeError
		);
	});

	it('divides on hand by daily demand, null without demand', () => {
		expect(daysOfSupply(200, 40)).toBe(5);
		expect(daysOfSupply(5, 0)).toBeNull();
		expect(() => daysOfSupply(-1, 3)).toThrow(RangeError);
	});
});
