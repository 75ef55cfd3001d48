/**
 * The day's KPI row. Rates are cumulative from the start of the scenario and null while
 * nothing has been measured.
 *
 * Populations:
 * - fill rates: orders whose first shipment left, plus orders past their promised ship day
 *   with nothing shipped (they count as filled with 0), measured on the first shipment;
 * - OTIF and perfect order (SCOR Perfect Order Fulfillment, by count, and beside it the
 *   product of its component rates): orders delivered, plus orders past their commit date and
 *   not delivered (late by definition); cancelled and rejected orders are left out;
 * - order fulfillment cycle time: orders delivered, from receipt to the last delivery.
 *
 * The figures are tallies of the same definitions the engine's fillRates, otif and
 * perfectOrderRate implement (a test proves they agree). A delivered, cancelled or rejected
 * order's service outcome never changes, so its tally is kept in the world and only orders
 * still on their way are counted again each day. Revenue is invoiced value less the credits
 * given (disputes settled, returns credited), kept as running totals in the world.
 */
import { isDelivered } from './lifecycle';
import type { WorldDraft } from './draft';
import { vecForEach } from './pvec';
import { cashCycle } from './cash';
import { satisfactionScore } from './communication';
import { customerOf } from './lookup';
import type { KpiRow, Order, Tier, World } from './types';

const DOC_ERRORS = new Set(['price-mismatch', 'bad-quantity', 'missing-ship-to']);

export type KpiTally = {
	units: number;
	unitsShipped: number;
	lines: number;
	linesComplete: number;
	orders: number;
	ordersComplete: number;
	measured: number;
	onTime: number;
	onTimeToRequest: number;
	inFull: number;
	damageFree: number;
	documented: number;
	perfect: number;
	otif: number;
	otifToRequest: number;
	/** Cycle times of delivered orders: how many took each number of days. */
	cycleDays: number[];
	delivered: number;
	waitDays: number;
	allocated: number;
	backordered: number;
	open: number;
	unitsDelivered: number;
	/** Orders with at least one shipment delivered (returns can follow a partial delivery). */
	ordersReceivingGoods: number;
	touchless: number;
	failedLate: number;
	failedNotInFull: number;
	failedDamaged: number;
	failedDocumentation: number;
	accurate: number;
	satisfaction: number;
	inquiries: number;
	costToServe: number;
	tiers: Record<
		Tier,
		{ orders: number; complete: number; measured: number; otif: number; perfect: number }
	>;
};

const TIERS: Tier[] = ['strategic', 'key', 'standard'];
const emptyTiers = () =>
	Object.fromEntries(
		TIERS.map((t) => [t, { orders: 0, complete: 0, measured: 0, otif: 0, perfect: 0 }])
	) as KpiTally['tiers'];

export function emptyTally(): KpiTally {
	return {
		units: 0,
		unitsShipped: 0,
		lines: 0,
		linesComplete: 0,
		orders: 0,
		ordersComplete: 0,
		measured: 0,
		onTime: 0,
		onTimeToRequest: 0,
		inFull: 0,
		damageFree: 0,
		documented: 0,
		perfect: 0,
		otif: 0,
		otifToRequest: 0,
		cycleDays: [],
		delivered: 0,
		waitDays: 0,
		allocated: 0,
		backordered: 0,
		open: 0,
		unitsDelivered: 0,
		ordersReceivingGoods: 0,
		touchless: 0,
		failedLate: 0,
		failedNotInFull: 0,
		failedDamaged: 0,
		failedDocumentation: 0,
		accurate: 0,
		satisfaction: 0,
		inquiries: 0,
		costToServe: 0,
		tiers: emptyTiers()
	};
}

function lastDelivery(order: Order): number | null {
	if (!isDelivered(order)) return null;
	return order.shipments.reduce((d, s) => Math.max(d, s.deliveredDay ?? 0), 0);
}

export type OrderOutcome = {
	onTime: boolean;
	onTimeToRequest: boolean;
	inFull: boolean;
	damageFree: boolean;
	documentationAccurate: boolean;
};

/**
 * On time, in full, damage-free and documented correctly, for an order due or delivered.
 * On time is against the original commit date, measured where delivery passes to the
 * customer: at its door, or at origin (the last handover to the carrier) under an Incoterms
 * rule that delivers there. Documentation fails on an uncorrected data error, a customs hold
 * or a wrong advance ship notice.
 */
export function orderOutcome(order: Order, day: number): OrderOutcome | null {
	const s = order.state.fulfilment;
	if (s === 'cancelled' || s === 'rejected' || !order.promise) return null;
	const delivered = lastDelivery(order);
	const commit = order.promise.commitDeliveryDay;
	if (delivered === null && commit >= day) return null;
	const arrival = delivered ?? Number.POSITIVE_INFINITY;
	// Under an origin rule delivery happens at the handover: known once every line has left.
	const allShipped = order.shortClosed || order.lines.every((l) => l.shipped >= l.qty);
	const handover = allShipped ? lastShipDay(order) : Number.POSITIVE_INFINITY;
	const onTime =
		order.riskPoint === 'origin' ? handover <= order.promise.commitShipDay : arrival <= commit;
	return {
		onTime,
		onTimeToRequest: arrival <= order.requestedDay,
		inFull:
			delivered !== null &&
			order.lines.every((l) => l.firstShipped === l.qty) &&
			!order.escaped.includes('abnormal-demand'),
		damageFree: order.shipments.every((sh) => !sh.damaged),
		documentationAccurate:
			!order.escaped.some((code) => DOC_ERRORS.has(code)) &&
			!order.shipments.some((sh) => sh.customsHold) &&
			order.edi.every((m) => m.accurate) &&
			order.documents?.accurate !== false
	};
}

function lastShipDay(order: Order): number {
	return order.shipments.reduce((d, sh) => Math.max(d, sh.day), 0);
}

/**
 * An order entered, validated and fulfilled without an error escaping (a credit override is a
 * decision, not an error in the order): the basis of order accuracy.
 */
function accurate(order: Order, o: OrderOutcome): boolean {
	return (
		order.escaped.every((code) => code === 'over-credit-limit') &&
		o.documentationAccurate &&
		o.inFull
	);
}

/** Whether the order counts in the fill rates as of `day`, and the lines it counts with. */
export function fillRateLines(order: Order, day: number) {
	const s = order.state.fulfilment;
	if (s === 'cancelled' || s === 'rejected') return null;
	const shippedOnce = order.lines.some((l) => l.firstShipped !== null);
	const overdue = order.promise !== null && order.promise.shipDay < day && !shippedOnce;
	if (!shippedOnce && !overdue) return null;
	return order.lines.map((l) => ({
		orderId: order.id,
		ordered: l.qty,
		shipped: l.firstShipped ?? 0
	}));
}

/** Adds one order's contribution as of `day` to a tally (changing it). */
export function tallyOrder(t: KpiTally, order: Order, day: number, world: World): void {
	t.inquiries += order.inquiries;
	t.costToServe += order.costToServe;
	let received = false;
	for (const s of order.shipments) {
		if (s.deliveredDay === null) continue;
		received = true;
		for (const l of s.lines) t.unitsDelivered += l.qty;
	}
	if (received) t.ordersReceivingGoods++;
	const s = order.state.fulfilment;
	if (s === 'cancelled' || s === 'rejected') return;
	const tier = t.tiers[customerOf(world, order.customerId).tier];
	const lines = fillRateLines(order, day);
	if (lines) {
		t.orders++;
		tier.orders++;
		let complete = true;
		for (const l of lines) {
			t.units += l.ordered;
			t.unitsShipped += l.shipped;
			t.lines++;
			if (l.shipped === l.ordered) t.linesComplete++;
			else complete = false;
		}
		if (complete) {
			t.ordersComplete++;
			tier.complete++;
		}
	}
	const o = orderOutcome(order, day);
	if (o) {
		t.measured++;
		if (o.onTime) t.onTime++;
		if (o.onTimeToRequest) t.onTimeToRequest++;
		if (o.inFull) t.inFull++;
		if (o.damageFree) t.damageFree++;
		if (o.documentationAccurate) t.documented++;
		if (o.onTime && o.inFull) t.otif++;
		if (o.onTimeToRequest && o.inFull) t.otifToRequest++;
		if (o.onTime && o.inFull && o.damageFree && o.documentationAccurate) t.perfect++;
		if (!o.onTime) t.failedLate++;
		if (!o.inFull) t.failedNotInFull++;
		if (!o.damageFree) t.failedDamaged++;
		if (!o.documentationAccurate) t.failedDocumentation++;
		if (accurate(order, o)) t.accurate++;
		t.satisfaction += satisfactionScore(world, order, o);
		tier.measured++;
		if (o.onTime && o.inFull) tier.otif++;
		if (o.onTime && o.inFull && o.damageFree && o.documentationAccurate) tier.perfect++;
	}
	const last = lastDelivery(order);
	if (last !== null) {
		t.delivered++;
		const days = last - order.enteredDay;
		t.cycleDays[days] = (t.cycleDays[days] ?? 0) + 1;
		t.waitDays += order.promise?.waitForRequestDays ?? 0;
		if (order.touches === 0) t.touchless++;
	} else {
		t.open++;
	}
	if (order.lines.some((l) => l.firstShipped !== null || l.allocated > 0)) {
		t.allocated++;
		if (order.backordered) t.backordered++;
	}
}

function combine(a: KpiTally, b: KpiTally): KpiTally {
	const out = { ...a, cycleDays: [...a.cycleDays], tiers: emptyTiers() } as KpiTally;
	for (const key of Object.keys(b) as (keyof KpiTally)[]) {
		if (key === 'cycleDays' || key === 'tiers') continue;
		(out[key] as number) = (a[key] as number) + (b[key] as number);
	}
	for (const tier of TIERS) {
		for (const k of Object.keys(a.tiers[tier]) as (keyof KpiTally['tiers'][Tier])[])
			out.tiers[tier][k] = a.tiers[tier][k] + b.tiers[tier][k];
	}
	b.cycleDays.forEach((count, days) => {
		if (count) out.cycleDays[days] = (out.cycleDays[days] ?? 0) + count;
	});
	return out;
}

/** Delivered, cancelled or rejected: nothing about the order's service can change any more. */
function outcomeFinal(order: Order): boolean {
	const s = order.state.fulfilment;
	return isDelivered(order) || s === 'cancelled' || s === 'rejected';
}

/**
 * Folds orders whose outcome became final today into the world's settled tally: they are
 * counted once and marked settled (changing the draft's orders), so each day's row tallies
 * only the orders still on their way. Money is kept in the world's own running totals.
 */
export function settleFinalOrders(draft: WorldDraft, day: number) {
	let tally: KpiTally | null = null;
	for (let i = draft.fields.kpiSettled.upTo; i < draft.orders.size; i++) {
		const order = draft.order(i)!;
		if (order.settled || !outcomeFinal(order)) continue;
		tally ??= combine(draft.fields.kpiSettled.tally, emptyTally());
		tallyOrder(tally, order, day, draft.view());
		draft.mutableOrder(i).settled = true;
	}
	let upTo = draft.fields.kpiSettled.upTo;
	while (upTo < draft.orders.size && draft.order(upTo)!.settled) upTo++;
	draft.fields.kpiSettled = { upTo, tally: tally ?? draft.fields.kpiSettled.tally };
}

const round = (x: number) => Math.round(x * 10000) / 10000;

function percentile(counts: number[], total: number, p: number): number {
	const rank = Math.ceil(p * total);
	let seen = 0;
	for (let days = 0; days < counts.length; days++) {
		seen += counts[days] ?? 0;
		if (seen >= rank) return days;
	}
	return counts.length - 1;
}

/** What the returns flow has cost: return freight, refurbishing, recycling. */
function returnCosts(world: World): number {
	let cost = 0;
	vecForEach(world.returns, (r) => (cost += r.cost));
	return cost;
}

/** Returns authorized so far: units, and the orders they came from. */
function returnsAuthorised(world: World) {
	let units = 0;
	const orders = new Set<string>();
	vecForEach(world.returns, (r) => {
		if (r.state === 'requested' || r.state === 'screened' || r.state === 'denied') return;
		units += r.qty;
		orders.add(r.orderId);
	});
	return { units, orders: orders.size };
}

function openExceptions(world: World, day: number) {
	let open = 0;
	let age = 0;
	for (const e of world.exceptions) {
		if (e.resolvedDay !== null) continue;
		open++;
		age += day - e.raisedDay;
	}
	return { open, meanAge: open ? age / open : null };
}

export function kpiRow(world: World, day: number): KpiRow {
	const live = emptyTally();
	vecForEach(
		world.orders,
		(order) => {
			if (!order.settled) tallyOrder(live, order, day, world);
		},
		world.kpiSettled.upTo
	);
	const t = combine(world.kpiSettled.tally, live);
	const meanCycle = t.delivered
		? t.cycleDays.reduce((s, n, d) => s + (n ?? 0) * d, 0) / t.delivered
		: null;
	const rate = (n: number, d: number) => (d ? round(n / d) : null);
	const returned = returnsAuthorised(world);
	const exceptions = openExceptions(world, day);
	const revenue = Math.round((world.invoiced - world.creditsGiven) * 100) / 100;
	const cash = cashCycle(world, day, revenue);
	return {
		day,
		fillRateUnit: rate(t.unitsShipped, t.units),
		fillRateLine: rate(t.linesComplete, t.lines),
		fillRateOrder: rate(t.ordersComplete, t.orders),
		otif: rate(t.otif, t.measured),
		otifToRequest: rate(t.otifToRequest, t.measured),
		perfectOrderRate: rate(t.perfect, t.measured),
		perfectOrderProduct: t.measured
			? round(
					(t.onTime / t.measured) *
						(t.inFull / t.measured) *
						(t.damageFree / t.measured) *
						(t.documented / t.measured)
				)
			: null,
		cycleTimeMeanDays: meanCycle === null ? null : round(meanCycle),
		cycleTimeP90Days: t.delivered ? percentile(t.cycleDays, t.delivered, 0.9) : null,
		requestWaitMeanDays: t.delivered ? round(t.waitDays / t.delivered) : null,
		backorderRate: rate(t.backordered, t.allocated),
		revenue,
		cashCollected: world.cashCollected,
		openOrders: t.open,
		ordersReceived: world.orders.size,
		ordersDelivered: t.delivered,
		returnRateUnits: rate(returned.units, t.unitsDelivered),
		returnRateOrders: rate(returned.orders, t.ordersReceivingGoods),
		exceptionsOpen: exceptions.open,
		exceptionsMeanAgeDays: exceptions.meanAge === null ? null : round(exceptions.meanAge),
		failureCauses: {
			late: t.failedLate,
			notInFull: t.failedNotInFull,
			damaged: t.failedDamaged,
			documentation: t.failedDocumentation
		},
		touchlessRate: rate(t.touchless, t.delivered),
		orderAccuracy: rate(t.accurate, t.measured),
		satisfaction: t.measured ? Math.round((t.satisfaction / t.measured) * 10) / 10 : null,
		inquiries: t.inquiries,
		costToServe: Math.round((t.costToServe + returnCosts(world) + world.otherCosts) * 100) / 100,
		receivables: cash.receivables,
		payables: world.payablesOpen,
		inventoryValue: cash.inventory,
		dso: cash.dso,
		dio: cash.dio,
		dpo: cash.dpo,
		cashToCash: cash.cashToCash,
		byTier: Object.fromEntries(
			TIERS.map((tier) => {
				const x = t.tiers[tier];
				return [
					tier,
					{
						orders: x.orders,
						fillRateOrder: rate(x.complete, x.orders),
						otif: rate(x.otif, x.measured),
						perfectOrderRate: rate(x.perfect, x.measured)
					}
				];
			})
		) as KpiRow['byTier']
	};
}
