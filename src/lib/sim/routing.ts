/**
 * Order routing across a fulfillment network (distributed order management): which node ships
 * which line of one order, under a chosen rule, and what that costs in shipments, money and days.
 *
 * Model (a teaching simplification of what a DOM rules engine does):
 * - each node states, for this order's destination, its carrier cost per parcel, its handling
 *   cost per shipment (pick, pack, label, hand-over), its picking cost per unit and its transit
 *   days; stores usually pick dearer and ship cheaper (local courier) than a distribution center;
 * - a node may route only what it has beyond what it holds back: routable = on hand - reserved
 *   (store safety stock, a walk-in reserve, a channel allocation), never below 0;
 * - each line ships whole from one node; a line that no node can ship whole is reported as
 *   unrouted (a backorder or a line to split by hand), and the rest of the order is still routed;
 * - every node used is one shipment; cost of a shipment = handling + parcel + units x picking;
 *   the order arrives when its slowest shipment does.
 *
 * Rules:
 * - `nearest`: each line from the node with the fewest transit days that can ship it (ties: the
 *   cheaper node for that line, then the earlier node);
 * - `lowest-shipping-cost`: the route with the smallest carrier (parcel) bill;
 * - `lowest-cost`: the route with the smallest total cost of handling, picking and carriage
 *   (landed cost at the customer's door, counting only what differs between routes);
 * - `fewest-splits`: the route using the fewest nodes, hence the fewest shipments;
 * - `store-pickup`: every line from the pickup node, which the customer visits: no parcel and no
 *   transit; lines that node cannot supply are unrouted, for the desk to transfer or ship.
 * Ties: `lowest-cost` prefers fewer shipments, then earlier arrival; `lowest-shipping-cost` the
 * lower total cost, then fewer shipments, then earlier arrival; `fewest-splits` the lower total
 * cost, then earlier arrival; after that the earlier nodes in input order win, so the same input
 * always gives the same route.
 */
import { nonNegative, positive, wholeNumber } from './arguments';

export type RoutingLine = { sku: string; qty: number };

export type FulfillmentNode = {
	id: string;
	/** Units on hand by item. */
	onHand: Readonly<Record<string, number>>;
	/** Units held back from routing by item (safety stock, walk-in reserve, channel allocation). */
	reserved?: Readonly<Record<string, number>>;
	/** Pick, pack and hand-over cost of one shipment from this node. */
	handlingCostPerShipment: number;
	/** Picking cost of each unit at this node. */
	pickCostPerUnit: number;
	/** Carrier cost of one parcel from this node to the order's destination. */
	parcelCost: number;
	/** Days in transit from this node to the order's destination. */
	transitDays: number;
};

export type RoutingRule =
	'nearest' | 'lowest-shipping-cost' | 'lowest-cost' | 'fewest-splits' | 'store-pickup';

export type RoutedShipment = {
	nodeId: string;
	lines: RoutingLine[];
	units: number;
	handlingCost: number;
	pickingCost: number;
	parcelCost: number;
	/** handlingCost + pickingCost + parcelCost. */
	cost: number;
	/** Transit days (0 for a store pickup). */
	transitDays: number;
};

export type RoutingResult = {
	rule: RoutingRule;
	/** One per node used, in the order the nodes were given. */
	shipments: RoutedShipment[];
	/** Lines no eligible node could ship whole. */
	unrouted: RoutingLine[];
	/** Shipments beyond the first (0 when the order ships as one, or not at all). */
	splits: number;
	totalCost: number;
	/** The carrier part of totalCost. */
	parcelCost: number;
	/** Days until the last shipment arrives or is ready to collect; null if nothing routed. */
	deliveryDays: number | null;
};

export type RoutingOptions = {
	/** The store the customer collects from; required by `store-pickup`. */
	pickupNodeId?: string;
};

/** Exhaustive search is for small teaching networks; refuse anything larger. */
const MAX_COMBINATIONS = 1_000_000;
const EPSILON = 1e-9;

/** Units a node may route of an item: on hand less what it holds back, never below 0. */
export function routableQty(node: FulfillmentNode, sku: string): number {
	return Math.max(0, (node.onHand[sku] ?? 0) - (node.reserved?.[sku] ?? 0));
}

function checkInput(lines: readonly RoutingLine[], nodes: readonly FulfillmentNode[]): void {
	if (!Array.isArray(lines) || lines.length === 0) {
		throw new RangeError('lines must not be empty: routing needs at least one order line');
	}
	if (!Array.isArray(nodes) || nodes.length === 0) {
		throw new RangeError('nodes must not be empty: routing needs at least one node');
	}
	const skus = new Set<string>();
	lines.forEach((l, i) => {
		if (typeof l.sku !== 'string' || l.sku === '') {
			throw new RangeError(`lines[${i}].sku must be a non-empty item code`);
		}
		if (skus.has(l.sku)) {
			throw new RangeError(`lines[${i}] repeats item ${l.sku}: merge lines for the same item`);
		}
		skus.add(l.sku);
		wholeNumber(`lines[${i}].qty`, l.qty);
		positive(`lines[${i}].qty`, l.qty);
	});
	const ids = new Set<string>();
	nodes.forEach((n, i) => {
		if (typeof n.id !== 'string' || n.id === '') {
			throw new RangeError(`nodes[${i}].id must be a non-empty id`);
		}
		if (ids.has(n.id)) throw new RangeError(`nodes[${i}] repeats node id ${n.id}`);
		ids.add(n.id);
		nonNegative(`nodes[${i}].handlingCostPerShipment`, n.handlingCostPerShipment);
		nonNegative(`nodes[${i}].pickCostPerUnit`, n.pickCostPerUnit);
		nonNegative(`nodes[${i}].parcelCost`, n.parcelCost);
		nonNegative(`nodes[${i}].transitDays`, n.transitDays);
		if (typeof n.onHand !== 'object' || n.onHand === null) {
			throw new RangeError(`nodes[${i}].onHand must map item codes to units`);
		}
		const reserved: Readonly<Record<string, number>> = n.reserved ?? {};
		for (const sku of Object.keys(n.onHand))
			wholeNumber(`nodes[${i}].onHand.${sku}`, n.onHand[sku]);
		for (const sku of Object.keys(reserved))
			wholeNumber(`nodes[${i}].reserved.${sku}`, reserved[sku]);
	});
}

/** Builds the result for one assignment: `nodeOf[i]` is the node index for line i, or -1. */
function evaluate(
	rule: RoutingRule,
	lines: readonly RoutingLine[],
	nodes: readonly FulfillmentNode[],
	nodeOf: readonly number[]
): RoutingResult {
	const pickup = rule === 'store-pickup';
	const shipments: RoutedShipment[] = [];
	nodes.forEach((node, n) => {
		const mine = lines.filter((_, i) => nodeOf[i] === n).map((l) => ({ ...l }));
		if (mine.length === 0) return;
		const units = mine.reduce((a, l) => a + l.qty, 0);
		const handlingCost = node.handlingCostPerShipment;
		const pickingCost = units * node.pickCostPerUnit;
		const parcelCost = pickup ? 0 : node.parcelCost;
		shipments.push({
			nodeId: node.id,
			lines: mine,
			units,
			handlingCost,
			pickingCost,
			parcelCost,
			cost: handlingCost + pickingCost + parcelCost,
			transitDays: pickup ? 0 : node.transitDays
		});
	});
	return {
		rule,
		shipments,
		unrouted: lines.filter((_, i) => nodeOf[i] < 0).map((l) => ({ ...l })),
		splits: Math.max(0, shipments.length - 1),
		totalCost: shipments.reduce((a, s) => a + s.cost, 0),
		parcelCost: shipments.reduce((a, s) => a + s.parcelCost, 0),
		deliveryDays: shipments.length ? Math.max(...shipments.map((s) => s.transitDays)) : null
	};
}

/** Negative when route a is better than b for the rule; 0 keeps the earlier one found. */
function compare(rule: RoutingRule, a: RoutingResult, b: RoutingResult): number {
	const keys = (r: RoutingResult): number[] => {
		const tail = [r.shipments.length, r.deliveryDays ?? 0];
		if (rule === 'lowest-shipping-cost') return [r.parcelCost, r.totalCost, ...tail];
		if (rule === 'fewest-splits') return [r.shipments.length, r.totalCost, r.deliveryDays ?? 0];
		return [r.totalCost, ...tail];
	};
	const ka = keys(a);
	const kb = keys(b);
	for (let k = 0; k < ka.length; k++) {
		if (Math.abs(ka[k] - kb[k]) > EPSILON) return ka[k] - kb[k];
	}
	return 0;
}

/**
 * Routes one order's `lines` over `nodes` under `rule` (see the module comment). Throws a
 * RangeError for empty or malformed input, a repeated item or node, `store-pickup` without a
 * known `pickupNodeId`, or a network too large to search exhaustively.
 */
export function routeOrder(
	lines: readonly RoutingLine[],
	nodes: readonly FulfillmentNode[],
	rule: RoutingRule,
	options: RoutingOptions = {}
): RoutingResult {
	checkInput(lines, nodes);
	let eligible = nodes.map(() => true);
	if (rule === 'store-pickup') {
		const at = nodes.findIndex((n) => n.id === options.pickupNodeId);
		if (at < 0) {
			throw new RangeError(
				`store-pickup needs pickupNodeId naming one of the nodes, got ${String(options.pickupNodeId)}`
			);
		}
		eligible = nodes.map((_, n) => n === at);
	} else if (!['nearest', 'lowest-shipping-cost', 'lowest-cost', 'fewest-splits'].includes(rule)) {
		throw new RangeError(`unknown routing rule "${String(rule)}"`);
	}

	// Nodes able to ship each line whole, in input order.
	const candidates = lines.map((l) =>
		nodes.flatMap((node, n) => (eligible[n] && routableQty(node, l.sku) >= l.qty ? [n] : []))
	);

	if (rule === 'nearest') {
		const lineCost = (n: number, qty: number) =>
			nodes[n].handlingCostPerShipment + nodes[n].parcelCost + qty * nodes[n].pickCostPerUnit;
		const nodeOf = candidates.map((list, i) =>
			list.length === 0
				? -1
				: list.reduce((best, n) => {
						const dt = nodes[n].transitDays - nodes[best].transitDays;
						if (Math.abs(dt) > EPSILON) return dt < 0 ? n : best;
						return lineCost(n, lines[i].qty) < lineCost(best, lines[i].qty) - EPSILON ? n : best;
					})
		);
		return evaluate(rule, lines, nodes, nodeOf);
	}

	const combinations = candidates.reduce((a, list) => a * Math.max(1, list.length), 1);
	if (combinations > MAX_COMBINATIONS) {
		throw new RangeError(
			`routing would compare ${combinations} combinations; this exhaustive search is meant for networks of a few nodes`
		);
	}
	// Enumerate every assignment, earlier nodes first for earlier lines (odometer order).
	const index = candidates.map(() => 0);
	let best: RoutingResult | null = null;
	for (let c = 0; c < combinations; c++) {
		const nodeOf = candidates.map((list, i) => (list.length ? list[index[i]] : -1));
		const route = evaluate(rule, lines, nodes, nodeOf);
		if (best === null || compare(rule, route, best) < 0) best = route;
		for (let i = candidates.length - 1; i >= 0; i--) {
			if (candidates[i].length === 0) continue;
			index[i]++;
			if (index[i] < candidates[i].length) break;
			index[i] = 0;
		}
	}
	return best as RoutingResult;
}
