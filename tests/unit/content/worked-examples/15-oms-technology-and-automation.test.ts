import { describe, expect, it } from 'vitest';
import { deskAutomation, type DeskAutomationInput } from '../../../../src/lib/sim/automation';

// Lesson 15, "Order management technology and automation", worked example: a pump distributor's
// desk of five (420 productive minutes each) taking 400 orders a day at two automation levels.
const desk = { ordersPerDay: 400, staff: 5, productiveMinutesPerPerson: 420 };
const levelA: DeskAutomationInput = {
	...desk,
	touchlessShare: 0.3,
	minutesPerHandledOrder: 7,
	minutesPerTouchlessOrder: 0,
	handledErrorRate: 0.025,
	touchlessErrorRate: 0.005
};
const levelB: DeskAutomationInput = {
	...desk,
	touchlessShare: 0.8,
	minutesPerHandledOrder: 12,
	minutesPerTouchlessOrder: 0.5,
	handledErrorRate: 0.03,
	touchlessErrorRate: 0.005
};
const pct = (x: number, decimals: number) => Number((x * 100).toFixed(decimals));

describe('lesson 15 worked example: desk throughput and errors at two automation levels', () => {
	it('level A, 30 % touchless: 120 / 280 orders, 4.9 min, 1,960 min, 4.67 staff, 93 %, 428.6 a day, 1.9 %, 7.6 errors', () => {
		const a = deskAutomation(levelA);
		expect(a.touchlessOrders).toBeCloseTo(120, 9);
		expect(a.handledOrders).toBeCloseTo(280, 9);
		expect(a.minutesPerOrder).toBeCloseTo(4.9, 12);
		expect(a.workloadMinutes).toBeCloseTo(1960, 9);
		expect(a.staffNeeded.toFixed(2)).toBe('4.67');
		expect(pct(a.utilization, 0)).toBe(93);
		expect(a.capacityOrdersPerDay.toFixed(1)).toBe('428.6');
		expect(Math.round(a.capacityOrdersPerDay)).toBe(429);
		expect(pct(a.errorRate, 2)).toBe(1.9);
		expect(a.ordersWithErrors).toBeCloseTo(7.6, 9);
	});

	it('level B, 80 % touchless: 320 / 80 orders, 2.8 min, 1,120 min, 2.67 staff, 53 %, 750 a day, 1.0 %, 4.0 errors', () => {
		const b = deskAutomation(levelB);
		expect(b.touchlessOrders).toBeCloseTo(320, 9);
		expect(b.handledOrders).toBeCloseTo(80, 9);
		expect(b.minutesPerOrder).toBeCloseTo(2.8, 12);
		expect(b.workloadMinutes).toBeCloseTo(1120, 9);
		expect(b.staffNeeded.toFixed(2)).toBe('2.67');
		expect(pct(b.utilization, 0)).toBe(53);
		expect(b.capacityOrdersPerDay).toBeCloseTo(750, 9);
		expect(pct(b.errorRate, 2)).toBe(1);
		expect(b.ordersWithErrors).toBeCloseTo(4, 9);
	});

	it('with 4 % bad ship-to records on touchless orders: 4.8 + 7.0 = 11.8 (2.95 %) at A, 12.8 + 2.4 = 15.2 (3.8 %) at B', () => {
		const a = deskAutomation({ ...levelA, touchlessErrorRate: 0.04 });
		const b = deskAutomation({ ...levelB, touchlessErrorRate: 0.04 });
		expect(a.touchlessOrders * 0.04).toBeCloseTo(4.8, 9);
		expect(a.handledOrders * 0.025).toBeCloseTo(7, 9);
		expect(a.ordersWithErrors).toBeCloseTo(11.8, 9);
		expect(pct(a.errorRate, 2)).toBe(2.95);
		expect(b.touchlessOrders * 0.04).toBeCloseTo(12.8, 9);
		expect(b.handledOrders * 0.03).toBeCloseTo(2.4, 9);
		expect(b.ordersWithErrors).toBeCloseTo(15.2, 9);
		expect(pct(b.errorRate, 2)).toBe(3.8);
	});

	it('self-check 2: 90 % touchless erring 2 % and handled orders erring 1 % blend to 1.9 %', () => {
		const r = deskAutomation({
			...levelA,
			touchlessShare: 0.9,
			touchlessErrorRate: 0.02,
			handledErrorRate: 0.01
		});
		expect(pct(r.errorRate, 2)).toBe(1.9);
	});
});
