import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	routableQty,
	routeOrder,
	type FulfillmentNode,
	type RoutingRule
} from '../../../../src/lib/sim/routing';

const node = (
	id: string,
	onHand: Record<string, number>,
	costs: Partial<FulfillmentNode> = {}
): FulfillmentNode => ({
	id,
	onHand,
	handlingCostPerShipment: 0,
	pickCostPerUnit: 0,
	parcelCost: 0,
	transitDays: 0,
	...costs
});

describe('order routing, published examples', () => {
	it('routes Cognira’s Atlanta order to Elizabethtown: same 2 days, $10.26 against $10.80', () => {
		// Cognira, "Efficient customer order routing": Elizabethtown PA holds 1 unit, Cedar Rapids IA
		// holds 10; UPS Ground to Atlanta takes 2 days from both, at $10.26 and $10.80.
		const nodes = [
			node('Elizabethtown', { SKU: 1 }, { parcelCost: 10.26, transitDays: 2 }),
			node('Cedar Rapids', { SKU: 10 }, { parcelCost: 10.8, transitDays: 2 })
		];
		const line = [{ sku: 'SKU', qty: 1 }];
		for (const rule of ['nearest', 'lowest-cost', 'lowest-shipping-cost'] as const) {
			const route = routeOrder(line, nodes, rule);
			expect(route.shipments.map((s) => s.nodeId)).toEqual(['Elizabethtown']);
			expect(route.totalCost).toBeCloseTo(10.26, 10);
			expect(route.deliveryDays).toBe(2);
		}
		// Once that unit is gone, only Cedar Rapids can ship: the next order must go there.
		const after = [{ ...nodes[0], onHand: { SKU: 0 } }, nodes[1]];
		expect(routeOrder(line, after, 'lowest-cost').shipments[0].nodeId).toBe('Cedar Rapids');
	});

	it('splits tanhdev’s three-warehouse order into three boxes costing $18.00', () => {
		// tanhdev.com, "Split vs. consolidation": item A in New York ($3.00, 2 hours), B in Chicago
		// ($8.50, 2 days), C in Miami ($6.50, 1.5 days) for a customer in New York.
		const nodes = [
			node('New York', { A: 5 }, { parcelCost: 3, transitDays: 2 / 24 }),
			node('Chicago', { B: 5 }, { parcelCost: 8.5, transitDays: 2 }),
			node('Miami', { C: 5 }, { parcelCost: 6.5, transitDays: 1.5 })
		];
		const lines = ['A', 'B', 'C'].map((sku) => ({ sku, qty: 1 }));
		const route = routeOrder(lines, nodes, 'fewest-splits');
		expect(route.shipments).toHaveLength(3);
		expect(route.splits).toBe(2);
		expect(route.totalCost).toBeCloseTo(18, 10);
		expect(route.deliveryDays).toBe(2);
	});
});

describe('order routing rules', () => {
	// Two stores near the customer, a regional DC and a distant 3PL site.
	const nodes: FulfillmentNode[] = [
		node(
			'DC',
			{ T: 40, B: 25 },
			{ handlingCostPerShipment: 3, pickCostPerUnit: 0.4, parcelCost: 11, transitDays: 2 }
		),
		node(
			'3PL',
			{ T: 12, B: 30, L: 80 },
			{ handlingCostPerShipment: 3.5, pickCostPerUnit: 0.5, parcelCost: 27.5, transitDays: 5 }
		),
		node(
			'Store A',
			{ B: 3, L: 9 },
			{ handlingCostPerShipment: 6, pickCostPerUnit: 1.5, parcelCost: 6.5, transitDays: 1 }
		),
		{
			...node(
				'Store B',
				{ T: 2, L: 3 },
				{ handlingCostPerShipment: 6, pickCostPerUnit: 1.5, parcelCost: 7, transitDays: 1 }
			),
			reserved: { T: 1, L: 2 }
		}
	];
	const order = [
		{ sku: 'T', qty: 1 },
		{ sku: 'B', qty: 1 },
		{ sku: 'L', qty: 2 }
	];
	const summary = (rule: RoutingRule) => {
		const r = routeOrder(order, nodes, rule, { pickupNodeId: 'Store A' });
		return {
			nodes: r.shipments.map((s) => `${s.nodeId}: ${s.lines.map((l) => l.sku).join('')}`),
			total: Math.round(r.totalCost * 100) / 100,
			parcel: Math.round(r.parcelCost * 100) / 100,
			days: r.deliveryDays,
			splits: r.splits,
			unrouted: r.unrouted.map((l) => l.sku)
		};
	};

	it('holds back reserved units', () => {
		expect(routableQty(nodes[3], 'T')).toBe(1);
		expect(routableQty(nodes[3], 'L')).toBe(1);
		expect(routableQty(nodes[3], 'B')).toBe(0);
		expect(routableQty({ ...nodes[3], reserved: { T: 5 } }, 'T')).toBe(0);
	});

	it('nearest takes each line from the closest node, ties to the cheaper one', () => {
		expect(summary('nearest')).toEqual({
			nodes: ['Store A: BL', 'Store B: T'],
			total: 31.5,
			parcel: 13.5,
			days: 1,
			splits: 1,
			unrouted: []
		});
	});

	it('lowest cost counts handling and picking, not just the parcel', () => {
		expect(summary('lowest-cost')).toMatchObject({
			nodes: ['DC: TB', 'Store A: L'],
			total: 30.3,
			parcel: 17.5
		});
		expect(summary('lowest-shipping-cost')).toMatchObject({ parcel: 13.5, total: 31.5 });
	});

	it('fewest splits ships from one node when one node has everything', () => {
		expect(summary('fewest-splits')).toMatchObject({
			nodes: ['3PL: TBL'],
			total: 33,
			days: 5,
			splits: 0
		});
	});

	it('store pickup uses only the pickup store and reports what it lacks', () => {
		expect(summary('store-pickup')).toEqual({
			nodes: ['Store A: BL'],
			total: 10.5,
			parcel: 0,
			days: 0,
			splits: 0,
			unrouted: ['T']
		});
	});

	it('reports a line no node can ship whole and routes the rest', () => {
		const r = routeOrder(
			[
				{ sku: 'T', qty: 100 },
				{ sku: 'L', qty: 1 }
			],
			nodes,
			'lowest-cost'
		);
		expect(r.unrouted).toEqual([{ sku: 'T', qty: 100 }]);
		expect(r.shipments.map((s) => s.nodeId)).toEqual(['Store A']);
		const none = routeOrder([{ sku: 'X', qty: 1 }], nodes, 'fewest-splits');
		expect(none).toMatchObject({ shipments: [], splits: 0, totalCost: 0, deliveryDays: null });
	});

	it('refuses malformed input', () => {
		expect(() => routeOrder([], nodes, 'nearest')).toThrow(/at least one order line/);
		expect(() => routeOrder(order, [], 'nearest')).toThrow(/at least one node/);
		expect(() =>
			routeOrder(
				[
					{ sku: 'T', qty: 1 },
					{ sku: 'T', qty: 2 }
				],
				nodes,
				'nearest'
			)
		).toThrow(/repeats item/);
		expect(() => routeOrder([{ sku: 'T', qty: 0 }], nodes, 'nearest')).toThrow(/greater than 0/);
		expect(() => routeOrder([{ sku: 'T', qty: 1.5 }], nodes, 'nearest')).toThrow(/whole number/);
		expect(() => routeOrder(order, [nodes[0], nodes[0]], 'nearest')).toThrow(/repeats node id/);
		expect(() => routeOrder(order, [{ ...nodes[0], parcelCost: -1 }], 'nearest')).toThrow(
			/parcelCost/
		);
		expect(() => routeOrder(order, nodes, 'store-pickup')).toThrow(/pickupNodeId/);
		expect(() => routeOrder(order, nodes, 'cheapest' as RoutingRule)).toThrow(
			/unknown routing rule/
		);
	});

	it('routes each line once, within routable stock, and each searched rule wins on its own measure (property)', () => {
		const arbNode = (id: string) =>
			fc.record({
				id: fc.constant(id),
				onHand: fc.record({ P: fc.nat(5), Q: fc.nat(5), R: fc.nat(5) }),
				reserved: fc.record({ P: fc.nat(2), Q: fc.nat(2), R: fc.nat(2) }),
				handlingCostPerShipment: fc.integer({ min: 0, max: 10 }),
				pickCostPerUnit: fc.integer({ min: 0, max: 3 }),
				parcelCost: fc.integer({ min: 0, max: 30 }),
				transitDays: fc.integer({ min: 0, max: 6 })
			});
		fc.assert(
			fc.property(
				fc.tuple(arbNode('n1'), arbNode('n2'), arbNode('n3'), arbNode('n4')),
				fc.tuple(
					fc.integer({ min: 1, max: 4 }),
					fc.integer({ min: 1, max: 4 }),
					fc.integer({ min: 1, max: 4 })
				),
				(net, qty) => {
					const lines = [
						{ sku: 'P', qty: qty[0] },
						{ sku: 'Q', qty: qty[1] },
						{ sku: 'R', qty: qty[2] }
					];
					const rules: RoutingRule[] = [
						'nearest',
						'lowest-shipping-cost',
						'lowest-cost',
						'fewest-splits'
					];
					const routes = rules.map((rule) => routeOrder(lines, net, rule));
					for (const r of routes) {
						const routed = r.shipments.flatMap((s) => s.lines.map((l) => l.sku));
						expect([...routed, ...r.unrouted.map((l) => l.sku)].sort()).toEqual(['P', 'Q', 'R']);
						for (const s of r.shipments) {
							const n = net.find((x) => x.id === s.nodeId)!;
							for (const l of s.lines) expect(l.qty).toBeLessThanOrEqual(routableQty(n, l.sku));
						}
						expect(r.unrouted).toEqual(routes[0].unrouted);
					}
					const [, cheapestParcel, cheapest, fewest] = routes;
					for (const r of routes) {
						expect(cheapest.totalCost).toBeLessThanOrEqual(r.totalCost + 1e-9);
						expect(cheapestParcel.parcelCost).toBeLessThanOrEqual(r.parcelCost + 1e-9);
						expect(fewest.shipments.length).toBeLessThanOrEqual(r.shipments.length);
					}
				}
			)
		);
	});
});
