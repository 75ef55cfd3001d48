import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { routableQty, routeOrder } from '../../../../src/lib/sim/index';
import type { FulfillmentNode, RoutingLine } from '../../../../src/lib/sim/index';

// Numeric questions of content/quizzes/10-omnichannel-order-management.yaml (and the parcel
// figures its single-choice question on shipping versus total cost states): each stored answer
// must equal what the engine computes from the figures its prompt gives.
type Question = { id: string; type: string; answer: number | string | string[] };
const bank = parse(
	readFileSync(
		new URL('../../../../content/quizzes/10-omnichannel-order-management.yaml', import.meta.url),
		'utf8'
	)
) as { topic: number; questions: Question[] };

function numeric(id: string): number {
	const q = bank.questions.find((x) => x.id === id);
	if (!q || q.type !== 'numeric') throw new Error(`no numeric question "${id}" in bank 10`);
	return q.answer as number;
}
const round2 = (x: number) => Number(x.toFixed(2));

// The network of the bank's routing questions.
const order: RoutingLine[] = [
	{ sku: 'jacket', qty: 1 },
	{ sku: 'boots', qty: 1 },
	{ sku: 'socks', qty: 3 }
];
const nodes: FulfillmentNode[] = [
	{
		id: 'regional-dc',
		onHand: { jacket: 60, boots: 35, socks: 0 },
		handlingCostPerShipment: 2.5,
		pickCostPerUnit: 0.3,
		parcelCost: 9,
		transitDays: 3
	},
	{
		id: '3pl-site',
		onHand: { jacket: 20, boots: 15, socks: 200 },
		handlingCostPerShipment: 3,
		pickCostPerUnit: 0.4,
		parcelCost: 24,
		transitDays: 4
	},
	{
		id: 'store-north',
		onHand: { jacket: 2, boots: 0, socks: 10 },
		reserved: { jacket: 1, socks: 4 },
		handlingCostPerShipment: 5,
		pickCostPerUnit: 1.2,
		parcelCost: 6,
		transitDays: 1
	},
	{
		id: 'store-south',
		onHand: { jacket: 0, boots: 2, socks: 4 },
		reserved: { boots: 1, socks: 2 },
		handlingCostPerShipment: 5.5,
		pickCostPerUnit: 1,
		parcelCost: 5,
		transitDays: 1
	}
];

describe('bank 10: numeric answers come from the engine', () => {
	it('routable-units-at-store: 9 on hand less a buffer of 2 and 3 reserved leaves 4', () => {
		const store: FulfillmentNode = {
			id: 'store',
			onHand: { lamp: 9 },
			reserved: { lamp: 2 + 3 },
			handlingCostPerShipment: 6,
			pickCostPerUnit: 1.5,
			parcelCost: 7,
			transitDays: 1
		};
		expect(numeric('routable-units-at-store')).toBe(routableQty(store, 'lamp'));
	});

	it('lowest-landed-cost-route: DC for jacket and boots, Store North for socks, $26.70', () => {
		const r = routeOrder(order, nodes, 'lowest-cost');
		expect(r.shipments.map((s) => s.nodeId)).toEqual(['regional-dc', 'store-north']);
		expect(r.shipments.map((s) => s.cost)).toEqual([12.1, 14.6]);
		expect(numeric('lowest-landed-cost-route')).toBe(round2(r.totalCost));
		// The explanation's alternatives: the two stores, and the 3PL site alone.
		expect(round2(routeOrder(order, nodes, 'nearest').totalCost)).toBe(27.3);
		expect(round2(routeOrder(order, nodes, 'fewest-splits').totalCost)).toBe(29);
		expect(routableQty(nodes[3], 'socks')).toBe(2);
	});

	it('pickup-cost-at-store: jacket and socks at Store North for $9.80, boots left over', () => {
		const r = routeOrder(order, nodes, 'store-pickup', { pickupNodeId: 'store-north' });
		expect(numeric('pickup-cost-at-store')).toBe(round2(r.totalCost));
		expect(r.parcelCost).toBe(0);
		expect(r.unrouted).toEqual([{ sku: 'boots', qty: 1 }]);
	});

	it('cheap-parcels-dear-route: parcels of $11 and $15, and the $15 route costs less in total', () => {
		const cheapParcels = routeOrder(order, nodes, 'lowest-shipping-cost');
		const lowestCost = routeOrder(order, nodes, 'lowest-cost');
		expect(cheapParcels.parcelCost).toBe(11);
		expect(lowestCost.parcelCost).toBe(15);
		expect(cheapParcels.shipments).toHaveLength(2);
		expect(lowestCost.shipments).toHaveLength(2);
		expect(lowestCost.totalCost).toBeLessThan(cheapParcels.totalCost);
	});
});
