/**
 * The arithmetic behind the order management KPIs, for showing each formula with its figures:
 * the counts a rate is made of and the orders behind each failure, computed with the KPI
 * functions themselves (kpis.ts, fulfillment-metrics.ts, disposition.ts) so the figures shown
 * beside a formula are the ones the engine reports.
 *
 * Definitions (as lesson 18 and DESIGN.md section 5 state them):
 * - fill rates count what the first shipment carried: unit = units shipped / units ordered;
 *   line = lines shipped complete / lines; order = orders with every line complete / orders;
 * - backorder rate = orders with any quantity still owed / orders; a short quantity the customer
 *   cancelled is a lost sale, not a backorder;
 * - OTIF = orders delivered on or before the date and with every line complete on the first
 *   shipment / orders, to the commit date and, beside it, to the request date;
 * - SCOR Order Fulfillment Cycle Time: days from receipt of the order to the last delivery, mean
 *   and nearest-rank 90th percentile;
 * - return rate by units = units returned / units shipped in the end (backorders included); by
 *   orders = orders with a return / orders that shipped anything;
 * - DIO = average inventory / COGS x days, DSO = average receivables / revenue x days, DPO =
 *   average payables / COGS x days, cash-to-cash = DIO + DSO - DPO, each average being
 *   (begin + end) / 2 (`cashToCash`).
 */
import { returnRates } from './disposition';
import {
	backorderRate,
	orderFulfillmentCycleTime,
	type CycleTimeResult
} from './fulfillment-metrics';
import { cashToCash, fillRates, otif } from './kpis';
import type { CashToCashInput } from './types';

export type MetricLine = {
	/** Quantity ordered; at least 1. */
	ordered: number;
	/** Quantity the first shipment carried. */
	shipped: number;
	/** Quantity still owed after the first shipment (shipped later); a cancelled balance is not. */
	backordered: number;
	/** Units the customer sent back from this line. */
	returned: number;
};

export type MetricOrder = {
	id: string;
	receivedDay: number;
	requestedDay: number;
	committedDay: number;
	/** Day of the last delivery. */
	deliveredDay: number;
	lines: MetricLine[];
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * What is wrong with orders a learner typed, as messages naming the order and line; empty
 * when the figures can be measured. Bad input is a value: the widget shows these instead of
 * calling `orderKpiBreakdown`, which would throw.
 */
export function metricOrderIssues(orders: readonly MetricOrder[]): string[] {
	const issues: string[] = [];
	if (orders.length === 0) issues.push('There are no orders to measure.');
	for (const o of orders) {
		if (o.lines.length === 0) issues.push(`${o.id} has no lines.`);
		if (o.requestedDay < o.receivedDay) {
			issues.push(
				`${o.id} is requested for day ${o.requestedDay}, before it was received on day ${o.receivedDay}.`
			);
		}
		if (o.committedDay < o.receivedDay) {
			issues.push(
				`${o.id} is committed for day ${o.committedDay}, before it was received on day ${o.receivedDay}.`
			);
		}
		if (o.deliveredDay < o.receivedDay) {
			issues.push(
				`${o.id} is delivered on day ${o.deliveredDay}, before it was received on day ${o.receivedDay}.`
			);
		}
		o.lines.forEach((l, i) => {
			const name = `${o.id} line ${i + 1}`;
			if (l.ordered < 1) issues.push(`${name} orders nothing: enter at least 1 unit.`);
			if (l.shipped > l.ordered) {
				issues.push(
					`${name}: the first shipment (${l.shipped}) is more than the ${l.ordered} ordered.`
				);
			} else if (l.shipped + l.backordered > l.ordered) {
				issues.push(
					`${name}: ${l.shipped} shipped and ${l.backordered} backordered come to more than the ${l.ordered} ordered.`
				);
			}
			if (l.returned > l.shipped + l.backordered) {
				issues.push(
					`${name}: ${l.returned} returned is more than the ${l.shipped + l.backordered} shipped in the end.`
				);
			}
		});
	}
	return issues;
}

export type OrderKpiBreakdown = {
	fill: {
		unit: number;
		line: number;
		order: number;
		unitsOrdered: number;
		unitsShipped: number;
		lines: number;
		linesComplete: number;
		orders: number;
		ordersComplete: number;
		/** Orders with a line short on the first shipment. */
		shortOrders: string[];
	};
	backorder: {
		/** Orders with quantity still owed / orders. */
		rate: number;
		backorderedOrders: string[];
		/** Short orders with no quantity owed: the customer cancelled the balance. */
		lostSaleOrders: string[];
	};
	otif: {
		toCommit: number;
		toRequest: number;
		/** Orders on time and in full to the commit date. */
		onTimeInFullToCommit: number;
		onTimeInFullToRequest: number;
		/** Delivered after the commit date. */
		lateToCommit: string[];
		/** On time and in full to the commit date but not to the request date: promised late. */
		promisedLate: string[];
	};
	cycleTime: CycleTimeResult & {
		/** Days from receipt to last delivery, order by order. */
		days: number[];
		/** The orders that took the longest. */
		longest: string[];
	};
	/** Null when nothing shipped, so there is nothing a customer could return. */
	returns: {
		unit: number;
		order: number;
		unitsReturned: number;
		unitsShipped: number;
		ordersWithReturns: number;
		ordersShipped: number;
	} | null;
};

/**
 * Every order KPI of lesson 18 over `orders`, with the counts behind each rate (see the module
 * comment). Throws a RangeError (from the KPI functions) on input `metricOrderIssues` rejects.
 */
export function orderKpiBreakdown(orders: readonly MetricOrder[]): OrderKpiBreakdown {
	const lines = orders.flatMap((o) => o.lines.map((l) => ({ orderId: o.id, ...l })));
	const fr = fillRates(lines);
	const inFull = (o: MetricOrder) => o.lines.every((l) => l.shipped === l.ordered);
	const owes = (o: MetricOrder) => o.lines.some((l) => l.backordered > 0);
	const shortOrders = orders.filter((o) => !inFull(o)).map((o) => o.id);

	const toCommit = orders.map((o) => ({
		onTime: o.deliveredDay <= o.committedDay,
		inFull: inFull(o)
	}));
	const toRequest = orders.map((o) => ({
		onTime: o.deliveredDay <= o.requestedDay,
		inFull: inFull(o)
	}));
	const cycle = orderFulfillmentCycleTime(
		orders.map((o) => ({ receivedDay: o.receivedDay, deliveredDay: o.deliveredDay }))
	);
	const days = orders.map((o) => o.deliveredDay - o.receivedDay);

	const finallyShipped = lines
		.map((l) => ({ orderId: l.orderId, shipped: l.shipped + l.backordered, returned: l.returned }))
		.filter((l) => l.shipped > 0);
	const rr = finallyShipped.length ? returnRates(finallyShipped) : null;

	return {
		fill: {
			...fr,
			unitsOrdered: lines.reduce((s, l) => s + l.ordered, 0),
			unitsShipped: lines.reduce((s, l) => s + l.shipped, 0),
			lines: lines.length,
			linesComplete: lines.filter((l) => l.shipped === l.ordered).length,
			orders: orders.length,
			ordersComplete: orders.length - shortOrders.length,
			shortOrders
		},
		backorder: {
			rate: backorderRate(lines).order,
			backorderedOrders: orders.filter(owes).map((o) => o.id),
			lostSaleOrders: orders.filter((o) => !inFull(o) && !owes(o)).map((o) => o.id)
		},
		otif: {
			toCommit: otif(toCommit),
			toRequest: otif(toRequest),
			onTimeInFullToCommit: toCommit.filter((x) => x.onTime && x.inFull).length,
			onTimeInFullToRequest: toRequest.filter((x) => x.onTime && x.inFull).length,
			lateToCommit: orders.filter((_, i) => !toCommit[i].onTime).map((o) => o.id),
			promisedLate: orders
				.filter(
					(_, i) =>
						toCommit[i].onTime &&
						toCommit[i].inFull &&
						!(toRequest[i].onTime && toRequest[i].inFull)
				)
				.map((o) => o.id)
		},
		cycleTime: {
			...cycle,
			days,
			longest: orders.filter((_, i) => days[i] === cycle.max).map((o) => o.id)
		},
		returns: rr && {
			...rr,
			unitsReturned: finallyShipped.reduce((s, l) => s + l.returned, 0),
			unitsShipped: finallyShipped.reduce((s, l) => s + l.shipped, 0),
			ordersWithReturns: new Set(finallyShipped.filter((l) => l.returned > 0).map((l) => l.orderId))
				.size,
			ordersShipped: new Set(finallyShipped.map((l) => l.orderId)).size
		}
	};
}

/**
 * One sentence reading the order KPIs the way lesson 18 does: the gap between the fill-rate
 * levels, backorders against lost sales, and OTIF to commit against OTIF to request.
 */
export function orderKpiReading(b: OrderKpiBreakdown): string {
	const parts: string[] = [];
	const short = b.fill.shortOrders.length;
	if (short === 0) parts.push('Every order shipped complete on its first shipment.');
	else {
		const lost = b.backorder.lostSaleOrders;
		parts.push(
			`${plural(short, 'order')} shipped short, so the order fill rate trails the unit fill rate; ${plural(b.backorder.backorderedOrders.length, 'order')} still ${b.backorder.backorderedOrders.length === 1 ? 'has' : 'have'} a backorder${lost.length ? ` and ${lost.join(', ')} ${lost.length === 1 ? 'is a lost sale' : 'are lost sales'}` : ''}.`
		);
	}
	if (b.otif.promisedLate.length) {
		parts.push(
			`OTIF to request trails OTIF to commit because ${b.otif.promisedLate.join(', ')} ${b.otif.promisedLate.length === 1 ? 'was' : 'were'} promised later than the customer asked.`
		);
	}
	return parts.join(' ');
}

export type CashToCashBreakdown = ReturnType<typeof cashToCash> & {
	/** (begin + end) / 2 of each balance. */
	averageInventory: number;
	averageReceivables: number;
	averagePayables: number;
	days: number;
};

/**
 * `cashToCash` with the average balances each day count divides (see the module comment).
 * Throws a RangeError as `cashToCash` does.
 */
export function cashToCashBreakdown(input: CashToCashInput): CashToCashBreakdown {
	const result = cashToCash(input);
	return {
		...result,
		averageInventory: (input.inventoryBegin + input.inventoryEnd) / 2,
		averageReceivables: (input.receivablesBegin + input.receivablesEnd) / 2,
		averagePayables: (input.payablesBegin + input.payablesEnd) / 2,
		days: input.days ?? 365
	};
}

/** One sentence on the sign of a cash-to-cash cycle: who finances it. */
export function cashToCashReading(b: CashToCashBreakdown): string {
	const c = Math.round(b.cashToCash * 10) / 10;
	if (c > 0) {
		return `The business finances ${c.toLocaleString('en-US')} days between paying for its inventory and collecting from customers; shorter is better.`;
	}
	if (c < 0) {
		return `Negative: customers pay ${(-c).toLocaleString('en-US')} days before suppliers are paid, so supplier credit funds the cycle.`;
	}
	return 'Zero: customers pay on the day suppliers are paid.';
}
