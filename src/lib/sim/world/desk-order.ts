/**
 * What the desk's order view shows beyond the lines and the promise: where each line ships
 * from and how, the documents its shipments need, the EDI messages exchanged and the
 * customer contact. Pure selectors over a world, each built from the rule the engine applies,
 * so a panel never computes and never disagrees with the decision it leads to.
 */
import { NOTHING_TO_TELL, troubleSince } from './communication';
import {
	AUTOMATIC_DOCUMENTS,
	DOCUMENTABLE,
	DOCUMENT_WORDS,
	customsHold,
	requiredDocuments,
	shippingBlock
} from './documents';
import { atpGrid, promisePreview } from './desk';
import { customerOf, itemOf, primaryNode, SUPPLIER_NODE } from './lookup';
import type {
	DistributionMethod,
	DocumentName,
	EdiSet,
	Order,
	RoutingRuleName,
	World
} from './types';

export const DISTRIBUTION_METHOD_LABELS: Record<DistributionMethod, string> = {
	stock: 'Ship from stock',
	'drop-ship': 'Drop-ship from the supplier',
	'cross-dock': 'Cross-dock an inbound receipt'
};

export const ROUTING_RULE_LABELS: Record<RoutingRuleName, string> = {
	primary: 'Everything from the primary node',
	nearest: 'The nearest node that has the stock',
	'lowest-shipping-cost': 'The lowest shipping cost',
	'lowest-cost': 'The lowest total cost (handling, picking and carriage)',
	'fewest-splits': 'The fewest split shipments',
	'store-pickup': 'The customer’s pickup store, where it has one'
};

/** ANSI X12 transaction sets by number, as an EDI desk names them. */
export const EDI_SET_NAMES: Record<EdiSet, string> = {
	'850': 'Purchase order',
	'855': 'Purchase order acknowledgment',
	'856': 'Advance ship notice',
	'810': 'Invoice',
	'820': 'Remittance advice',
	'180': 'Return merchandise authorization'
};

/**
 * Where a line ships from as far as the desk knows: the supplier for a drop shipment, the node
 * the desk pinned or a promise routed it to, the primary node when there is no choice to make,
 * or null while the routing rule will choose at the promise.
 */
function shipsFrom(world: World, line: Order['lines'][number]): string | null {
	if (line.method === 'drop-ship') return SUPPLIER_NODE;
	if (line.node) return line.node;
	return world.policy.routingRule === 'primary' || world.scenario.nodes.length === 1
		? primaryNode(world)
		: null;
}

/** States before allocation starts, when no quantity can yet be called backordered. */
const BEFORE_ALLOCATION = new Set(['entered', 'validated', 'confirmed']);

/** The order's lines as the desk lists them, with where each ships from and what is backordered. */
export function orderLines(world: World, order: Order) {
	const s = order.state.fulfilment;
	const measured = !BEFORE_ALLOCATION.has(s) && !s.startsWith('held.');
	return order.lines.map((l, i) => ({
		line: i + 1,
		sku: l.sku,
		/** The item ordered, when an approved substitute ships in its place. */
		substituteFor: l.priceSku ?? null,
		qty: l.qty,
		price: l.price,
		method: l.method,
		node: shipsFrom(world, l),
		allocated: l.allocated,
		shipped: l.shipped,
		/** Null before allocation; 0 once the customer cancelled the backordered rest. */
		backordered: measured
			? order.shortClosed
				? 0
				: Math.max(0, l.qty - l.shipped - l.allocated)
			: null
	}));
}

/**
 * What the ship decision would release now: the whole order when every line is allocated (or
 * the rest was cancelled), what is allocated when only part is, nothing when nothing is.
 */
export function shipOption(order: Order): 'complete' | 'partial' | null {
	if (order.shortClosed || order.lines.every((l) => l.shipped + l.allocated >= l.qty))
		return 'complete';
	return order.lines.some((l) => l.allocated > 0) ? 'partial' : null;
}

export type LineRoutingRow = {
	/** 1-based line number, as `order.route` and `order.method` take it. */
	line: number;
	sku: string;
	qty: number;
	method: DistributionMethod;
	/**
	 * Where the line ships from now: the node the desk pinned or a promise routed it to, the
	 * supplier for a drop shipment, the primary node under the `primary` rule, or null while
	 * the routing rule will choose when the order is promised.
	 */
	node: string | null;
	pinned: boolean;
	/** The company node a node picker starts at: the line's own, or the primary node. */
	pickNode: string;
	/** The methods this line's item allows (drop shipment only where a supplier offers it). */
	methods: DistributionMethod[];
	/** Every node with its free stock (on hand less allocated) of the line's item. */
	nodes: { id: string; name: string; free: number }[];
};

/**
 * Line-level routing and distribution method. The desk may change them only after validation
 * and before the promise (`editable`), on lines nothing has shipped from yet. `matters` says
 * whether the choice is a real one here: several nodes, a drop-shippable item, or a line
 * already set away from the default.
 */
export function lineRouting(world: World, order: Order) {
	const rule: RoutingRuleName = world.policy.routingRule;
	const lines: LineRoutingRow[] = order.lines.flatMap((l, i) => {
		if (l.shipped > 0) return [];
		const item = itemOf(world, l.sku);
		const node = shipsFrom(world, l);
		return [
			{
				line: i + 1,
				sku: l.sku,
				qty: l.qty,
				method: l.method,
				node,
				pinned: l.pinned,
				pickNode: node && node !== SUPPLIER_NODE ? node : primaryNode(world),
				methods: item?.dropShip ? ['stock', 'drop-ship', 'cross-dock'] : ['stock', 'cross-dock'],
				nodes: world.scenario.nodes.map((n) => {
					const stock = world.nodes[n.id].stock[l.sku];
					return {
						id: n.id,
						name: n.name,
						free: stock ? Math.max(0, stock.onHand - stock.allocated) : 0
					};
				})
			}
		];
	});
	const matters =
		world.scenario.nodes.length > 1 ||
		lines.some((l) => l.methods.includes('drop-ship') || l.method !== 'stock' || l.pinned);
	return { editable: order.state.fulfilment === 'validated', rule, matters, lines };
}

export type DocumentStatus = 'automatic' | 'prepared' | 'missing';

/** States in which an order has shipments still to leave, so a document can still hold one. */
const STILL_TO_SHIP = new Set(['validated', 'confirmed', 'allocated', 'shipped.partial']);

/**
 * The documents this order's shipments need and where each stands: printed by the warehouse
 * and transport systems, prepared by the desk, or still missing. `block` is the engine's own
 * reason the order cannot leave yet; `customsRisk` says customs would hold it as it stands.
 */
export function orderDocuments(world: World, order: Order) {
	const prepared = new Set<DocumentName>(order.documents?.prepared ?? []);
	const documents = requiredDocuments(world, order).map((name) => ({
		name,
		label: DOCUMENT_WORDS[name],
		status: (AUTOMATIC_DOCUMENTS.includes(name)
			? 'automatic'
			: prepared.has(name)
				? 'prepared'
				: 'missing') as DocumentStatus
	}));
	const missing = documents.filter((d) => d.status === 'missing').length;
	const open = STILL_TO_SHIP.has(order.state.fulfilment);
	return {
		documents,
		missing,
		preparedDay: order.documents?.day ?? null,
		accurate: order.documents ? order.documents.accurate : null,
		licenseReadyDay: order.documents?.licenseReadyDay ?? null,
		canPrepare: missing > 0 && DOCUMENTABLE.has(order.state.fulfilment),
		block: open ? shippingBlock(world, order) : null,
		customsRisk: open && customsHold(world, order)
	};
}

/**
 * Status communication for one order: the inquiries the customer has made, when the desk
 * last told it something, and since when there has been news it would want. `canNotify`
 * follows `order.notify` (nothing to tell before the order is taken in or once it is done);
 * telling the same customer twice in a day is the engine's to refuse.
 */
export function customerContact(world: World, order: Order) {
	return {
		inquiries: order.inquiries,
		lastInquiryDay: order.lastInquiryDay,
		notifiedDay: order.notifiedDay,
		toldToday: order.notifiedDay === world.day,
		newsSince: troubleSince(order, world.day),
		canNotify: !NOTHING_TO_TELL.has(order.state.fulfilment)
	};
}

/**
 * The master schedule records a promise of this order is made from: one for each item and
 * node its open lines would ship from (where routing or the desk sends them), from today.
 * Drop-shipped lines have none: the supplier's stock is not on the schedule.
 */
export function promiseRecords(world: World, order: Order, days = 10) {
	const tier = customerOf(world, order.customerId).tier;
	const preview = promisePreview(world, order);
	const records = new Map<string, { sku: string; node: string }>();
	order.lines.forEach((l, i) => {
		if (l.qty <= l.shipped || l.method === 'drop-ship' || !itemOf(world, l.sku)) return;
		const planned = preview.ok ? preview.lines.find((p) => p.line === i + 1)?.node : undefined;
		const node =
			planned && planned !== SUPPLIER_NODE
				? planned
				: l.node && l.node !== SUPPLIER_NODE
					? l.node
					: primaryNode(world);
		records.set(`${l.sku}@${node}`, { sku: l.sku, node });
	});
	return [...records.values()].map(({ sku, node }) => ({
		node,
		...atpGrid(world, sku, days, tier, node)
	}));
}
