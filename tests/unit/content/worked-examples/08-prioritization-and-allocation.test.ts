import { describe, expect, it } from 'vitest';
import { allocate, fairShareByDaysOfSupply, fillRates } from '../../../../src/lib/sim/index';

// Lesson 8, "Order prioritization and allocation": every figure its worked example prints.
// 100 control valves against four orders, listed in the order they arrived.
const orders = [
	{ id: 'O-1 Delta Supply', qty: 40, priority: 2 },
	{ id: 'O-2 Riverside Water', qty: 30, priority: 1 },
	{ id: 'O-3 Kline Industrial', qty: 50, priority: 3 },
	{ id: 'O-4 Apex Process', qty: 40, priority: 2 }
];
const available = 100;

/** Fill rates of one shipment per order: each order is one line. */
const rates = (given: number[]) =>
	fillRates(orders.map((o, i) => ({ orderId: o.id, ordered: o.qty, shipped: given[i] })));
const perCustomer = (given: number[]) => given.map((g, i) => g / orders[i].qty);

describe('lesson 8 worked example: 100 units against four orders', () => {
	it('first come, first served fills in arrival order: 40, 30, 30, 0', () => {
		const given = allocate(available, orders, 'fcfs');
		expect(given).toEqual([40, 30, 30, 0]);
		expect(perCustomer(given)).toEqual([1, 1, 0.6, 0]);
		expect(rates(given)).toEqual({ unit: 0.625, line: 0.5, order: 0.5 });
	});

	it('pro-rata gives 62.5 % of each order, floored, with the last unit to the largest remainder', () => {
		// Exact shares: 25, 18.75, 31.25, 25. Floors 25, 18, 31, 25 = 99; the one unit left
		// goes to O-2, whose remainder (0.75) is the largest.
		const exact = orders.map((o) => (available * o.qty) / 160);
		expect(exact).toEqual([25, 18.75, 31.25, 25]);
		expect(exact.reduce((sum, share) => sum + Math.floor(share), 0)).toBe(99);
		const given = allocate(available, orders, 'pro-rata');
		expect(given).toEqual([25, 19, 31, 25]);
		const shares = perCustomer(given);
		expect(shares[0]).toBe(0.625);
		expect(shares[1]).toBeCloseTo(0.633, 3);
		expect(shares[2]).toBe(0.62);
		expect(shares[3]).toBe(0.625);
		expect(rates(given)).toEqual({ unit: 0.625, line: 0, order: 0 });
	});

	it('priority serves tier 1 in full, shares the 70 left pro-rata in tier 2, and tier 3 gets nothing', () => {
		const given = allocate(available, orders, 'priority');
		expect(given).toEqual([35, 30, 0, 35]);
		expect(perCustomer(given)).toEqual([0.875, 1, 0, 0.875]);
		expect(rates(given)).toEqual({ unit: 0.625, line: 0.25, order: 0.25 });
	});

	it('a rule that serves tier 2 by order date instead would give O-1 40 and O-4 30', () => {
		expect(allocate(70, [orders[0], orders[3]], 'fcfs')).toEqual([40, 30]);
	});
});

describe('lesson 8 worked example: DRP fair share across three distribution centers', () => {
	const centers = [
		{ id: 'Atlanta', onHand: 200, dailyDemand: 40 },
		{ id: 'Dallas', onHand: 180, dailyDemand: 30 },
		{ id: 'Denver', onHand: 400, dailyDemand: 20 }
	];

	it('starts from 5, 6 and 20 days of supply', () => {
		expect(centers.map((c) => c.onHand / c.dailyDemand)).toEqual([5, 6, 20]);
	});

	it('a first pass over all three gives 15.33 days, and Denver a negative share of -93.3', () => {
		// The whole network pooled as one location: (600 + 780) / 90.
		const pooled = fairShareByDaysOfSupply(600, [{ id: 'network', onHand: 780, dailyDemand: 90 }]);
		expect(pooled.daysOfSupply).toBeCloseTo(15.33, 2);
		expect(pooled.daysOfSupply * 20 - 400).toBeCloseTo(-93.3, 1);
	});

	it('Denver gets 0 and the rest is recomputed: 14 days, 360 to Atlanta, 240 to Dallas', () => {
		const result = fairShareByDaysOfSupply(600, centers);
		expect(result.daysOfSupply).toBe(14);
		expect(result.allocation).toEqual([360, 240, 0]);
		const daysAfter = centers.map((c, j) => (c.onHand + result.allocation[j]) / c.dailyDemand);
		expect(daysAfter).toEqual([14, 14, 20]);
	});

	it('pro-rata to the centers’ requests of 400, 300 and 100 would send 75 to Denver instead', () => {
		const requests = [
			{ id: 'Atlanta', qty: 400 },
			{ id: 'Dallas', qty: 300 },
			{ id: 'Denver', qty: 100 }
		];
		const given = allocate(600, requests, 'pro-rata');
		expect(given).toEqual([300, 225, 75]);
		const daysAfter = centers.map((c, j) => (c.onHand + given[j]) / c.dailyDemand);
		expect(daysAfter).toEqual([12.5, 13.5, 23.75]);
	});
});
