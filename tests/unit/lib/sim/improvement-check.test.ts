import { describe, expect, it } from 'vitest';
import {
	improvementCheck,
	measureMonth,
	monthIssues,
	type CauseCount,
	type PerfectOrderComponent
} from '../../../../src/lib/sim/improvement-check';

// Lesson 20 ("Continuous improvement in order management") worked example: a pump distributor's
// 400 orders in March, 48 imperfect, coded by primary cause; a countermeasure on contract
// pricing; and 410 orders in April, 31 imperfect.
const CAUSES: [string, PerfectOrderComponent][] = [
	['Invoice price not the contract price', 'documentationAccurate'],
	['Short shipment, inventory record wrong', 'inFull'],
	['Wrong ship-to address keyed', 'onTime'],
	['Carrier late', 'onTime'],
	['Damaged in transit', 'damageFree'],
	['Certificate missing', 'documentationAccurate'],
	['Other', 'inFull']
];
const month = (orders: number, counts: number[]) => ({
	orders,
	causes: CAUSES.map(([cause, component], i): CauseCount => ({
		cause,
		component,
		count: counts[i]
	}))
});
const MARCH = month(400, [21, 12, 6, 4, 3, 1, 1]);
const APRIL = month(410, [3, 13, 5, 4, 3, 1, 2]);
const PRICING = CAUSES[0][0];
const pct = (x: number, dp: number) => Number((x * 100).toFixed(dp));

describe('measureMonth', () => {
	it('March: 48 of 400 imperfect, Perfect Order Fulfillment 88.0 %, documentation accuracy 94.5 %', () => {
		const m = measureMonth(MARCH, 'Other');
		expect(m.imperfect).toBe(48);
		expect(pct(m.perfect.rate, 1)).toBe(88.0);
		expect(pct(m.perfect.components.documentationAccurate, 1)).toBe(94.5);
		expect(m.failuresByComponent).toEqual({
			onTime: 10,
			inFull: 13,
			damageFree: 3,
			documentationAccurate: 22
		});
	});

	it('ranks the Pareto as printed: three vital few causes reach 81.25 %, "Other" last', () => {
		const p = measureMonth(MARCH, 'Other').pareto!;
		expect(p.rows.map((r) => r.cause)).toEqual(CAUSES.map(([c]) => c));
		expect(p.rows.map((r) => pct(r.cumulativeShare, 2))).toEqual([
			43.75, 68.75, 81.25, 89.58, 95.83, 97.92, 100
		]);
		expect(p.vitalFew).toEqual(CAUSES.slice(0, 3).map(([c]) => c));
	});

	it('a month with no failures is 100 % and has no Pareto', () => {
		const m = measureMonth(month(50, [0, 0, 0, 0, 0, 0, 0]));
		expect(m.perfect.rate).toBe(1);
		expect(m.pareto).toBeNull();
	});

	it('throws a RangeError when the failures exceed the orders or no order shipped', () => {
		expect(() => measureMonth(month(40, [21, 12, 6, 4, 3, 1, 1]))).toThrow(RangeError);
		expect(() => measureMonth(month(0, [0, 0, 0, 0, 0, 0, 0]))).toThrow(RangeError);
	});
});

describe('monthIssues', () => {
	it('names the month and what is wrong', () => {
		expect(monthIssues('March', MARCH, true)).toEqual([]);
		expect(monthIssues('March', month(40, [21, 12, 6, 4, 3, 1, 1]))).toEqual([
			'March: 48 failed orders are more than the 40 orders shipped.'
		]);
		expect(monthIssues('April', month(0, [0, 0, 0, 0, 0, 0, 0]), true)).toEqual([
			'April: enter the orders shipped, at least 1.',
			'April has no failures to rank.'
		]);
	});
});

describe('improvementCheck', () => {
	it('April: 88.0 % to 92.4 %, pricing 21 to 3, delivery 10 to 9, next cycle short shipments 41.9 %', () => {
		const c = improvementCheck(MARCH, APRIL, PRICING, { otherLast: 'Other' });
		expect(pct(c.after.perfect.rate, 1)).toBe(92.4);
		expect(pct(c.after.perfect.components.documentationAccurate, 1)).toBe(99.0);
		expect(c.target).toEqual({
			cause: PRICING,
			component: 'documentationAccurate',
			before: 21,
			after: 3
		});
		expect(c.balancing).toEqual({ component: 'onTime', before: 10, after: 9, rose: false });
		expect(c.reading).toBe(
			'Perfect Order Fulfillment rose from 88.0 % to 92.4 %. Failures from "Invoice price not the contract price" fell from 21 to 3. Failures of delivery performance to commit date went from 10 to 9, so the change has not simply moved the problem. Next cycle: "Short shipment, inventory record wrong", now 13 of 31 failures (41.9 %).'
		);
	});

	it('flags a balancing measure that rose: a price block that delays orders', () => {
		const held = month(410, [3, 13, 5, 20, 3, 1, 2]);
		const c = improvementCheck(MARCH, held, PRICING, { otherLast: 'Other' });
		expect(c.balancing.rose).toBe(true);
		expect(c.reading).toContain(
			'But delivery performance to commit date failures rose from 10 to 25: check whether the change moved the problem.'
		);
	});

	it('watches another balancing measure on request, and none when it is the target’s own', () => {
		const c = improvementCheck(MARCH, APRIL, PRICING, { otherLast: 'Other', balancing: 'inFull' });
		expect(c.balancing).toEqual({ component: 'inFull', before: 13, after: 15, rose: true });
		expect(c.reading).toContain('But orders delivered in full failures rose from 13 to 15');
		const own = improvementCheck(MARCH, APRIL, CAUSES[3][0], { balancing: 'onTime' });
		expect(own.reading).not.toMatch(/moved the problem/);
	});

	it('says when the targeted cause did not fall', () => {
		const c = improvementCheck(MARCH, MARCH, PRICING, { otherLast: 'Other' });
		expect(c.reading).toContain('Perfect Order Fulfillment stayed at 88.0 %.');
		expect(c.reading).toContain('did not fall (21 to 21): adjust the countermeasure');
	});

	it('throws for a cause that is not on the list', () => {
		expect(() => improvementCheck(MARCH, APRIL, 'Gremlins')).toThrow(RangeError);
	});
});
