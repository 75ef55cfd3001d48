import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deskAutomation, type DeskAutomationInput } from '../../../../src/lib/sim/automation';

const manualDesk: DeskAutomationInput = {
	ordersPerDay: 400,
	touchlessShare: 0,
	minutesPerHandledOrder: 6,
	handledErrorRate: 0.02,
	touchlessErrorRate: 0,
	staff: 5,
	productiveMinutesPerPerson: 420
};

describe('desk automation: published workload and touchless examples', () => {
	it('needs 16.34 FTE for 1,000 contacts of 5 minutes (calctoolsconverter FTE case study)', () => {
		// calctoolsconverter.com, "Advance FTE Requirement Calculator", example case study:
		// 1,000 a day x 300 s = 300,000 s; an agent has 8 h x 0.85 occupancy x (1 - 0.25
		// shrinkage) = 18,360 s = 306 min; FTE = 300,000 / 18,360, about 16.34.
		const r = deskAutomation({
			ordersPerDay: 1000,
			touchlessShare: 0,
			minutesPerHandledOrder: 5,
			handledErrorRate: 0,
			touchlessErrorRate: 0,
			staff: 17,
			productiveMinutesPerPerson: 8 * 60 * 0.85 * (1 - 0.25)
		});
		expect(r.workloadMinutes).toBe(5000);
		expect(r.staffNeeded).toBeCloseTo(16.34, 2);
		expect(r.capacityOrdersPerDay).toBeCloseTo((17 * 306) / 5, 9);
	});

	it('needs 1.94 FTE for 3,000 documents a month at 10 an hour (Call Centre Helper)', () => {
		// Call Centre Helper, "Back Office Document Process – FTE Calculation Help":
		// 3,000 / 10 per hour / (7 h x 22 days) = 1.94 FTE (1.948, printed truncated).
		const r = deskAutomation({
			...manualDesk,
			ordersPerDay: 3000,
			minutesPerHandledOrder: 6,
			productiveMinutesPerPerson: 7 * 60 * 22
		});
		expect(Math.floor(r.staffNeeded * 100) / 100).toBe(1.94);
	});

	it('splits 12,500 invoices at a 74 % touchless rate into 9,250 and 3,250 (Hyperbots)', () => {
		// Hyperbots glossary, "Touchless Processing Rate": 9,250 of 12,500 invoices with no
		// manual review = 74 %; the other 26 % need a person.
		const r = deskAutomation({ ...manualDesk, ordersPerDay: 12500, touchlessShare: 0.74 });
		expect(r.touchlessOrders).toBeCloseTo(9250, 9);
		expect(r.handledOrders).toBeCloseTo(3250, 9);
	});
});

describe('desk automation: arithmetic and edge cases', () => {
	it('weights minutes and error rates by the mix', () => {
		const r = deskAutomation({
			ordersPerDay: 400,
			touchlessShare: 0.8,
			minutesPerHandledOrder: 12,
			minutesPerTouchlessOrder: 0.5,
			handledErrorRate: 0.03,
			touchlessErrorRate: 0.005,
			staff: 5,
			productiveMinutesPerPerson: 420
		});
		expect(r.minutesPerOrder).toBeCloseTo(2.8, 12);
		expect(r.workloadMinutes).toBeCloseTo(1120, 9);
		expect(r.staffNeeded).toBeCloseTo(1120 / 420, 12);
		expect(r.utilization).toBeCloseTo(1120 / 2100, 12);
		expect(r.capacityOrdersPerDay).toBeCloseTo(750, 9);
		expect(r.errorRate).toBeCloseTo(0.01, 12);
		expect(r.ordersWithErrors).toBeCloseTo(4, 9);
	});

	it('a fully manual desk has the handled rates, a fully touchless one the touchless rates', () => {
		const manual = deskAutomation(manualDesk);
		expect(manual.touchlessOrders).toBe(0);
		expect(manual.errorRate).toBe(0.02);
		expect(manual.capacityOrdersPerDay).toBe(350);
		const full = deskAutomation({ ...manualDesk, touchlessShare: 1, touchlessErrorRate: 0.01 });
		expect(full.handledOrders).toBe(0);
		expect(full.errorRate).toBe(0.01);
		// No order needs a person's minute: the desk is not the limit.
		expect(full.workloadMinutes).toBe(0);
		expect(full.capacityOrdersPerDay).toBe(Number.POSITIVE_INFINITY);
	});

	it('reports utilization above 1 when the desk cannot keep up', () => {
		const r = deskAutomation({ ...manualDesk, ordersPerDay: 500 });
		expect(r.utilization).toBeCloseTo(3000 / 2100, 12);
		expect(r.capacityOrdersPerDay).toBe(350);
	});

	it('refuses impossible input with a RangeError naming the argument', () => {
		expect(() => deskAutomation({ ...manualDesk, touchlessShare: 1.2 })).toThrow(
			/touchlessShare is a share from 0 to 1/
		);
		expect(() => deskAutomation({ ...manualDesk, touchlessShare: -0.1 })).toThrow(RangeError);
		expect(() => deskAutomation({ ...manualDesk, handledErrorRate: 2 })).toThrow(
			/handledErrorRate/
		);
		expect(() => deskAutomation({ ...manualDesk, ordersPerDay: 0 })).toThrow(
			/ordersPerDay must be greater than 0/
		);
		expect(() => deskAutomation({ ...manualDesk, staff: 0 })).toThrow(/staff/);
		expect(() => deskAutomation({ ...manualDesk, productiveMinutesPerPerson: NaN })).toThrow(
			/finite/
		);
		expect(() => deskAutomation({ ...manualDesk, minutesPerTouchlessOrder: -1 })).toThrow(
			/minutesPerTouchlessOrder/
		);
	});
});

describe('desk automation: properties', () => {
	const input = fc.record({
		ordersPerDay: fc.integer({ min: 1, max: 5000 }),
		touchlessShare: fc.double({ min: 0, max: 1, noNaN: true }),
		minutesPerHandledOrder: fc.double({ min: 0.1, max: 60, noNaN: true }),
		minutesPerTouchlessOrder: fc.double({ min: 0, max: 5, noNaN: true }),
		handledErrorRate: fc.double({ min: 0, max: 1, noNaN: true }),
		touchlessErrorRate: fc.double({ min: 0, max: 1, noNaN: true }),
		staff: fc.integer({ min: 1, max: 50 }),
		productiveMinutesPerPerson: fc.integer({ min: 60, max: 600 })
	});

	it('conserves orders, keeps the error rate between the two rates, and is deterministic', () => {
		fc.assert(
			fc.property(input, (i) => {
				const r = deskAutomation(i);
				expect(r.touchlessOrders + r.handledOrders).toBeCloseTo(i.ordersPerDay, 6);
				const lo = Math.min(i.handledErrorRate, i.touchlessErrorRate);
				const hi = Math.max(i.handledErrorRate, i.touchlessErrorRate);
				expect(r.errorRate).toBeGreaterThanOrEqual(lo - 1e-12);
				expect(r.errorRate).toBeLessThanOrEqual(hi + 1e-12);
				expect(r.ordersWithErrors).toBeLessThanOrEqual(i.ordersPerDay + 1e-9);
				expect(deskAutomation(i)).toEqual(r);
			})
		);
	});

	it('lowers the error rate as the touchless share rises only if touchless orders err less', () => {
		fc.assert(
			fc.property(
				input,
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(i, a, b) => {
					const [lo, hi] = a < b ? [a, b] : [b, a];
					const low = deskAutomation({ ...i, touchlessShare: lo }).errorRate;
					const high = deskAutomation({ ...i, touchlessShare: hi }).errorRate;
					if (i.touchlessErrorRate < i.handledErrorRate) {
						expect(high).toBeLessThanOrEqual(low + 1e-12);
					} else {
						expect(high).toBeGreaterThanOrEqual(low - 1e-12);
					}
				}
			)
		);
	});
});
