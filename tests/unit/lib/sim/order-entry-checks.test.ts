import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditCheck, orderMultipleOptions } from '../../../../src/lib/sim/order-entry-checks';

describe('creditCheck', () => {
	it('matches the published example: limit 10,000, 5,000 invoiced, 4,000 in progress, so 1,000 is the most the next order may be', () => {
		// BUZ Software help, "Credit limits": a 10,000 limit with 5,000 outstanding on invoiced
		// orders and 4,000 on work-in-progress orders; a next order greater than 1,000 triggers
		// the credit approval check.
		const base = { creditLimit: 10_000, openReceivables: 5_000, openOrders: 4_000 };
		const atLimit = creditCheck({ ...base, lines: [{ qty: 1, unitPrice: 1_000 }] });
		expect(atLimit).toEqual({
			orderValue: 1_000,
			exposureBefore: 9_000,
			exposure: 10_000,
			headroom: 1_000,
			overLimitBy: 0,
			withinLimit: true
		});
		const over = creditCheck({ ...base, lines: [{ qty: 1, unitPrice: 1_000.01 }] });
		expect(over.withinLimit).toBe(false);
		expect(over.overLimitBy).toBe(0.01);
	});

	it('counts open orders not yet invoiced, as SAP credit management does, not receivables alone', () => {
		// SAP Help, "Different Types of Credit Checks": exposure is open items plus open orders,
		// deliveries and billing documents. Receivables alone (6,000) would leave room for the
		// order; with 3,500 of open orders it does not.
		const result = creditCheck({
			creditLimit: 10_000,
			openReceivables: 6_000,
			openOrders: 3_500,
			lines: [{ qty: 10, unitPrice: 80 }]
		});
		expect(result.exposure).toBe(10_300);
		expect(result.overLimitBy).toBe(300);
		expect(result.withinLimit).toBe(false);
	});

	it('sums the lines to cents and reports negative headroom for an account already over', () => {
		const result = creditCheck({
			creditLimit: 1_000,
			openReceivables: 1_200,
			openOrders: 0,
			lines: [
				{ qty: 3, unitPrice: 0.1 },
				{ qty: 7, unitPrice: 19.99 }
			]
		});
		expect(result.orderValue).toBe(140.23);
		expect(result.headroom).toBe(-200);
		expect(result.overLimitBy).toBe(340.23);
	});

	it('fails every order of a customer without credit (limit 0)', () => {
		const result = creditCheck({
			creditLimit: 0,
			openReceivables: 0,
			openOrders: 0,
			lines: [{ qty: 1, unitPrice: 5 }]
		});
		expect(result).toMatchObject({ withinLimit: false, overLimitBy: 5, headroom: 0 });
	});

	it('refuses impossible input with a RangeError', () => {
		const ok = {
			creditLimit: 100,
			openReceivables: 0,
			openOrders: 0,
			lines: [{ qty: 1, unitPrice: 1 }]
		};
		expect(() => creditCheck({ ...ok, creditLimit: -1 })).toThrow(
			/creditLimit must not be negative/
		);
		expect(() => creditCheck({ ...ok, openOrders: Number.NaN })).toThrow(RangeError);
		expect(() => creditCheck({ ...ok, lines: [] })).toThrow(/lines must not be empty/);
		expect(() => creditCheck({ ...ok, lines: [{ qty: 0, unitPrice: 1 }] })).toThrow(
			/lines\[0\]\.qty must be greater than 0/
		);
		expect(() => creditCheck({ ...ok, lines: [{ qty: 1, unitPrice: -2 }] })).toThrow(
			/lines\[0\]\.unitPrice must not be negative/
		);
	});

	it('passes exactly when the order is no larger than the headroom', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 100_000 }),
				fc.integer({ min: 0, max: 100_000 }),
				fc.integer({ min: 0, max: 100_000 }),
				fc.integer({ min: 1, max: 500 }),
				fc.integer({ min: 0, max: 10_000 }),
				(limit, receivables, open, qty, price) => {
					const r = creditCheck({
						creditLimit: limit,
						openReceivables: receivables,
						openOrders: open,
						lines: [{ qty, unitPrice: price }]
					});
					expect(r.withinLimit).toBe(r.orderValue <= r.headroom);
					expect(r.exposure).toBe(receivables + open + qty * price);
					expect(r.overLimitBy).toBeGreaterThanOrEqual(0);
				}
			)
		);
	});
});

describe('orderMultipleOptions', () => {
	it('offers both pack-size neighbors, as pack-size rounding does with its up and down directions', () => {
		// SAP Help, "Rounding" (demand quantities to pack sizes): round up, round down or to the
		// nearest. Numbers ours: 50 kits of an item sold in boxes of 6.
		expect(orderMultipleOptions(50, 6)).toEqual({
			isMultiple: false,
			down: 48,
			up: 54,
			packsDown: 8,
			packsUp: 9
		});
	});

	it('leaves a quantity that is already a multiple alone', () => {
		expect(orderMultipleOptions(48, 6)).toMatchObject({ isMultiple: true, down: 48, up: 48 });
		expect(orderMultipleOptions(7, 1)).toMatchObject({ isMultiple: true, down: 7, up: 7 });
	});

	it('rounds down to nothing when the quantity is below one pack', () => {
		expect(orderMultipleOptions(4, 6)).toMatchObject({ down: 0, up: 6, packsDown: 0, packsUp: 1 });
	});

	it('refuses quantities and multiples that are not positive whole numbers', () => {
		expect(() => orderMultipleOptions(0, 6)).toThrow(/qty must be greater than 0/);
		expect(() => orderMultipleOptions(2.5, 6)).toThrow(/qty must be a whole number/);
		expect(() => orderMultipleOptions(10, 0)).toThrow(/multiple must be greater than 0/);
		expect(() => orderMultipleOptions(10, -3)).toThrow(/multiple must not be negative/);
	});

	it('brackets every quantity between two adjacent multiples', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 100 }), (q, m) => {
				const o = orderMultipleOptions(q, m);
				expect(o.down % m).toBe(0);
				expect(o.up % m).toBe(0);
				expect(o.down).toBeLessThanOrEqual(q);
				expect(o.up).toBeGreaterThanOrEqual(q);
				expect(o.up - o.down).toBe(o.isMultiple ? 0 : m);
			})
		);
	});
});
