import { describe, expect, it } from 'vitest';
import { discreteAtp, fillRates } from '../../../../src/lib/sim/index';
import { comparePartialShipment } from '../../../../src/lib/sim/partial-shipment';

// Lesson 11, "Backorders and partial shipments": every figure its worked example and
// self-check print. A pump distributor's three-line order, due to ship on day 3, with four
// CP-50 pumps short until a purchase order arrives on day 12.
const pumpOrder = {
	lines: [
		{ sku: 'CP-50 centrifugal pump', ordered: 10, availableNow: 6, unitPrice: 1450 },
		{ sku: 'Mechanical seal kit', ordered: 40, availableNow: 40, unitPrice: 85 },
		{ sku: 'Flexible coupling', ordered: 20, availableNow: 20, unitPrice: 60 }
	],
	shipDay: 3,
	balanceShipDay: 12,
	freightPerShipment: 240,
	handlingPerShipment: 35,
	daysToPay: 30,
	annualCostOfCapital: 0.1
};

const pct = (x: number) => Math.round(x * 1000) / 10;

describe('lesson 11 worked example: ship partial or ship complete', () => {
	const r = comparePartialShipment(pumpOrder);

	it('values the order at $19,100 with four units short', () => {
		expect(r.orderValue).toBe(19100);
		expect(r.unitsShort).toBe(4);
	});

	it('step 1: partial ships 66 units ($13,300) on day 3 and 4 pumps ($5,800) on day 12; complete ships 70 on day 12', () => {
		expect(r.partial.shipments.map((s) => [s.day, s.units, s.value])).toEqual([
			[3, 66, 13300],
			[12, 4, 5800]
		]);
		expect(r.partial.shipments[1].lineUnits).toEqual([4, 0, 0]);
		expect(r.complete.shipments.map((s) => [s.day, s.units, s.value])).toEqual([[12, 70, 19100]]);
	});

	it('step 2: fill rates on schedule and on the first shipment', () => {
		expect(pct(r.partial.fillOnSchedule.unit)).toBe(94.3);
		expect(r.partial.fillOnSchedule.unit).toBe(66 / 70);
		expect(pct(r.partial.fillOnSchedule.line)).toBe(66.7);
		expect(r.partial.fillOnSchedule.order).toBe(0);
		expect(r.complete.fillOnSchedule).toEqual({ unit: 0, line: 0, order: 0 });
		expect(r.partial.fillFirstShipment).toEqual(r.partial.fillOnSchedule);
		expect(r.complete.fillFirstShipment).toEqual({ unit: 1, line: 1, order: 1 });
		expect(r.complete.daysLate).toBe(9);
		// The same figures straight from the engine's fillRates on the day-3 shipment.
		expect(
			fillRates([
				{ orderId: 'utility', ordered: 10, shipped: 6 },
				{ orderId: 'utility', ordered: 40, shipped: 40 },
				{ orderId: 'utility', ordered: 20, shipped: 20 }
			])
		).toEqual(r.partial.fillOnSchedule);
	});

	it('step 3: $550 against $275 of freight and handling; paid on days 33 and 42 against 42', () => {
		expect(r.partial.shippingCost).toBe(550);
		expect(r.complete.shippingCost).toBe(275);
		expect(r.partial.shipments.map((s) => [s.value, s.payDay])).toEqual([
			[13300, 33],
			[5800, 42]
		]);
		expect(r.complete.shipments.map((s) => [s.value, s.payDay])).toEqual([[19100, 42]]);
		expect(Math.round(r.partial.meanPayDay! * 10) / 10).toBe(35.7);
		expect(r.complete.meanPayDay).toBe(42);
	});

	it('step 4: $13,300 nine days sooner is worth $32.79 against $275 extra: net cost $242.21', () => {
		expect(r.cashEarlier).toEqual({ value: 13300, days: 9 });
		expect(r.valueOfEarlierCash!.toFixed(2)).toBe('32.79');
		expect(r.extraShippingCost).toBe(275);
		expect(r.netFinancialEffectOfPartial!.toFixed(2)).toBe('-242.21');
	});
});

describe('lesson 11 self-check', () => {
	it('question 2: 80 and 20 ordered, 75 and 20 shipped: 95 % units, 50 % lines, 0 % orders', () => {
		expect(
			fillRates([
				{ orderId: 'q2', ordered: 80, shipped: 75 },
				{ orderId: 'q2', ordered: 20, shipped: 20 }
			])
		).toEqual({ unit: 0.95, line: 0.5, order: 0 });
	});

	it('question 3: a 50-unit receipt less 12 backordered (past due, in period 1) and 20 due Friday leaves 18 to promise', () => {
		// Period 1 = Thursday: on-hand 0, the receipt of 50, the backorder charged here as past due.
		// Period 2 = Friday: 20 units of orders. No later receipt.
		expect(discreteAtp({ onHand: 0, mps: [50, 0], customerOrders: [12, 20] })).toEqual([18, 0]);
	});
});
