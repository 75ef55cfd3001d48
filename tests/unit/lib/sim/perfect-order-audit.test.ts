import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { otif, perfectOrderRate } from '../../../../src/lib/sim/kpis';
import { perfectOrderAudit, type AuditedOrder } from '../../../../src/lib/sim/perfect-order-audit';

// Lesson 16, "Perfect order metrics", worked example: a valve maker's audited week. V-111 was
// cancelled by the customer; V-103 to V-106 fail (seven component failures on four orders).
const ok = { onTime: true, inFull: true, damageFree: true, documentationAccurate: true };
const WEEK: AuditedOrder[] = [
	ok,
	ok,
	{ ...ok, onTime: false, inFull: false },
	{ ...ok, onTime: false, documentationAccurate: false },
	{ ...ok, inFull: false, documentationAccurate: false },
	{ ...ok, damageFree: false },
	ok,
	ok,
	ok,
	ok,
	{ ...ok, cancelled: true }
];

describe('perfectOrderAudit: the lesson’s week', () => {
	const a = perfectOrderAudit(WEEK);

	it('leaves the cancelled V-111 out and counts ten orders', () => {
		expect(a.counted).toBe(10);
		expect(a.excluded).toBe(1);
	});

	it('counts 6 perfect orders (60 %) against a product of 46.08 %: above it', () => {
		expect(a.passes).toEqual({ onTime: 8, inFull: 8, damageFree: 9, documentationAccurate: 8 });
		expect(a.perfect).toBe(6);
		expect(a.rate).toBe(0.6);
		expect(a.productOfComponents).toBeCloseTo(0.4608, 12);
		expect(a.perfectIfIndependent).toBeCloseTo(4.608, 12);
		expect(a.countVersusProduct).toBe('above');
	});

	it('finds seven failures on four orders, three of which failed more than once', () => {
		expect(a.failures).toBe(7);
		expect(a.failedOrders).toBe(4);
		expect(a.repeatFailureOrders).toBe(3);
	});

	it('has OTIF 7 of 10 (70 %)', () => {
		expect(a.onTimeInFull).toBe(7);
		expect(a.otif).toBe(0.7);
	});

	it('agrees with perfectOrderRate and otif on the orders counted', () => {
		const counted = WEEK.filter((o) => !o.cancelled);
		const r = perfectOrderRate(counted);
		expect(a.components).toEqual(r.components);
		expect(a.rate).toBe(r.rate);
		expect(a.otif).toBe(otif(counted));
	});
});

describe('perfectOrderAudit: where the failures fall', () => {
	it('spread over seven orders: 30 %, below the same 46.08 % product (lesson step 6)', () => {
		const spread: AuditedOrder[] = [
			{ ...ok, onTime: false },
			{ ...ok, onTime: false },
			{ ...ok, inFull: false },
			{ ...ok, inFull: false },
			{ ...ok, damageFree: false },
			{ ...ok, documentationAccurate: false },
			{ ...ok, documentationAccurate: false },
			ok,
			ok,
			ok
		];
		const a = perfectOrderAudit(spread);
		expect(a.rate).toBe(0.3);
		expect(a.productOfComponents).toBeCloseTo(0.4608, 12);
		expect(a.countVersusProduct).toBe('below');
		expect(a.repeatFailureOrders).toBe(0);
	});

	it('no failure at all: count and product are both 100 %', () => {
		const a = perfectOrderAudit([ok, ok]);
		expect(a.rate).toBe(1);
		expect(a.countVersusProduct).toBe('equal');
	});

	it('refuses a list with nothing left to measure', () => {
		expect(() => perfectOrderAudit([])).toThrow(RangeError);
		expect(() => perfectOrderAudit([{ ...ok, cancelled: true }])).toThrow(RangeError);
	});

	it('keeps OTIF at or above the count and every figure within its range (property)', () => {
		const order = fc.record({
			onTime: fc.boolean(),
			inFull: fc.boolean(),
			damageFree: fc.boolean(),
			documentationAccurate: fc.boolean(),
			cancelled: fc.boolean()
		});
		fc.assert(
			fc.property(fc.array(order, { minLength: 1, maxLength: 30 }), (orders) => {
				fc.pre(orders.some((o) => !o.cancelled));
				const a = perfectOrderAudit(orders);
				expect(a.counted + a.excluded).toBe(orders.length);
				expect(a.otif).toBeGreaterThanOrEqual(a.rate);
				expect(a.perfect + a.failedOrders).toBe(a.counted);
				expect(a.failures).toBeGreaterThanOrEqual(a.failedOrders);
				expect(a.rate).toBeLessThanOrEqual(1);
				expect(a.productOfComponents).toBeGreaterThanOrEqual(0);
			})
		);
	});
});
