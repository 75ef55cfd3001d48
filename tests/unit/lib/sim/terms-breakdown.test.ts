import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cashDiscountCost, priceForQuantity } from '../../../../src/lib/sim/terms';
import { discountCostBreakdown, roundUpComparison } from '../../../../src/lib/sim/terms-breakdown';

// Lesson 6's BV-200 ball valve: $48.00 for 1-99, $44.00 for 100-249, $41.00 from 250.
const BV200 = [
	{ fromQty: 1, unitPrice: 48 },
	{ fromQty: 100, unitPrice: 44 },
	{ fromQty: 250, unitPrice: 41 }
];
const TWO_TEN_NET_30 = { discountRate: 0.02, discountDays: 10, netDays: 30 };
const pct = (x: number) => Math.round(x * 1000) / 10;

describe('roundUpComparison', () => {
	it('all-units: 240 units cost $310.00 more than 250, so rounding up to the break saves $310.00', () => {
		const r = roundUpComparison(240, BV200, 'all-units');
		expect(r.ordered.total).toBe(10_560);
		expect(r.nextBreak?.qty).toBe(250);
		expect(r.nextBreak?.total).toBe(10_250);
		expect(r.nextBreakDifference).toBe(-310);
		expect(r.cheapest).toEqual({ qty: 250, total: 10_250 });
		expect(r.saving).toBe(310);
	});

	it('incremental: 250 units cost $437.00 more than 240, and nothing cheaper exists', () => {
		const r = roundUpComparison(240, BV200, 'incremental');
		expect(r.ordered.total).toBe(10_956);
		expect(r.nextBreak?.total).toBe(11_393);
		expect(r.nextBreakDifference).toBe(437);
		expect(r.cheapest).toEqual({ qty: 240, total: 10_956 });
		expect(r.saving).toBe(0);
	});

	it('has no next break in the last bracket', () => {
		const r = roundUpComparison(300, BV200, 'all-units');
		expect(r.nextBreak).toBeNull();
		expect(r.nextBreakDifference).toBeNull();
		expect(r.saving).toBe(0);
	});

	it('rejects what priceForQuantity rejects', () => {
		expect(() => roundUpComparison(0, BV200, 'all-units')).toThrow(RangeError);
		expect(() => roundUpComparison(10, [{ fromQty: 5, unitPrice: 1 }], 'all-units')).toThrow(
			RangeError
		);
	});

	it('never reports a negative saving, and the cheapest total never exceeds the ordered total', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 600 }),
				fc.constantFrom('all-units' as const, 'incremental' as const),
				(qty, method) => {
					const r = roundUpComparison(qty, BV200, method);
					expect(r.saving).toBeGreaterThanOrEqual(0);
					expect(r.cheapest.total).toBeLessThanOrEqual(r.ordered.total);
					expect(r.ordered.total).toBe(priceForQuantity(qty, BV200, method).total);
				}
			)
		);
	});
});

describe('discountCostBreakdown', () => {
	it('2/10 net 30 (lesson 6, step 4): 0.02 / 0.98 per 20 days, 18.25 periods, 37.2 % simple, 44.6 % compounded', () => {
		const b = discountCostBreakdown(TWO_TEN_NET_30);
		expect(b.periodRate).toBeCloseTo(0.020408, 6);
		expect(b.daysGained).toBe(20);
		expect(b.periodsPerYear).toBe(18.25);
		expect(pct(b.simple)).toBe(37.2);
		expect(pct(b.compound)).toBe(44.6);
		expect(b.simple).toBe(cashDiscountCost(TWO_TEN_NET_30));
		expect(b.atPaymentDay).toBeNull();
	});

	it('a 360-day year gives 36.7 % (the texts that use it)', () => {
		expect(pct(discountCostBreakdown(TWO_TEN_NET_30, { daysInYear: 360 }).simple)).toBe(36.7);
	});

	it('paying on day 45 counts 35 days gained: 21.3 % simple (lesson 6, step 4)', () => {
		const b = discountCostBreakdown(TWO_TEN_NET_30, { paymentDay: 45 });
		expect(b.atPaymentDay).toMatchObject({ paymentDay: 45, daysGained: 35 });
		expect(pct(b.atPaymentDay!.simple)).toBe(21.3);
	});

	it('paying on day 18 without the discount is dearer still: 8 days gained, 93.1 % simple', () => {
		const b = discountCostBreakdown(TWO_TEN_NET_30, { paymentDay: 18 });
		expect(b.atPaymentDay?.daysGained).toBe(8);
		expect(pct(b.atPaymentDay!.simple)).toBe(93.1);
	});

	it('has no payment-day figure when the discount is earned or the buyer pays on the net day', () => {
		expect(discountCostBreakdown(TWO_TEN_NET_30, { paymentDay: 10 }).atPaymentDay).toBeNull();
		expect(discountCostBreakdown(TWO_TEN_NET_30, { paymentDay: 30 }).atPaymentDay).toBeNull();
	});

	it('rejects impossible terms, years and payment days', () => {
		expect(() => discountCostBreakdown({ ...TWO_TEN_NET_30, netDays: 10 })).toThrow(RangeError);
		expect(() => discountCostBreakdown({ ...TWO_TEN_NET_30, discountRate: 1 })).toThrow(RangeError);
		expect(() => discountCostBreakdown(TWO_TEN_NET_30, { daysInYear: 0 })).toThrow(RangeError);
		expect(() => discountCostBreakdown(TWO_TEN_NET_30, { paymentDay: -1 })).toThrow(RangeError);
	});

	it('compounding always costs at least the simple rate when a year holds at least one period', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.001, max: 0.2, noNaN: true }),
				fc.integer({ min: 0, max: 60 }),
				fc.integer({ min: 1, max: 120 }),
				(d, D, gap) => {
					const b = discountCostBreakdown({ discountRate: d, discountDays: D, netDays: D + gap });
					if (b.periodsPerYear >= 1) expect(b.compound).toBeGreaterThanOrEqual(b.simple - 1e-12);
				}
			)
		);
	});
});
