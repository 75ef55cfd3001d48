import { describe, expect, it } from 'vitest';
import { comparePartialShipment } from '../../../../src/lib/sim/partial-shipment';

// Lesson 12, "Order status tracking and communication": the figures its worked case takes
// from lesson 11's pump order, shipped partial. Delivery days add the lane's two transit days
// (and, for the first shipment, the one-day carrier delay the case describes).
const result = comparePartialShipment({
	lines: [
		{ sku: 'CP-50 centrifugal pump', ordered: 10, availableNow: 6, unitPrice: 1450 },
		{ sku: 'Mechanical seal kit', ordered: 40, availableNow: 40, unitPrice: 85 },
		{ sku: 'Flexible coupling', ordered: 20, availableNow: 20, unitPrice: 60 }
	],
	shipDay: 3,
	balanceShipDay: 12,
	freightPerShipment: 240,
	handlingPerShipment: 35,
	daysToPay: 30
});
const TRANSIT_DAYS = 2;
const CARRIER_DELAY_DAYS = 1;

describe('lesson 12 worked case: the pump order timeline', () => {
	const [first, balance] = result.partial.shipments;

	it('ships 66 units invoiced at $13,300 on day 3 and 4 pumps at $5,800 on day 12', () => {
		expect(result.partial.shipments).toHaveLength(2);
		expect([first.day, first.units, first.value]).toEqual([3, 66, 13300]);
		expect([balance.day, balance.units, balance.value]).toEqual([12, 4, 5800]);
		expect(result.unitsShort).toBe(4);
	});

	it('promises delivery on day 5, the ETA moves to day 6, the balance arrives on day 14', () => {
		expect(first.day + TRANSIT_DAYS).toBe(5);
		expect(first.day + TRANSIT_DAYS + CARRIER_DELAY_DAYS).toBe(6);
		expect(balance.day + TRANSIT_DAYS).toBe(14);
	});

	it('collects the invoices on days 33 and 42 (net 30)', () => {
		expect(result.partial.shipments.map((s) => s.payDay)).toEqual([33, 42]);
	});
});
