import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	decouplingPoints,
	mostUpstreamDecouplingPoint,
	splitAtDecouplingPoint
} from '../../../../src/lib/sim/decoupling';

// Ptak and Smith, "Orlicky's Material Requirements Planning", 3rd ed. (McGraw-Hill, 2011),
// chapter 4, figures 4-5 to 4-14: Part 300 is made in 7 days (operations D, E, F) from Part 200,
// made in 5 days (operations A, B, C) from purchased Part 100 with a 10-day purchasing lead time.
const part300 = [
	{ name: 'Buy Part 100', days: 10 },
	{ name: 'Make Part 200', days: 5 },
	{ name: 'Make Part 300', days: 7 }
];

describe('customer lead time at each decoupling point', () => {
	it('reproduces Orlicky’s Part 300: 22 days cumulative, 7 days with Part 200 stocked', () => {
		const nothingStocked = splitAtDecouplingPoint(part300, 0);
		expect(nothingStocked.cumulativeLeadTime).toBe(22);
		expect(nothingStocked.customerLeadTime).toBe(22);
		expect(nothingStocked.stockedAfter).toBeNull();

		const part200Stocked = splitAtDecouplingPoint(part300, 2);
		expect(part200Stocked).toEqual({
			decouplingPoint: 2,
			stockedAfter: 'Make Part 200',
			waitsForOrder: ['Make Part 300'],
			cumulativeLeadTime: 22,
			forecastDrivenDays: 15,
			orderDrivenDays: 7,
			customerLeadTime: 7
		});
		// Stocking the end item (make-to-stock): the stock must cover all 22 days of the chain.
		const endItemStocked = splitAtDecouplingPoint(part300, 3);
		expect(endItemStocked.forecastDrivenDays).toBe(22);
		expect(endItemStocked.customerLeadTime).toBe(0);
	});

	it('moves to the end item when customers accept less than 7 days, as Orlicky concludes', () => {
		// "If customer tolerance time is less than seven days for Part 300 ... inventory positions
		// must be implemented at the end-item level."
		expect(mostUpstreamDecouplingPoint(part300, 7)?.decouplingPoint).toBe(2);
		expect(mostUpstreamDecouplingPoint(part300, 6)?.decouplingPoint).toBe(3);
		expect(mostUpstreamDecouplingPoint(part300, 22)?.decouplingPoint).toBe(0);
		expect(mostUpstreamDecouplingPoint(part300, 12)?.decouplingPoint).toBe(1);
	});

	it('adds order processing and shipping to every position, including make-to-stock', () => {
		const rows = decouplingPoints(part300, { orderProcessingDays: 1, shippingDays: 2 });
		expect(rows.map((r) => r.customerLeadTime)).toEqual([25, 15, 10, 3]);
		expect(rows.map((r) => r.forecastDrivenDays)).toEqual([0, 10, 15, 22]);
		// When order processing and shipping alone exceed what customers accept, no point works.
		expect(
			mostUpstreamDecouplingPoint(part300, 2, { orderProcessingDays: 1, shippingDays: 2 })
		).toBeNull();
	});

	it('refuses an empty chain, a negative stage, a point outside the chain and bad options', () => {
		expect(() => splitAtDecouplingPoint([], 0)).toThrow(RangeError);
		expect(() => splitAtDecouplingPoint([{ name: 'Buy', days: -1 }], 0)).toThrow(/days/);
		expect(() => splitAtDecouplingPoint([{ name: '', days: 1 }], 0)).toThrow(/name/);
		expect(() => splitAtDecouplingPoint(part300, 4)).toThrow(/from 0 to 3/);
		expect(() => splitAtDecouplingPoint(part300, 1.5)).toThrow(/whole number/);
		expect(() => splitAtDecouplingPoint(part300, 1, { shippingDays: -2 })).toThrow(/shippingDays/);
		expect(() => mostUpstreamDecouplingPoint(part300, Number.NaN)).toThrow(/acceptedDays/);
	});

	it('conserves time and shortens the wait as the point moves downstream (property)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 8 }),
				fc.integer({ min: 0, max: 5 }),
				fc.integer({ min: 0, max: 5 }),
				(days, processing, shipping) => {
					const stages = days.map((d, i) => ({ name: `stage ${i + 1}`, days: d }));
					const rows = decouplingPoints(stages, {
						orderProcessingDays: processing,
						shippingDays: shipping
					});
					expect(rows).toHaveLength(stages.length + 1);
					rows.forEach((r, p) => {
						expect(r.forecastDrivenDays + r.orderDrivenDays).toBe(r.cumulativeLeadTime);
						expect(r.customerLeadTime).toBe(processing + r.orderDrivenDays + shipping);
						if (p > 0) expect(r.customerLeadTime).toBeLessThanOrEqual(rows[p - 1].customerLeadTime);
					});
				}
			)
		);
	});
});
