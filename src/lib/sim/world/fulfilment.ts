/**
 * Allocation, release to the warehouse, picking, packing, shipping and delivery. Backordered
 * quantity is a line condition (ordered but not yet allocated or shipped), not an order state.
 */
import { allocate } from '../allocation';
import { raiseInvoice } from './billing';
import { owe, unitCost } from './cash';
import { CUSTOMS_HOLD_DAYS, customsHold, DOCUMENT_ERRORS, ediMessage } from './documents';
import { activeSeverity, delayDays } from './disruptions';
import { raiseException } from './exceptions';
import type { WorldDraft } from './draft';
import { fire, note } from './lifecycle';
import {
	customerOf,
	itemOf,
	laneFor,
	leadToCustomer,
	lineNode,
	round2,
	scenarioNode,
	SUPPLIER_NODE,
	TIER_RANK,
	tierReserveOf
} from './lookup';
import type { Order, Policy, ProductionLot, StockRecord } from './types';
import type { ScenarioCustomer, ScenarioItem } from './scenario';

/** Units of a stock record that are neither allocated nor held back for top-tier customers. */
export function freeUnits(
	stock: StockRecord | undefined,
	policy: Policy,
	tier: string,
	item?: Pick<ScenarioItem, 'environment'>
): number {
	const reserve = tierReserveOf(policy, tier, item);
	return Math.max(0, (stock?.onHand ?? 0) - (stock?.allocated ?? 0) - reserve);
}

/** Free units of an item at a node for a customer tier. */
export function freeStock(draft: WorldDraft, nodeId: string, sku: string, tier: string): number {
	return freeUnits(
		draft.node(nodeId).stock[sku],
		draft.fields.policy,
		tier,
		itemOf(draft.base, sku)
	);
}

/**
 * What a line could have set aside now: free stock at its node, or, for a drop shipment, all
 * of it (the supplier holds the stock and ships when promised).
 */
export function lineAvailable(draft: WorldDraft, order: Order, line: number, tier: string): number {
	const l = order.lines[line];
	if (l.method === 'drop-ship') return lineNeed(order, line);
	return freeStock(draft, lineNode(draft.base, order, line), l.sku, tier);
}

/** What each line still needs: ordered less shipped less already allocated. */
export function lineNeed(order: Order, line: number): number {
	const l = order.lines[line];
	return Math.max(0, l.qty - l.shipped - l.allocated);
}

/** Sets `qty` units aside for one line, at its node (a drop shipment's at the supplier). */
function setAside(draft: WorldDraft, order: Order, line: number, qty: number) {
	if (qty <= 0) return;
	if (order.lines[line].method !== 'drop-ship')
		draft.stock(lineNode(draft.base, order, line), order.lines[line].sku).allocated += qty;
	order.lines[line].allocated += qty;
}

/** Allocates free stock to every line of one order, first come, first served. */
export function allocateOrder(draft: WorldDraft, order: Order): number {
	const tier = customerOf(draft.base, order.customerId).tier;
	let given = 0;
	order.lines.forEach((_, i) => {
		const qty = Math.min(lineNeed(order, i), lineAvailable(draft, order, i, tier));
		setAside(draft, order, i, qty);
		given += qty;
	});
	if (order.lines.some((_, i) => lineNeed(order, i) > 0)) order.backordered = true;
	return given;
}

/**
 * Rations the free stock of one item across several orders by a rule (first come, first
 * served in the order given; pro-rata; or priority by customer tier, pro-rata within a tier).
 * Returns the units given to each order.
 */
export function rationStock(
	draft: WorldDraft,
	sku: string,
	orders: Order[],
	rule: Policy['allocationRule']
): number[] {
	const lineOf = (o: Order) =>
		o.lines.findIndex((l, i) => l.sku === sku && l.method !== 'drop-ship' && lineNeed(o, i) > 0);
	const shares = new Array<number>(orders.length).fill(0);
	// Stock is rationed node by node: an order draws only on the node its line ships from.
	const byNode = new Map<string, number[]>();
	orders.forEach((o, k) => {
		const line = lineOf(o);
		if (line < 0) return;
		const nodeId = lineNode(draft.base, o, line);
		byNode.set(nodeId, [...(byNode.get(nodeId) ?? []), k]);
	});
	for (const [nodeId, members] of byNode) {
		const demands = members.map((k) => {
			const o = orders[k];
			const tier = customerOf(draft.base, o.customerId).tier;
			return { id: o.id, qty: lineNeed(o, lineOf(o)), priority: TIER_RANK[tier] };
		});
		// Ration what every customer may have; the tier reserve stays for strategic customers.
		const available = Math.min(
			...members.map((k) =>
				freeStock(draft, nodeId, sku, customerOf(draft.base, orders[k].customerId).tier)
			)
		);
		const given = allocate(Math.max(0, available), demands, rule);
		members.forEach((k, j) => (shares[k] = given[j]));
	}
	orders.forEach((o, k) => {
		const line = lineOf(o);
		if (line < 0) return;
		setAside(draft, o, line, shares[k]);
		if (lineNeed(o, line) > 0) o.backordered = true;
	});
	return shares;
}

/** Is everything still to ship now allocated? */
export function fullyAllocated(order: Order): boolean {
	return order.shortClosed || order.lines.every((l) => l.shipped + l.allocated >= l.qty);
}

/** May an order leave with only part of its quantity? Policy and customer must both agree. */
export function mayShipPartial(policy: Policy, customer: ScenarioCustomer): boolean {
	return policy.partialShipments && customer.shipPreference === 'ship-partial';
}

/** How late a shipment leaving today will be, and why. */
function shipmentDelay(draft: WorldDraft, order: Order, nodeId: string, sku: string) {
	const day = draft.day;
	if (nodeId === SUPPLIER_NODE) {
		const supplier = itemOf(draft.base, sku)!.dropShip!;
		const late = draft.random() < supplier.onTimeRate ? 0 : draft.randomInt(1, 3);
		return { delay: late, cause: late ? ('supplier' as const) : null };
	}
	const severity = activeSeverity(draft.fields, 'carrier-delay', day);
	const carrierLate =
		(draft.random() < draft.scenario.carrierDelayRate ? 1 : 0) +
		(severity > 0 ? delayDays(severity) : 0);
	const addressLate = order.escaped.includes('missing-ship-to') ? 3 : 0;
	return {
		delay: carrierLate + addressLate,
		cause: carrierLate ? ('carrier' as const) : addressLate ? ('address' as const) : null
	};
}

/**
 * The cost of one shipment: the node's handling per shipment, picking per unit and the lane's
 * parcel cost; a drop shipment costs the supplier's fee and the premium of its price over our
 * standard cost; cross-docked units skip put-away and picking from a location.
 */
function shipmentCost(
	draft: WorldDraft,
	order: Order,
	nodeId: string,
	lines: { sku: string; qty: number; method: string }[]
): number {
	const world = draft.base;
	if (nodeId === SUPPLIER_NODE) {
		return round2(
			lines.reduce((sum, l) => {
				const item = itemOf(world, l.sku)!;
				return (
					sum +
					item.dropShip!.feePerShipment +
					l.qty * (item.dropShip!.unitCost - item.standardCost)
				);
			}, 0)
		);
	}
	const node = scenarioNode(world, nodeId);
	const customer = customerOf(world, order.customerId);
	const lane = laneFor(world, nodeId, customer);
	// A customer collecting at its own store needs no parcel.
	const pickup = customer.pickupNode === nodeId && world.policy.routingRule === 'store-pickup';
	const picked = lines.reduce((n, l) => n + (l.method === 'cross-dock' ? 0 : l.qty), 0);
	return round2(
		node.handlingCostPerShipment + picked * node.pickCostPerUnit + (pickup ? 0 : lane.parcelCost)
	);
}

/**
 * End of day in the warehouses: released orders are picked, packed and shipped, one shipment
 * from each node their lines are routed to (a split shipment when there are several).
 */
export function shipReleased(draft: WorldDraft): void {
	const day = draft.day;
	for (let i = draft.fields.openFrom; i < draft.orders.size; i++) {
		if (draft.order(i)!.state.fulfilment !== 'released') continue;
		const order = draft.mutableOrder(i);
		fire(order, { type: 'order.pick' });
		fire(order, { type: 'order.pack' });
		// Shipping draws the promise's reservations down: this step gets its own copy of them.
		if (order.promise)
			order.promise = {
				...order.promise,
				reservations: order.promise.reservations.map((r) => ({ ...r }))
			};
		const byNode = new Map<string, { sku: string; qty: number; method: string }[]>();
		const shippedLines: { sku: string; qty: number }[] = [];
		order.lines.forEach((line, n) => {
			const qty = line.allocated;
			if (qty <= 0) return;
			const nodeId = line.method === 'drop-ship' ? SUPPLIER_NODE : lineNode(draft.base, order, n);
			if (nodeId === SUPPLIER_NODE) {
				// The supplier's units enter the world as they leave its dock for the customer.
				draft.fields.unitsIn = {
					...draft.fields.unitsIn,
					[line.sku]: (draft.fields.unitsIn[line.sku] ?? 0) + qty
				};
				const price = itemOf(draft.base, line.sku)!.dropShip!.unitCost * qty;
				owe(draft, price);
				draft.fields.cogs = round2(draft.fields.cogs + price);
			} else {
				draft.fields.cogs = round2(draft.fields.cogs + qty * unitCost(draft.base, line.sku));
				const stock = draft.stock(nodeId, line.sku);
				stock.onHand -= qty;
				stock.allocated -= qty;
			}
			line.allocated = 0;
			line.shipped += qty;
			if (line.firstShipped === null) line.firstShipped = qty;
			byNode.set(nodeId, [
				...(byNode.get(nodeId) ?? []),
				{ sku: line.sku, qty, method: line.method }
			]);
			shippedLines.push({ sku: line.sku, qty });
			// The shipped units no longer count against the promise's reservation.
			let left = qty;
			for (const r of order.promise?.reservations ?? []) {
				if (r.line !== n + 1 || left === 0) continue;
				const take = Math.min(r.qty, left);
				if (r.node !== SUPPLIER_NODE) draft.committed(r.node, line.sku)[r.day - 1] -= take;
				r.qty -= take;
				left -= take;
			}
		});
		// Lines not on the first shipment ship nothing the first time.
		for (const line of order.lines) if (line.firstShipped === null) line.firstShipped = 0;
		const complete = order.lines.every((l) => l.shipped >= l.qty);
		if (!complete) order.backordered = true;
		const customer = customerOf(draft.base, order.customerId);
		// Customs holds a shipment whose export documents are missing or wrong.
		const held = customsHold(draft.base, order);
		for (const [nodeId, lines] of byNode) {
			const timing = shipmentDelay(draft, order, nodeId, lines[0].sku);
			const delay = timing.delay + (held ? CUSTOMS_HOLD_DAYS : 0);
			const cause = timing.cause;
			const cost = shipmentCost(draft, order, nodeId, lines);
			order.costToServe = round2(order.costToServe + cost);
			order.shipments.push({
				node: nodeId,
				day,
				lines: lines.map((l) => ({ sku: l.sku, qty: l.qty })),
				plannedDeliveryDay:
					day + leadToCustomer(draft.base, nodeId, customer, lines[0].sku) + delay,
				deliveredDay: null,
				damaged: false,
				delayDays: delay,
				delayCause: cause,
				cost,
				customsHold: held
			});
			if (held)
				raiseException(draft, {
					kind: 'customs-hold',
					orderId: order.id,
					severity: 3,
					text: `Customs holds ${order.id}'s shipment from ${nodeId}: its export documents are missing or wrong.`
				});
			if (cause === 'carrier' || cause === 'supplier')
				raiseException(draft, {
					kind: 'carrier-delay',
					orderId: order.id,
					severity: 2,
					text: `${order.id}'s shipment from ${nodeId} is running ${delay} day(s) late.`
				});
		}
		fire(order, { type: 'order.dispatch', complete });
		const units = shippedLines.reduce((s, l) => s + l.qty, 0);
		const split = byNode.size > 1 ? ` in ${byNode.size} shipments` : '';
		note(
			order,
			day,
			'order.shipped',
			complete
				? `Shipped complete${split}: ${units} units.`
				: `Shipped in part${split}: ${units} units; the rest is backordered.`
		);
		ediMessage(
			draft,
			order,
			'856',
			`Advance ship notice: ${units} units.`,
			!order.escaped.some((c) => DOCUMENT_ERRORS.has(c))
		);
		raiseInvoice(draft, order, shippedLines);
	}
}

/**
 * End of day on the road: shipments due today arrive, a few of them damaged. Returns the
 * indexes of the orders that received goods today.
 */
export function deliverShipments(draft: WorldDraft): number[] {
	const day = draft.day;
	const received: number[] = [];
	for (let i = draft.fields.openFrom; i < draft.orders.size; i++) {
		const current = draft.order(i)!;
		if (!current.shipments.some((s) => s.deliveredDay === null && s.plannedDeliveryDay <= day))
			continue;
		const order = draft.mutableOrder(i);
		received.push(i);
		for (const s of order.shipments) {
			if (s.deliveredDay !== null || s.plannedDeliveryDay > day) continue;
			s.deliveredDay = day;
			s.damaged = draft.random() < draft.scenario.damageRate;
			note(
				order,
				day,
				'shipment.delivered',
				s.damaged ? 'Delivered, with damage reported by the customer.' : 'Delivered.'
			);
		}
		if (
			order.state.fulfilment === 'shipped.complete' &&
			order.shipments.every((s) => s.deliveredDay !== null)
		) {
			fire(order, { type: 'order.deliver' });
		}
	}
	return received;
}

/** Made-to-order lots: components are used on the start day; output arrives on the ready day. */
export function runProduction(draft: WorldDraft, nextDay: number): void {
	for (const node of draft.scenario.nodes) runNodeProduction(draft, node.id, nextDay);
}

function runNodeProduction(draft: WorldDraft, nodeId: string, nextDay: number): void {
	if (!draft.node(nodeId).lots.length) return;
	const lots = draft.lots(nodeId);
	for (const lot of lots) {
		const item = itemOf(draft.base, lot.sku)!;
		if (lot.started || lot.startDay > draft.day) continue;
		// A lot starts only with its components on hand; a late receipt postpones it a day,
		// moving its reservations with it, and the desk hears of it.
		const stock = draft.node(nodeId).stock;
		const short = item.components.find((c) => (stock[c.sku]?.onHand ?? 0) < lot.qty * c.qtyPer);
		if (short) {
			postponeLot(draft, nodeId, lot, item);
			raiseException(draft, {
				kind: 'production-delay',
				sku: lot.sku,
				severity: 2,
				text: `The lot of ${lot.qty} ${lot.sku} waits for ${short.sku}: it now starts day ${lot.startDay} and is ready day ${lot.readyDay}.`
			});
			continue;
		}
		lot.started = true;
		for (const c of item.components) {
			const used = lot.qty * c.qtyPer;
			draft.stock(nodeId, c.sku).onHand -= used;
			draft.committed(nodeId, c.sku)[lot.startDay - 1] -= used;
			draft.fields.unitsConsumed = {
				...draft.fields.unitsConsumed,
				[c.sku]: (draft.fields.unitsConsumed[c.sku] ?? 0) + used
			};
		}
	}
	for (let k = lots.length - 1; k >= 0; k--) {
		const lot = lots[k];
		if (lot.started && lot.readyDay <= nextDay) {
			draft.stock(nodeId, lot.sku).onHand += lot.qty;
			draft.fields.unitsIn = {
				...draft.fields.unitsIn,
				[lot.sku]: (draft.fields.unitsIn[lot.sku] ?? 0) + lot.qty
			};
			lots.splice(k, 1);
		}
	}
}

/** Moves an unstarted lot, and the components and hours it holds, one day later. */
function postponeLot(
	draft: WorldDraft,
	nodeId: string,
	lot: ProductionLot,
	item: NonNullable<ReturnType<typeof itemOf>>
) {
	const from = lot.startDay - 1;
	for (const c of item.components) {
		const committed = draft.committed(nodeId, c.sku);
		if (from + 1 >= committed.length) continue;
		committed[from] -= lot.qty * c.qtyPer;
		committed[from + 1] += lot.qty * c.qtyPer;
	}
	const hours = draft.hoursReserved(nodeId);
	if (from + 1 < hours.length) {
		hours[from] -= lot.qty * item.hoursPerUnit;
		hours[from + 1] += lot.qty * item.hoursPerUnit;
	}
	lot.startDay++;
	lot.readyDay++;
	lot.postponed = (lot.postponed ?? 0) + 1;
}

/** Days the balance of a short receipt follows the part that came. */
export const SHORT_BALANCE_DAYS = 2;

/**
 * Scheduled receipts (the master schedule) arrive at the start of their day, unless the
 * supplier misses: half of its misses arrive late (one to three days), half arrive short
 * (70 % now, the balance two days later). Either raises an exception. CPFR halves the
 * misses, because supplier and customer plan from one agreed forecast.
 */
export function receiveSupply(draft: WorldDraft, day: number): void {
	if (!draft.fields.receipts.some((r) => r.day === day && !r.arrived)) return;
	const miss = (1 - draft.scenario.supplierOnTimeRate) * (draft.fields.policy.cpfr ? 0.5 : 1);
	const receipts = draft.mutableReceipts();
	const balances: typeof receipts = [];
	for (const r of receipts) {
		if (r.day !== day || r.arrived) continue;
		if (!r.balance && r.day === r.plannedDay && miss > 0 && draft.random() < miss) {
			if (draft.random() < 0.5) {
				const late = draft.randomInt(1, 3);
				r.day += late;
				raiseException(draft, {
					kind: 'late-supplier-receipt',
					sku: r.sku,
					severity: 2,
					text: `The supplier's ${r.qty} ${r.sku} due on day ${day} will come ${late} day(s) late, on day ${r.day}.`
				});
				continue;
			}
			const short = Math.max(1, Math.round(r.qty * 0.3));
			r.shortBy = short;
			r.qty -= short;
			balances.push({
				...r,
				qty: short,
				day: day + SHORT_BALANCE_DAYS,
				shortBy: 0,
				balance: true
			});
			raiseException(draft, {
				kind: 'late-supplier-receipt',
				sku: r.sku,
				severity: 2,
				text: `The supplier shipped ${r.qty} ${r.sku} of ${r.qty + short} due today; the other ${short} follow on day ${day + SHORT_BALANCE_DAYS}.`
			});
		}
		r.arrived = true;
		if (r.qty <= 0) continue;
		owe(draft, r.qty * unitCost(draft.base, r.sku));
		draft.stock(r.node, r.sku).onHand += r.qty;
		draft.fields.unitsIn = {
			...draft.fields.unitsIn,
			[r.sku]: (draft.fields.unitsIn[r.sku] ?? 0) + r.qty
		};
	}
	receipts.push(...balances);
}
