import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	backorderRate,
	nearestRankPercentile,
	orderFulfillmentCycleTime
} from '../../../../src/lib/sim/fulfillment-metrics';

describe('nearestRankPercentile', () => {
	it('reproduces Wikipedia’s nearest-rank examples for 15, 20, 35, 40, 50', () => {
		// Wikipedia, "Percentile", section "The nearest-rank method", first worked example.
		const list = [15, 20, 35, 40, 50];
		expect([0.05, 0.3, 0.4, 0.5, 1].map((p) => nearestRankPercentile(list, p))).toEqual([
			15, 20, 20, 35, 50
		]);
	});

	it('reproduces Wikipedia’s second example for 3, 6, 7, 8, 8, 10, 13, 15, 16, 20', () => {
		const list = [20, 3, 16, 6, 15, 7, 13, 8, 10, 8];
		expect([0.25, 0.5, 0.75, 1].map((p) => nearestRankPercentile(list, p))).toEqual([7, 8, 15, 20]);
	});

	it('keeps a floating-point product on its intended rank', () => {
		// 0.55 x 100 is 55.00000000000001 in floating point; the rank is still 55.
		const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
		expect(nearestRankPercentile(hundred, 0.55)).toBe(55);
		expect(nearestRankPercentile(hundred, 0.9)).toBe(90);
	});

	it('refuses an empty list and a p outside (0, 1]', () => {
		expect(() => nearestRankPercentile([], 0.9)).toThrow(RangeError);
		expect(() => nearestRankPercentile([1, 2], 0)).toThrow(RangeError);
		expect(() => nearestRankPercentile([1, 2], 1.5)).toThrow(RangeError);
		expect(() => nearestRankPercentile([1, Number.NaN], 0.5)).toThrow(RangeError);
	});

	it('always returns a member of the list with at least p of the values at or below it', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 50 }),
				fc.integer({ min: 1, max: 100 }),
				(values, pct) => {
					const p = pct / 100;
					const q = nearestRankPercentile(values, p);
					expect(values).toContain(q);
					expect(values.filter((v) => v <= q).length).toBeGreaterThanOrEqual(
						p * values.length - 1e-9
					);
					expect(values.filter((v) => v < q).length).toBeLessThan(p * values.length + 1e-9);
				}
			)
		);
	});
});

describe('orderFulfillmentCycleTime: SCOR RS.1.1 mean, with the 90th percentile', () => {
	it('separates the dwell of a future-dated order as SCOR’s discussion of RS.1.1 does', () => {
		// SCOR 12.0, Order Fulfillment Cycle Time, discussion: an order that needs six days of
		// work but is placed three months ahead has a gross cycle time of 96 days; the 90 days
		// of dwell do not make the supply chain less responsive.
		const r = orderFulfillmentCycleTime([
			{ receivedDay: 0, deliveredDay: 96, waitForRequestDays: 90 }
		]);
		expect(r.mean).toBe(96);
		expect(r.meanWaitForRequest).toBe(90);
		expect(r.meanExcludingWait).toBe(6);
	});

	it('shows a tail the mean hides', () => {
		const days = [3, 4, 4, 4, 4, 4, 4, 4, 6, 11];
		const r = orderFulfillmentCycleTime(days.map((d) => ({ receivedDay: 1, deliveredDay: 1 + d })));
		expect(r.orders).toBe(10);
		expect(r.mean).toBeCloseTo(4.8, 10);
		expect(r.p90).toBe(6);
		expect(r.max).toBe(11);
		expect(r.meanWaitForRequest).toBe(0);
	});

	it('counts a same-day delivery as zero days', () => {
		expect(orderFulfillmentCycleTime([{ receivedDay: 5, deliveredDay: 5 }]).mean).toBe(0);
	});

	it('refuses impossible orders', () => {
		expect(() => orderFulfillmentCycleTime([])).toThrow(RangeError);
		expect(() => orderFulfillmentCycleTime([{ receivedDay: 5, deliveredDay: 4 }])).toThrow(
			/before it was received/
		);
		expect(() =>
			orderFulfillmentCycleTime([{ receivedDay: 0, deliveredDay: 4, waitForRequestDays: 5 }])
		).toThrow(RangeError);
		expect(() =>
			orderFulfillmentCycleTime([{ receivedDay: 0, deliveredDay: 4, waitForRequestDays: -1 }])
		).toThrow(RangeError);
		expect(() =>
			orderFulfillmentCycleTime([{ receivedDay: 0, deliveredDay: Number.POSITIVE_INFINITY }])
		).toThrow(RangeError);
	});

	it('keeps the mean and the 90th percentile between the shortest and the longest order', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						receivedDay: fc.integer({ min: 0, max: 30 }),
						span: fc.integer({ min: 0, max: 40 })
					}),
					{ minLength: 1, maxLength: 40 }
				),
				(rows) => {
					const r = orderFulfillmentCycleTime(
						rows.map((x) => ({ receivedDay: x.receivedDay, deliveredDay: x.receivedDay + x.span }))
					);
					const spans = rows.map((x) => x.span);
					expect(r.mean).toBeGreaterThanOrEqual(Math.min(...spans) - 1e-9);
					expect(r.mean).toBeLessThanOrEqual(r.max + 1e-9);
					expect(r.p90).toBeGreaterThanOrEqual(Math.min(...spans));
					expect(r.p90).toBeLessThanOrEqual(r.max);
				}
			)
		);
	});
});

describe('backorderRate: by orders, lines and units', () => {
	it('separates a backorder from a lost sale', () => {
		// The Dictionary's backorder is an unfilled order the customer still waits for; a
		// balance the customer cancels is a lost sale and is not counted.
		const r = backorderRate([
			{ orderId: 'A', ordered: 80, shipped: 75, backordered: 5 },
			{ orderId: 'A', ordered: 20, shipped: 20, backordered: 0 },
			{ orderId: 'B', ordered: 10, shipped: 6, backordered: 0 }
		]);
		expect(r.order).toBe(0.5);
		expect(r.line).toBeCloseTo(1 / 3, 10);
		expect(r.unit).toBeCloseTo(5 / 110, 10);
	});

	it('is zero when every line shipped complete', () => {
		expect(backorderRate([{ orderId: 'A', ordered: 4, shipped: 4, backordered: 0 }])).toEqual({
			order: 0,
			line: 0,
			unit: 0
		});
	});

	it('refuses impossible lines', () => {
		expect(() => backorderRate([])).toThrow(RangeError);
		expect(() => backorderRate([{ orderId: 'A', ordered: 0, shipped: 0, backordered: 0 }])).toThrow(
			RangeError
		);
		expect(() =>
			backorderRate([{ orderId: 'A', ordered: 10, shipped: 8, backordered: 3 }])
		).toThrow(/cannot exceed/);
		expect(() =>
			backorderRate([{ orderId: 'A', ordered: 10, shipped: -1, backordered: 0 }])
		).toThrow(RangeError);
	});

	it('keeps every rate within [0, 1]', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc
						.record({
							orderId: fc.constantFrom('A', 'B', 'C'),
							ordered: fc.integer({ min: 1, max: 100 }),
							shippedShare: fc.double({ min: 0, max: 1, noNaN: true }),
							boShare: fc.double({ min: 0, max: 1, noNaN: true })
						})
						.map((x) => {
							const shipped = Math.floor(x.ordered * x.shippedShare);
							return {
								orderId: x.orderId,
								ordered: x.ordered,
								shipped,
								backordered: Math.floor((x.ordered - shipped) * x.boShare)
							};
						}),
					{ minLength: 1, maxLength: 30 }
				),
				(lines) => {
					const r = backorderRate(lines);
					for (const v of [r.order, r.line, r.unit]) {
						expect(v).toBeGreaterThanOrEqual(0);
						expect(v).toBeLessThanOrEqual(1);
					}
				}
			)
		);
	});
});
