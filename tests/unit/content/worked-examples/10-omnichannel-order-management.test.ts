import { describe, expect, it } from 'vitest';
import {
	routableQty,
	routeOrder,
	type FulfillmentNode,
	type RoutingResult
} from '../../../../src/lib/sim/routing';

// Lesson 10, "Omnichannel order management": every figure its worked example prints.
// Order W-5140 for home delivery; costs and transit are from each node to the shopper's address.
const order = [
	{ sku: 'tent', qty: 1 },
	{ sku: 'bag', qty: 1 },
	{ sku: 'headlamp', qty: 2 }
];
const nodes: FulfillmentNode[] = [
	{
		id: 'Regional DC',
		onHand: { tent: 40, bag: 25, headlamp: 0 },
		handlingCostPerShipment: 3,
		pickCostPerUnit: 0.4,
		parcelCost: 11,
		transitDays: 2
	},
	{
		id: '3PL site',
		onHand: { tent: 12, bag: 30, headlamp: 80 },
		handlingCostPerShipment: 3.5,
		pickCostPerUnit: 0.5,
		parcelCost: 27.5,
		transitDays: 5
	},
	{
		id: 'Store A',
		onHand: { tent: 0, bag: 3, headlamp: 9 },
		handlingCostPerShipment: 6,
		pickCostPerUnit: 1.5,
		parcelCost: 6.5,
		transitDays: 1
	},
	{
		id: 'Store B',
		onHand: { tent: 2, bag: 0, headlamp: 3 },
		reserved: { tent: 1, headlamp: 2 },
		handlingCostPerShipment: 6,
		pickCostPerUnit: 1.5,
		parcelCost: 7,
		transitDays: 1
	}
];

const cents = (x: number) => Math.round(x * 100) / 100;
const describeRoute = (r: RoutingResult) => ({
	shipments: r.shipments.map((s) => ({
		node: s.nodeId,
		items: s.lines.map((l) => `${l.qty} ${l.sku}`),
		cost: cents(s.cost)
	})),
	parcel: cents(r.parcelCost),
	total: cents(r.totalCost),
	days: r.deliveryDays,
	unrouted: r.unrouted.map((l) => l.sku)
});

describe('lesson 10 worked example: routing order W-5140', () => {
	it('lets Store B route only 1 tent and 1 headlamp of the 2 and 3 it holds', () => {
		expect(routableQty(nodes[3], 'tent')).toBe(1);
		expect(routableQty(nodes[3], 'headlamp')).toBe(1);
		expect(nodes.map((n) => ['tent', 'bag', 'headlamp'].map((s) => routableQty(n, s)))).toEqual([
			[40, 25, 0],
			[12, 30, 80],
			[0, 3, 9],
			[1, 0, 1]
		]);
	});

	it('nearest node with stock: Store A $17.00 + Store B $14.50 = $31.50, parcels $13.50, 1 day', () => {
		expect(describeRoute(routeOrder(order, nodes, 'nearest'))).toEqual({
			shipments: [
				{ node: 'Store A', items: ['1 bag', '2 headlamp'], cost: 17 },
				{ node: 'Store B', items: ['1 tent'], cost: 14.5 }
			],
			parcel: 13.5,
			total: 31.5,
			days: 1,
			unrouted: []
		});
	});

	it('lowest shipping cost picks the same route as nearest', () => {
		expect(describeRoute(routeOrder(order, nodes, 'lowest-shipping-cost'))).toEqual(
			describeRoute(routeOrder(order, nodes, 'nearest'))
		);
	});

	it('lowest landed cost: DC $14.80 + Store A $15.50 = $30.30, parcels $17.50, 2 days', () => {
		const r = routeOrder(order, nodes, 'lowest-cost');
		expect(describeRoute(r)).toEqual({
			shipments: [
				{ node: 'Regional DC', items: ['1 tent', '1 bag'], cost: 14.8 },
				{ node: 'Store A', items: ['2 headlamp'], cost: 15.5 }
			],
			parcel: 17.5,
			total: 30.3,
			days: 2,
			unrouted: []
		});
		// $1.20 less than the nearest route, although its parcels cost $4.00 more.
		const nearest = routeOrder(order, nodes, 'nearest');
		expect(cents(nearest.totalCost - r.totalCost)).toBe(1.2);
		expect(cents(r.parcelCost - nearest.parcelCost)).toBe(4);
		// Self-check 2: it saves $5.20 of handling and picking.
		const labor = (x: RoutingResult) => x.totalCost - x.parcelCost;
		expect(cents(labor(nearest) - labor(r))).toBe(5.2);
	});

	it('fewest splits: the 3PL site ships all three lines, $33.00 in 5 days', () => {
		expect(describeRoute(routeOrder(order, nodes, 'fewest-splits'))).toEqual({
			shipments: [{ node: '3PL site', items: ['1 tent', '1 bag', '2 headlamp'], cost: 33 }],
			parcel: 27.5,
			total: 33,
			days: 5,
			unrouted: []
		});
	});

	it('store pickup at A: bag and headlamps ready today for $10.50, no tent; tent home from the DC $14.40', () => {
		const pickup = routeOrder(order, nodes, 'store-pickup', { pickupNodeId: 'Store A' });
		expect(describeRoute(pickup)).toEqual({
			shipments: [{ node: 'Store A', items: ['1 bag', '2 headlamp'], cost: 10.5 }],
			parcel: 0,
			total: 10.5,
			days: 0,
			unrouted: ['tent']
		});
		const tent = routeOrder(pickup.unrouted, nodes, 'lowest-cost');
		expect(describeRoute(tent)).toMatchObject({
			shipments: [{ node: 'Regional DC', cost: 14.4 }],
			days: 2
		});
		expect(cents(pickup.totalCost + tent.totalCost)).toBe(24.9);
	});

	it('self-check 1: a store with 4 on hand and 2 held back can route only 2', () => {
		const store: FulfillmentNode = { ...nodes[2], onHand: { x: 4 }, reserved: { x: 2 } };
		expect(routableQty(store, 'x')).toBe(2);
		expect(routeOrder([{ sku: 'x', qty: 3 }], [store], 'nearest').unrouted).toEqual([
			{ sku: 'x', qty: 3 }
		]);
	});
});
