import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { discreteAtp } from '../../../../src/lib/sim/atp';
import { fillRates } from '../../../../src/lib/sim/kpis';
import { comparePartialShipment } from '../../../../src/lib/sim/partial-shipment';

// Numeric questions of content/quizzes/11-backorders-and-partial-shipments.yaml: each stored
// answer must equal what the engine computes from the figures its prompt gives.
type NumericQuestion = { id: string; type: string; answer: number; tolerance?: number };
const bank = parse(
	readFileSync(
		new URL(
			'../../../../content/quizzes/11-backorders-and-partial-shipments.yaml',
			import.meta.url
		),
		'utf8'
	)
) as { topic: number; questions: NumericQuestion[] };

function numeric(id: string): NumericQuestion {
	const q = bank.questions.find((x) => x.id === id);
	if (!q || q.type !== 'numeric') throw new Error(`no numeric question "${id}" in bank 11`);
	return q;
}
const round = (x: number, decimals: number) => Number(x.toFixed(decimals));

describe('bank 11: numeric answers come from the engine', () => {
	it('unit-fill-first-shipment: 176 of 200 units on the first shipment is 88 %', () => {
		const r = fillRates([
			{ orderId: 'filters', ordered: 120, shipped: 96 },
			{ orderId: 'filters', ordered: 60, shipped: 60 },
			{ orderId: 'filters', ordered: 20, shipped: 20 }
		]);
		expect(numeric('unit-fill-first-shipment').answer).toBe(round(r.unit * 100, 2));
		// The distractor counts the question's explanation names.
		expect(round(r.line * 100, 1)).toBe(66.7);
		expect(r.order).toBe(0);
	});

	it('line-fill-across-orders: 5 of 7 lines complete is 71.43 % (units 97.78 %, orders 50 %)', () => {
		const r = fillRates([
			{ orderId: 'A', ordered: 50, shipped: 50 },
			{ orderId: 'A', ordered: 30, shipped: 28 },
			{ orderId: 'B', ordered: 100, shipped: 100 },
			{ orderId: 'C', ordered: 40, shipped: 40 },
			{ orderId: 'C', ordered: 10, shipped: 10 },
			{ orderId: 'C', ordered: 25, shipped: 20 },
			{ orderId: 'D', ordered: 60, shipped: 60 }
		]);
		expect(numeric('line-fill-across-orders').answer).toBe(round(r.line * 100, 2));
		expect(round(r.unit * 100, 2)).toBe(97.78);
		expect(r.order).toBe(0.5);
	});

	it('earlier-cash-value: $8,500 invoiced 14 days sooner at 12 % is worth $39.12; net cost $180.88', () => {
		const r = comparePartialShipment({
			lines: [
				{ sku: 'valve', ordered: 200, availableNow: 150, unitPrice: 40 },
				{ sku: 'flange', ordered: 100, availableNow: 100, unitPrice: 25 }
			],
			shipDay: 5,
			balanceShipDay: 19,
			freightPerShipment: 180,
			handlingPerShipment: 40,
			daysToPay: 30,
			annualCostOfCapital: 0.12
		});
		expect(r.cashEarlier).toEqual({ value: 8500, days: 14 });
		expect(numeric('earlier-cash-value').answer).toBe(round(r.valueOfEarlierCash!, 2));
		expect(r.extraShippingCost).toBe(220);
		expect(r.netFinancialEffectOfPartial!.toFixed(2)).toBe('-180.88');
	});

	it('backorder-consumes-atp: 6 on hand + 80 received - 20 backordered - 50 due before week 4 leaves 16', () => {
		// Week 1 carries the past-due backorder (20) and its own orders (15).
		const atp = discreteAtp({ onHand: 6, mps: [80, 0, 0, 80], customerOrders: [35, 25, 10, 30] });
		expect(numeric('backorder-consumes-atp').answer).toBe(atp[0]);
		// Leaving the backorder out would wrongly promise 36.
		expect(
			discreteAtp({ onHand: 6, mps: [80, 0, 0, 80], customerOrders: [15, 25, 10, 30] })[0]
		).toBe(36);
	});
});
