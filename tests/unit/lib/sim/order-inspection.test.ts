import { describe, expect, it } from 'vitest';
import { creditCheck } from '../../../../src/lib/sim/order-entry-checks';
import {
	FINDING_HOLDS,
	correctOrder,
	inspectOrder,
	listUnitPrice,
	packOffer,
	type CustomerAccount,
	type IncomingOrder,
	type MasterItem
} from '../../../../src/lib/sim/order-inspection';
import { ORDER_FINDING_HOLDS } from '../../../../src/lib/sim/world/order-machine';

// Lesson 3's worked example account and catalog: Brightline Pumps sells CP-32 pumps at 176 and
// VK-15 valve kits at 38 in boxes of 6 (34 from 60); Fenwick Mechanical has a 10,000 limit,
// 6,480 of open receivables and 960 of orders not yet invoiced (exposure before the order 7,440).
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
	},
	{
		sku: 'ET-8',
		description: 'Expansion tank, 8 L',
		packMultiple: 1,
		priceBreaks: [{ fromQty: 1, unitPrice: 64 }],
		previousUnitPrice: 61
	}
];
const fenwick: CustomerAccount = {
	name: 'Fenwick Mechanical',
	creditLimit: 10_000,
	openReceivables: 6_480,
	openOrders: 960,
	shipTos: ['18 Dock Road, Millbrook']
};
const account = { creditLimit: 10_000, openReceivables: 6_480, openOrders: 960 };

// The worked example's order as keyed: 4 pumps at 176 and 50 kits at 38, over the limit by 44.
const keyed: IncomingOrder = {
	shipTo: '18 Dock Road, Millbrook',
	lines: [
		{ sku: 'CP-32', description: 'Circulation pump, 1 in', qty: 4, unitPrice: 176 },
		{ sku: 'VK-15', description: 'Valve kit, 3/4 in', qty: 50, unitPrice: 38 }
	]
};

const byId = (order: IncomingOrder) =>
	Object.fromEntries(inspectOrder(order, master, fenwick).checkpoints.map((c) => [c.id, c]));

describe('inspectOrder', () => {
	it('finds the worked example’s two problems: 50 kits break the box of 6, and credit is over by 44', () => {
		const checks = byId(keyed);
		expect(
			Object.values(checks)
				.filter((c) => c.error)
				.map((c) => c.id)
		).toEqual(['line-2-quantity', 'credit']);
		expect(checks['line-2-quantity'].reason).toBe(
			'Line 2: 50 is not a multiple of the box of 6 for VK-15. Offer 48 (8 boxes) or 54 (9 boxes) and let the customer choose; never round silently.'
		);
		expect(checks['line-2-quantity'].hold).toBe('data');
		expect(checks.credit.reason).toBe(
			"Exposure would be 6,480.00 receivables + 960.00 open orders + 2,604.00 = 10,044.00: over Fenwick Mechanical's 10,000.00 credit limit by 44.00."
		);
		expect(checks.credit).toMatchObject({ error: 'over-credit-limit', hold: 'credit' });
		expect(checks.credit.action).toMatch(/credit function releases it, not the desk/);
	});

	it('prices at the break: 60 kits at 34 cost 12 less than 54 at 38, and the order is over by 184', () => {
		expect(listUnitPrice(master[1], 60)).toBe(34);
		const sixty = correctOrder(keyed, master, { qty: { 2: 60 } });
		expect(sixty.lines[1]).toMatchObject({ qty: 60, unitPrice: 34 });
		const result = inspectOrder(sixty, master, fenwick);
		expect(result.credit).toEqual(
			creditCheck({
				...account,
				lines: [
					{ qty: 4, unitPrice: 176 },
					{ qty: 60, unitPrice: 34 }
				]
			})
		);
		expect(result.credit.overLimitBy).toBe(184);
		expect(result.lineValues).toEqual([704, 2_040]);
	});

	it('matches an unknown code on its description, flags a stale price and a missing ship-to', () => {
		const order: IncomingOrder = {
			shipTo: null,
			lines: [
				{ sku: 'CP-23', description: 'Circulation pump, 1 in', qty: 2, unitPrice: 176 },
				{ sku: 'ET-8', description: 'Expansion tank, 8 L', qty: 1, unitPrice: 61 },
				{ sku: 'ZZ-1', description: 'Something else', qty: 1, unitPrice: 5 }
			]
		};
		const checks = byId(order);
		expect(checks['line-1-item']).toMatchObject({ error: 'unknown-sku', hold: 'data' });
		expect(checks['line-1-item'].reason).toMatch(/matches CP-32 \(Circulation pump, 1 in\)/);
		expect(checks['line-1-quantity']).toMatchObject({ error: null });
		expect(checks['line-1-quantity'].reason).toMatch(/once the code is confirmed/);
		expect(checks['line-2-price']).toMatchObject({ error: 'price-mismatch', hold: 'pricing' });
		expect(checks['line-2-price'].reason).toMatch(
			/quoted 61\.00, the superseded price list's figure, but the price list says 64\.00/
		);
		expect(checks['line-3-item'].reason).toMatch(/no item has its description/);
		expect(checks['line-3-price'].error).toBeNull();
		expect(checks['ship-to']).toMatchObject({ error: 'missing-ship-to', hold: 'data' });
		expect(byId({ ...order, shipTo: 'Somewhere new' })['ship-to'].reason).toMatch(
			/not on Fenwick Mechanical's customer master record/
		);
	});

	it('runs credit on the corrected value and names the keyed value beside it', () => {
		const order: IncomingOrder = {
			shipTo: '18 Dock Road, Millbrook',
			lines: [{ sku: 'ET-8', description: 'Expansion tank, 8 L', qty: 40, unitPrice: 61 }]
		};
		const result = inspectOrder(order, master, fenwick);
		expect(result.creditAsKeyed.orderValue).toBe(2_440);
		expect(result.credit.orderValue).toBe(2_560);
		// 2,560 is exactly the headroom: an exposure equal to the limit passes.
		expect(result.credit.withinLimit).toBe(true);
		expect(result.checkpoints.at(-1)!.reason).toBe(
			'Exposure would be 6,480.00 receivables + 960.00 open orders + 2,560.00 corrected (2,440.00 as keyed) = 10,000.00, within the 10,000.00 limit with 0.00 to spare.'
		);
	});

	it('holds each finding as the world does', () => {
		expect(FINDING_HOLDS).toEqual(ORDER_FINDING_HOLDS);
	});
});

describe('packOffer', () => {
	it('offers the neighbors, or the one pack when the quantity is below it', () => {
		expect(packOffer(20, master[1])).toBe('Offer 18 (3 boxes) or 24 (4 boxes)');
		expect(packOffer(4, master[1])).toBe('Offer 6 (1 box)');
		expect(packOffer(12, master[1])).toBe('12 is 2 boxes');
	});
});
