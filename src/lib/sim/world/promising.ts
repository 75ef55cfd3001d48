/**
 * Promising inside the world: the earliest day each line can ship from cumulative ATP with
 * look-ahead (the master schedule record built from stock, receipts and earlier promises),
 * CTP for make-to-order items when ATP falls short, then handling and transit for the
 * delivery date. A promise reserves what it counts on, so two promises never count the same
 * units, components or hours twice.
 */
import { cumulativeAtpOf } from '../atp';
import { capableToPromise } from '../ctp';
import type { AtpInput } from '../types';
import { activeSeverity } from './disruptions';
import type { WorldDraft } from './draft';
import { routeOrder, type FulfillmentNode } from '../routing';
import {
	customerOf,
	horizon,
	itemOf,
	laneFor,
	leadToCustomer,
	primaryNode,
	scenarioNode,
	SUPPLIER_NODE,
	tierReserveOf
} from './lookup';
import type { ScenarioItem } from './scenario';
import type { NodeState, Order, OrderPromise, World } from './types';

type NodeView = Pick<NodeState, 'stock' | 'committed' | 'lots' | 'hoursReserved'>;

/**
 * The master schedule record of one item at one node from `today` (period 1) to the horizon.
 * Overdue promises count in period 1; `holdBack` (safety stock, a tier reserve) is booked in
 * period 1 too, so look-ahead netting protects it.
 */
export function atpRecord(
	world: World,
	node: NodeView,
	nodeId: string,
	sku: string,
	today: number,
	holdBack = 0
): AtpInput {
	const last = horizon(world);
	const periods = last - today + 1;
	const mps = new Array<number>(periods).fill(0);
	const orders = new Array<number>(periods).fill(0);
	for (const r of world.receipts) {
		if (r.node === nodeId && r.sku === sku && !r.arrived && r.day > today && r.day <= last)
			mps[r.day - today] += r.qty;
	}
	for (const lot of node.lots) {
		if (lot.sku === sku && lot.readyDay > today && lot.readyDay <= last)
			mps[lot.readyDay - today] += lot.qty;
	}
	const committed = node.committed[sku];
	if (committed) {
		committed.forEach((qty, i) => {
			const day = i + 1;
			if (qty) orders[Math.max(0, day - today)] += qty;
		});
	}
	orders[0] += holdBack;
	return { onHand: node.stock[sku]?.onHand ?? 0, mps, customerOrders: orders };
}

function lookAheadAtp(record: AtpInput): number[] {
	return cumulativeAtpOf(record.onHand, record.mps, record.customerOrders, true);
}

/** Units a promise must leave untouched for this customer: safety stock and the tier reserve. */
function holdBackFor(world: World, nodeId: string, sku: string, tier: string): number {
	const node = scenarioNode(world, nodeId);
	const safety = world.policy.promiseSafetyStock ? 0 : (node.safetyStock[sku] ?? 0);
	return safety + tierReserveOf(world.policy, tier, itemOf(world, sku));
}

type LinePlan = {
	line: number;
	sku: string;
	qty: number;
	node: string;
	shipDay: number;
	lot: { qty: number; startDay: number; readyDay: number } | null;
	note: string;
};

export type PromisePlan =
	{ ok: true; earliestShipDay: number; lines: LinePlan[] } | { ok: false; message: string };

/** What each node could promise today of an item for this customer (ATP in period 1). */
function promisableNow(
	world: World,
	nodeOf: (id: string) => NodeView,
	nodeId: string,
	sku: string,
	today: number,
	tier: string
): number {
	const record = atpRecord(
		world,
		nodeOf(nodeId),
		nodeId,
		sku,
		today,
		holdBackFor(world, nodeId, sku, tier)
	);
	return Math.max(0, cumulativeAtpOf(record.onHand, record.mps, record.customerOrders, true)[0]);
}

/**
 * Which node ships each line, by the policy's routing rule (distributed order management):
 * the routing engine weighs what each node can promise today against handling, picking,
 * carriage and transit to this customer. Lines no node can ship whole today, and every line
 * under the `primary` rule, go to the primary node.
 */
export function routeLines(
	world: World,
	nodeOf: (id: string) => NodeView,
	order: Order,
	today: number
): Map<number, string> {
	const primary = primaryNode(world);
	const customer = customerOf(world, order.customerId);
	const open = order.lines
		.map((l, i) => ({ l, i }))
		.filter(({ l }) => l.method !== 'drop-ship' && !l.pinned && l.qty - l.shipped > 0);
	const chosen = new Map<number, string>(open.map(({ i }) => [i, primary]));
	const rule = world.policy.routingRule;
	if (rule === 'primary' || open.length === 0) return chosen;
	const skus = new Set(open.map(({ l }) => l.sku));
	if (skus.size !== open.length || open.some(({ l }) => !itemOf(world, l.sku))) return chosen;
	const nodes: FulfillmentNode[] = world.scenario.nodes.map((n) => {
		const lane = laneFor(world, n.id, customer);
		return {
			id: n.id,
			onHand: Object.fromEntries(
				open.map(({ l }) => [
					l.sku,
					promisableNow(world, nodeOf, n.id, l.sku, today, customer.tier)
				])
			),
			handlingCostPerShipment: n.handlingCostPerShipment,
			pickCostPerUnit: n.pickCostPerUnit,
			parcelCost: lane.parcelCost,
			transitDays: n.handlingDays + lane.transitDays
		};
	});
	const pickup = customer.pickupNode;
	const effective = rule === 'store-pickup' && !pickup ? 'lowest-cost' : rule;
	try {
		const routed = routeOrder(
			open.map(({ l }) => ({ sku: l.sku, qty: l.qty - l.shipped })),
			nodes,
			effective,
			effective === 'store-pickup' ? { pickupNodeId: pickup } : {}
		);
		for (const shipment of routed.shipments) {
			for (const line of shipment.lines) {
				const match = open.find(({ l }) => l.sku === line.sku);
				if (match) chosen.set(match.i, shipment.nodeId);
			}
		}
	} catch {
		// A network too large to search exhaustively: ship from the primary node.
	}
	return chosen;
}

/** May this item be made (or finished) to order, and so promised by CTP? */
function madeToOrder(item: ScenarioItem): boolean {
	return (
		item.environment !== 'make-to-stock' && (item.components.length > 0 || item.hoursPerUnit > 0)
	);
}

const ENVIRONMENT_WORDS: Record<string, string> = {
	'make-to-order': 'a lot',
	'assemble-to-order': 'an assembly lot from stocked modules',
	'configure-to-order': 'a configured lot from stocked modules'
};

/** The earliest complete ship day the supply supports, line by line, at each line's node. */
export function planPromise(
	world: World,
	nodeOf: (id: string) => NodeView,
	order: Order,
	today: number
): PromisePlan {
	const tier = customerOf(world, order.customerId).tier;
	const routed =
		world.policy.routingRule === 'primary' ? null : routeLines(world, nodeOf, order, today);
	const lines: LinePlan[] = [];
	for (const [i, line] of order.lines.entries()) {
		const qty = line.qty - line.shipped;
		if (qty <= 0) continue;
		const item = itemOf(world, line.sku);
		if (!item)
			return {
				ok: false,
				message: `Line ${i + 1}'s item "${line.sku}" is not in the catalog: correct it before promising.`
			};
		if (line.method === 'drop-ship') {
			const supplier = item.dropShip!;
			lines.push({
				line: i + 1,
				sku: line.sku,
				qty,
				node: SUPPLIER_NODE,
				shipDay: today + supplier.leadDays,
				lot: null,
				note: `the supplier drop-ships ${qty} ${line.sku} on day ${today + supplier.leadDays}`
			});
			continue;
		}
		const nodeId = line.pinned && line.node ? line.node : (routed?.get(i) ?? primaryNode(world));
		const node = nodeOf(nodeId);
		const at = world.scenario.nodes.length > 1 ? ` at ${nodeId}` : '';
		const record = atpRecord(
			world,
			node,
			nodeId,
			line.sku,
			today,
			holdBackFor(world, nodeId, line.sku, tier)
		);
		const atp = cumulativeAtpOf(record.onHand, record.mps, record.customerOrders, true);
		if (line.method === 'cross-dock') {
			const p = atp.findIndex((v, k) => k > 0 && record.mps[k] >= qty && v >= qty);
			if (p < 0)
				return {
					ok: false,
					message: `Line ${i + 1}: no inbound receipt${at} brings ${qty} ${line.sku} to cross-dock within the horizon. Ship it from stock instead.`
				};
			lines.push({
				line: i + 1,
				sku: line.sku,
				qty,
				node: nodeId,
				shipDay: today + p,
				lot: null,
				note: `${qty} ${line.sku} cross-docked${at} from the receipt of day ${today + p}`
			});
			continue;
		}
		const p = atp.findIndex((v) => v >= qty);
		const canMake = madeToOrder(item);
		if (p >= 0 && (!canMake || p === 0)) {
			lines.push({
				line: i + 1,
				sku: line.sku,
				qty,
				node: nodeId,
				shipDay: today + p,
				lot: null,
				note: `ATP covers ${qty} of ${line.sku}${at} on day ${today + p}`
			});
			continue;
		}
		if (canMake) {
			const capacity = scenarioNode(world, nodeId).capacityHoursPerDay;
			const spare = record.mps.map((_, k) =>
				Math.max(
					0,
					capacity * Math.max(0, 1 - activeSeverity(world, 'capacity-loss', today + k)) -
						(node.hoursReserved[today + k - 1] ?? 0)
				)
			);
			const ctp = capableToPromise({
				qty,
				requestedPeriod: 1,
				productCumulativeAtp: atp,
				components: item.components.map((c) => ({
					qtyPer: c.qtyPer,
					cumulativeAtp: lookAheadAtp(atpRecord(world, node, nodeId, c.sku, today))
				})),
				capacity: { hoursPerUnit: item.hoursPerUnit, spareHours: spare },
				leadTimePeriods: item.leadTimeDays
			});
			const viaCtp = ctp.completePeriod !== null && ctp.fromCapacity !== null;
			// Prefer waiting for ATP when it comes sooner than a new lot.
			if (p >= 0 && (!viaCtp || p + 1 <= ctp.completePeriod!)) {
				lines.push({
					line: i + 1,
					sku: line.sku,
					qty,
					node: nodeId,
					shipDay: today + p,
					lot: null,
					note: `ATP covers ${qty} of ${line.sku}${at} on day ${today + p}`
				});
				continue;
			}
			if (viaCtp) {
				const ready = ctp.fromCapacity!.period;
				const lot = {
					qty: ctp.fromCapacity!.qty,
					startDay: today + ready - item.leadTimeDays - 1,
					readyDay: today + ready - 1
				};
				lines.push({
					line: i + 1,
					sku: line.sku,
					qty,
					node: nodeId,
					shipDay: today + ctp.completePeriod! - 1,
					lot,
					note: `CTP: ${ctp.fromAtp.qty} from ATP and ${ENVIRONMENT_WORDS[item.environment]} of ${lot.qty} ${line.sku}${at} started day ${lot.startDay}, ready day ${lot.readyDay}`
				});
				continue;
			}
		}
		return {
			ok: false,
			message: `Line ${i + 1}: no supply${at} covers ${qty} of ${line.sku} within the planning horizon (day ${horizon(world)}). Hold the order, or promise a date at risk.`
		};
	}
	const earliestShipDay = lines.reduce((d, l) => Math.max(d, l.shipDay), today);
	return { ok: true, earliestShipDay, lines };
}

/** Frees what a promise reserved: commitments, and lots not yet started with their hours. */
export function releasePromise(draft: WorldDraft, order: Order): void {
	if (!order.promise) return;
	for (const r of order.promise.reservations) {
		if (r.node === SUPPLIER_NODE) continue;
		const committed = draft.committed(r.node, order.lines[r.line - 1].sku);
		committed[r.day - 1] -= r.qty;
	}
	for (const r of order.promise.reservations) {
		if (!r.lot) continue;
		const sku = order.lines[r.line - 1].sku;
		const item = itemOf(draft.base, sku)!;
		const lots = draft.lots(r.node);
		const k = lots.findIndex((l) => l.id === r.lot!.id && !l.started);
		// A lot already started will be produced anyway; its output becomes free stock.
		if (k < 0) continue;
		// Its days as they are now: a lot postponed for want of components has moved.
		const [lot] = lots.splice(k, 1);
		for (const c of item.components)
			draft.committed(r.node, c.sku)[lot.startDay - 1] -= lot.qty * c.qtyPer;
		draft.hoursReserved(r.node)[lot.startDay - 1] -= lot.qty * item.hoursPerUnit;
	}
}

/** Days from ship day to delivery for the order: its slowest line's handling and transit. */
export function orderLead(
	world: World,
	order: Order,
	lines: { line: number; node: string; sku: string }[]
) {
	const customer = customerOf(world, order.customerId);
	return lines.reduce(
		(lead, l) => Math.max(lead, leadToCustomer(world, l.node, customer, l.sku)),
		0
	);
}

/** Makes the promise: reserves supply on the ship day and records dates and explanation. */
export function makePromise(
	draft: WorldDraft,
	order: Order,
	plan: Extract<PromisePlan, { ok: true }>,
	chosenShipDay?: number
): OrderPromise {
	const world = draft.view();
	const customer = customerOf(world, order.customerId);
	const lead = orderLead(world, order, plan.lines);
	const latestForRequest = order.requestedDay - lead;
	const automatic = customer.acceptsEarlyDelivery
		? plan.earliestShipDay
		: Math.max(plan.earliestShipDay, latestForRequest);
	const shipDay = chosenShipDay ?? automatic;
	const deliveryDay = shipDay + lead;
	const reservations: OrderPromise['reservations'] = [];
	for (const l of plan.lines) {
		order.lines[l.line - 1].node = l.node;
		const lot = l.lot ? { ...l.lot, id: `LOT-${++draft.fields.lotsPlanned}` } : null;
		reservations.push({ line: l.line, node: l.node, day: shipDay, qty: l.qty, lot });
		if (l.node === SUPPLIER_NODE) continue;
		draft.committed(l.node, l.sku)[shipDay - 1] += l.qty;
		if (l.lot) {
			const item = itemOf(world, l.sku)!;
			draft.lots(l.node).push({
				id: lot!.id,
				sku: l.sku,
				qty: l.lot.qty,
				startDay: l.lot.startDay,
				readyDay: l.lot.readyDay,
				started: false
			});
			for (const c of item.components)
				draft.committed(l.node, c.sku)[l.lot.startDay - 1] += l.lot.qty * c.qtyPer;
			draft.hoursReserved(l.node)[l.lot.startDay - 1] += l.lot.qty * item.hoursPerUnit;
		}
	}
	const atRisk = shipDay < plan.earliestShipDay;
	const supply = plan.lines.map((l) => l.note).join('; ');
	const timing = atRisk
		? `Promised to ship day ${shipDay}, before supply supports it (day ${plan.earliestShipDay}): at risk.`
		: shipDay > plan.earliestShipDay
			? `Could ship day ${plan.earliestShipDay}; ships day ${shipDay}${
					// Held back to meet the request, or later still because the desk chose the day.
					shipDay <= Math.max(plan.earliestShipDay, latestForRequest)
						? ' to arrive when the customer asked'
						: `, the day the desk chose: it arrives after day ${order.requestedDay}, the day the customer asked for`
				}.`
			: `Ships day ${shipDay}.`;
	const nodes = [...new Set(plan.lines.map((l) => l.node))];
	let leadWords = `, ${lead} day(s) after shipping for handling and transit`;
	if (nodes.length === 1 && nodes[0] !== SUPPLIER_NODE) {
		const handling = scenarioNode(world, nodes[0]).handlingDays;
		leadWords = ` after ${handling} day(s) handling and ${lead - handling} in transit`;
	}
	const route =
		nodes.length > 1 ? ` It ships in ${nodes.length} shipments (${nodes.join(', ')}).` : '';
	return {
		shipDay,
		deliveryDay,
		commitDeliveryDay: order.promise?.commitDeliveryDay ?? deliveryDay,
		commitShipDay: order.promise?.commitShipDay ?? shipDay,
		earliestShipDay: plan.earliestShipDay,
		waitForRequestDays: Math.max(0, shipDay - plan.earliestShipDay),
		atRisk,
		reservations,
		explanation: `${supply ? supply + '. ' : ''}${timing} Delivery day ${deliveryDay}${leadWords}.${route}`
	};
}
