/**
 * Order W-5140 and the network of lesson 10's worked example (omnichannel order management):
 * a tent, a sleeping bag and two headlamps for home delivery, and four nodes with their
 * routable stock, costs and transit to the shopper's address. Store B holds back 1 tent and
 * 2 headlamps for walk-in shoppers. `x` and `y` place each node on the widget's map.
 */
import type { FulfillmentNode } from '$lib/sim/routing';

export type Item = { sku: string; one: string; many: string; ordered: number };

export const ORDER_ID = 'W-5140';

export const ITEMS: readonly Item[] = [
	{ sku: 'tent', one: 'tent', many: 'tents', ordered: 1 },
	{ sku: 'bag', one: 'sleeping bag', many: 'sleeping bags', ordered: 1 },
	{ sku: 'headlamp', one: 'headlamp', many: 'headlamps', ordered: 2 }
];

export type MapNode = FulfillmentNode & { kind: string; x: number; y: number };

export const NETWORK: readonly MapNode[] = [
	{
		id: 'Regional DC',
		kind: 'Distribution center',
		x: 70,
		y: 40,
		onHand: { tent: 40, bag: 25, headlamp: 0 },
		handlingCostPerShipment: 3,
		pickCostPerUnit: 0.4,
		parcelCost: 11,
		transitDays: 2
	},
	{
		id: '3PL site',
		kind: 'Third-party logistics',
		x: 70,
		y: 200,
		onHand: { tent: 12, bag: 30, headlamp: 80 },
		handlingCostPerShipment: 3.5,
		pickCostPerUnit: 0.5,
		parcelCost: 27.5,
		transitDays: 5
	},
	{
		id: 'Store A',
		kind: 'Store',
		x: 290,
		y: 40,
		onHand: { tent: 0, bag: 3, headlamp: 9 },
		handlingCostPerShipment: 6,
		pickCostPerUnit: 1.5,
		parcelCost: 6.5,
		transitDays: 1
	},
	{
		id: 'Store B',
		kind: 'Store',
		x: 290,
		y: 200,
		onHand: { tent: 2, bag: 0, headlamp: 3 },
		reserved: { tent: 1, headlamp: 2 },
		handlingCostPerShipment: 6,
		pickCostPerUnit: 1.5,
		parcelCost: 7,
		transitDays: 1
	}
];

export const STORES = NETWORK.filter((n) => n.kind === 'Store').map((n) => n.id);

export const RULE_LABELS = {
	nearest: 'Nearest node with stock',
	'lowest-shipping-cost': 'Lowest shipping cost',
	'lowest-cost': 'Lowest landed cost',
	'fewest-splits': 'Fewest splits',
	'store-pickup': 'Store pickup'
} as const;

export const MAX_ITEM_QTY = 999;

/** "2 headlamps", "1 sleeping bag". */
export function itemText(sku: string, qty: number): string {
	const item = ITEMS.find((i) => i.sku === sku);
	return `${qty} ${qty === 1 ? (item?.one ?? sku) : (item?.many ?? sku)}`;
}

/** Transit or pickup time as the lesson writes it. */
export function arrivalText(days: number | null, pickup = false): string {
	if (days === null) return '–';
	if (days === 0) return pickup ? 'Ready today' : 'Same day';
	return `${days} ${days === 1 ? 'day' : 'days'}`;
}
