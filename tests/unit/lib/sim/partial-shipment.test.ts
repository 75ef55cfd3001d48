import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePartialShipment } from '../../../../src/lib/sim/partial-shipment';
import type { PartialShipmentInput } from '../../../../src/lib/sim/partial-shipment';

const base = {
	shipDay: 2,
	balanceShipDay: 10,
	freightPerShipment: 100,
	handlingPerShipment: 20,
	daysToPay: 30
};

describe('comparePartialShipment', () => {
	it('matches the published case, line and order fill example: 95 %, 50 %, 0 %', () => {
		// bms.co.in, "Service level": an order for 80 units of A and 20 of B with 75 of A and
		// all 20 of B available fills 95 % of cases, 50 % of lines and 0 % of orders.
		const result = comparePartialShipment({
			...base,
			lines: [
				{ sku: 'A', ordered: 80, availableNow: 75, unitPrice: 1 },
				{ sku: 'B', ordered: 20, availableNow: 20, unitPrice: 1 }
			]
		});
		expect(result.partial.fillOnSchedule).toEqual({ unit: 0.95, line: 0.5, order: 0 });
		expect(result.partial.fillFirstShipment).toEqual({ unit: 0.95, line: 0.5, order: 0 });
		// Waiting ships nothing on schedule; its one late shipment carries everything.
		expect(result.complete.fillOnSchedule).toEqual({ unit: 0, line: 0, order: 0 });
		expect(result.complete.fillFirstShipment).toEqual({ unit: 1, line: 1, order: 1 });
		expect(result.unitsShort).toBe(5);
	});

	it('values earlier cash by simple interest as the published calculator does: 300 at 12 % for 8 days', () => {
		// calculators.ro simple flat-rate interest: P = 300, R = 12 %, T = 8 days, N = 365:
		// I = 300 x 12 % x 8 / 365 = 0.78904109589.
		const result = comparePartialShipment({
			...base,
			balanceShipDay: 10,
			annualCostOfCapital: 0.12,
			lines: [
				{ sku: 'ready', ordered: 30, availableNow: 30, unitPrice: 10 },
				{ sku: 'short', ordered: 5, availableNow: 0, unitPrice: 10 }
			]
		});
		expect(result.cashEarlier).toEqual({ value: 300, days: 8 });
		expect(result.valueOfEarlierCash).toBeCloseTo(0.78904109589, 10);
		expect(result.extraShippingCost).toBe(120);
		expect(result.netFinancialEffectOfPartial).toBeCloseTo(0.78904109589 - 120, 10);
	});

	it('splits into two shipments, each invoiced at shipment and paid on its terms', () => {
		const result = comparePartialShipment({
			...base,
			lines: [
				{ sku: 'pump', ordered: 10, availableNow: 6, unitPrice: 1000 },
				{ sku: 'seal', ordered: 40, availableNow: 40, unitPrice: 50 }
			]
		});
		expect(result.partial.shipments.map((s) => [s.day, s.units, s.value, s.payDay])).toEqual([
			[2, 46, 8000, 32],
			[10, 4, 4000, 40]
		]);
		expect(result.complete.shipments.map((s) => [s.day, s.units, s.value, s.payDay])).toEqual([
			[10, 50, 12000, 40]
		]);
		expect(result.partial.meanPayDay).toBeCloseTo((8000 * 32 + 4000 * 40) / 12000, 10);
		expect(result.complete.meanPayDay).toBe(40);
		expect(result.partial.shippingCost).toBe(240);
		expect(result.complete.shippingCost).toBe(120);
		expect(result.partial.daysLate).toBe(8);
		expect(result.complete.daysLate).toBe(8);
		expect(result.orderValue).toBe(12000);
		expect(result.valueOfEarlierCash).toBeNull();
		expect(result.netFinancialEffectOfPartial).toBeNull();
	});

	it('makes both plans one shipment on the ship day when nothing is short', () => {
		const result = comparePartialShipment({
			...base,
			balanceShipDay: 2,
			annualCostOfCapital: 0.1,
			lines: [{ sku: 'x', ordered: 5, availableNow: 5, unitPrice: 3 }]
		});
		expect(result.partial).toEqual(result.complete);
		expect(result.partial.shipments).toHaveLength(1);
		expect(result.partial.fillOnSchedule).toEqual({ unit: 1, line: 1, order: 1 });
		expect(result.extraShippingCost).toBe(0);
		expect(result.cashEarlier).toEqual({ value: 0, days: 0 });
		expect(result.valueOfEarlierCash).toBe(0);
	});

	it('makes both plans one late shipment when nothing is available', () => {
		const result = comparePartialShipment({
			...base,
			lines: [{ sku: 'x', ordered: 5, availableNow: 0, unitPrice: 3 }]
		});
		expect(result.partial).toEqual(result.complete);
		expect(result.partial.shipments[0].day).toBe(10);
		expect(result.partial.fillOnSchedule).toEqual({ unit: 0, line: 0, order: 0 });
		expect(result.partial.fillFirstShipment).toEqual({ unit: 1, line: 1, order: 1 });
		expect(result.extraShippingCost).toBe(0);
	});

	it('reports no mean pay day for an order worth nothing', () => {
		const result = comparePartialShipment({
			...base,
			lines: [{ sku: 'sample', ordered: 2, availableNow: 1, unitPrice: 0 }]
		});
		expect(result.partial.meanPayDay).toBeNull();
		expect(result.orderValue).toBe(0);
	});

	it('refuses impossible input', () => {
		const line = { sku: 'x', ordered: 5, availableNow: 2, unitPrice: 1 };
		expect(() => comparePartialShipment({ ...base, lines: [] })).toThrow(/must not be empty/);
		expect(() =>
			comparePartialShipment({ ...base, lines: [{ ...line, availableNow: 6 }] })
		).toThrow(/only what was ordered/);
		expect(() => comparePartialShipment({ ...base, lines: [{ ...line, ordered: 0 }] })).toThrow(
			RangeError
		);
		expect(() => comparePartialShipment({ ...base, balanceShipDay: 2, lines: [line] })).toThrow(
			/must be after shipDay/
		);
		expect(() => comparePartialShipment({ ...base, daysToPay: 2.5, lines: [line] })).toThrow(
			/whole number/
		);
		expect(() =>
			comparePartialShipment({ ...base, freightPerShipment: -1, lines: [line] })
		).toThrow(/must not be negative/);
		expect(() =>
			comparePartialShipment({ ...base, annualCostOfCapital: Number.NaN, lines: [line] })
		).toThrow(/finite/);
	});

	it('keeps units whole, never ships more than ordered and always ships everything', () => {
		const lineArb = fc
			.record({
				ordered: fc.integer({ min: 1, max: 500 }),
				price: fc.integer({ min: 0, max: 999 })
			})
			.chain(({ ordered, price }) =>
				fc.record({
					sku: fc.constant('x'),
					ordered: fc.constant(ordered),
					availableNow: fc.integer({ min: 0, max: ordered }),
					unitPrice: fc.constant(price)
				})
			);
		fc.assert(
			fc.property(
				fc.array(lineArb, { minLength: 1, maxLength: 6 }),
				fc.integer({ min: 0, max: 20 }),
				fc.integer({ min: 1, max: 30 }),
				(lines, shipDay, gap) => {
					const input: PartialShipmentInput = {
						...base,
						shipDay,
						balanceShipDay: shipDay + gap,
						annualCostOfCapital: 0.1,
						lines
					};
					const result = comparePartialShipment(input);
					const ordered = lines.reduce((s, l) => s + l.ordered, 0);
					for (const plan of [result.partial, result.complete]) {
						expect(plan.shipments.reduce((s, sh) => s + sh.units, 0)).toBe(ordered);
						for (const rates of [plan.fillOnSchedule, plan.fillFirstShipment]) {
							for (const r of Object.values(rates)) {
								expect(r).toBeGreaterThanOrEqual(0);
								expect(r).toBeLessThanOrEqual(1);
							}
						}
					}
					// Shipping partial never lowers the on-schedule unit fill, and never raises order fill.
					expect(result.partial.fillOnSchedule.unit).toBeGreaterThanOrEqual(
						result.complete.fillOnSchedule.unit
					);
					expect(result.partial.fillOnSchedule.order).toBe(result.complete.fillOnSchedule.order);
					expect(result.extraShippingCost).toBeGreaterThanOrEqual(0);
				}
			)
		);
	});
});
