/**
 * What each order decision does. A handler returns an error message (and the step then keeps
 * the world as it was) or null after changing the draft.
 */
import type { WorldDraft } from './draft';
import {
	allocateOrder,
	fullyAllocated,
	lineAvailable,
	lineNeed,
	mayShipPartial
} from './fulfilment';
import { fire, note, peek } from './lifecycle';
import {
	customerOf,
	horizon,
	itemOf,
	lineNode,
	round2,
	SUPPLIER_NODE,
	tierReserveOf
} from './lookup';
import type { OrderEvent } from './order-machine';
import { notify } from './communication';
import { ediMessage, prepareDocuments, shippingBlock } from './documents';
import { makePromise, planPromise, releasePromise } from './promising';
import type { DistributionMethod, FindingCode, Order, OrderCommand } from './types';
import { validateOrder } from './validation';

const STATE_WORDS: Record<string, string> = {
	entered: 'entered (not yet validated)',
	validated: 'validated (not yet promised)',
	confirmed: 'confirmed (promised, not allocated)',
	allocated: 'allocated',
	released: 'released to the warehouse',
	picked: 'picked',
	packed: 'packed',
	'shipped.partial': 'shipped in part',
	'shipped.complete': 'shipped',
	delivered: 'delivered',
	closed: 'closed',
	rejected: 'rejected',
	cancelled: 'cancelled'
};

function describeState(order: Order): string {
	const s = order.state.fulfilment;
	return s.startsWith('held.') ? `on ${s.slice(5)} hold` : (STATE_WORDS[s] ?? s);
}

const VERBS: Record<string, string> = {
	'order.validate': 'validated',
	'order.correct': 'corrected',
	'order.hold': 'held',
	'order.release': 'released from hold',
	'order.reject': 'rejected',
	'order.cancel': 'cancelled',
	'order.promise': 'promised',
	'order.change': 'changed',
	'order.allocate': 'allocated',
	'order.ship': 'released to ship',
	'order.route': 'routed',
	'order.method': 'given a distribution method',
	'order.document': 'documented',
	'order.notify': 'notified'
};

/** The learner-facing refusal when the lifecycle does not allow an event in this state. */
function notNow(order: Order, type: string): string {
	return `${order.id} is ${describeState(order)}, so it cannot be ${VERBS[type] ?? type} now.`;
}

function transition(order: Order, event: OrderEvent, type: string): string | null {
	return fire(order, event) ? null : notNow(order, type);
}

function addExposure(draft: WorldDraft, order: Order, sign: 1 | -1) {
	const account = draft.account(order.customerId);
	const unbilled = order.lines.reduce((s, l) => s + (l.qty - l.shipped) * l.price, 0);
	account.uninvoiced = round2(account.uninvoiced + sign * unbilled);
}

function deallocate(draft: WorldDraft, order: Order) {
	order.lines.forEach((line, i) => {
		if (line.allocated > 0 && line.method !== 'drop-ship')
			draft.stock(lineNode(draft.base, order, i), line.sku).allocated -= line.allocated;
		line.allocated = 0;
	});
}

function hasExposure(order: Order): boolean {
	const s = order.state.fulfilment;
	return !(s === 'entered' || s.startsWith('held.') || s === 'rejected' || s === 'cancelled');
}

function validate(draft: WorldDraft, order: Order): string | null {
	const findings = validateOrder(draft.view(), order, draft.readAccount(order.customerId));
	const error = transition(
		order,
		{ type: 'order.validate', holds: findings.map((f) => f.hold) },
		'order.validate'
	);
	if (error) return error;
	order.findings = findings;
	if (order.state.fulfilment === 'validated') {
		addExposure(draft, order, 1);
		note(order, draft.day, 'order.validated', 'Validated: no findings.');
	} else {
		note(
			order,
			draft.day,
			'order.held',
			`Held for ${order.state.fulfilment.slice(5)}: ${findings.map((f) => f.message).join(' ')}`
		);
	}
	return null;
}

/** Applies what the customer confirmed for one finding. */
function correct(draft: WorldDraft, order: Order, code: FindingCode): string | null {
	if (!order.state.fulfilment.startsWith('held.')) return notNow(order, 'order.correct');
	const finding = order.findings.find((f) => f.code === code);
	if (!finding) return `${order.id} has no "${code}" finding to correct.`;
	if (code === 'over-credit-limit') {
		return 'A credit finding is not a data error: release the hold with credit approval, or reject the order.';
	}
	const i = (finding.line ?? 1) - 1;
	const intended = order.intended.lines[i];
	switch (code) {
		case 'unknown-sku':
			order.lines[i].sku = intended.sku;
			order.lines[i].price = intended.price;
			break;
		case 'bad-quantity':
			order.lines[i].qty = intended.qty;
			order.lines[i].price = intended.price;
			break;
		case 'price-mismatch':
			order.lines[i].price = intended.price;
			break;
		case 'missing-ship-to':
			order.shipTo = order.intended.shipTo;
			break;
		case 'abnormal-demand':
			// The customer says what it meant: a keying error is fixed; a genuine order stands.
			if (order.lines[i].qty !== intended.qty) order.lines[i].qty = intended.qty;
			else order.acknowledged.push('abnormal-demand');
			order.lines[i].price = intended.price;
			break;
	}
	// A correction costs a call to the customer and some rework, far less than an escape.
	order.costToServe = round2(order.costToServe + 5);
	note(
		order,
		draft.day,
		'order.corrected',
		`Corrected after confirming with the customer: ${finding.message}`
	);
	fire(order, { type: 'order.correct' });
	return validate(draft, order);
}

function release(draft: WorldDraft, order: Order): string | null {
	if (
		order.findings.some((f) => f.code === 'unknown-sku') &&
		order.state.fulfilment.startsWith('held.')
	) {
		return `${order.id} names an item that is not in the catalog: nobody can pick it. Correct it or reject the order.`;
	}
	const error = transition(order, { type: 'order.release' }, 'order.release');
	if (error) return error;
	order.escaped = [...new Set([...order.escaped, ...order.findings.map((f) => f.code)])];
	addExposure(draft, order, 1);
	note(
		order,
		draft.day,
		'order.released',
		order.findings.length
			? `Hold released with ${order.findings.length} finding(s) not corrected.`
			: 'Hold released.'
	);
	return null;
}

function endOrder(
	draft: WorldDraft,
	order: Order,
	type: 'order.reject' | 'order.cancel'
): string | null {
	const exposed = hasExposure(order) && order.state.fulfilment !== 'shipped.partial';
	const partial = order.state.fulfilment === 'shipped.partial';
	if (!peek(order, { type })) return notNow(order, type);
	releasePromise(draft, order);
	deallocate(draft, order);
	if (exposed || partial) addExposure(draft, order, -1);
	fire(order, { type });
	if (partial) {
		order.shortClosed = true;
		note(
			order,
			draft.day,
			'order.short-closed',
			'The backordered rest was cancelled; the order closes with what shipped.'
		);
		if (order.shipments.every((s) => s.deliveredDay !== null))
			fire(order, { type: 'order.deliver' });
	} else {
		note(
			order,
			draft.day,
			type === 'order.reject' ? 'order.rejected' : 'order.cancelled',
			type === 'order.reject' ? 'Rejected.' : 'Cancelled.'
		);
	}
	return null;
}

function promise(draft: WorldDraft, order: Order, shipDay: number | undefined): string | null {
	if (!peek(order, { type: 'order.promise' })) return notNow(order, 'order.promise');
	if (shipDay !== undefined && (shipDay < draft.day || shipDay > horizon(draft.base))) {
		return `A ship day must be from today (day ${draft.day}) to day ${horizon(draft.base)}.`;
	}
	releasePromise(draft, order);
	const nodeOf = (id: string) => draft.node(id);
	const plan = planPromise(draft.view(), nodeOf, order, draft.day);
	if (!plan.ok) {
		if (shipDay === undefined) return plan.message;
		const atRisk = makePromise(
			draft,
			order,
			{ ok: true, earliestShipDay: horizon(draft.base) + 1, lines: linesOf(draft, order, shipDay) },
			shipDay
		);
		order.promise = atRisk;
	} else {
		order.promise = makePromise(draft, order, plan, shipDay);
	}
	fire(order, { type: 'order.promise' });
	note(order, draft.day, 'order.promised', order.promise.explanation);
	ediMessage(draft, order, '855', `Acknowledgment: delivery on day ${order.promise.deliveryDay}.`);
	return null;
}

function linesOf(draft: WorldDraft, order: Order, shipDay: number) {
	return order.lines.flatMap((l, i) =>
		l.qty - l.shipped > 0
			? [
					{
						line: i + 1,
						sku: l.sku,
						qty: l.qty - l.shipped,
						node: l.method === 'drop-ship' ? SUPPLIER_NODE : lineNode(draft.base, order, i),
						shipDay,
						lot: null,
						note: ''
					}
				]
			: []
	);
}

function change(draft: WorldDraft, order: Order, accept: boolean): string | null {
	const request = order.changeRequest;
	if (!request) return `${order.id}'s customer has not asked for a change.`;
	if (!accept) {
		order.changeRequest = null;
		note(order, draft.day, 'order.change-declined', 'The customer’s change request was declined.');
		return null;
	}
	if (!peek(order, { type: 'order.change' })) return notNow(order, 'order.change');
	const fence = draft.scenario.demandTimeFenceDays;
	if (order.promise && fence > 0 && order.promise.shipDay - draft.day < fence) {
		return `Day ${order.promise.shipDay} is inside the ${fence}-day demand time fence: the schedule is frozen, so the change cannot be accepted now. Decline it or talk to the master scheduler.`;
	}
	releasePromise(draft, order);
	deallocate(draft, order);
	addExposure(draft, order, -1);
	if (request.qty) order.lines[request.qty.line - 1].qty = request.qty.qty;
	if (request.requestedDay) order.requestedDay = request.requestedDay;
	addExposure(draft, order, 1);
	// A change the customer asked for is a new commitment: the next promise sets a new commit date.
	order.promise = null;
	order.changeRequest = null;
	fire(order, { type: 'order.change' });
	note(order, draft.day, 'order.changed', 'Changed at the customer’s request; promise it again.');
	return null;
}

function allocateCommand(draft: WorldDraft, order: Order): string | null {
	if (!peek(order, { type: 'order.allocate' })) return notNow(order, 'order.allocate');
	if (order.lines.every((_, i) => lineNeed(order, i) === 0))
		return `${order.id} has nothing left to allocate.`;
	const given = allocateOrder(draft, order);
	if (given === 0) {
		const tier = customerOf(draft.base, order.customerId).tier;
		const line = order.lines.findIndex(
			(_, i) => lineNeed(order, i) > 0 && lineAvailable(draft, order, i, tier) === 0
		)!;
		const short = order.lines[line];
		const nodeId = lineNode(draft.base, order, line);
		const stock = draft.node(nodeId).stock[short.sku] ?? { onHand: 0, allocated: 0 };
		const at = draft.scenario.nodes.length > 1 ? ` at ${nodeId}` : '';
		const reserve = tierReserveOf(draft.fields.policy, tier, itemOf(draft.base, short.sku));
		return `No free stock of ${short.sku}${at}: ${stock.onHand} on hand, ${stock.allocated} already allocated${reserve ? `, ${reserve} held for strategic customers` : ''}. It is promised for day ${order.promise?.shipDay ?? '?'}.`;
	}
	fire(order, { type: 'order.allocate' });
	const short = order.lines.reduce((s, _, i) => s + lineNeed(order, i), 0);
	note(
		order,
		draft.day,
		'order.allocated',
		short
			? `Allocated ${given} units; ${short} backordered.`
			: `Allocated ${given} units: complete.`
	);
	return null;
}

function ship(draft: WorldDraft, order: Order, partial: boolean): string | null {
	if (!peek(order, { type: 'order.ship' })) return notNow(order, 'order.ship');
	const blocked = shippingBlock(draft.base, order);
	if (blocked) return blocked;
	if (!fullyAllocated(order)) {
		const customer = customerOf(draft.base, order.customerId);
		if (!mayShipPartial(draft.fields.policy, customer)) {
			return customer.shipPreference === 'ship-complete'
				? `${customer.name} takes complete shipments only: allocate the rest first.`
				: 'Partial shipments are switched off in the policy: allocate the rest first.';
		}
		if (!partial)
			return `Only part of ${order.id} is allocated: ship it in part (partial) or allocate the rest first.`;
	}
	fire(order, { type: 'order.ship' });
	note(
		order,
		draft.day,
		'order.released-to-warehouse',
		fullyAllocated(order)
			? 'Released to the warehouse.'
			: 'Released to the warehouse to ship in part.'
	);
	return null;
}

export function handleOrderCommand(
	draft: WorldDraft,
	order: Order,
	command: OrderCommand
): string | null {
	switch (command.type) {
		case 'order.validate':
			return validate(draft, order);
		case 'order.correct':
			return correct(draft, order, command.code);
		case 'order.hold': {
			const error = transition(order, { type: 'order.hold', reason: command.reason }, 'order.hold');
			if (error) return error;
			addExposure(draft, order, -1);
			note(order, draft.day, 'order.held', `Held for ${command.reason} by the desk.`);
			return null;
		}
		case 'order.release':
			return release(draft, order);
		case 'order.reject':
		case 'order.cancel':
			return endOrder(draft, order, command.type);
		case 'order.promise':
			return promise(draft, order, command.shipDay);
		case 'order.change':
			return change(draft, order, command.accept ?? true);
		case 'order.allocate':
			return allocateCommand(draft, order);
		case 'order.ship':
			return ship(draft, order, command.partial ?? false);
		case 'order.route':
			return route(draft, order, command.node, command.line);
		case 'order.method':
			return method(draft, order, command.method, command.line);
		case 'order.document':
			return prepareDocuments(draft, order);
		case 'order.notify':
			return notify(draft, order);
	}
}

/** The lines a line-level decision applies to: one (1-based) or every open line. */
function targetLines(order: Order, line: number | undefined): number[] | string {
	if (line === undefined)
		return order.lines.map((_, i) => i).filter((i) => order.lines[i].shipped === 0);
	if (line < 1 || line > order.lines.length)
		return `${order.id} has lines 1 to ${order.lines.length}, not ${line}.`;
	return [line - 1];
}

/**
 * The desk routes lines to a node by hand (manual routing in distributed order management),
 * before the order is promised: the promise then counts that node's stock.
 */
function route(draft: WorldDraft, order: Order, nodeId: string, line?: number): string | null {
	if (order.state.fulfilment !== 'validated')
		return `${order.id} is ${describeState(order)}: route its lines after validation and before promising.`;
	if (!draft.scenario.nodes.some((n) => n.id === nodeId))
		return `There is no node ${nodeId}: ship from ${draft.scenario.nodes.map((n) => n.id).join(', ')}.`;
	const lines = targetLines(order, line);
	if (typeof lines === 'string') return lines;
	for (const i of lines) {
		if (order.lines[i].method === 'drop-ship')
			return `Line ${i + 1} is drop-shipped by the supplier: set it to ship from stock first.`;
		order.lines[i] = { ...order.lines[i], node: nodeId, pinned: true };
	}
	note(
		order,
		draft.day,
		'order.routed',
		`Routed ${line ? `line ${line}` : 'every line'} to ${nodeId}.`
	);
	return null;
}

/**
 * The distribution method of a line, apart from where it is made: ship from stock, have the
 * supplier drop-ship it, or cross-dock it from an inbound receipt.
 */
function method(
	draft: WorldDraft,
	order: Order,
	how: DistributionMethod,
	line?: number
): string | null {
	if (order.state.fulfilment !== 'validated')
		return `${order.id} is ${describeState(order)}: choose how it is fulfilled after validation and before promising.`;
	const lines = targetLines(order, line);
	if (typeof lines === 'string') return lines;
	for (const i of lines) {
		const item = itemOf(draft.base, order.lines[i].sku);
		if (how === 'drop-ship' && !item?.dropShip)
			return `No supplier drop-ships ${order.lines[i].sku}: ship it from stock.`;
		order.lines[i] = {
			...order.lines[i],
			method: how,
			node: how === 'drop-ship' ? SUPPLIER_NODE : order.lines[i].pinned ? order.lines[i].node : null
		};
	}
	const words = {
		stock: 'from stock',
		'drop-ship': 'by drop shipment',
		'cross-dock': 'by cross-docking'
	};
	note(
		order,
		draft.day,
		'order.method',
		`${line ? `Line ${line}` : 'Every line'} to be fulfilled ${words[how]}.`
	);
	return null;
}
