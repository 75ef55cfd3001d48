/**
 * Exceptions: what the world flags for a person's attention, each with a severity and an
 * age. One resolves itself when its cause clears (the order is allocated, the hold released,
 * the receipt arrives, the return is answered) or when the desk acts on it. Open exceptions
 * grow more severe as they age, and the daily KPI row reports how many are open and how old.
 */
import { agedAlertSeverity, ALERT_AGING_DAYS } from '../alert-aging';
import type { WorldDraft } from './draft';
import { freeStock, freeUnits, lineNeed } from './fulfilment';
import { note } from './lifecycle';
import { customerOf, itemOf, lineNode, orderIndex, round2 } from './lookup';
import { handleOrderCommand } from './order-commands';
import type { ExceptionAction, ExceptionKind, ExceptionRecord, Order } from './types';

/** Premium freight or supplier overtime to pull a receipt in to tomorrow. */
export const EXPEDITE_COST = 150;
/** How far ahead a receipt may be to be expedited: a lot close to ready, not one weeks away. */
export const EXPEDITE_WINDOW_DAYS = 7;
/** A faster carrier service to win back a carrier delay, per shipment. */
export const REROUTE_COST = 60;
/** Days an open exception takes to climb one level of severity (one rule, in alert-aging.ts). */
export const AGING_DAYS = ALERT_AGING_DAYS;

type NewException = {
	kind: ExceptionKind;
	orderId?: string;
	sku?: string;
	returnId?: string;
	severity: 1 | 2 | 3;
	text: string;
};

const same = (e: ExceptionRecord, spec: NewException) =>
	e.kind === spec.kind &&
	e.orderId === (spec.orderId ?? null) &&
	e.sku === (spec.sku ?? null) &&
	e.returnId === (spec.returnId ?? null);

/** Raises an exception unless the same one is already open. */
export function raiseException(draft: WorldDraft, spec: NewException): void {
	if (draft.fields.exceptions.some((e) => e.resolvedDay === null && same(e, spec))) return;
	const list = draft.mutableExceptions();
	list.push({
		id: `EX-${String(list.length + 1).padStart(4, '0')}`,
		kind: spec.kind,
		orderId: spec.orderId ?? null,
		sku: spec.sku ?? null,
		returnId: spec.returnId ?? null,
		raisedDay: draft.day,
		severity: spec.severity,
		resolvedDay: null,
		resolution: null,
		text: spec.text
	});
}

/** The severity an exception has reached: one level up for every AGING_DAYS it stays open. */
export function agedSeverity(e: ExceptionRecord, day: number): 1 | 2 | 3 {
	return agedAlertSeverity(e, day);
}

const STOCK_WAITING = new Set(['confirmed', 'allocated', 'shipped.partial']);

/** Is the cause of an open exception gone? */
function cleared(draft: WorldDraft, e: ExceptionRecord): boolean {
	const order = e.orderId ? draft.order(orderIndex(e.orderId)) : undefined;
	switch (e.kind) {
		case 'stockout':
			return (
				!order ||
				!STOCK_WAITING.has(order.state.fulfilment) ||
				order.lines.every((l, i) => l.sku !== e.sku || lineNeed(order, i) === 0)
			);
		case 'credit-hold':
			return !order || order.state.fulfilment !== 'held.credit';
		case 'data-error':
			return !order || !order.state.fulfilment.startsWith('held.');
		case 'late-supplier-receipt':
			return !draft.fields.receipts.some(
				(r) => r.sku === e.sku && !r.arrived && r.day > r.plannedDay
			);
		case 'carrier-delay':
		case 'customs-hold':
			return !order || order.shipments.every((s) => s.deliveredDay !== null);
		case 'production-delay':
			// Cleared once no postponed lot of the item is still waiting to start.
			return !draft.scenario.nodes.some((n) =>
				draft.node(n.id).lots.some((l) => l.sku === e.sku && !l.started && (l.postponed ?? 0) > 0)
			);
		case 'return-waiting': {
			const rma = draft.returns.get(Number(e.returnId?.slice(4)) - 1);
			return !rma || rma.state !== 'screened';
		}
	}
}

/** End of day: exceptions for what went wrong today; those whose cause is gone resolve. */
export function reviewExceptions(draft: WorldDraft): void {
	const day = draft.day;
	for (let i = draft.fields.openFrom; i < draft.orders.size; i++) {
		const order = draft.order(i)!;
		const s = order.state.fulfilment;
		if (s === 'held.credit') {
			raiseException(draft, {
				kind: 'credit-hold',
				orderId: order.id,
				severity: 2,
				text: `${order.id} waits on a credit decision.`
			});
		} else if (s.startsWith('held.') && day > order.enteredDay) {
			raiseException(draft, {
				kind: 'data-error',
				orderId: order.id,
				severity: 2,
				text: `${order.id} has been on ${s.slice(5)} hold since day ${order.enteredDay}.`
			});
		}
		// Due (or overdue) and still short after the day's decisions: it cannot ship as promised.
		if (STOCK_WAITING.has(s) && order.promise && order.promise.shipDay <= day) {
			const tier = customerOf(draft.base, order.customerId).tier;
			const short = order.lines.find(
				(l, k) =>
					l.method !== 'drop-ship' &&
					lineNeed(order, k) > 0 &&
					freeStock(draft, lineNode(draft.base, order, k), l.sku, tier) < lineNeed(order, k)
			);
			if (short) {
				raiseException(draft, {
					kind: 'stockout',
					orderId: order.id,
					sku: short.sku,
					severity: 3,
					text: `${order.id} is due to ship by day ${order.promise.shipDay} but not enough ${short.sku} is free.`
				});
			}
		}
	}
	if (draft.fields.exceptions.some((e) => e.resolvedDay === null && cleared(draft, e))) {
		for (const e of draft.mutableExceptions()) {
			if (e.resolvedDay !== null || !cleared(draft, e)) continue;
			e.resolvedDay = day;
			e.resolution = 'cleared';
		}
	}
}

function orderFor(draft: WorldDraft, e: ExceptionRecord): Order | null {
	if (!e.orderId) return null;
	return draft.mutableOrder(orderIndex(e.orderId));
}

/** Pulls the next late or future receipt of an item in to tomorrow. */
function expedite(draft: WorldDraft, e: ExceptionRecord): string | null {
	if (!e.sku) return `${e.id} is not about an item: there is nothing to expedite.`;
	const upcoming = draft.fields.receipts
		.map((r, k) => ({ r, k }))
		.filter(({ r }) => r.sku === e.sku && !r.arrived && r.day > draft.day + 1)
		.sort((a, b) => a.r.day - b.r.day || a.k - b.k)[0];
	if (!upcoming)
		return `No receipt of ${e.sku} is due later than tomorrow: there is nothing to pull in.`;
	if (upcoming.r.expedited)
		return `The next receipt of ${e.sku} was expedited once already: the supplier cannot bring it closer.`;
	if (upcoming.r.day - draft.day > EXPEDITE_WINDOW_DAYS)
		return `The next receipt of ${e.sku} is due on day ${upcoming.r.day}: more than ${EXPEDITE_WINDOW_DAYS} days out, too far for the supplier to pull in.`;
	const receipt = draft.mutableReceipts()[upcoming.k];
	receipt.day = draft.day + 1;
	receipt.expedited = true;
	const order = orderFor(draft, e);
	if (order) order.costToServe = round2(order.costToServe + EXPEDITE_COST);
	else draft.fields.otherCosts = round2(draft.fields.otherCosts + EXPEDITE_COST);
	return `expedited ${receipt.qty} ${receipt.sku} to day ${receipt.day}`;
}

/**
 * Ships the short line as an approved substitute item that has the stock, at the price the
 * customer agreed. The promise's reservation moves to the substitute on the same day, so
 * the commit date holds.
 */
function substitute(draft: WorldDraft, e: ExceptionRecord): string | null {
	const order = orderFor(draft, e);
	if (!order || e.kind !== 'stockout' || !e.sku) return `${e.id} is not a stockout on an order.`;
	const item = itemOf(draft.base, e.sku);
	const line = order.lines.findIndex((l, i) => l.sku === e.sku && lineNeed(order, i) > 0);
	if (line < 0) return `${order.id} no longer waits for ${e.sku}.`;
	const current = order.lines[line];
	if (current.allocated > 0 || current.shipped > 0)
		return `Part of line ${line + 1} is already allocated or shipped: substitute only a line not yet started.`;
	const reservations = order.promise?.reservations.filter((r) => r.line === line + 1) ?? [];
	if (reservations.some((r) => r.lot))
		return `Line ${line + 1} is being made to order: a made-to-order line cannot be substituted.`;
	const tier = customerOf(draft.base, order.customerId).tier;
	const stock = draft.node(lineNode(draft.base, order, line)).stock;
	const replacement = item?.substitutes.find(
		(sku) =>
			freeUnits(stock[sku], draft.fields.policy, tier, itemOf(draft.base, sku)) >= current.qty
	);
	if (!replacement)
		return item?.substitutes.length
			? `No approved substitute for ${e.sku} has ${current.qty} units free.`
			: `${e.sku} has no approved substitute.`;
	for (const r of reservations) {
		draft.committed(r.node, e.sku)[r.day - 1] -= r.qty;
		draft.committed(r.node, replacement)[r.day - 1] += r.qty;
	}
	order.lines[line] = { ...current, sku: replacement, priceSku: current.priceSku ?? current.sku };
	order.intended = {
		...order.intended,
		lines: order.intended.lines.map((l, i) => (i === line ? { ...l, sku: replacement } : l))
	};
	note(
		order,
		draft.day,
		'order.substituted',
		`Line ${line + 1} ships as ${replacement} instead of ${e.sku}, agreed with the customer.`
	);
	return `substituted ${replacement} for ${e.sku}`;
}

/** Moves a delayed shipment to a faster carrier service, winning back the carrier's delay. */
function reroute(draft: WorldDraft, e: ExceptionRecord): string | null {
	const order = orderFor(draft, e);
	if (!order || e.kind !== 'carrier-delay') return `${e.id} is not a carrier delay on an order.`;
	let won = 0;
	for (const s of order.shipments) {
		if (s.deliveredDay !== null || s.delayCause !== 'carrier' || s.delayDays === 0) continue;
		const back = Math.min(s.delayDays, s.plannedDeliveryDay - draft.day - 1);
		if (back <= 0) continue;
		s.plannedDeliveryDay -= back;
		s.delayDays -= back;
		won += back;
	}
	if (!won) return `${order.id}'s shipment arrives tomorrow anyway: rerouting gains nothing.`;
	order.costToServe = round2(order.costToServe + REROUTE_COST);
	note(order, draft.day, 'order.rerouted', `Moved to an express service: ${won} day(s) won back.`);
	return `rerouted to an express service, ${won} day(s) won back`;
}

/** Acts through the order's own lifecycle: ship what is allocated, or release a hold. */
function orderAction(draft: WorldDraft, e: ExceptionRecord, action: 'split' | 'release') {
	const order = orderFor(draft, e);
	if (!order) return { error: `${e.id} is not about an order.` };
	const error =
		action === 'split'
			? handleOrderCommand(draft, order, { type: 'order.ship', orderId: order.id, partial: true })
			: handleOrderCommand(draft, order, { type: 'order.release', orderId: order.id });
	if (error) return { error };
	order.touches++;
	return { done: action === 'split' ? 'shipped what is allocated now' : 'hold released' };
}

/** The desk acts on an exception; returns a message if the action does not fit it. */
export function resolveException(
	draft: WorldDraft,
	id: string,
	action: ExceptionAction
): string | null {
	const k = draft.fields.exceptions.findIndex((x) => x.id === id);
	if (k < 0) return `There is no exception ${id}.`;
	const e = draft.fields.exceptions[k];
	if (e.resolvedDay !== null) return `${id} was already resolved on day ${e.resolvedDay}.`;
	let resolution: string;
	switch (action) {
		case 'expedite':
		case 'substitute':
		case 'reroute': {
			const fn = action === 'expedite' ? expedite : action === 'substitute' ? substitute : reroute;
			const result = fn(draft, e);
			if (result === null || !/^(expedited|substituted|rerouted)/.test(result))
				return result ?? `${id} cannot be handled that way.`;
			resolution = result;
			break;
		}
		case 'split':
		case 'release': {
			const result = orderAction(draft, e, action);
			if ('error' in result) return result.error!;
			resolution = result.done!;
			break;
		}
		case 'contact-customer': {
			const order = orderFor(draft, e);
			if (!order) return `${id} is not about a customer's order.`;
			note(order, draft.day, 'order.notified', `The desk told the customer: ${e.text}`);
			order.notifiedDay = draft.day;
			resolution = 'customer informed';
			break;
		}
		case 'dismiss':
			resolution = 'dismissed';
			break;
	}
	const record = draft.mutableExceptions()[k];
	record.resolvedDay = draft.day;
	record.resolution = resolution;
	return null;
}
