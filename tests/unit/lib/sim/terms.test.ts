import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	amountDue,
	cashDiscountCost,
	cheapestQuantityAtLeast,
	priceForQuantity
} from '../../../../src/lib/sim/terms';

// Nahmias, Production and Operations Analysis (2009), quantity-discount example as reproduced in
// A. Gandomi's McMaster 4QA3 lecture notes (fall 2012): $1,400 a unit for 1-49, $1,100 for 50-89,
// $900 for 90 and over.
const NAHMIAS_ALL_UNITS = [
	{ fromQty: 1, unitPrice: 1400 },
	{ fromQty: 50, unitPrice: 1100 },
	{ fromQty: 90, unitPrice: 900 }
];
// The same example's incremental schedule treats quantity as continuous: the first 50 units at
// $1,400, the next 40 at $1,100, the rest at $900. In whole units the brackets start at 51 and 91.
const NAHMIAS_INCREMENTAL = [
	{ fromQty: 1, unitPrice: 1400 },
	{ fromQty: 51, unitPrice: 1100 },
	{ fromQty: 91, unitPrice: 900 }
];

describe('price breaks', () => {
	it('reproduces Nahmias’s all-units cost function at each side of the breaks', () => {
		// Published C(Q) values: $68,600 at 49, $55,000 at 50, $97,900 at 89, $81,000 at 90.
		const total = (q: number) => priceForQuantity(q, NAHMIAS_ALL_UNITS, 'all-units').total;
		expect(total(49)).toBe(68_600);
		expect(total(50)).toBe(55_000);
		expect(total(89)).toBe(97_900);
		expect(total(90)).toBe(81_000);
		expect(priceForQuantity(89, NAHMIAS_ALL_UNITS, 'all-units').brackets).toEqual([
			{ fromQty: 1, toQty: 89, units: 89, unitPrice: 1100, amount: 97_900 }
		]);
	});

	it('reproduces Nahmias’s incremental cost function: 15,000 + 1,100Q, then 33,000 + 900Q', () => {
		const total = (q: number) => priceForQuantity(q, NAHMIAS_INCREMENTAL, 'incremental').total;
		expect(total(50)).toBe(70_000);
		expect(total(90)).toBe(114_000);
		for (const q of [51, 70, 89]) expect(total(q)).toBe(15_000 + 1_100 * q);
		for (const q of [91, 100, 250]) expect(total(q)).toBe(33_000 + 900 * q);
		expect(priceForQuantity(100, NAHMIAS_INCREMENTAL, 'incremental').brackets).toEqual([
			{ fromQty: 1, toQty: 50, units: 50, unitPrice: 1400, amount: 70_000 },
			{ fromQty: 51, toQty: 90, units: 40, unitPrice: 1100, amount: 44_000 },
			{ fromQty: 91, toQty: 100, units: 10, unitPrice: 900, amount: 9_000 }
		]);
	});

	it('finds that rounding up to a break costs less under all-units pricing only', () => {
		// 45 units cost $63,000; 50 units cost $55,000. 80 units cost $88,000; 90 cost $81,000.
		expect(cheapestQuantityAtLeast(45, NAHMIAS_ALL_UNITS, 'all-units')).toEqual({
			qty: 50,
			total: 55_000
		});
		expect(cheapestQuantityAtLeast(80, NAHMIAS_ALL_UNITS, 'all-units')).toEqual({
			qty: 90,
			total: 81_000
		});
		expect(cheapestQuantityAtLeast(95, NAHMIAS_ALL_UNITS, 'all-units')).toEqual({
			qty: 95,
			total: 85_500
		});
		expect(cheapestQuantityAtLeast(45, NAHMIAS_INCREMENTAL, 'incremental')).toEqual({
			qty: 45,
			total: 63_000
		});
	});

	it('prices a one-bracket schedule linearly', () => {
		const quote = priceForQuantity(7, [{ fromQty: 1, unitPrice: 2.5 }], 'incremental');
		expect(quote).toMatchObject({ qty: 7, total: 17.5, averageUnitPrice: 2.5 });
	});

	it('refuses impossible quantities and schedules', () => {
		const s = NAHMIAS_ALL_UNITS;
		expect(() => priceForQuantity(0, s, 'all-units')).toThrow(/at least 1/);
		expect(() => priceForQuantity(2.5, s, 'all-units')).toThrow(/whole number/);
		expect(() => priceForQuantity(5, [], 'all-units')).toThrow(/at least one price bracket/);
		expect(() => priceForQuantity(5, [{ fromQty: 10, unitPrice: 1 }], 'all-units')).toThrow(
			/must be 1/
		);
		expect(() =>
			priceForQuantity(
				5,
				[
					{ fromQty: 1, unitPrice: 2 },
					{ fromQty: 1, unitPrice: 1 }
				],
				'all-units'
			)
		).toThrow(/must be greater than/);
		expect(() => priceForQuantity(5, [{ fromQty: 1, unitPrice: -1 }], 'all-units')).toThrow(
			/must not be negative/
		);
		expect(() => priceForQuantity(5, s, 'tiered' as unknown as 'all-units')).toThrow(
			/method must be/
		);
	});

	it('with falling prices: incremental never costs less than all-units, and never falls as Q grows', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.integer({ min: 2, max: 500 }), { maxLength: 5 }),
				fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 6, maxLength: 6 }),
				fc.integer({ min: 1, max: 600 }),
				(starts, prices, qty) => {
					const sorted = [...prices].sort((a, b) => b - a);
					const schedule = [1, ...[...starts].sort((a, b) => a - b)].map((fromQty, i) => ({
						fromQty,
						unitPrice: sorted[i]
					}));
					const all = priceForQuantity(qty, schedule, 'all-units');
					const inc = priceForQuantity(qty, schedule, 'incremental');
					expect(inc.total).toBeGreaterThanOrEqual(all.total);
					expect(inc.brackets.reduce((s, b) => s + b.units, 0)).toBe(qty);
					expect(priceForQuantity(qty + 1, schedule, 'incremental').total).toBeGreaterThanOrEqual(
						inc.total
					);
					expect(schedule.map((b) => b.unitPrice)).toContain(all.averageUnitPrice);
				}
			)
		);
	});
});

describe('the cost of skipping a cash discount', () => {
	const terms = { discountRate: 0.02, discountDays: 10, netDays: 30 };

	it('gives Brigham & Houston’s 37.24 % nominal and 44.6 % effective annual cost for 2/10 net 30', () => {
		// Brigham & Houston, Fundamentals of Financial Management, trade credit: 2/98 x 365/20 =
		// 37.24 %; (1 + 2/98)^(365/20) - 1 = 44.6 %.
		expect(cashDiscountCost(terms)).toBeCloseTo(0.3724, 4);
		expect(cashDiscountCost(terms, { method: 'compound' })).toBeCloseTo(0.4459, 4);
	});

	it('gives 36.73 % on the 360-day year some texts use', () => {
		// e.g. 2 % / 98 % x 360 / 20 = 36.73 %, the figure quoted by texts that use a 360-day year.
		expect(cashDiscountCost(terms, { daysInYear: 360 })).toBeCloseTo(0.3673, 4);
	});

	it('falls to 21.28 % when the buyer pays on day 45 instead of day 30', () => {
		// Brigham-style exercise: 2/10 net 30, no discount taken, paid 45 days after the invoice:
		// 2/98 x 365/35 = 21.28 % nominal (the lower cost comes from paying late, which breaks the terms).
		expect(cashDiscountCost({ ...terms, netDays: 45 })).toBeCloseTo(0.2128, 4);
	});

	it('handles other terms: 1/10 net 30 costs 18.43 % simple', () => {
		expect(cashDiscountCost({ discountRate: 0.01, discountDays: 10, netDays: 30 })).toBeCloseTo(
			0.1843,
			4
		);
	});

	it('refuses terms that extend no credit or discounts outside 0 to 1', () => {
		expect(() => cashDiscountCost({ ...terms, discountRate: 0 })).toThrow(/between 0 and 1/);
		expect(() => cashDiscountCost({ ...terms, discountRate: 1 })).toThrow(/between 0 and 1/);
		expect(() => cashDiscountCost({ ...terms, netDays: 10 })).toThrow(/must be after/);
		expect(() => cashDiscountCost({ ...terms, discountDays: -1 })).toThrow(/must not be negative/);
		expect(() => cashDiscountCost(terms, { daysInYear: 0 })).toThrow(/greater than 0/);
		expect(() => cashDiscountCost(terms, { method: 'continuous' as unknown as 'simple' })).toThrow(
			/method must be/
		);
	});

	it('compounded cost is always above the simple cost when the credit period is shorter than a year', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 10 }),
				fc.integer({ min: 0, max: 30 }),
				fc.integer({ min: 1, max: 300 }),
				(pct, discountDays, extra) => {
					const t = { discountRate: pct / 100, discountDays, netDays: discountDays + extra };
					expect(cashDiscountCost(t, { method: 'compound' })).toBeGreaterThan(
						cashDiscountCost(t) - 1e-12
					);
				}
			)
		);
	});
});

describe('amount due on a payment day', () => {
	const terms = { discountRate: 0.02, discountDays: 10, netDays: 30 };

	it('allows the discount up to and including the discount day, and not after', () => {
		expect(amountDue(1000, terms, 10)).toEqual({
			amountDue: 980,
			discount: 20,
			discountEarned: true,
			daysPastDue: 0
		});
		expect(amountDue(1000, terms, 11)).toEqual({
			amountDue: 1000,
			discount: 0,
			discountEarned: false,
			daysPastDue: 0
		});
		expect(amountDue(1000, terms, 42).daysPastDue).toBe(12);
	});

	it('refuses a negative invoice or payment day', () => {
		expect(() => amountDue(-1, terms, 5)).toThrow(RangeError);
		expect(() => amountDue(100, terms, -1)).toThrow(RangeError);
	});
});
