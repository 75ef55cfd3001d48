/**
 * Projected available balance and available-to-promise from a master schedule record,
 * following the ASCM (APICS) Dictionary. Arrays are indexed from 0 = period 1.
 */
import { nonNegative, nonNegativeSeries, wholeNumber } from './arguments';
import type { AtpInput, AtpOptions } from './types';

function checked(input: AtpInput) {
	const onHand = nonNegative('onHand', input.onHand);
	const mps = nonNegativeSeries('mps', input.mps);
	const orders = nonNegativeSeries('customerOrders', input.customerOrders, mps.length);
	const forecast = input.forecast
		? nonNegativeSeries('forecast', input.forecast, mps.length)
		: undefined;
	const fence = wholeNumber('demandTimeFence', input.demandTimeFence ?? 0);
	if (fence > mps.length) {
		throw new RangeError(`demandTimeFence ${fence} lies beyond the ${mps.length}-period horizon`);
	}
	return { onHand, mps, orders, forecast, fence };
}

/**
 * Projected available balance (PAB). Inside the demand time fence only customer orders
 * count; beyond it, the larger of forecast and orders (a fence of 0 applies the larger
 * everywhere). PAB(1) = on hand + MPS(1) - demand(1); PAB(t) = PAB(t-1) + MPS(t) - demand(t).
 */
export function projectedAvailableBalance(input: AtpInput): number[] {
	const { onHand, mps, orders, forecast, fence } = checked(input);
	let balance = onHand;
	return mps.map((receipt, t) => {
		const period = t + 1;
		const demand = period <= fence ? orders[t] : Math.max(forecast ? forecast[t] : 0, orders[t]);
		balance += receipt - demand;
		return balance;
	});
}

/**
 * Discrete ATP. Period 1: on hand + MPS(1) - orders due before the next MPS receipt. A later
 * period with a receipt: MPS(t) - orders due from t until the next receipt. Any other
 * period: 0. Forecast never enters ATP.
 *
 * With `lookAhead` (the APICS rule), a negative ATP is netted against the nearest earlier
 * ATP, and again further back, until it is covered or reaches period 1, where a negative
 * figure signals that the schedule is over-committed. (Stevenson's textbook says
 * "look-ahead" for the summing of orders up to the next receipt, which every discrete ATP
 * here does: the option names only the netting.)
 */
export function discreteAtp(input: AtpInput, options: AtpOptions = {}): number[] {
	const { onHand, mps, orders } = checked(input);
	const atp = new Array<number>(mps.length).fill(0);
	let current = -1;
	for (let t = 0; t < mps.length; t++) {
		if (t === 0 || mps[t] > 0) {
			current = t;
			atp[t] = mps[t] + (t === 0 ? onHand : 0);
		}
		atp[current] -= orders[t];
	}
	if (options.lookAhead) {
		for (let t = atp.length - 1; t > 0; t--) {
			if (atp[t] < 0) {
				atp[t - 1] += atp[t];
				atp[t] = 0;
			}
		}
	}
	return atp;
}

/**
 * Cumulative ATP as the ASCM Dictionary defines it. Without look-ahead: the previous
 * period's cumulative ATP + MPS(t) - customer orders(t), starting from on hand, so each
 * order is charged to its own period. With look-ahead: the smallest such running balance
 * over this and every later period, so no period offers stock that a later order already
 * needs (it equals the running sum of look-ahead discrete ATP). Some textbooks instead
 * cumulate discrete ATP without look-ahead; that is a different figure.
 */
export function cumulativeAtp(input: AtpInput, options: AtpOptions = {}): number[] {
	const { onHand, mps, orders } = checked(input);
	return cumulativeAtpOf(onHand, mps, orders, options.lookAhead ?? false);
}

/**
 * Cumulative ATP without argument checks, for the engine's own hot paths, which build
 * their master schedule records themselves. Everything outside the engine calls
 * `cumulativeAtp`.
 */
export function cumulativeAtpOf(
	onHand: number,
	mps: readonly number[],
	orders: readonly number[],
	lookAhead: boolean
): number[] {
	const out = new Array<number>(mps.length);
	let balance = onHand;
	for (let t = 0; t < mps.length; t++) out[t] = balance += mps[t] - orders[t];
	if (!lookAhead) return out;
	let min = Infinity;
	for (let t = out.length - 1; t >= 0; t--) out[t] = min = Math.min(min, out[t]);
	return out;
}

/** For each period, the smallest value from that period to the end of the horizon. */
export function suffixMinimum(values: readonly number[]): number[] {
	const out = new Array<number>(values.length);
	let min = Infinity;
	for (let t = values.length - 1; t >= 0; t--) {
		min = Math.min(min, values[t]);
		out[t] = min;
	}
	return out;
}
