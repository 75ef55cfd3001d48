// Small lookups shared by the world's modules.
import type { ScenarioCustomer, ScenarioItem, ScenarioNode } from './scenario';
import type { Order, Policy, World } from './types';

/** Days beyond the scenario's end that promises and schedules may reach. */
export const HORIZON_EXTRA_DAYS = 30;

export function horizon(world: World): number {
	return world.scenario.days + HORIZON_EXTRA_DAYS;
}

/**
 * Units of an item the tier reserve holds back from a customer of `tier`. The reserve keeps
 * finished stock for strategic customers; an item assembled or made to order is built for
 * the order that asked for it, so nothing of it is held back from that order.
 */
export function tierReserveOf(
	policy: Pick<Policy, 'tierReserve'>,
	tier: string,
	item: Pick<ScenarioItem, 'environment'> | undefined
): number {
	if (tier === 'strategic') return 0;
	const builtToOrder = item?.environment !== undefined && item.environment !== 'make-to-stock';
	return builtToOrder ? 0 : policy.tierReserve;
}

export function itemOf(world: World, sku: string): ScenarioItem | undefined {
	return world.scenario.catalog.find((i) => i.sku === sku);
}

export function customerOf(world: World, id: string): ScenarioCustomer {
	const customer = world.scenario.customers.find((c) => c.id === id);
	if (!customer) throw new RangeError(`no customer "${id}"`);
	return customer;
}

/** The list price for a quantity: the highest price break the quantity reaches. */
export function listPrice(item: ScenarioItem, qty: number): number {
	let price = item.priceBreaks[0].price;
	for (const b of item.priceBreaks) if (qty >= b.minQty) price = b.price;
	return price;
}

/**
 * What this customer pays for a quantity: its contract price for the item if it has one,
 * otherwise the price list (the highest quantity break reached) less its standing discount.
 */
export function customerPrice(customer: ScenarioCustomer, item: ScenarioItem, qty: number): number {
	const contract = customer.contractPrices[item.sku];
	if (contract !== undefined) return contract;
	return round2(listPrice(item, qty) * (1 - customer.discountPercent / 100));
}

export function orderValue(order: Order): number {
	return round2(order.lines.reduce((sum, l) => sum + l.qty * l.price, 0));
}

export function round2(x: number): number {
	return Math.round(x * 100) / 100;
}

const ID = /^SO-(\d{4,})$/;

export function orderId(index: number): string {
	return `SO-${String(index + 1).padStart(4, '0')}`;
}

export function orderIndex(id: string): number {
	const match = ID.exec(id);
	return match ? Number(match[1]) - 1 : -1;
}

export const TIER_RANK = { strategic: 1, key: 2, standard: 3 } as const;

export function primaryNode(world: World): string {
	return world.scenario.nodes[0].id;
}

/** Where a drop-shipped line ships from: the supplier, not one of the company's nodes. */
export const SUPPLIER_NODE = 'SUPPLIER';

export function scenarioNode(world: World, id: string): ScenarioNode {
	const node = world.scenario.nodes.find((n) => n.id === id);
	if (!node) throw new RangeError(`no node "${id}"`);
	return node;
}

/** The node a line ships from: the one it was routed to, or the primary node until then. */
export function lineNode(world: World, order: Order, line: number): string {
	return order.lines[line].node ?? primaryNode(world);
}

/**
 * Days in transit and the parcel cost from a node to a customer: the scenario's lane for the
 * customer's region, or the customer's own transit days when no lane is given.
 */
export function laneFor(world: World, nodeId: string, customer: ScenarioCustomer) {
	const lane = world.scenario.lanes.find((l) => l.from === nodeId && l.region === customer.region);
	return lane
		? { transitDays: lane.transitDays, parcelCost: lane.parcelCost }
		: { transitDays: customer.transitDays, parcelCost: 0 };
}

/**
 * Days from a line's ship day to its delivery: the node's handling and the lane's transit, or
 * the supplier's transit for a drop shipment; 0 for a pickup at the customer's own store.
 */
export function leadToCustomer(
	world: World,
	nodeId: string,
	customer: ScenarioCustomer,
	sku: string
) {
	if (nodeId === SUPPLIER_NODE) return itemOf(world, sku)?.dropShip?.transitDays ?? 0;
	const node = scenarioNode(world, nodeId);
	if (customer.pickupNode === nodeId && world.policy.routingRule === 'store-pickup')
		return node.handlingDays;
	return node.handlingDays + laneFor(world, nodeId, customer).transitDays;
}
