import { describe, expect, it } from 'vitest';
import { cashToCash } from '../../../../src/lib/sim/kpis';
import { orderToCashTimeline } from '../../../../src/lib/sim/order-to-cash';

// Every figure printed in the worked example of content/lessons/02-order-to-cash/index.md.

describe('lesson 2, The order-to-cash process: worked example', () => {
	it('times one valve order from receipt (day 0) to cash applied (day 43), net 30', () => {
		const t = orderToCashTimeline(
			{ received: 0, shipped: 3, delivered: 5, invoiced: 3, paid: 41, applied: 43 },
			30
		);
		expect(t).toEqual({
			orderToShip: 3,
			transit: 2,
			fulfillmentCycleTime: 5,
			dueDay: 33,
			daysPastDue: 8,
			invoiceToCash: 38,
			unappliedDays: 2,
			orderToCash: 43
		});
	});

	it('gives the quarter a DSO of 38.3 days (41.7 on the closing balance alone) and cash-to-cash of 57.7', () => {
		const quarter = {
			revenue: 2_700_000,
			cogs: 2_000_000,
			inventoryBegin: 900_000,
			inventoryEnd: 1_000_000,
			receivablesBegin: 1_050_000,
			receivablesEnd: 1_250_000,
			payablesBegin: 500_000,
			payablesEnd: 540_000,
			days: 90
		};
		const r = cashToCash(quarter);
		// Average receivables the lesson prints: DSO x revenue / days.
		expect((r.dso * quarter.revenue) / quarter.days).toBeCloseTo(1_150_000, 6);
		expect(r.dso).toBeCloseTo(38.33, 2);
		expect(Number(r.dso.toFixed(1))).toBe(38.3);
		// DSO against net 30 terms.
		expect(Number((r.dso - 30).toFixed(1))).toBe(8.3);
		// The closing balance alone overstates it.
		const closingOnly = cashToCash({ ...quarter, receivablesBegin: 1_250_000 });
		expect(Number(closingOnly.dso.toFixed(1))).toBe(41.7);
		// The rest of the cash-to-cash cycle, for context.
		expect(r.dio).toBeCloseTo(42.75, 10);
		expect(Number(r.dpo.toFixed(1))).toBe(23.4);
		expect(Number(r.cashToCash.toFixed(1))).toBe(57.7);
	});

	it('answers self-check question 1: 6 days to delivery, 35 to cash, not past due', () => {
		const t = orderToCashTimeline(
			{ received: 0, shipped: 4, delivered: 6, invoiced: 4, paid: 34, applied: 35 },
			30
		);
		expect(t.fulfillmentCycleTime).toBe(6);
		expect(t.orderToCash).toBe(35);
		expect(t.dueDay).toBe(34);
		expect(t.daysPastDue).toBe(0);
	});
});
