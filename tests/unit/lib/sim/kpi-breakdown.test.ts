import { describe, expect, it } from 'vitest';
import {
	cashToCashBreakdown,
	cashToCashReading,
	metricOrderIssues,
	orderKpiBreakdown,
	orderKpiReading,
	type MetricLine,
	type MetricOrder
} from '../../../../src/lib/sim/kpi-breakdown';

// Lesson 18 ("Performance metrics in customer order management") worked example: a pump
// distributor's ten orders of one week, and its quarter's working capital.
const full = (qty: number, returned = 0): MetricLine => ({
	ordered: qty,
	shipped: qty,
	backordered: 0,
	returned
});
const order = (
	id: string,
	receivedDay: number,
	requestedDay: number,
	committedDay: number,
	deliveredDay: number,
	lines: MetricLine[]
): MetricOrder => ({ id, receivedDay, requestedDay, committedDay, deliveredDay, lines });
const WEEK: MetricOrder[] = [
	order('P-201', 1, 4, 4, 4, [full(40), full(10)]),
	order('P-202', 1, 5, 5, 12, [
		{ ordered: 100, shipped: 90, backordered: 10, returned: 0 },
		full(20)
	]),
	order('P-203', 2, 4, 6, 6, [full(12)]),
	order('P-204', 2, 6, 6, 6, [
		full(30),
		full(6),
		{ ordered: 4, shipped: 0, backordered: 0, returned: 0 }
	]),
	order('P-205', 3, 6, 6, 9, [full(60)]),
	order('P-206', 3, 7, 7, 7, [full(8), full(25)]),
	order('P-207', 4, 8, 8, 8, [full(50)]),
	order('P-208', 4, 8, 8, 8, [full(200, 6)]),
	order('P-209', 5, 9, 9, 9, [full(15), full(5)]),
	order('P-210', 5, 9, 9, 9, [full(10)])
];

describe('orderKpiBreakdown on the lesson 18 week', () => {
	const b = orderKpiBreakdown(WEEK);

	it('fill rates: 581 of 595 units, 14 of 16 lines, 8 of 10 orders', () => {
		expect(b.fill).toMatchObject({
			unitsOrdered: 595,
			unitsShipped: 581,
			lines: 16,
			linesComplete: 14,
			orders: 10,
			ordersComplete: 8,
			line: 0.875,
			order: 0.8,
			shortOrders: ['P-202', 'P-204']
		});
		expect(Number((b.fill.unit * 100).toFixed(1))).toBe(97.6);
	});

	it('backorder rate 10 %: P-202 owes 10, P-204 is a lost sale', () => {
		expect(b.backorder).toEqual({
			rate: 0.1,
			backorderedOrders: ['P-202'],
			lostSaleOrders: ['P-204']
		});
	});

	it('OTIF 7 of 10 to commit, 6 of 10 to request; P-203 was promised late', () => {
		expect(b.otif).toEqual({
			toCommit: 0.7,
			toRequest: 0.6,
			onTimeInFullToCommit: 7,
			onTimeInFullToRequest: 6,
			lateToCommit: ['P-202', 'P-205'],
			promisedLate: ['P-203']
		});
	});

	it('cycle time: mean 4.8, 90th percentile 6, longest 11 (P-202)', () => {
		expect(b.cycleTime.days).toEqual([3, 11, 4, 4, 6, 4, 4, 4, 4, 4]);
		expect(b.cycleTime.mean).toBeCloseTo(4.8, 10);
		expect(b.cycleTime.p90).toBe(6);
		expect(b.cycleTime.max).toBe(11);
		expect(b.cycleTime.longest).toEqual(['P-202']);
	});

	it('returns: 6 of the 591 units finally shipped, 1 of 10 orders', () => {
		expect(b.returns).toMatchObject({
			unitsReturned: 6,
			unitsShipped: 591,
			ordersWithReturns: 1,
			ordersShipped: 10,
			order: 0.1
		});
		expect(Number((b.returns!.unit * 100).toFixed(1))).toBe(1.0);
	});

	it('reads the week as the lesson does', () => {
		expect(orderKpiReading(b)).toBe(
			'2 orders shipped short, so the order fill rate trails the unit fill rate; 1 order still has a backorder and P-204 is a lost sale. OTIF to request trails OTIF to commit because P-203 was promised later than the customer asked.'
		);
		const clean = orderKpiBreakdown([WEEK[0], WEEK[6]]);
		expect(orderKpiReading(clean)).toBe('Every order shipped complete on its first shipment.');
	});

	it('has no return rate when nothing shipped at all', () => {
		const none = orderKpiBreakdown([
			order('X', 1, 2, 2, 2, [{ ordered: 5, shipped: 0, backordered: 0, returned: 0 }])
		]);
		expect(none.returns).toBeNull();
		expect(none.fill.order).toBe(0);
	});
});

describe('metricOrderIssues', () => {
	it('accepts the lesson week', () => {
		expect(metricOrderIssues(WEEK)).toEqual([]);
	});

	it('names the order and line of each impossible figure', () => {
		const bad = order('P-9', 5, 4, 3, 2, [
			{ ordered: 10, shipped: 12, backordered: 0, returned: 0 },
			{ ordered: 10, shipped: 6, backordered: 5, returned: 0 },
			{ ordered: 10, shipped: 4, backordered: 0, returned: 5 },
			{ ordered: 0, shipped: 0, backordered: 0, returned: 0 }
		]);
		expect(metricOrderIssues([bad])).toEqual([
			'P-9 is requested for day 4, before it was received on day 5.',
			'P-9 is committed for day 3, before it was received on day 5.',
			'P-9 is delivered on day 2, before it was received on day 5.',
			'P-9 line 1: the first shipment (12) is more than the 10 ordered.',
			'P-9 line 2: 6 shipped and 5 backordered come to more than the 10 ordered.',
			'P-9 line 3: 5 returned is more than the 4 shipped in the end.',
			'P-9 line 4 orders nothing: enter at least 1 unit.'
		]);
		expect(metricOrderIssues([])).toEqual(['There are no orders to measure.']);
		expect(metricOrderIssues([order('E', 1, 1, 1, 1, [])])).toEqual(['E has no lines.']);
	});

	it('the engine throws on the figures the issues reject', () => {
		expect(() =>
			orderKpiBreakdown([
				order('P-9', 1, 2, 2, 2, [{ ordered: 10, shipped: 12, backordered: 0, returned: 0 }])
			])
		).toThrow(RangeError);
	});
});

describe('cashToCashBreakdown on the lesson 18 quarter', () => {
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

	it('averages 900,000, 1,240,000 and 600,000; DIO 30, DSO 31, DPO 20, cycle 41 days', () => {
		const b = cashToCashBreakdown(quarter);
		expect([b.averageInventory, b.averageReceivables, b.averagePayables, b.days]).toEqual([
			900_000, 1_240_000, 600_000, 90
		]);
		expect(b.dio).toBeCloseTo(30, 10);
		expect(b.dso).toBeCloseTo(31, 10);
		expect(b.dpo).toBeCloseTo(20, 10);
		expect(b.cashToCash).toBeCloseTo(41, 10);
		expect(cashToCashReading(b)).toBe(
			'The business finances 41 days between paying for its inventory and collecting from customers; shorter is better.'
		);
	});

	it('a 365-day window on a quarter inflates DSO to 125.7 days', () => {
		const b = cashToCashBreakdown({ ...quarter, days: 365 });
		expect(Number(b.dso.toFixed(1))).toBe(125.7);
		expect(Number(b.cashToCash.toFixed(1))).toBe(166.3);
	});

	it('self-check 4: DIO 25, DSO 35, DPO 70 give -10 days, financed by suppliers', () => {
		const b = cashToCashBreakdown({
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
		expect(b.cashToCash).toBe(-10);
		expect(cashToCashReading(b)).toBe(
			'Negative: customers pay 10 days before suppliers are paid, so supplier credit funds the cycle.'
		);
	});

	it('throws a RangeError on zero revenue, as cashToCash does', () => {
		expect(() => cashToCashBreakdown({ ...quarter, revenue: 0 })).toThrow(RangeError);
	});
});
