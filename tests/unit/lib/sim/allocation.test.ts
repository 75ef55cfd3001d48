import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, fairShareByDaysOfSupply } from '../../../../src/lib/sim';

describe('fair-share allocation by days of supply (DRP)', () => {
	it('reproduces Bowersox’s three distribution centres (as published by bms.co.in)', () => {
		// 500 units to allocate; DCs hold 50, 100, 75 with daily demand 10, 50, 15.
		// DS = (500 + 225) / 75 = 9.67 days; DC1 gets (9.67 - 5) x 10 = 46.7, published as 47.
		const result = fairShareByDaysOfSupply(500, [
			{ id: 'DC1', onHand: 50, dailyDemand: 10 },
			{ id: 'DC2', onHand: 100, dailyDemand: 50 },
			{ id: 'DC3', onHand: 75, dailyDemand: 15 }
		]);
		expect(result.daysOfSupply).toBeCloseTo(9.667, 3);
		// 46.67, 383.33 and 70 rounded by largest remainder: 47, 383, 70 (sum 500).
		expect(result.allocation).toEqual([47, 383, 70]);
	});

	it('gives nothing to a location already above the common days of supply and recomputes', () => {
		// Without exclusion DS = (60 + 300 + 0) / 20 = 18, and B (300 on hand, 10/day = 30 days)
		// would need -120. Excluding B: DS = 60 / 10 = 6, so A gets 60.
		const result = fairShareByDaysOfSupply(60, [
			{ id: 'A', onHand: 0, dailyDemand: 10 },
			{ id: 'B', onHand: 300, dailyDemand: 10 }
		]);
		expect(result).toEqual({ daysOfSupply: 6, allocation: [60, 0] });
	});

	it('refuses a network with no demand or no locations', () => {
		expect(() => fairShareByDaysOfSupply(10, [])).toThrow(/at least one location/);
		expect(() => fairShareByDaysOfSupply(10, [{ id: 'A', onHand: 1, dailyDemand: 0 }])).toThrow(
			/daily demand above 0/
		);
	});
});

describe('allocation rules', () => {
	const orders = [
		{ id: 'north', qty: 100, priority: 2 },
		{ id: 'south', qty: 250, priority: 1 },
		{ id: 'west', qty: 150, priority: 2 }
	];

	it('shares pro-rata as in the fair-share allocation definition: 80 % available, 80 % of each order', () => {
		// Chemwatch glossary, "Fair Share Allocation": when availability is 80 % of what is required,
		// each order may receive 80 % of its quantity. 400 of 500 units: 80, 200, 120.
		expect(allocate(400, orders, 'pro-rata')).toEqual([80, 200, 120]);
	});

	it('serves in arrival order under first come, first served', () => {
		expect(allocate(400, orders, 'fcfs')).toEqual([100, 250, 50]);
	});

	it('serves the top tier in full, then shares the rest pro-rata within the next tier', () => {
		// Tier 1 (south) takes 250; 150 left for north and west (100 + 150 = 250): 60 and 90.
		expect(allocate(400, orders, 'priority')).toEqual([60, 250, 90]);
	});

	it('hands leftover units to the largest fractional share, ties to the earlier demand', () => {
		// 10 units over three demands of 5: shares of 3.33 each, floors 3, 3, 3, and the one unit
		// left goes to the first demand (the remainders are equal).
		expect(
			allocate(
				10,
				[
					{ id: 'a', qty: 5 },
					{ id: 'b', qty: 5 },
					{ id: 'c', qty: 5 }
				],
				'pro-rata'
			)
		).toEqual([4, 3, 3]);
		// 7 over 2 and 5: 2 and 5 exactly when there is enough for everyone.
		expect(
			allocate(
				7,
				[
					{ id: 'a', qty: 2 },
					{ id: 'b', qty: 5 }
				],
				'pro-rata'
			)
		).toEqual([2, 5]);
	});

	it('puts demands without a priority after every numbered tier', () => {
		expect(
			allocate(
				5,
				[
					{ id: 'walk-in', qty: 5 },
					{ id: 'contract', qty: 4, priority: 3 }
				],
				'priority'
			)
		).toEqual([1, 4]);
	});

	it('refuses fractional or negative quantities', () => {
		expect(() => allocate(2.5, orders, 'fcfs')).toThrow(/available must be a whole number/);
		expect(() => allocate(5, [{ id: 'x', qty: -1 }], 'fcfs')).toThrow(/must not be negative/);
	});
});

const demands = fc.array(
	fc.record({
		id: fc.string(),
		qty: fc.integer({ min: 0, max: 500 }),
		priority: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined })
	}),
	{ maxLength: 12 }
);

describe('allocation properties', () => {
	it('never exceeds supply or any demand, and hands out min(supply, total demand)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 3000 }),
				demands,
				fc.constantFrom('fcfs' as const, 'pro-rata' as const, 'priority' as const),
				(available, list, rule) => {
					const result = allocate(available, list, rule);
					const total = list.reduce((a, d) => a + d.qty, 0);
					expect(result.reduce((a, b) => a + b, 0)).toBe(Math.min(available, total));
					result.forEach((given, i) => {
						expect(Number.isInteger(given)).toBe(true);
						expect(given).toBeGreaterThanOrEqual(0);
						expect(given).toBeLessThanOrEqual(list[i].qty);
					});
				}
			)
		);
	});

	it('fair share hands out exactly what is available and equalises days of supply', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 5000 }),
				fc.array(
					fc.record({
						id: fc.string(),
						onHand: fc.integer({ min: 0, max: 400 }),
						dailyDemand: fc.integer({ min: 1, max: 60 })
					}),
					{ minLength: 1, maxLength: 8 }
				),
				(available, locations) => {
					const { daysOfSupply, allocation } = fairShareByDaysOfSupply(available, locations);
					expect(allocation.reduce((a, b) => a + b, 0)).toBe(available);
					allocation.forEach((units, j) => {
						expect(units).toBeGreaterThanOrEqual(0);
						const after = (locations[j].onHand + units) / locations[j].dailyDemand;
						// A supplied location ends within one day's demand of the common DS (rounding).
						if (units > 0) expect(Math.abs(after - daysOfSupply)).toBeLessThanOrEqual(1);
					});
				}
			)
		);
	});
});

describe('fair share at the edge of rounding', () => {
	it('keeps a location whose share is zero but for floating-point error', () => {
		// 49 / 44 x 44 - 49 is -7e-15 in floating point, not a negative share.
		expect(fairShareByDaysOfSupply(0, [{ id: 'L0', onHand: 49, dailyDemand: 44 }])).toEqual({
			daysOfSupply: 49 / 44,
			allocation: [0]
		});
	});
});
