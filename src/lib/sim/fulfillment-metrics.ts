/**
 * Order fulfillment metrics that kpis.ts does not cover: SCOR Order Fulfillment Cycle Time
 * (mean, with the 90th percentile beside it) and the backorder rate. Pure functions over
 * order outcomes; they implement the same definitions as the world's daily KPI row
 * (world/kpi.ts), so a lesson or widget can show the arithmetic on a small data set.
 */
import { finite, nonNegative, notEmpty, positive } from './arguments';

/**
 * The `p` percentile (0 < p <= 1) of a list by the nearest-rank method: the value at rank
 * ceil(p x n) of the list sorted from least to greatest (Hyndman and Fan, "Sample quantiles
 * in statistical packages", The American Statistician 50(4), 1996, definition 1, the inverse
 * of the empirical distribution function). The result is always a member of the list, and at
 * least p of the values are less than or equal to it. A tiny tolerance keeps floating-point
 * products such as 0.55 x 100 = 55.00000000000001 at their intended rank.
 */
export function nearestRankPercentile(values: readonly number[], p: number): number {
	notEmpty('values', values);
	finite('p', p);
	if (p <= 0 || p > 1) throw new RangeError(`p must be greater than 0 and at most 1, got ${p}`);
	const sorted = values.map((v, i) => finite(`values[${i}]`, v)).sort((a, b) => a - b);
	const rank = Math.max(1, Math.ceil(p * sorted.length - 1e-9));
	return sorted[rank - 1];
}

export type CycleTimeOrder = {
	/** Day the order was received (SCOR: order receipt). */
	receivedDay: number;
	/** Day the customer received the order, the last delivery if it came in several. */
	deliveredDay: number;
	/**
	 * Days within that span spent waiting for a later delivery date the customer asked for
	 * (SCOR's dwell time of a future-dated order); 0 when the customer wanted it at once.
	 */
	waitForRequestDays?: number;
};

export type CycleTimeResult = {
	/** Orders delivered that the figures cover. */
	orders: number;
	/** Mean gross days from receipt of the order to delivery, waiting included. */
	mean: number;
	/** Nearest-rank 90th percentile of the same cycle times: 9 orders in 10 took this or less. */
	p90: number;
	/** The longest cycle time. */
	max: number;
	/** Mean days spent waiting for a later date the customer asked for. */
	meanWaitForRequest: number;
	/** Mean cycle time less that wait: the time the supply chain itself took (SCOR's intent). */
	meanExcludingWait: number;
};

/**
 * SCOR Order Fulfillment Cycle Time (RS.1.1, SCOR 12.0): for each delivered order the days
 * from receipt of the order to the customer's receipt (SCOR: customer acceptance), then
 * [sum of actual cycle times of orders delivered] / [number of orders delivered]. SCOR's
 * figure is the mean; the 90th percentile is reported beside it because a mean hides the
 * tail. SCOR's discussion of the metric calls the span from order to delivery a gross cycle
 * time and says responsiveness should leave out dwell time, when an order placed ahead of
 * need simply waits for the date the customer asked for; so the wait is reported separately
 * and `meanExcludingWait` is the responsiveness figure.
 */
export function orderFulfillmentCycleTime(orders: readonly CycleTimeOrder[]): CycleTimeResult {
	notEmpty('orders', orders);
	const days: number[] = [];
	let wait = 0;
	orders.forEach((o, i) => {
		const received = finite(`orders[${i}].receivedDay`, o.receivedDay);
		const delivered = finite(`orders[${i}].deliveredDay`, o.deliveredDay);
		if (delivered < received) {
			throw new RangeError(
				`orders[${i}] delivered on day ${delivered}, before it was received on day ${received}`
			);
		}
		const w = nonNegative(`orders[${i}].waitForRequestDays`, o.waitForRequestDays ?? 0);
		if (w > delivered - received) {
			throw new RangeError(
				`orders[${i}] waited ${w} days for the requested date but took only ${delivered - received} days in all`
			);
		}
		days.push(delivered - received);
		wait += w;
	});
	const n = days.length;
	const mean = days.reduce((s, d) => s + d, 0) / n;
	return {
		orders: n,
		mean,
		p90: nearestRankPercentile(days, 0.9),
		max: Math.max(...days),
		meanWaitForRequest: wait / n,
		meanExcludingWait: mean - wait / n
	};
}

export type BackorderLine = {
	orderId: string;
	/** Quantity the customer ordered on the line. */
	ordered: number;
	/** Quantity the first shipment carried. */
	shipped: number;
	/**
	 * Quantity still owed and awaited after the first shipment. A short quantity the customer
	 * cancelled instead of waiting for is a lost sale, not a backorder, so it is left out here.
	 */
	backordered: number;
};

/**
 * Backorder rate over the orders in a window: by orders = orders with any quantity on
 * backorder / orders (the figure Order Desk reports); by lines = lines with a backorder /
 * lines; by units = units backordered / units ordered. Texts use all three, so a stated
 * backorder rate needs its level. A short line is not always a backorder: when the customer
 * cancels the balance it is a lost sale, which is why the backorder rate can be lower than
 * one minus the order fill rate.
 */
export function backorderRate(lines: readonly BackorderLine[]): {
	order: number;
	line: number;
	unit: number;
} {
	notEmpty('lines', lines);
	let ordered = 0;
	let backordered = 0;
	let linesBackordered = 0;
	const orderBackordered = new Map<string, boolean>();
	lines.forEach((l, i) => {
		positive(`lines[${i}].ordered`, l.ordered);
		nonNegative(`lines[${i}].shipped`, l.shipped);
		nonNegative(`lines[${i}].backordered`, l.backordered);
		if (l.shipped + l.backordered > l.ordered) {
			throw new RangeError(
				`lines[${i}] shipped ${l.shipped} and backordered ${l.backordered} against ${l.ordered} ordered: together they cannot exceed the order`
			);
		}
		ordered += l.ordered;
		backordered += l.backordered;
		if (l.backordered > 0) linesBackordered++;
		orderBackordered.set(
			l.orderId,
			(orderBackordered.get(l.orderId) ?? false) || l.backordered > 0
		);
	});
	const ordersBackordered = [...orderBackordered.values()].filter(Boolean).length;
	return {
		order: ordersBackordered / orderBackordered.size,
		line: linesBackordered / lines.length,
		unit: backordered / ordered
	};
}
