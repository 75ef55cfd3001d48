import { describe, expect, it } from 'vitest';
import { routeOrder, type FulfillmentNode } from '../../../../src/lib/sim/routing';
import {
	compareRoutingRules,
	COMPARED_ROUTING_RULES
} from '../../../../src/lib/sim/routing-comparison';

// Lesson 10 ("Omnichannel order management") worked example: order W-5140 for home delivery.
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

describe('compareRoutingRules', () => {
	it('routes W-5140 under every rule exactly as routeOrder does', () => {
		const c = compareRoutingRules(order, nodes, 'Store A');
		for (const rule of COMPARED_ROUTING_RULES) {
			expect(c.byRule[rule]).toEqual(routeOrder(order, nodes, rule, { pickupNodeId: 'Store A' }));
		}
		expect(COMPARED_ROUTING_RULES.map((r) => cents(c.byRule[r].totalCost))).toEqual([
			31.5, 31.5, 30.3, 33, 10.5
		]);
	});

	it('completes store pickup at A with the tent shipped home from the DC: $24.90 in all', () => {
		const { storePickup } = compareRoutingRules(order, nodes, 'Store A');
		expect(storePickup.pickup.unrouted).toEqual([{ sku: 'tent', qty: 1 }]);
		expect(storePickup.shipRest?.shipments.map((s) => s.nodeId)).toEqual(['Regional DC']);
		expect(cents(storePickup.shipRest!.totalCost)).toBe(14.4);
		expect(cents(storePickup.totalCost)).toBe(24.9);
		expect(storePickup.unrouted).toEqual([]);
	});

	it('needs no shipment home when the pickup store has every line, and reports what nobody has', () => {
		const whole = compareRoutingRules([{ sku: 'bag', qty: 1 }], nodes, 'Store A');
		expect(whole.storePickup.shipRest).toBeNull();
		expect(whole.storePickup.totalCost).toBe(whole.storePickup.pickup.totalCost);
		const tooMany = compareRoutingRules([{ sku: 'headlamp', qty: 100 }], nodes, 'Store A');
		expect(tooMany.storePickup.unrouted).toEqual([{ sku: 'headlamp', qty: 100 }]);
		expect(tooMany.byRule.nearest.deliveryDays).toBeNull();
		expect(() => compareRoutingRules(order, nodes, 'Store Z')).toThrow(RangeError);
	});
});
