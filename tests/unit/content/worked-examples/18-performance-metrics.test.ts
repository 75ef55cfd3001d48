import { describe, expect, it } from 'vitest';
import { cashToCash, fillRates, otif } from '../../../../src/lib/sim/kpis';
import { returnRates } from '../../../../src/lib/sim/disposition';
import {
	backorderRate,
	orderFulfillmentCycleTime
} from '../../../../src/lib/sim/fulfillment-metrics';

// Lesson 18, "Performance metrics in customer order management", worked example: a pump
// distributor's ten orders of one week, and its quarter's working capital. Days are days of
// the scenario; `shipped` is what the first shipment carried; `backordered` is the balance the
// customer still waits for (P-204's short line was cancelled by the customer: a lost sale).
type Line = { ordered: number; shipped: number; backordered: number };
type WeekOrder = {
	id: string;
	received: number;
	requested: number;
	committed: number;
	delivered: number; // last delivery
	lines: Line[];
};
const full = (qty: number): Line => ({ ordered: qty, shipped: qty, backordered: 0 });
const week: WeekOrder[] = [
	{
		id: 'P-201',
		received: 1,
		requested: 4,
		committed: 4,
		delivered: 4,
		lines: [full(40), full(10)]
	},
	{
		id: 'P-202',
		received: 1,
		requested: 5,
		committed: 5,
		delivered: 12,
		lines: [{ ordered: 100, shipped: 90, backordered: 10 }, full(20)]
	},
	{ id: 'P-203', received: 2, requested: 4, committed: 6, delivered: 6, lines: [full(12)] },
	{
		id: 'P-204',
		received: 2,
		requested: 6,
		committed: 6,
		delivered: 6,
		lines: [full(30), full(6), { ordered: 4, shipped: 0, backordered: 0 }]
	},
	{ id: 'P-205', received: 3, requested: 6, committed: 6, delivered: 9, lines: [full(60)] },
	{
		id: 'P-206',
		received: 3,
		requested: 7,
		committed: 7,
		delivered: 7,
		lines: [full(8), full(25)]
	},
	{ id: 'P-207', received: 4, requested: 8, committed: 8, delivered: 8, lines: [full(50)] },
	{ id: 'P-208', received: 4, requested: 8, committed: 8, delivered: 8, lines: [full(200)] },
	{
		id: 'P-209',
		received: 5,
		requested: 9,
		committed: 9,
		delivered: 9,
		lines: [full(15), full(5)]
	},
	{ id: 'P-210', received: 5, requested: 9, committed: 9, delivered: 9, lines: [full(10)] }
];
const lines = week.flatMap((o) => o.lines.map((l) => ({ orderId: o.id, ...l })));
const inFull = (o: WeekOrder) => o.lines.every((l) => l.shipped === l.ordered);
const pct = (x: number, digits = 1) => Number((x * 100).toFixed(digits));

describe('lesson 18 worked example: one week of a pump distributor’s orders', () => {
	it('has ten orders, 16 lines and 595 units, 581 on the first shipments', () => {
		expect(week).toHaveLength(10);
		expect(lines).toHaveLength(16);
		expect(lines.reduce((s, l) => s + l.ordered, 0)).toBe(595);
		expect(lines.reduce((s, l) => s + l.shipped, 0)).toBe(581);
	});

	it('fill rates on the first shipment: unit 97.6 %, line 87.5 %, order 80 %', () => {
		const r = fillRates(lines);
		expect(pct(r.unit)).toBe(97.6);
		expect(r.line).toBe(0.875);
		expect(r.order).toBe(0.8);
	});

	it('counting the later backorder shipment would lift them to 99.3 %, 93.75 % and 90 %', () => {
		const eventually = lines.map((l) => ({ ...l, shipped: l.shipped + l.backordered }));
		const r = fillRates(eventually);
		expect(pct(r.unit)).toBe(99.3);
		expect(r.line).toBe(0.9375);
		expect(r.order).toBe(0.9);
	});

	it('backorder rate 10 % of orders, below the 20 % of orders not filled complete', () => {
		const r = backorderRate(lines);
		expect(r.order).toBe(0.1);
		expect(r.line).toBe(1 / 16);
		expect(1 - fillRates(lines).order).toBeCloseTo(0.2, 10);
	});

	it('OTIF 70 % to the commit date and 60 % to the request date', () => {
		const toCommit = week.map((o) => ({ onTime: o.delivered <= o.committed, inFull: inFull(o) }));
		const toRequest = week.map((o) => ({ onTime: o.delivered <= o.requested, inFull: inFull(o) }));
		expect(otif(toCommit)).toBe(0.7);
		expect(otif(toRequest)).toBe(0.6);
		// The failures: P-202 late and short, P-204 short, P-205 late; P-203 only to the request.
		expect(
			week.filter((o, i) => !(toCommit[i].onTime && toCommit[i].inFull)).map((o) => o.id)
		).toEqual(['P-202', 'P-204', 'P-205']);
	});

	it('Order Fulfillment Cycle Time: mean 4.8 days, 90th percentile 6, longest 11', () => {
		const r = orderFulfillmentCycleTime(
			week.map((o) => ({ receivedDay: o.received, deliveredDay: o.delivered }))
		);
		expect(week.map((o) => o.delivered - o.received)).toEqual([3, 11, 4, 4, 6, 4, 4, 4, 4, 4]);
		expect(r.mean).toBeCloseTo(4.8, 10);
		expect(r.p90).toBe(6);
		expect(r.max).toBe(11);
	});

	it('return rate: 6 of P-208’s pumps back is 1.0 % of units but 10 % of orders', () => {
		// Units shipped in the end, backorder shipment included: 581 + 10 = 591.
		const shipped = week.flatMap((o) =>
			o.lines.map((l) => ({
				orderId: o.id,
				shipped: l.shipped + l.backordered,
				returned: o.id === 'P-208' ? 6 : 0
			}))
		);
		const withStock = shipped.filter((l) => l.shipped > 0);
		expect(withStock.reduce((s, l) => s + l.shipped, 0)).toBe(591);
		const r = returnRates(withStock);
		expect(pct(r.unit)).toBe(1.0);
		expect(r.order).toBe(0.1);
	});
});

describe('lesson 18 worked example: the quarter’s cash-to-cash cycle time', () => {
	const quarter = {
		revenue: 3_600_000,
		cogs: 2_700_000,
		inventoryBegin: 820_000,
		inventoryEnd: 980_000,
		receivablesBegin: 1_180_000,
		receivablesEnd: 1_300_000,
		payablesBegin: 560_000,
		payablesEnd: 640_000,
		days: 90
	};

	it('DIO 30.0, DSO 31.0, DPO 20.0, cash-to-cash 41.0 days over a 90-day window', () => {
		const r = cashToCash(quarter);
		expect(r.dio).toBeCloseTo(30, 10);
		expect(r.dso).toBeCloseTo(31, 10);
		expect(r.dpo).toBeCloseTo(20, 10);
		expect(r.cashToCash).toBeCloseTo(41, 10);
	});

	it('a quarter’s revenue over a 365-day window inflates DSO to 125.7 days', () => {
		const r = cashToCash({ ...quarter, days: 365 });
		expect(Number(r.dso.toFixed(1))).toBe(125.7);
		expect(Number(r.cashToCash.toFixed(1))).toBe(166.3);
	});
});

describe('lesson 18 self-check figures', () => {
	it('question 1: 50/50, 30/30 and 19/20 fill 99 % of units, 2 of 3 lines and no order', () => {
		const r = fillRates([
			{ orderId: 'Q1', ordered: 50, shipped: 50 },
			{ orderId: 'Q1', ordered: 30, shipped: 30 },
			{ orderId: 'Q1', ordered: 20, shipped: 19 }
		]);
		expect(r.unit).toBe(0.99);
		expect(pct(r.line)).toBe(66.7);
		expect(r.order).toBe(0);
	});

	it('question 4: DIO 25, DSO 35 and DPO 70 give a cash-to-cash cycle of -10 days', () => {
		// A year of 365 days with revenue and COGS of 365 makes each balance read as days.
		const r = cashToCash({
			revenue: 365,
			cogs: 365,
			inventoryBegin: 25,
			inventoryEnd: 25,
			receivablesBegin: 35,
			receivablesEnd: 35,
			payablesBegin: 70,
			payablesEnd: 70,
			days: 365
		});
		expect([r.dio, r.dso, r.dpo]).toEqual([25, 35, 70]);
		expect(r.cashToCash).toBe(-10);
	});
});
