import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capableToPromise } from '../../../../src/lib/sim/ctp';
import { ctpQuote, deliveryDate } from '../../../../src/lib/sim/ctp-quote';
import type { CtpRequest } from '../../../../src/lib/sim/types';

// Lesson 4, step 5 (figures checked against the lesson in
// tests/unit/content/worked-examples/04-atp-and-ctp.test.ts): 40 thermostats wanted in week 3;
// ATP covers 10; the other 30 need a radio module and a housing each and half an hour of
// assembly, one week of lead time. The site is two days away by truck; handling takes one.
const contractor: CtpRequest = {
	qty: 40,
	requestedPeriod: 3,
	productCumulativeAtp: [10, 10, 10, 10, 10, 75, 75, 155],
	components: [
		{ qtyPer: 1, cumulativeAtp: [10, 35, 35, 60, 60, 60, 85, 85] },
		{ qtyPer: 1, cumulativeAtp: [50, 50, 50, 50, 50, 50, 50, 50] }
	],
	capacity: { hoursPerUnit: 0.5, spareHours: [6, 12, 18, 18, 24, 24, 24, 24] },
	leadTimePeriods: 1
};
const truck = { handlingDays: 1, transitDays: 2 };
const WEEK = { periodName: 'week' };

describe('ctpQuote', () => {
	it('tests the lot week by week as the lesson’s table does: modules, then hours, then it starts', () => {
		const quote = ctpQuote(contractor, truck, WEEK);
		expect(quote.result).toEqual(capableToPromise(contractor));
		expect(quote).toMatchObject({ shortfall: 30, hoursNeeded: 15, componentsNeeded: [30, 30] });
		expect(quote.checks.slice(0, 3)).toEqual([
			{
				period: 1,
				componentsFree: [10, 50],
				componentShort: [true, false],
				spareHours: 6,
				hoursShort: true,
				canStart: false
			},
			{
				period: 2,
				componentsFree: [35, 50],
				componentShort: [false, false],
				spareHours: 12,
				hoursShort: true,
				canStart: false
			},
			{
				period: 3,
				componentsFree: [35, 50],
				componentShort: [false, false],
				spareHours: 18,
				hoursShort: false,
				canStart: true
			}
		]);
		expect(quote.lotStartPeriod).toBe(3);
	});

	it('ships complete in week 4, or 10 in week 3 and 30 in week 4, each delivered three working days later', () => {
		const quote = ctpQuote(contractor, truck, WEEK);
		expect(quote.shipComplete).toEqual({
			qty: 40,
			shipPeriod: 4,
			delivery: { period: 4, day: 4, daysAfterShip: 3 }
		});
		expect(quote.split).toEqual({
			first: { qty: 10, shipPeriod: 3, delivery: { period: 3, day: 4, daysAfterShip: 3 } },
			rest: { qty: 30, shipPeriod: 4, delivery: { period: 4, day: 4, daysAfterShip: 3 } }
		});
		expect(quote.summary).toBe(
			'Ships complete in week 4 (1 week after the requested week 3) and is delivered on day 4 of week 4: ATP covers 10 and a lot of 30 is ready in week 4. Or 10 in week 3 and 30 in week 4 if the customer accepts a split.'
		);
	});

	it('needs no lot and no split when the customer can wait for week 6', () => {
		const quote = ctpQuote({ ...contractor, requestedPeriod: 6 }, truck, WEEK);
		expect(quote).toMatchObject({ shortfall: 0, checks: [], split: null, lotStartPeriod: null });
		expect(quote.summary).toBe(
			'ATP covers all 40: ship in week 6 as asked, delivered on day 4 of week 6. No new lot is needed.'
		);
	});

	it('says what can be promised when the lot cannot be made within the horizon', () => {
		const quote = ctpQuote({ ...contractor, qty: 400 }, truck, WEEK);
		expect(quote.shipComplete).toBeNull();
		expect(quote.split).toEqual({
			first: { qty: 10, shipPeriod: 3, delivery: { period: 3, day: 4, daysAfterShip: 3 } },
			rest: null
		});
		expect(quote.summary).toMatch(/^Only 10 can be promised \(from ATP, week 3\)/);
		const none = ctpQuote(
			{ ...contractor, productCumulativeAtp: [0, 0, 0, 0, 0, 0, 0, 0], qty: 400 },
			truck
		);
		expect(none.summary).toMatch(/^Cannot promise 400 within the 8 periods planned/);
	});

	it('starts the lot in the first period the one-lot rule of capableToPromise allows, for any request', () => {
		const n = 6;
		const series = fc.array(fc.integer({ min: 0, max: 60 }), { minLength: n, maxLength: n });
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 80 }),
				fc.integer({ min: 1, max: n }),
				series,
				series,
				series,
				fc.integer({ min: 0, max: 2 }),
				(qty, requestedPeriod, product, component, spareHours, leadTimePeriods) => {
					const request: CtpRequest = {
						qty,
						requestedPeriod,
						productCumulativeAtp: product,
						components: [{ qtyPer: 1, cumulativeAtp: component }],
						capacity: { hoursPerUnit: 0.5, spareHours },
						leadTimePeriods
					};
					const quote = ctpQuote(request, truck);
					expect(quote.result).toEqual(capableToPromise(request));
					const first = quote.checks.find((c) => c.canStart);
					if (quote.result.fromCapacity) expect(quote.lotStartPeriod).toBe(first?.period);
					else expect(quote.lotStartPeriod).toBeNull();
				}
			)
		);
	});
});

describe('deliveryDate', () => {
	it('adds handling and transit in working days, crossing into the next week', () => {
		expect(deliveryDate(4, truck)).toEqual({ period: 4, day: 4, daysAfterShip: 3 });
		expect(deliveryDate(1, { handlingDays: 2, transitDays: 3 })).toEqual({
			period: 2,
			day: 1,
			daysAfterShip: 5
		});
		expect(deliveryDate(2, { handlingDays: 0, transitDays: 0 })).toEqual({
			period: 2,
			day: 1,
			daysAfterShip: 0
		});
		expect(deliveryDate(1, { handlingDays: 1, transitDays: 1, workingDaysPerPeriod: 1 })).toEqual({
			period: 3,
			day: 1,
			daysAfterShip: 2
		});
	});

	it('refuses impossible dates and terms with a RangeError', () => {
		expect(() => deliveryDate(0, truck)).toThrow(RangeError);
		expect(() => deliveryDate(1, { handlingDays: -1, transitDays: 0 })).toThrow(/not be negative/);
		expect(() => deliveryDate(1, { ...truck, workingDaysPerPeriod: 0 })).toThrow(RangeError);
		expect(() => ctpQuote({ ...contractor, qty: 0 }, truck)).toThrow(/qty/);
	});
});
