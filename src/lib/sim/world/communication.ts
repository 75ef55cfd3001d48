/**
 * Status and communication. Customers whose order is late, delayed on the road or stuck on a
 * hold ask where it is, unless the desk told them first (`order.notify`). Each inquiry costs
 * the desk time and the customer patience. The customer satisfaction index scores every
 * measured order from its outcome, its inquiries and whether bad news came proactively.
 */
import type { WorldDraft } from './draft';
import { customerOf, round2 } from './lookup';
import type { Order, World } from './types';

/** Handling one customer inquiry (a call or an email to answer, the status to look up). */
export const INQUIRY_COST = 8;
/** Chance a customer with an unannounced problem asks that day. */
export const INQUIRY_CHANCE = 0.4;
/** A customer asks at most once in this many days about the same order. */
export const INQUIRY_GAP_DAYS = 2;

const OPEN = new Set([
	'validated',
	'confirmed',
	'allocated',
	'released',
	'picked',
	'packed',
	'shipped.partial',
	'shipped.complete'
]);

/**
 * Since when this order has had news the customer would want: a missed ship day, a shipment
 * arriving later than promised, a hold of more than a day. Null when all is on track.
 */
export function troubleSince(order: Order, day: number): number | null {
	const s = order.state.fulfilment;
	if (s.startsWith('held.') && day > order.enteredDay) return order.enteredDay + 1;
	if (!OPEN.has(s) || !order.promise) return null;
	const unshipped = order.lines.some((l) => l.shipped < l.qty);
	if (unshipped && order.promise.shipDay < day && !order.shortClosed)
		return order.promise.shipDay + 1;
	const late = order.shipments.find(
		(sh) => sh.deliveredDay === null && sh.plannedDeliveryDay > order.promise!.deliveryDay
	);
	return late ? late.day : null;
}

/** Order states with no news for the customer: not yet taken in, or finished. */
export const NOTHING_TO_TELL = new Set(['entered', 'closed', 'rejected', 'cancelled', 'delivered']);

/** `order.notify`: the desk tells the customer where the order stands and what comes next. */
export function notify(draft: WorldDraft, order: Order): string | null {
	const s = order.state.fulfilment;
	if (NOTHING_TO_TELL.has(s))
		return `${order.id} is ${s}: there is nothing new to tell the customer.`;
	if (order.notifiedDay === draft.day) return `${order.id}'s customer was already told today.`;
	order.notifiedDay = draft.day;
	const eta = order.shipments.find((sh) => sh.deliveredDay === null)?.plannedDeliveryDay;
	order.timeline.push({
		day: draft.day,
		code: 'order.notified',
		text: eta
			? `The desk told the customer the shipment now arrives on day ${eta}.`
			: order.promise
				? `The desk told the customer the order's status and its delivery day ${order.promise.deliveryDay}.`
				: "The desk told the customer the order's status."
	});
	order.costToServe = round2(order.costToServe + 2);
	return null;
}

/** End of day: customers with unannounced trouble sometimes ask. */
export function customerInquiries(draft: WorldDraft): void {
	const day = draft.day;
	for (let i = draft.fields.openFrom; i < draft.orders.size; i++) {
		const current = draft.order(i)!;
		const since = troubleSince(current, day);
		if (since === null) continue;
		if (current.notifiedDay !== null && current.notifiedDay >= since - 1) continue;
		if (current.lastInquiryDay !== null && day - current.lastInquiryDay < INQUIRY_GAP_DAYS)
			continue;
		if (draft.random() >= INQUIRY_CHANCE) continue;
		const order = draft.mutableOrder(i);
		order.inquiries++;
		order.lastInquiryDay = day;
		order.costToServe = round2(order.costToServe + INQUIRY_COST);
		order.timeline.push({
			day,
			code: 'order.inquiry',
			text: `${customerOf(draft.base, order.customerId).name} asks where the order is.`
		});
	}
}

/**
 * The customer satisfaction index of one measured order, 0 to 100: 100 less 30 for lateness
 * (15 if the customer was told before it happened), 20 for not in full, 20 for damage, 15 for
 * wrong documents, 10 for each inquiry (two at most) and 10 for a disputed invoice; a customer
 * with complaints on record feels each failure half as much again. An index of this
 * simulation, not a published standard: it shows the direction, not a benchmark.
 */
export function satisfactionScore(
	world: World,
	order: Order,
	outcome: { onTime: boolean; inFull: boolean; damageFree: boolean; documentationAccurate: boolean }
): number {
	const customer = customerOf(world, order.customerId);
	const warned =
		order.notifiedDay !== null &&
		order.promise !== null &&
		order.notifiedDay <= order.promise.deliveryDay;
	let penalty = 0;
	if (!outcome.onTime) penalty += warned ? 15 : 30;
	if (!outcome.inFull) penalty += 20;
	if (!outcome.damageFree) penalty += 20;
	if (!outcome.documentationAccurate) penalty += 15;
	penalty += 10 * Math.min(2, order.inquiries);
	if (order.invoices.some((inv) => inv.disputed)) penalty += 10;
	if (customer.pastComplaints > 0) penalty *= 1.5;
	return Math.max(0, 100 - penalty);
}
