/**
 * The desk's work queues beside the inbox: open exceptions in triage order, the returns desk,
 * the disruption headlines and the master schedule's receipts. Pure selectors over a world.
 */
import { agedSeverity } from './exceptions';
import { customerOf, itemOf, orderIndex } from './lookup';
import { vecGet, vecToArray } from './pvec';
import { dispositionValue, returnCredit } from './returns';
import type {
	Disposition,
	ExceptionAction,
	ExceptionKind,
	ReturnReason,
	ReturnRecord,
	World
} from './types';

export const EXCEPTION_KIND_LABELS: Record<ExceptionKind, string> = {
	stockout: 'Stockout',
	'credit-hold': 'Credit hold',
	'data-error': 'Order data hold',
	'late-supplier-receipt': 'Late or short supplier receipt',
	'carrier-delay': 'Carrier delay',
	'customs-hold': 'Customs hold',
	'production-delay': 'Production delay',
	'return-waiting': 'Return waiting for an answer'
};

export const EXCEPTION_ACTION_LABELS: Record<ExceptionAction, string> = {
	expedite: 'Expedite the receipt',
	substitute: 'Ship the approved substitute',
	reroute: 'Reroute to express',
	split: 'Ship what is allocated',
	release: 'Release the hold',
	'contact-customer': 'Contact the customer',
	dismiss: 'Dismiss'
};

/**
 * The actions that fit each kind, as `exception.resolve` handles them: expediting pulls in a
 * receipt of the item, a substitute replaces a short line, rerouting wins back a carrier's
 * delay, splitting ships what is allocated, releasing lifts a hold. Contacting the customer
 * needs an order, and dismissing closes any alert (not its cause).
 */
export const EXCEPTION_ACTIONS: Record<ExceptionKind, ExceptionAction[]> = {
	stockout: ['substitute', 'expedite', 'split', 'contact-customer', 'dismiss'],
	'credit-hold': ['release', 'contact-customer', 'dismiss'],
	'data-error': ['release', 'contact-customer', 'dismiss'],
	'late-supplier-receipt': ['expedite', 'dismiss'],
	'carrier-delay': ['reroute', 'contact-customer', 'dismiss'],
	'customs-hold': ['contact-customer', 'dismiss'],
	'production-delay': ['dismiss'],
	'return-waiting': ['contact-customer', 'dismiss']
};

const NEEDS_ORDER = new Set<ExceptionAction>(['split', 'release', 'contact-customer']);

export type ExceptionRow = {
	id: string;
	kind: ExceptionKind;
	label: string;
	/** Severity reached by aging (1 watch to 3 act today), and as raised. */
	severity: 1 | 2 | 3;
	raisedSeverity: 1 | 2 | 3;
	raisedDay: number;
	ageDays: number;
	text: string;
	orderId: string | null;
	returnId: string | null;
	sku: string | null;
	actions: ExceptionAction[];
};

/** Open exceptions, most severe first (aged severity), then oldest first. */
export function exceptionQueue(world: World): ExceptionRow[] {
	return world.exceptions
		.filter((e) => e.resolvedDay === null)
		.map((e) => ({
			id: e.id,
			kind: e.kind,
			label: EXCEPTION_KIND_LABELS[e.kind],
			severity: agedSeverity(e, world.day),
			raisedSeverity: e.severity,
			raisedDay: e.raisedDay,
			ageDays: world.day - e.raisedDay,
			text: e.text,
			orderId: e.orderId,
			returnId: e.returnId,
			sku: e.sku,
			actions: EXCEPTION_ACTIONS[e.kind].filter((a) => e.orderId !== null || !NEEDS_ORDER.has(a))
		}))
		.sort((a, b) => b.severity - a.severity || b.ageDays - a.ageDays || a.id.localeCompare(b.id));
}

/** How many exceptions the desk has closed so far, and how many cleared by themselves. */
export function exceptionsResolved(world: World) {
	const done = world.exceptions.filter((e) => e.resolvedDay !== null);
	return { resolved: done.length, cleared: done.filter((e) => e.resolution === 'cleared').length };
}

export const DISPOSITION_LABELS: Record<Disposition, string> = {
	restock: 'Restock',
	refurbish: 'Refurbish',
	'return-to-vendor': 'Return to vendor',
	liquidate: 'Liquidate',
	recycle: 'Recycle',
	scrap: 'Scrap'
};

export const DISPOSITIONS = Object.keys(DISPOSITION_LABELS) as Disposition[];

export const RETURN_REASON_LABELS: Record<ReturnReason, string> = {
	damaged: 'damaged in transit',
	'wrong-item': 'wrong item',
	defective: 'defective',
	'not-needed': 'not needed',
	recall: 'product recall'
};

/** Where a return stands for the desk: what it waits for next. */
export type ReturnStage =
	'to-answer' | 'coming-back' | 'to-disposition' | 'to-credit' | 'closed' | 'denied';

function returnStage(state: string): ReturnStage {
	if (state === 'screened' || state === 'requested') return 'to-answer';
	if (state === 'authorised' || state === 'received') return 'coming-back';
	if (state === 'inspected') return 'to-disposition';
	if (state.startsWith('dispositioned')) return 'to-credit';
	return state === 'denied' ? 'denied' : 'closed';
}

const STAGE_ORDER: ReturnStage[] = [
	'to-answer',
	'to-disposition',
	'to-credit',
	'coming-back',
	'closed',
	'denied'
];

export type ReturnRow = {
	id: string;
	orderId: string;
	customer: string;
	sku: string;
	qty: number;
	reason: ReturnReason;
	reasonLabel: string;
	requestedDay: number;
	screening: ReturnRecord['screening'];
	stage: ReturnStage;
	arrivalDay: number | null;
	inspection: ReturnRecord['inspection'];
	disposition: Disposition | null;
	/** The credit memo `return.credit` would issue now (null until there is one to issue). */
	creditDue: number | null;
	credit: number;
	/** What each disposition would cost and recover for these units (when one is due). */
	dispositions: { id: Disposition; label: string; cost: number; recovered: number }[];
	timeline: ReturnRecord['timeline'];
};

function returnRow(world: World, r: ReturnRecord): ReturnRow {
	const stage = returnStage(r.state);
	const order = vecGet(world.orders, orderIndex(r.orderId));
	const price = order?.lines.find((l) => l.sku === r.sku)?.price ?? 0;
	const cost = itemOf(world, r.sku)?.standardCost ?? 0;
	return {
		id: r.id,
		orderId: r.orderId,
		customer: customerOf(world, r.customerId).name,
		sku: r.sku,
		qty: r.qty,
		reason: r.reason,
		reasonLabel: RETURN_REASON_LABELS[r.reason],
		requestedDay: r.requestedDay,
		screening: r.screening,
		stage,
		arrivalDay: r.arrivalDay,
		inspection: r.inspection,
		disposition: r.disposition,
		creditDue: stage === 'to-credit' ? returnCredit(r.qty, price, r.reason) : null,
		credit: r.credit,
		dispositions:
			stage === 'to-disposition'
				? DISPOSITIONS.map((d) => ({
						id: d,
						label: DISPOSITION_LABELS[d],
						...dispositionValue(d, r.qty, cost, world.scenario.returns)
					}))
				: [],
		timeline: r.timeline
	};
}

/**
 * The returns desk: requests still open, in the order the desk works them (answer, then
 * disposition, then credit, then those on their way back), and those finished; plus the
 * returned units not yet available to promise, by item.
 */
export function returnsDesk(world: World) {
	const rows = vecToArray(world.returns)
		.map((r) => returnRow(world, r))
		.sort(
			(a, b) =>
				STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage) ||
				a.requestedDay - b.requestedDay ||
				a.id.localeCompare(b.id)
		);
	const finished = (r: ReturnRow) => r.stage === 'closed' || r.stage === 'denied';
	const unavailable = Object.entries(world.returnedUnits)
		.map(([sku, u]) => ({
			sku,
			inTransit: u.inTransit,
			held: u.held,
			refurbishing: u.refurbishing
		}))
		.filter((u) => u.inTransit + u.held + u.refurbishing > 0)
		.sort((a, b) => a.sku.localeCompare(b.sku));
	return {
		open: rows.filter((r) => !finished(r)),
		finished: rows.filter(finished),
		unavailable
	};
}

/** Disruptions that have struck so far, newest first, marking today's and those still in force. */
export function disruptionHeadlines(world: World) {
	return world.disruptions
		.filter((d) => d.day <= world.day)
		.map((d) => ({
			day: d.day,
			untilDay: d.untilDay,
			kind: d.kind,
			headline: d.headline,
			today: d.day === world.day,
			active: d.untilDay >= world.day
		}))
		.reverse()
		.sort((a, b) => b.day - a.day);
}

export type ReceiptRow = {
	node: string;
	sku: string;
	qty: number;
	plannedDay: number;
	day: number;
	/** Days later than planned (negative when expedited earlier). */
	lateDays: number;
	/** Units the supplier left off (they follow as a balance receipt). */
	shortBy: number;
	balance: boolean;
	expedited: boolean;
	/** What went differently from the plan, in words (empty when nothing did). */
	marks: string[];
};

function receiptMarks(r: Omit<ReceiptRow, 'marks'>): string[] {
	const marks: string[] = [];
	if (r.lateDays > 0) marks.push(`${r.lateDays} day(s) late, planned for day ${r.plannedDay}`);
	if (r.lateDays < 0) marks.push(`pulled in from day ${r.plannedDay}`);
	if (r.expedited) marks.push('expedited');
	if (r.shortBy > 0) marks.push(`${r.shortBy} short`);
	if (r.balance) marks.push('balance of a short receipt');
	return marks;
}

/**
 * The master schedule's receipts: those still due, by day, and those that arrived, latest
 * first. Late, short, balance and expedited receipts are marked.
 */
export function scheduledReceipts(world: World) {
	const rows = world.receipts.map((r) => {
		const row = {
			node: r.node,
			sku: r.sku,
			qty: r.qty,
			plannedDay: r.plannedDay,
			day: r.day,
			lateDays: r.day - r.plannedDay,
			shortBy: r.shortBy,
			balance: r.balance,
			expedited: r.expedited === true
		};
		return { row: { ...row, marks: receiptMarks(row) } satisfies ReceiptRow, arrived: r.arrived };
	});
	const byDay = (a: ReceiptRow, b: ReceiptRow) =>
		a.day - b.day || a.node.localeCompare(b.node) || a.sku.localeCompare(b.sku);
	return {
		due: rows
			.filter((r) => !r.arrived)
			.map((r) => r.row)
			.sort(byDay),
		arrived: rows
			.filter((r) => r.arrived)
			.map((r) => r.row)
			.sort((a, b) => byDay(b, a))
	};
}
