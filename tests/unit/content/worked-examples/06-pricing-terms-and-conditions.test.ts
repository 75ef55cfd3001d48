import { describe, expect, it } from 'vitest';
import {
	amountDue,
	cashDiscountCost,
	cheapestQuantityAtLeast,
	priceForQuantity
} from '../../../../src/lib/sim/terms';

// Lesson 6, "Pricing, terms and conditions": every figure its worked example and self-check print.
// BV-200 ball valve: $48.00 for 1-99, $44.00 for 100-249, $41.00 from 250; terms 2/10 net 30.
const breaks = [
	{ fromQty: 1, unitPrice: 48 },
	{ fromQty: 100, unitPrice: 44 },
	{ fromQty: 250, unitPrice: 41 }
];
const terms = { discountRate: 0.02, discountDays: 10, netDays: 30 };
const pct = (x: number) => Math.round(x * 1000) / 10;

describe('lesson 6 worked example: price breaks and 2/10 net 30', () => {
	it('step 1: 240 units cost $10,560.00 all-units and $10,956.00 incremental ($45.65 average)', () => {
		const all = priceForQuantity(240, breaks, 'all-units');
		expect(all.total).toBe(10_560);
		expect(all.averageUnitPrice).toBe(44);
		const inc = priceForQuantity(240, breaks, 'incremental');
		expect(inc.brackets.map((b) => [b.units, b.unitPrice])).toEqual([
			[99, 48],
			[141, 44]
		]);
		expect(inc.total).toBe(10_956);
		expect(inc.averageUnitPrice).toBeCloseTo(45.65, 10);
	});

	it('step 2: rounding up to 250 saves $310.00 under all-units but costs more ($11,393.00) incrementally', () => {
		expect(priceForQuantity(250, breaks, 'all-units').total).toBe(10_250);
		expect(10_560 - priceForQuantity(250, breaks, 'all-units').total).toBe(310);
		expect(cheapestQuantityAtLeast(240, breaks, 'all-units')).toEqual({ qty: 250, total: 10_250 });
		expect(priceForQuantity(250, breaks, 'incremental').total).toBe(11_393);
		expect(cheapestQuantityAtLeast(240, breaks, 'incremental')).toEqual({
			qty: 240,
			total: 10_956
		});
	});

	it('step 3: the amount due on days 10, 18, 30 and 45 of a $10,250.00 invoice', () => {
		const day10 = amountDue(10_250, terms, 10);
		expect(day10.discountEarned).toBe(true);
		expect(day10.discount).toBeCloseTo(205, 10);
		expect(day10.amountDue).toBeCloseTo(10_045, 10);
		const day18 = amountDue(10_250, terms, 18);
		expect(day18).toMatchObject({ amountDue: 10_250, discountEarned: false, daysPastDue: 0 });
		// Paying the discounted amount on day 18 leaves an unearned-discount deduction of $205.00.
		expect(day18.amountDue - day10.amountDue).toBeCloseTo(205, 10);
		expect(amountDue(10_250, terms, 30)).toMatchObject({ amountDue: 10_250, daysPastDue: 0 });
		expect(amountDue(10_250, terms, 45)).toMatchObject({ amountDue: 10_250, daysPastDue: 15 });
	});

	it('step 4: skipping the discount costs 37.2 % simple, 44.6 % compounded, 36.7 % on 360 days, 21.3 % if paid on day 45', () => {
		expect(pct(cashDiscountCost(terms))).toBe(37.2);
		expect(pct(cashDiscountCost(terms, { method: 'compound' }))).toBe(44.6);
		expect(pct(cashDiscountCost(terms, { daysInYear: 360 }))).toBe(36.7);
		expect(pct(cashDiscountCost({ ...terms, netDays: 45 }))).toBe(21.3);
		// The printed shortcut: 1.0204 to the power 18.25, minus 1, also rounds to 44.6 %.
		expect(pct(Math.pow(1.0204, 365 / 20) - 1)).toBe(44.6);
	});
});

describe('lesson 6 self-check', () => {
	it('question 1: 120 units cost $5,280.00 all-units and $5,676.00 incremental ($47.30 average)', () => {
		expect(priceForQuantity(120, breaks, 'all-units').total).toBe(5_280);
		const inc = priceForQuantity(120, breaks, 'incremental');
		expect(inc.total).toBe(5_676);
		expect(inc.averageUnitPrice).toBeCloseTo(47.3, 10);
	});

	it('question 2: 1/10 net 30 costs 18.4 % a year by simple interest', () => {
		expect(pct(cashDiscountCost({ discountRate: 0.01, discountDays: 10, netDays: 30 }))).toBe(18.4);
	});
});
