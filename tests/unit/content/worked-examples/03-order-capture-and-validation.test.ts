import { describe, expect, it } from 'vitest';
import { creditCheck, orderMultipleOptions } from '../../../../src/lib/sim/order-entry-checks';

// Lesson 3, "Order capture and validation": every figure its worked example prints. Brightline
// Pumps takes a phone order from Fenwick Mechanical for 4 circulation pumps (CP-32, list price
// 176) and 50 valve kits (VK-15, list price 38, sold in boxes of 6, 34 from 60 kits). Fenwick's
// credit limit is 10,000, with 6,480 of open receivables and 960 of accepted orders not yet
// invoiced.
const account = { creditLimit: 10_000, openReceivables: 6_480, openOrders: 960 };
const pumps = { qty: 4, unitPrice: 176 };
const kits = (qty: number, unitPrice = 38) => ({ qty, unitPrice });
/** The value of one line, as the credit check prices it. */
const lineValue = (line: { qty: number; unitPrice: number }) =>
	creditCheck({ ...account, lines: [line] }).orderValue;

describe('lesson 3 worked example: order multiple, then credit exposure', () => {
	it('finds 50 kits is not a multiple of the box of 6: 48 (8 boxes) or 54 (9 boxes)', () => {
		expect(orderMultipleOptions(50, 6)).toEqual({
			isMultiple: false,
			down: 48,
			up: 54,
			packsDown: 8,
			packsUp: 9
		});
	});

	it('prices the lines: pumps 704, kits 1,900 as keyed, 1,824 at 48 and 2,052 at 54', () => {
		expect(lineValue(pumps)).toBe(704);
		expect([50, 48, 54].map((q) => lineValue(kits(q)))).toEqual([1_900, 1_824, 2_052]);
	});

	it('as keyed (50 kits) the order is worth 2,604 and exceeds the limit by 44', () => {
		const result = creditCheck({ ...account, lines: [pumps, kits(50)] });
		expect(result).toEqual({
			orderValue: 2_604,
			exposureBefore: 7_440,
			exposure: 10_044,
			headroom: 2_560,
			overLimitBy: 44,
			withinLimit: false
		});
	});

	it('at 48 kits the order is worth 2,528 and passes with 32 to spare', () => {
		const result = creditCheck({ ...account, lines: [pumps, kits(48)] });
		expect(result.orderValue).toBe(2_528);
		expect(result.exposure).toBe(9_968);
		expect(result.withinLimit).toBe(true);
		expect(result.headroom - result.orderValue).toBe(32);
	});

	it('at 54 kits, the quantity the customer confirms, the order is worth 2,756 and is over by 196', () => {
		const result = creditCheck({ ...account, lines: [pumps, kits(54)] });
		expect(result.orderValue).toBe(2_756);
		expect(result.exposure).toBe(10_196);
		expect(result.overLimitBy).toBe(196);
		expect(result.withinLimit).toBe(false);
	});

	it('at 60 kits the price break (34) makes the kits cheaper than 54, but the order is still over by 184', () => {
		expect(lineValue(kits(60, 34))).toBe(2_040);
		expect(lineValue(kits(54))).toBe(2_052);
		// So 60 kits cost 12 less than 54.
		expect(lineValue(kits(54)) - lineValue(kits(60, 34))).toBe(12);
		const result = creditCheck({ ...account, lines: [pumps, kits(60, 34)] });
		expect(result.orderValue).toBe(2_744);
		expect(result.exposure).toBe(10_184);
		expect(result.overLimitBy).toBe(184);
	});
});

describe('lesson 3 self-check: exposure counts open orders, not receivables alone', () => {
	it('a 3,000 order against a 20,000 limit with 12,500 receivable and 6,000 on order is over by 1,500', () => {
		const result = creditCheck({
			creditLimit: 20_000,
			openReceivables: 12_500,
			openOrders: 6_000,
			lines: [{ qty: 1, unitPrice: 3_000 }]
		});
		expect(result).toMatchObject({
			exposure: 21_500,
			headroom: 1_500,
			overLimitBy: 1_500,
			withinLimit: false
		});
		// Receivables alone would leave 20,000 - 12,500 = 7,500 of apparent room.
		const receivablesOnly = creditCheck({
			creditLimit: 20_000,
			openReceivables: 12_500,
			openOrders: 0,
			lines: [{ qty: 1, unitPrice: 3_000 }]
		});
		expect(receivablesOnly.headroom).toBe(7_500);
	});
});
