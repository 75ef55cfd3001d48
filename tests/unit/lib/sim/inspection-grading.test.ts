import { describe, expect, it } from 'vitest';
import { gradeFlags } from '../../../../src/lib/sim/inspection-grading';
import {
	inspectOrder,
	type IncomingOrder,
	type MasterItem
} from '../../../../src/lib/sim/order-inspection';

// Lesson 3's worked example order as keyed (4 CP-32 pumps at 176, 50 VK-15 valve kits at 38 in
// boxes of 6) for Fenwick Mechanical (limit 10,000, receivables 6,480, open orders 960): two
// errors, the pack multiple and credit, over by 44.
const master: MasterItem[] = [
	{
		sku: 'CP-32',
		description: 'Circulation pump, 1 in',
		packMultiple: 1,
		priceBreaks: [{ fromQty: 1, unitPrice: 176 }]
	},
	{
		sku: 'VK-15',
		description: 'Valve kit, 3/4 in',
		packMultiple: 6,
		packName: 'box',
		priceBreaks: [
			{ fromQty: 1, unitPrice: 38 },
			{ fromQty: 60, unitPrice: 34 }
		]
	}
];
const fenwick = {
	name: 'Fenwick Mechanical',
	creditLimit: 10_000,
	openReceivables: 6_480,
	openOrders: 960,
	shipTos: ['18 Dock Road, Millbrook']
};
const keyed: IncomingOrder = {
	shipTo: '18 Dock Road, Millbrook',
	lines: [
		{ sku: 'CP-32', description: 'Circulation pump, 1 in', qty: 4, unitPrice: 176 },
		{ sku: 'VK-15', description: 'Valve kit, 3/4 in', qty: 50, unitPrice: 38 }
	]
};

describe('gradeFlags', () => {
	const checkpoints = inspectOrder(keyed, master, fenwick).checkpoints;

	it('counts found, missed and false alarms', () => {
		const all = gradeFlags(checkpoints, ['line-2-quantity', 'credit']);
		expect(all).toMatchObject({ errors: 2, found: 2, missed: 0, falseAlarms: 0 });
		expect(all.summary).toBe('You found all 2 errors, with no false alarms.');
		const some = gradeFlags(checkpoints, ['credit', 'line-1-price', 'ship-to']);
		expect(some.verdicts).toMatchObject({
			credit: 'found',
			'line-2-quantity': 'missed',
			'line-1-price': 'false-alarm',
			'ship-to': 'false-alarm',
			'line-1-item': 'cleared'
		});
		expect(some.summary).toBe('You found 1 of 2 errors and missed 1, with 2 false alarms.');
	});

	it('refuses a flag on a field that is not a checkpoint', () => {
		expect(() => gradeFlags(checkpoints, ['line-9-item'])).toThrow(RangeError);
	});
});
