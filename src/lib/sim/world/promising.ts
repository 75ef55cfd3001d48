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
import { customerOf, horizon, itemOf, primaryNode } from './lookup';
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
	const node = world.scenario.nodes.find((n) => n.id === nodeId)!;
	const safety = world.policy.promiseSafetyStock ? 0 : (node.safetyStock[sku] ?? 0);
	const reserve = tier === 'strategic' ? 0 : world.policy.tierReserve;
	return safety + reserve;
}

type LinePlan = {
	line: number;
	sku: string;
	qty: number;
	shipDay: number;
	lot: { qty: number; startDay: number; readyDay: number } | null;
	note: string;
};

export type PromisePlan =
	{ ok: true; earliestShipDay: number; lines: LinePlan[] } | { ok: false; message: string };

/** The earliest complete ship day the supply supports, line by line. */
export function planPromise(
	world: World,
	nodeOf: (id: string) => NodeView,
	order: Order,
	today: number
): PromisePlan {
	const nodeId = primaryNode(world);
	const node = nodeOf(nodeId);
	const tier = customerOf(world, order.customerId).tier;
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
		const record = atpRecord(
			world,
			node,
			nodeId,
			line.sku,
			today,
			holdBackFor(world, nodeId, line.sku, tier)
		);
		const atp = cumulativeAtpOf(record.onHand, record.mps, record.customerOrders, true);
		const p = atp.findIndex((v) => v >= qty);
		const canMake =
			item.environment === 'make-to-order' && (item.components.length > 0 || item.hoursPerUnit > 0);
		if (p >= 0 && (!canMake || p === 0)) {
			lines.push({
				line: i + 1,
				sku: line.sku,
				qty,
				shipDay: today + p,
				lot: null,
				note: `ATP covers ${qty} of ${line.sku} on day ${today + p}`
			});
			continue;
		}
		if (canMake) {
			const scenarioNode = world.scenario.nodes.find((n) => n.id === nodeId)!;
			const capacity = scenarioNode.capacityHoursPerDay;
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
					shipDay: today + p,
					lot: null,
					note: `ATP covers ${qty} of ${line.sku} on day ${today + p}`
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
					shipDay: today + ctp.completePeriod! - 1,
					lot,
					note: `CTP: ${ctp.fromAtp.qty} from ATP and a lot of ${lot.qty} ${line.sku} started day ${lot.startDay}, ready day ${lot.readyDay}`
				});
				continue;
			}
		}
		return {
			ok: false,
			message: `Line ${i + 1}: no supply covers ${qty} of ${line.sku} within the planning horizon (day ${horizon(world)}). Hold the order, or promise a date at risk.`
		};
	}
	const earliestShipDay = lines.reduce((d, l) => Math.max(d, l.shipDay), today);
	return { ok: true, earliestShipDay, lines };
}

/** Frees what a promise reserved: commitments, and lots not yet started with their hours. */
export function releasePromise(draft: WorldDraft, order: Order): void {
	if (!order.promise) return;
	for (const r of order.promise.reservations) {
		const committed = draft.committed(r.node, order.lines[r.line - 1].sku);
		committed[r.day - 1] -= r.qty;
	}
	for (const r of order.promise.reservations) {
		if (!r.lot) continue;
		const sku = order.lines[r.line - 1].sku;
		const item = itemOf(draft.base, sku)!;
		const lots = draft.lots(r.node);
		const lot = r.lot;
		const k = lots.findIndex(
			(l) =>
				l.sku === sku &&
				!l.started &&
				l.qty === lot.qty &&
				l.startDay === lot.startDay &&
				l.readyDay === lot.readyDay
		);
		// A lot already started will be produced anyway; its output becomes free stock.
		if (k < 0) continue;
		lots.splice(k, 1);
		for (const c of item.components)
			draft.committed(r.node, c.sku)[lot.startDay - 1] -= lot.qty * c.qtyPer;
		draft.hoursReserved(r.node)[lot.startDay - 1] -= lot.qty * item.hoursPerUnit;
	}
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
	const nodeId = primaryNode(world);
	const handling = world.scenario.nodes[0].handlingDays;
	const leadToCustomer = handling + customer.transitDays;
	const latestForRequest = order.requestedDay - leadToCustomer;
	const automatic = customer.acceptsEarlyDelivery
		? plan.earliestShipDay
		: Math.max(plan.earliestShipDay, latestForRequest);
	const shipDay = chosenShipDay ?? automatic;
	const deliveryDay = shipDay + leadToCustomer;
	const reservations: OrderPromise['reservations'] = [];
	for (const l of plan.lines) {
		draft.committed(nodeId, l.sku)[shipDay - 1] += l.qty;
		reservations.push({ line: l.line, node: nodeId, day: shipDay, qty: l.qty, lot: l.lot });
		if (l.lot) {
			const item = itemOf(world, l.sku)!;
			draft.lots(nodeId).push({
				sku: l.sku,
				qty: l.lot.qty,
				startDay: l.lot.startDay,
				readyDay: l.lot.readyDay,
				started: false
			});
			for (const c of item.components)
				draft.committed(nodeId, c.sku)[l.lot.startDay - 1] += l.lot.qty * c.qtyPer;
			draft.hoursReserved(nodeId)[l.lot.startDay - 1] += l.lot.qty * item.hoursPerUnit;
		}
	}
	const atRisk = shipDay < plan.earliestShipDay;
	const supply = plan.lines.map((l) => l.note).join('; ');
	const timing = atRisk
		? `Promised to ship day ${shipDay}, before supply supports it (day ${plan.earliestShipDay}): at risk.`
		: shipDay > plan.earliestShipDay
			? `Could ship day ${plan.earliestShipDay}; ships day ${shipDay} to arrive when the customer asked.`
			: `Ships day ${shipDay}.`;
	return {
		shipDay,
		deliveryDay,
		commitDeliveryDay: order.promise?.commitDeliveryDay ?? deliveryDay,
		earliestShipDay: plan.earliestShipDay,
		waitForRequestDays: Math.max(0, shipDay - plan.earliestShipDay),
		atRisk,
		reservations,
		explanation: `${supply ? supply + '. ' : ''}${timing} Delivery day ${deliveryDay} after ${handling} day(s) handling and ${customer.transitDays} in transit.`
	};
}
