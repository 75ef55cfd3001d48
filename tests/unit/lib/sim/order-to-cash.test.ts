import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	orderToCashTimeline,
	type OrderToCashMilestones
} from '../../../../src/lib/sim/order-to-cash';

const base: OrderToCashMilestones = {
	received: 0,
	shipped: 3,
	delivered: 5,
	invoiced: 3,
	paid: 41,
	applied: 43
};

describe('order-to-cash timeline: published examples', () => {
	it('counts a gross fulfillment cycle of 7 and 96 days as SCOR does for pre-ordered work', () => {
		// SCOR framework, Order Fulfillment Cycle Time (order receipt to customer acceptance),
		// discussion: an order that takes six days to fulfill, placed one day in advance, has a
		// gross cycle time of seven days; placed three months ahead, 96 days.
		const oneDayAhead = orderToCashTimeline(
			{ received: 0, shipped: 6, delivered: 7, invoiced: 6, paid: 6, applied: 6 },
			0
		);
		expect(oneDayAhead.fulfillmentCycleTime).toBe(7);
		const preOrdered = orderToCashTimeline(
			{ received: 0, shipped: 95, delivered: 96, invoiced: 95, paid: 95, applied: 95 },
			0
		);
		expect(preOrdered.fulfillmentCycleTime).toBe(96);
	});

	it('makes an invoice dated December 1 on net 30 due December 31 (AP2P help center)', () => {
		// AP2P support article "If an invoice is dated December 1 and the terms of payment is net
		// 30 days, is the payment due December 30 or December 31?": December 31, 30 days after
		// the invoice date. Days of December used as day numbers.
		const t = orderToCashTimeline(
			{ received: 1, shipped: 1, delivered: 2, invoiced: 1, paid: 31, applied: 31 },
			30
		);
		expect(t.dueDay).toBe(31);
		expect(t.daysPastDue).toBe(0);
		// One day later is one day past due.
		expect(
			orderToCashTimeline({ ...base, invoiced: 1, paid: 32, applied: 32, shipped: 1 }, 30)
				.daysPastDue
		).toBe(1);
	});
});

describe('order-to-cash timeline: spans and edge cases', () => {
	it('splits one order into its spans', () => {
		expect(orderToCashTimeline(base, 30)).toEqual({
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

	it('reports early payment as 0 days past due, and allows same-day milestones', () => {
		const early = orderToCashTimeline({ ...base, paid: 13, applied: 13 }, 30);
		expect(early.daysPastDue).toBe(0);
		expect(early.unappliedDays).toBe(0);
		const sameDay = orderToCashTimeline(
			{ received: 4, shipped: 4, delivered: 4, invoiced: 4, paid: 4, applied: 4 },
			0
		);
		expect(sameDay.orderToCash).toBe(0);
	});

	it('allows an invoice raised after delivery (billing on proof of delivery)', () => {
		const t = orderToCashTimeline({ ...base, invoiced: 6 }, 30);
		expect(t.dueDay).toBe(36);
		expect(t.daysPastDue).toBe(5);
		expect(t.invoiceToCash).toBe(35);
	});

	it('refuses milestones out of order, cash in advance, negative terms and non-numbers', () => {
		expect(() => orderToCashTimeline({ ...base, shipped: -1 }, 30)).toThrow(RangeError);
		expect(() => orderToCashTimeline({ ...base, delivered: 2 }, 30)).toThrow(
			/delivered \(day 2\) cannot come before shipped/
		);
		expect(() => orderToCashTimeline({ ...base, invoiced: -2 }, 30)).toThrow(
			/invoiced .* cannot come before received/
		);
		expect(() => orderToCashTimeline({ ...base, paid: 2 }, 30)).toThrow(/cash in advance/);
		expect(() => orderToCashTimeline({ ...base, applied: 40 }, 30)).toThrow(
			/applied .* cannot come before paid/
		);
		expect(() => orderToCashTimeline(base, -1)).toThrow(/netDays must not be negative/);
		expect(() => orderToCashTimeline({ ...base, paid: Number.NaN }, 30)).toThrow(
			/milestones.paid must be a finite number/
		);
	});

	it('keeps the spans consistent: order to cash = order to invoice + invoice to cash + unapplied', () => {
		const day = fc.integer({ min: 0, max: 400 });
		fc.assert(
			fc.property(
				day,
				day,
				day,
				day,
				day,
				day,
				fc.integer({ min: 0, max: 120 }),
				(r, a, b, c, d, e, net) => {
					const shipped = r + a;
					const m = {
						received: r,
						shipped,
						delivered: shipped + b,
						invoiced: r + c,
						paid: r + c + d,
						applied: r + c + d + e
					};
					const t = orderToCashTimeline(m, net);
					expect(t.fulfillmentCycleTime).toBe(t.orderToShip + t.transit);
					expect(t.orderToCash).toBe(m.invoiced - m.received + t.invoiceToCash + t.unappliedDays);
					expect(t.daysPastDue).toBeGreaterThanOrEqual(0);
					expect(t.daysPastDue).toBeLessThanOrEqual(t.invoiceToCash);
				}
			)
		);
	});
});
