/**
 * The master schedule record as a planner reads it: every PAB and ATP row side by side, how
 * one period's figures are worked out, where look-ahead netting moved ATP, and a one-line
 * reading of what can be promised. Every figure comes from `atp.ts` (ASCM Dictionary forms,
 * see there); this module arranges and explains them for the lessons.
 *
 * Safety stock held back from promising (`holdBack`) is booked like a customer order in
 * period 1 for the ATP rows, so look-ahead netting protects it, as the world's promising
 * does. PAB does not change: holding stock back does not move inventory.
 */
import { nonNegative, wholeNumber } from './arguments';
import { cumulativeAtp, discreteAtp, projectedAvailableBalance } from './atp';
import type { AtpInput } from './types';

export type MasterScheduleRows = {
	/** Projected available balance with the record's demand time fence. */
	pab: number[];
	/** Discrete ATP without look-ahead. */
	discrete: number[];
	/** Discrete ATP after APICS look-ahead netting. */
	discreteLookAhead: number[];
	/** The Dictionary's cumulative ATP without look-ahead (each order charged to its own period). */
	cumulative: number[];
	/** The Dictionary's cumulative ATP with look-ahead (the lowest later running balance). */
	cumulativeLookAhead: number[];
	/** Running sum of discrete ATP without look-ahead: a textbook figure, neither Dictionary form. */
	discreteRunningSum: number[];
	/** True for period 1 and every period with an MPS receipt: the periods discrete ATP belongs to. */
	atpPeriods: boolean[];
};

export type RecordOptions = {
	/** Units held back from promising (safety stock, a reserve), booked in period 1 for ATP. */
	holdBack?: number;
	/** What a period is called in sentences ("week"); "period" by default. */
	periodName?: string;
};

/** The record with the hold-back booked in period 1, as the ATP rows see it. */
function atpView(input: AtpInput, holdBack: number): AtpInput {
	if (holdBack === 0) return input;
	const orders = [...input.customerOrders];
	if (orders.length > 0) orders[0] += holdBack;
	return { ...input, customerOrders: orders };
}

function holdBackOf(options: RecordOptions): number {
	return wholeNumber('holdBack', options.holdBack ?? 0);
}

/** All rows of the record, each from the engine's ATP functions. */
export function masterScheduleRows(
	input: AtpInput,
	options: RecordOptions = {}
): MasterScheduleRows {
	const pab = projectedAvailableBalance(input);
	const atpInput = atpView(input, holdBackOf(options));
	const discrete = discreteAtp(atpInput);
	let sum = 0;
	return {
		pab,
		discrete,
		discreteLookAhead: discreteAtp(atpInput, { lookAhead: true }),
		cumulative: cumulativeAtp(atpInput),
		cumulativeLookAhead: cumulativeAtp(atpInput, { lookAhead: true }),
		discreteRunningSum: discrete.map((v) => (sum += v)),
		atpPeriods: input.mps.map((receipt, t) => t === 0 || receipt > 0)
	};
}

export type LookAheadNetting = {
	/** Periods whose discrete ATP is negative before netting, and by how much. */
	shortages: { period: number; qty: number }[];
	/** Earlier ATP taken to cover them, in the order netting takes it (latest period first). */
	covers: { period: number; qty: number }[];
	/** Units still short in period 1 after netting: the schedule is over-committed. */
	overCommitted: number;
};

/** Where APICS look-ahead netting moves ATP: the difference between the two discrete rows. */
export function lookAheadNetting(input: AtpInput, options: RecordOptions = {}): LookAheadNetting {
	const atpInput = atpView(input, holdBackOf(options));
	const raw = discreteAtp(atpInput);
	const net = discreteAtp(atpInput, { lookAhead: true });
	const shortages = raw.flatMap((v, t) => (v < 0 ? [{ period: t + 1, qty: -v }] : []));
	const covers: { period: number; qty: number }[] = [];
	for (let t = raw.length - 1; t >= 0; t--) {
		const given = Math.max(raw[t], 0) - Math.max(net[t], 0);
		if (given > 0) covers.push({ period: t + 1, qty: given });
	}
	return { shortages, covers, overCommitted: Math.max(0, -(net[0] ?? 0)) };
}

/** A whole number as the records print it, with a true minus sign for negatives. */
export function formatUnits(n: number): string {
	const text = Math.abs(n).toLocaleString('en-US', { maximumFractionDigits: 2 });
	return n < 0 ? `\u2212${text}` : text;
}

const MINUS = '\u2212';
const u = formatUnits;

function span(name: string, from: number, to: number): string {
	return from === to ? `${name} ${from}` : `${name}s ${from}\u2013${to}`;
}

function list(words: string[]): string {
	if (words.length <= 1) return words.join('');
	return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

export type PeriodExplanation = {
	period: number;
	/** True when the period lies inside the demand time fence. */
	insideFence: boolean;
	/** The demand PAB subtracts in this period. */
	demand: number;
	/** Why that demand: orders only inside the fence, the larger of forecast and orders beyond. */
	demandReason: string;
	pab: string;
	discrete: string;
	discreteLookAhead: string;
	cumulative: string;
	cumulativeLookAhead: string;
};

/**
 * How each figure of one period (1-based) is worked out, in sentences with the numbers
 * substituted: PAB(t) = PAB(t-1) + MPS(t) - demand(t); discrete ATP from the receipt that
 * owns the period; cumulative ATP as running balance and as its lowest later value.
 */
export function explainPeriod(
	input: AtpInput,
	period: number,
	options: RecordOptions = {}
): PeriodExplanation {
	const rows = masterScheduleRows(input, options);
	const horizon = rows.pab.length;
	wholeNumber('period', period);
	if (period < 1 || period > horizon) {
		throw new RangeError(`period must be from 1 to ${horizon}, got ${period}`);
	}
	const name = options.periodName ?? 'period';
	const holdBack = holdBackOf(options);
	const t = period - 1;
	const fence = input.demandTimeFence ?? 0;
	const mps = input.mps[t];
	const orders = input.customerOrders[t];
	const forecast = input.forecast?.[t] ?? 0;
	const previous = t === 0 ? input.onHand : rows.pab[t - 1];
	const previousWords =
		t === 0 ? `${u(input.onHand)} on hand` : `${u(previous)} (PAB ${name} ${t})`;
	const demand = previous + mps - rows.pab[t];
	const insideFence = period <= fence;

	const demandReason = insideFence
		? `Inside the demand time fence, only customer orders count: ${u(orders)}${forecast ? ` (the forecast of ${u(forecast)} is ignored)` : ''}.`
		: `${fence === 0 ? 'With no demand time fence' : 'Beyond the demand time fence'}, demand is the larger of forecast ${u(forecast)} and orders ${u(orders)}: ${u(demand)}.`;
	const pab = `${u(rows.pab[t])} = ${previousWords} + ${u(mps)} MPS ${MINUS} ${u(demand)} demand.`;

	// Discrete ATP: the receipt that owns this period, and the orders it carries until the next.
	const owner = rows.atpPeriods.lastIndexOf(true, t);
	let next = rows.atpPeriods.indexOf(true, t + 1);
	if (next < 0) next = horizon;
	const heldWords = holdBack > 0 ? ` ${MINUS} ${u(holdBack)} held back` : '';
	let discrete: string;
	if (rows.atpPeriods[t]) {
		const due = input.customerOrders.slice(t, next);
		const dueTotal = due.reduce((a, b) => a + b, 0);
		const ordersWords =
			dueTotal === 0
				? `no orders due in ${span(name, period, next)}`
				: `orders due in ${span(name, period, next)} (${due
						.filter((q) => q > 0)
						.map(u)
						.join(' + ')})`;
		const supply = t === 0 ? `${u(input.onHand)} on hand + ${u(mps)} MPS` : `MPS lot of ${u(mps)}`;
		discrete = `${u(rows.discrete[t])} = ${supply} ${MINUS} ${ordersWords}${t === 0 ? heldWords : ''}.`;
		if (rows.discrete[t] < 0) discrete += ` The orders booked against this lot exceed it.`;
	} else {
		discrete =
			orders > 0
				? `0: no MPS receipt in ${name} ${period}, so its orders (${u(orders)}) are charged to ${name} ${owner + 1}'s ATP.`
				: `0: no MPS receipt in ${name} ${period}.`;
	}

	const raw = rows.discrete[t];
	const net = rows.discreteLookAhead[t];
	let discreteLookAhead: string;
	if (t === 0 && net < 0) {
		discreteLookAhead = `${u(net)}: still short after netting, so the schedule is over-committed by ${u(-net)}. Add supply or re-promise an order.`;
	} else if (raw < 0) {
		discreteLookAhead = `0: its shortfall of ${u(-raw)} is netted against earlier ATP (look-ahead).`;
	} else if (net < raw) {
		discreteLookAhead =
			net === 0
				? `0: all ${u(raw)} go to cover later shortfalls.`
				: `${u(net)}: ${u(raw - net)} of its ${u(raw)} go to cover later shortfalls.`;
	} else {
		discreteLookAhead = `${u(net)}: nothing netted here, the same as discrete ATP.`;
	}

	const cumulativeOrders = t === 0 ? orders + holdBack : orders;
	const cumulativePrevious =
		t === 0 ? `${u(input.onHand)} on hand` : `${u(rows.cumulative[t - 1])} (${name} ${t})`;
	const cumulative = `${u(rows.cumulative[t])} = ${cumulativePrevious} + ${u(mps)} MPS ${MINUS} ${u(cumulativeOrders)} orders${t === 0 && holdBack > 0 ? ' and hold-back' : ''} of this ${name}.`;

	const later = rows.cumulative.slice(t);
	const low = Math.min(...later);
	const lowAt = t + later.indexOf(low);
	const cumulativeLookAhead =
		lowAt === t
			? `${u(low)}: this ${name}'s running balance; no later ${name} is lower.`
			: `${u(low)}: the lowest running balance from ${name} ${period} to ${name} ${horizon} (in ${name} ${lowAt + 1}), so no later order is put at risk.`;

	return {
		period,
		insideFence,
		demand,
		demandReason,
		pab,
		discrete,
		discreteLookAhead,
		cumulative,
		cumulativeLookAhead
	};
}

/**
 * One line a planner would say about the record: what is free to promise and from when
 * (cumulative ATP with look-ahead), which lots are oversold and where look-ahead covers them,
 * or that the schedule is over-committed.
 */
export function recordSummary(input: AtpInput, options: RecordOptions = {}): string {
	nonNegative('holdBack', options.holdBack ?? 0);
	const name = options.periodName ?? 'period';
	const rows = masterScheduleRows(input, options);
	const netting = lookAheadNetting(input, options);
	const free = rows.cumulativeLookAhead;
	if (free.length === 0) return 'The record has no periods.';

	const oversold = netting.shortages.length
		? ` Oversold: ${list(netting.shortages.map((s) => `${name} ${s.period} by ${u(s.qty)}`))}.`
		: '';
	if (netting.overCommitted > 0) {
		return `Over-committed by ${u(netting.overCommitted)}: even after look-ahead netting, booked orders exceed what is on hand and scheduled, so nothing can be promised. Add or advance supply, or re-promise an order.${oversold}`;
	}
	const steps: string[] = [];
	free.forEach((v, t) => {
		const before = t === 0 ? 0 : free[t - 1];
		if (v > before) steps.push(`${u(v)} from ${name} ${t + 1}`);
	});
	const them = netting.shortages.length > 1 ? 'them' : 'it';
	const covered = netting.covers.length
		? ` Look-ahead covers ${them} from ${list(netting.covers.map((c) => `${name} ${c.period} (${u(c.qty)})`))}.`
		: '';
	if (steps.length === 0) {
		return `Nothing is free to promise in the ${free.length} ${name}s planned.${oversold}${covered}`;
	}
	const firstFree = free.findIndex((v) => v > 0) + 1;
	const lead = firstFree > 1 ? `nothing before ${name} ${firstFree}, then ` : '';
	return `Free to promise (cumulative ATP with look-ahead): ${lead}${list(steps)}.${oversold}${covered}`;
}
