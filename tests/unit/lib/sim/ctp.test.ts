import { describe, expect, it } from 'vitest';
import { capableToPromise, cumulativeAtp } from '../../../../src/lib/sim';

// CTP in this engine is the ASCM idea (commit orders against available capacity as well as
// inventory) reduced to one lot: what ATP covers ships as asked, the shortfall is made as
// one lot in the first period whose components and spare hours suffice, ready after the
// lead time.

describe('capable-to-promise', () => {
	it('promises a make-to-order item with no stock from its components and capacity', () => {
		// Scenario from Microsoft Learn, "Calculate sales order delivery dates using CTP": item A is
		// built from B and C and none of A is on hand, so ATP for A is 0 while CTP checks B, C and
		// the resource. Numbers ours: 20 of A wanted in period 3; B (1 per A) and C (2 per A)
		// cumulative ATP below; 2 hours per A; lead time 1 period.
		const result = capableToPromise({
			qty: 20,
			requestedPeriod: 3,
			productCumulativeAtp: [0, 0, 0, 0, 0, 0],
			components: [
				{ qtyPer: 1, cumulativeAtp: [10, 25, 25, 40, 40, 40] },
				{ qtyPer: 2, cumulativeAtp: [30, 30, 45, 60, 60, 60] }
			],
			capacity: { hoursPerUnit: 2, spareHours: [50, 50, 50, 50, 50, 50] },
			leadTimePeriods: 1
		});
		// Period 1: B has 10 < 20. Period 2: B 25 >= 20 but C 30 < 40. Period 3: B 25, C 45 >= 40,
		// hours 50 >= 40: start in 3, ready in 4.
		expect(result.fromAtp).toEqual({ qty: 0, period: 3 });
		expect(result.fromCapacity).toEqual({ qty: 20, period: 4 });
		expect(result.completePeriod).toBe(4);
		expect(result.explanation).toMatch(/lot of 20 can start in period 3/);
	});

	it('splits an order between ATP and a new lot (SAP Global ATP with CTP: confirm what is available, plan the rest)', () => {
		// SAP's CTP confirms the available quantity and plans the remaining quantity, dating the
		// confirmation from the planned order. Product record ours: 30 on hand, 40 due in period 3,
		// orders 10, 0, 25, 0, 0. Running balance 20, 20, 35, 35, 35; with look-ahead the same,
		// since no later period dips lower.
		const productCumulativeAtp = cumulativeAtp(
			{ onHand: 30, mps: [0, 0, 40, 0, 0], customerOrders: [10, 0, 25, 0, 0] },
			{ lookAhead: true }
		);
		expect(productCumulativeAtp).toEqual([20, 20, 35, 35, 35]);
		const result = capableToPromise({
			qty: 50,
			requestedPeriod: 2,
			productCumulativeAtp,
			components: [{ qtyPer: 3, cumulativeAtp: [100, 100, 100, 100, 100] }],
			capacity: { hoursPerUnit: 2, spareHours: [40, 70, 20, 80, 80] },
			leadTimePeriods: 2
		});
		// 20 from ATP in period 2; the 30 short need 90 components and 60 hours: period 1 has only
		// 40 spare hours, period 2 has 70, so the lot starts in 2 and is ready in 4.
		expect(result.fromAtp).toEqual({ qty: 20, period: 2 });
		expect(result.fromCapacity).toEqual({ qty: 30, period: 4 });
		expect(result.completePeriod).toBe(4);
	});

	it('ships everything as asked when ATP covers it, and keeps the requested period when the lot is early', () => {
		const base = {
			productCumulativeAtp: [5, 5, 5, 5],
			components: [],
			capacity: { hoursPerUnit: 1, spareHours: [10, 10, 10, 10] },
			leadTimePeriods: 1
		};
		const covered = capableToPromise({ ...base, qty: 5, requestedPeriod: 1 });
		expect(covered).toMatchObject({ fromCapacity: null, completePeriod: 1 });
		const early = capableToPromise({ ...base, qty: 8, requestedPeriod: 4 });
		expect(early.fromCapacity).toEqual({ qty: 3, period: 2 });
		expect(early.completePeriod).toBe(4);
	});

	it('does not promise stock that a later period already needs', () => {
		// Cumulative ATP without look-ahead 50 in period 1 but 20 from period 2: only 20 is free.
		const result = capableToPromise({
			qty: 30,
			requestedPeriod: 1,
			productCumulativeAtp: [50, 20, 20],
			components: [],
			capacity: { hoursPerUnit: 1, spareHours: [0, 0, 100] },
			leadTimePeriods: 0
		});
		expect(result.fromAtp.qty).toBe(20);
		expect(result.fromCapacity).toEqual({ qty: 10, period: 3 });
	});

	it('says when the shortfall cannot be made within the horizon', () => {
		const result = capableToPromise({
			qty: 10,
			requestedPeriod: 1,
			productCumulativeAtp: [0, 0],
			components: [{ qtyPer: 1, cumulativeAtp: [5, 5] }],
			capacity: { hoursPerUnit: 1, spareHours: [100, 100] },
			leadTimePeriods: 1
		});
		expect(result.fromCapacity).toBeNull();
		expect(result.completePeriod).toBeNull();
		expect(result.explanation).toMatch(/cannot be made within the 2 periods/);
	});

	it('refuses impossible requests with a RangeError', () => {
		const ok = {
			qty: 1,
			requestedPeriod: 1,
			productCumulativeAtp: [1],
			components: [],
			capacity: { hoursPerUnit: 1, spareHours: [1] },
			leadTimePeriods: 0
		};
		expect(() => capableToPromise({ ...ok, qty: 0 })).toThrow(/qty must be greater than 0/);
		expect(() => capableToPromise({ ...ok, requestedPeriod: 2 })).toThrow(/from 1 to 1/);
		expect(() =>
			capableToPromise({ ...ok, capacity: { hoursPerUnit: 1, spareHours: [1, 2] } })
		).toThrow(RangeError);
		expect(() => capableToPromise({ ...ok, leadTimePeriods: -1 })).toThrow(/must not be negative/);
	});
});
