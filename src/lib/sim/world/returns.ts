/**
 * Returns and reverse logistics. A request is screened as it arrives (gatekeeping: the
 * return window, the warranty, the policy); the desk authorizes it (an RMA) or denies it;
 * authorized goods travel back, are inspected and given a disposition; a credit memo settles
 * the money. Every unit is accounted for: back in stock, being refurbished, or gone out (to
 * the vendor, liquidated, recycled or scrapped).
 */
import type { WorldDraft } from './draft';
import { ediMessage } from './documents';
import { raiseException } from './exceptions';
import { customerOf, itemOf, orderIndex, primaryNode, round2 } from './lookup';
import { compileMachine, nextState } from './machine-table';
import { returnMachine, type ReturnEvent } from './return-machine';
import type { Command, Disposition, Order, ReturnReason, ReturnRecord, World } from './types';

export const RETURN_LIFECYCLE = compileMachine(returnMachine);

/** Share of the credit kept as a restocking fee when the customer simply changed its mind. */
export const RESTOCKING_FEE = 0.15;
/** Days a refurbished unit takes to go back into stock. */
export const REFURBISH_DAYS = 3;
/** Days a screened request may wait for an answer before it becomes an exception. */
export const RETURN_ANSWER_DAYS = 2;

export const returnId = (index: number) => `RMA-${String(index + 1).padStart(4, '0')}`;

function returnIndex(id: string): number {
	const match = /^RMA-(\d{4,})$/.exec(id);
	return match ? Number(match[1]) - 1 : -1;
}

export function fireReturn(record: ReturnRecord, event: ReturnEvent): boolean {
	const next = nextState(RETURN_LIFECYCLE, { value: record.state }, event);
	if (!next) return false;
	record.state = next.value;
	return true;
}

/** Units of `sku` delivered on `order` that no earlier request (other than a denied one) covers. */
export function returnableUnits(draft: WorldDraft, order: Order, sku: string): number {
	let delivered = 0;
	for (const s of order.shipments) {
		if (s.deliveredDay === null) continue;
		for (const l of s.lines) if (l.sku === sku) delivered += l.qty;
	}
	let requested = 0;
	for (let i = 0; i < draft.returns.size; i++) {
		const r = draft.returns.get(i)!;
		if (r.orderId === order.id && r.sku === sku && r.state !== 'denied') requested += r.qty;
	}
	return Math.max(0, delivered - requested);
}

/**
 * Screening before authorization: a change of mind is taken back within the return window,
 * a fault within the warranty, a recall always.
 */
function screen(reason: ReturnReason, age: number, windowDays: number, warrantyDays: number) {
	const withinWindow = age <= windowDays;
	const underWarranty = age <= warrantyDays;
	const allowed = reason === 'recall' || (reason === 'not-needed' ? withinWindow : underWarranty);
	let note: string;
	if (reason === 'recall') note = 'Within policy: a recalled item is always taken back.';
	else if (reason === 'not-needed')
		note = withinWindow
			? `Within policy: day ${age} of a ${windowDays}-day return window.`
			: `Outside policy: the ${windowDays}-day return window has passed (day ${age}).`;
	else
		note = underWarranty
			? `Within policy: under the ${warrantyDays}-day warranty.`
			: `Outside policy: the ${warrantyDays}-day warranty has expired.`;
	return { withinWindow, underWarranty, allowed, note };
}

/** A customer asks to send goods back; the request is screened as it arrives. */
export function requestReturn(
	draft: WorldDraft,
	order: Order,
	sku: string,
	wanted: number,
	reason: ReturnReason
): void {
	const qty = Math.min(wanted, returnableUnits(draft, order, sku));
	if (qty <= 0) return;
	const day = draft.day;
	const deliveries = order.shipments.filter(
		(s) => s.deliveredDay !== null && s.lines.some((l) => l.sku === sku)
	);
	const deliveredDay = Math.min(...deliveries.map((s) => s.deliveredDay!));
	const policy = draft.scenario.returns;
	const index = draft.returns.size;
	const record: ReturnRecord = {
		id: returnId(index),
		index,
		orderId: order.id,
		customerId: order.customerId,
		sku,
		qty,
		reason,
		requestedDay: day,
		screening: screen(reason, day - deliveredDay, policy.windowDays, policy.warrantyDays),
		state: RETURN_LIFECYCLE.initial.value,
		arrivalDay: null,
		inspection: null,
		disposition: null,
		refurbishedDay: null,
		credit: 0,
		recoveredValue: 0,
		cost: 0,
		timeline: [
			{
				day,
				code: 'return.requested',
				text: `${customerOf(draft.base, order.customerId).name} asks to return ${qty} ${sku} (${reason.replace('-', ' ')}).`
			}
		]
	};
	fireReturn(record, { type: 'return.screen' });
	draft.addReturn(record);
}

const CHANGE_OF_MIND: ReturnReason[] = ['not-needed', 'defective', 'wrong-item'];

/**
 * Today's deliveries sometimes come back: damaged ones most often and at once; the others
 * after a while (a defect shows in use, a change of mind can come after the return window),
 * so screening has real work to do. Each future request is scheduled now from the seed.
 */
export function generateReturns(draft: WorldDraft, receivedToday: readonly number[]): void {
	const rate = draft.scenario.returns.rate;
	const window = draft.scenario.returns.windowDays;
	const day = draft.day;
	const scheduled: World['pendingReturns'] = [];
	for (const i of receivedToday) {
		const order = draft.order(i)!;
		for (const s of order.shipments) {
			if (s.deliveredDay !== day) continue;
			const line = s.lines[0];
			if (s.damaged && draft.random() < 0.8) {
				scheduled.push({ orderId: order.id, sku: line.sku, qty: line.qty, reason: 'damaged', day });
			} else if (rate > 0 && draft.random() < rate) {
				const reason = CHANGE_OF_MIND[draft.randomInt(0, CHANGE_OF_MIND.length - 1)];
				const lag =
					reason === 'wrong-item'
						? draft.randomInt(0, 2)
						: reason === 'defective'
							? draft.randomInt(1, 20)
							: draft.randomInt(1, window + 7);
				const qty = reason === 'not-needed' ? Math.ceil(line.qty / 2) : line.qty;
				scheduled.push({ orderId: order.id, sku: line.sku, qty, reason, day: day + lag });
			}
		}
	}
	if (scheduled.length)
		draft.fields.pendingReturns = [...draft.fields.pendingReturns, ...scheduled];
	requestDueReturns(draft);
}

/** Scheduled return requests whose day has come reach the desk. */
function requestDueReturns(draft: WorldDraft): void {
	const day = draft.day;
	if (!draft.fields.pendingReturns.some((p) => p.day <= day)) return;
	const later: World['pendingReturns'] = [];
	for (const p of draft.fields.pendingReturns) {
		if (p.day > day) {
			later.push(p);
			continue;
		}
		requestReturn(draft, draft.order(orderIndex(p.orderId))!, p.sku, p.qty, p.reason);
	}
	draft.fields.pendingReturns = later;
}

/** What inspection finds, by the reason the customer gave. */
function inspect(reason: ReturnReason, u: number): NonNullable<ReturnRecord['inspection']> {
	switch (reason) {
		case 'recall':
			return 'defective';
		case 'damaged':
			return u < 0.6 ? 'repairable' : 'defective';
		case 'defective':
			return u < 0.7 ? 'defective' : 'repairable';
		default:
			return u < 0.85 ? 'sellable' : 'repairable';
	}
}

/**
 * End of day for returns: authorized goods arrive and are inspected, refurbished units go
 * back into stock, and requests left unanswered become exceptions.
 */
export function processReturns(draft: WorldDraft): void {
	const day = draft.day;
	const nodeId = primaryNode(draft.base);
	for (let i = 0; i < draft.returns.size; i++) {
		const current = draft.returns.get(i)!;
		const arriving =
			current.state === 'authorised' && current.arrivalDay !== null && current.arrivalDay <= day;
		const refurbished = current.refurbishedDay !== null && current.refurbishedDay <= day;
		const waiting =
			current.state === 'screened' && day - current.requestedDay >= RETURN_ANSWER_DAYS;
		if (waiting) {
			raiseException(draft, {
				kind: 'return-waiting',
				orderId: current.orderId,
				returnId: current.id,
				severity: 1,
				text: `${current.id} has waited since day ${current.requestedDay} for an answer.`
			});
		}
		if (!arriving && !refurbished) continue;
		const rma = draft.mutableReturn(i);
		if (arriving) {
			const units = draft.returned(rma.sku);
			units.inTransit -= rma.qty;
			units.held += rma.qty;
			fireReturn(rma, { type: 'return.receive' });
			rma.inspection = inspect(rma.reason, draft.random());
			fireReturn(rma, { type: 'return.inspect' });
			rma.timeline.push({
				day,
				code: 'return.inspected',
				text: `Received and inspected: ${rma.inspection}.`
			});
		}
		if (refurbished) {
			draft.returned(rma.sku).refurbishing -= rma.qty;
			draft.stock(nodeId, rma.sku).onHand += rma.qty;
			rma.refurbishedDay = null;
			rma.timeline.push({
				day,
				code: 'return.refurbished',
				text: `${rma.qty} refurbished ${rma.sku} back in stock.`
			});
		}
	}
}

/** Why a disposition does not fit what inspection found, or null when it does. */
export function dispositionRefusal(rma: ReturnRecord, d: Disposition): string | null {
	if (d === 'restock' && rma.inspection !== 'sellable')
		return `Inspection found ${rma.id} ${rma.inspection}: it cannot go back into sellable stock. Refurbish, return to vendor, liquidate, recycle or scrap it.`;
	if (d === 'refurbish' && rma.inspection === 'sellable')
		return `${rma.id} is sellable as it is: restock it rather than pay to refurbish it.`;
	if (d === 'return-to-vendor' && rma.inspection !== 'defective')
		return 'The vendor takes back only goods inspected as defective.';
	if (d === 'liquidate' && rma.reason === 'recall')
		return `${rma.id} was recalled: selling it on would put the unsafe product back on the market. Return it to the vendor, recycle or scrap it.`;
	return null;
}

/**
 * The money side of a disposition: what it costs (refurbishing, recycling) and what it
 * recovers (the vendor's credit at standard cost, a liquidator's price), per the scenario.
 */
export function dispositionValue(
	d: Disposition,
	qty: number,
	standardCost: number,
	terms: { refurbishCost: number; liquidationRecovery: number; recycleCostPerUnit: number }
): { cost: number; recovered: number } {
	switch (d) {
		case 'refurbish':
			return { cost: round2(qty * standardCost * terms.refurbishCost), recovered: 0 };
		case 'return-to-vendor':
			return { cost: 0, recovered: round2(qty * standardCost) };
		case 'liquidate':
			return { cost: 0, recovered: round2(qty * standardCost * terms.liquidationRecovery) };
		case 'recycle':
			return { cost: round2(qty * terms.recycleCostPerUnit), recovered: 0 };
		default:
			return { cost: 0, recovered: 0 };
	}
}

/** The credit a return earns: the price paid, less a restocking fee for a change of mind. */
export function returnCredit(qty: number, price: number, reason: ReturnReason): number {
	return round2(qty * price * (reason === 'not-needed' ? 1 - RESTOCKING_FEE : 1));
}

/**
 * Applies a credit memo: against the order's unpaid invoices first (the customer pays less),
 * and what is left as a refund out of cash already collected.
 */
function applyCredit(draft: WorldDraft, order: Order, credit: number): number {
	draft.fields.creditsGiven = round2(draft.fields.creditsGiven + credit);
	let left = credit;
	for (const inv of order.invoices) {
		if (inv.paidDay !== null || left <= 0) continue;
		const take = Math.min(left, inv.paidAmount);
		inv.paidAmount = round2(inv.paidAmount - take);
		inv.memoCredit = round2(inv.memoCredit + take);
		left = round2(left - take);
	}
	const account = draft.account(order.customerId);
	account.receivables = round2(account.receivables - (credit - left));
	if (left > 0) {
		draft.fields.cashCollected = round2(draft.fields.cashCollected - left);
		draft.fields.refunds = round2(draft.fields.refunds + left);
	}
	return left;
}

type ReturnCommand = Extract<
	Command,
	{ type: 'return.authorise' | 'return.deny' | 'return.disposition' | 'return.credit' }
>;

export function handleReturnCommand(draft: WorldDraft, command: ReturnCommand): string | null {
	const index = returnIndex(command.returnId);
	if (!draft.returns.get(index)) return `There is no return ${command.returnId}.`;
	const rma = draft.mutableReturn(index);
	const day = draft.day;
	const policy = draft.scenario.returns;
	const refuse = (what: string) =>
		`${rma.id} is ${rma.state.replace('.', ': ')}, so it cannot be ${what} now.`;
	switch (command.type) {
		case 'return.authorise': {
			if (!fireReturn(rma, { type: 'return.authorise' })) return refuse('authorized');
			const units = draft.returned(rma.sku);
			units.shippedBack += rma.qty;
			units.inTransit += rma.qty;
			rma.arrivalDay = day + policy.transitDays;
			rma.cost = round2(rma.cost + policy.freightCost);
			const order = draft.order(orderIndex(rma.orderId))!;
			if (order.channel === 'edi') {
				const copy = draft.mutableOrder(orderIndex(rma.orderId));
				ediMessage(draft, copy, '180', `Return authorization ${rma.id} for ${rma.qty} ${rma.sku}.`);
			}
			rma.timeline.push({
				day,
				code: 'return.authorised',
				text: rma.screening.allowed
					? `Authorized; the goods are due back on day ${rma.arrivalDay}.`
					: `Authorized as a goodwill exception to the return policy; due back on day ${rma.arrivalDay}.`
			});
			return null;
		}
		case 'return.deny':
			if (!fireReturn(rma, { type: 'return.deny' })) return refuse('denied');
			rma.timeline.push({
				day,
				code: 'return.denied',
				text: rma.screening.allowed
					? 'Denied, although the request was within policy: expect a complaint.'
					: `Denied. ${rma.screening.note}`
			});
			return null;
		case 'return.disposition': {
			const d = command.disposition;
			if (rma.state !== 'inspected') return refuse('given a disposition');
			const refusal = dispositionRefusal(rma, d);
			if (refusal) return refusal;
			fireReturn(rma, { type: 'return.dispose', disposition: d });
			rma.disposition = d;
			const units = draft.returned(rma.sku);
			units.held -= rma.qty;
			if (d === 'restock') draft.stock(primaryNode(draft.base), rma.sku).onHand += rma.qty;
			else if (d === 'refurbish') {
				units.refurbishing += rma.qty;
				rma.refurbishedDay = day + REFURBISH_DAYS;
			} else units.disposedOut += rma.qty;
			const value = dispositionValue(d, rma.qty, itemOf(draft.base, rma.sku)!.standardCost, policy);
			rma.cost = round2(rma.cost + value.cost);
			rma.recoveredValue = value.recovered;
			rma.timeline.push({
				day,
				code: 'return.dispositioned',
				text: `Disposition: ${d.replace(/-/g, ' ')}.`
			});
			return null;
		}
		case 'return.credit': {
			if (!fireReturn(rma, { type: 'return.credit' })) return refuse('credited');
			const order = draft.mutableOrder(orderIndex(rma.orderId));
			const price = order.lines.find((l) => l.sku === rma.sku)?.price ?? 0;
			rma.credit = returnCredit(rma.qty, price, rma.reason);
			const refunded = applyCredit(draft, order, rma.credit);
			rma.timeline.push({
				day,
				code: 'return.credited',
				text: `Credit memo for ${rma.credit.toFixed(2)}${rma.reason === 'not-needed' ? ` (less a ${RESTOCKING_FEE * 100} % restocking fee)` : ''}${refunded > 0 ? `, ${refunded.toFixed(2)} of it refunded` : ''}.`
			});
			fireReturn(rma, { type: 'return.close' });
			return null;
		}
	}
}
