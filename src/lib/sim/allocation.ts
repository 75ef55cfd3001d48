/**
 * Rationing scarce supply. Every result is whole units, in the order the demands were given,
 * never more than a demand asked for and never more than there is.
 */
import { wholeNumber } from './arguments';
import type { AllocationDemand, AllocationRule, StockingLocation } from './types';

/**
 * Rounds non-negative shares that sum to a whole number `total` to whole numbers with the
 * same sum: floor each, then hand out the remaining units by largest fractional part, ties
 * to the earlier share (the largest-remainder, or Hamilton, method).
 */
export function largestRemainder(shares: readonly number[], total: number): number[] {
	const floors = shares.map((s) => Math.floor(s + 1e-9));
	let left = total - floors.reduce((a, b) => a + b, 0);
	const order = shares
		.map((s, i) => ({ i, frac: s - Math.floor(s + 1e-9) }))
		.sort((a, b) => b.frac - a.frac || a.i - b.i);
	for (const { i } of order) {
		if (left <= 0) break;
		floors[i]++;
		left--;
	}
	return floors;
}

/**
 * Pro-rata shares of whole units, computed exactly in integers: share(i) = available x q(i)
 * / total, floored, with the leftover units going to the largest remainders (ties to the
 * earlier demand). Integer arithmetic keeps a share from ever exceeding its demand.
 */
function proRata(available: number, quantities: readonly number[]): number[] {
	const total = quantities.reduce((a, b) => a + b, 0);
	if (total <= available) return [...quantities];
	const parts = quantities.map((q, i) => {
		const numerator = available * q;
		const whole = Math.floor(numerator / total);
		return { i, whole, remainder: numerator - whole * total };
	});
	let left = available - parts.reduce((a, p) => a + p.whole, 0);
	const result = parts.map((p) => p.whole);
	for (const p of [...parts].sort((a, b) => b.remainder - a.remainder || a.i - b.i)) {
		if (left === 0) break;
		result[p.i]++;
		left--;
	}
	return result;
}

/**
 * Allocates `available` units across `demands`:
 * - `fcfs`: in the order given (first come, first served);
 * - `pro-rata`: in proportion to each demand (which invites customers to inflate orders);
 * - `priority`: lower `priority` numbers first, pro-rata within a tier; no number = last.
 */
export function allocate(
	available: number,
	demands: readonly AllocationDemand[],
	rule: AllocationRule
): number[] {
	wholeNumber('available', available);
	demands.forEach((d, i) => wholeNumber(`demands[${i}].qty`, d.qty));
	const quantities = demands.map((d) => d.qty);

	switch (rule) {
		case 'fcfs': {
			let left = available;
			return quantities.map((q) => {
				const given = Math.min(q, left);
				left -= given;
				return given;
			});
		}
		case 'pro-rata':
			return proRata(available, quantities);
		case 'priority': {
			const tierOf = (d: AllocationDemand) => d.priority ?? Number.POSITIVE_INFINITY;
			demands.forEach((d, i) => {
				if (d.priority !== undefined && !Number.isFinite(d.priority)) {
					throw new RangeError(`demands[${i}].priority must be a finite number`);
				}
			});
			const tiers = [...new Set(demands.map(tierOf))].sort((a, b) => a - b);
			const result = new Array<number>(demands.length).fill(0);
			let left = available;
			for (const tier of tiers) {
				const members = demands.flatMap((d, i) => (tierOf(d) === tier ? [i] : []));
				const shares = proRata(
					left,
					members.map((i) => quantities[i])
				);
				members.forEach((i, k) => (result[i] = shares[k]));
				left -= shares.reduce((a, b) => a + b, 0);
			}
			return result;
		}
		default:
			throw new RangeError(`unknown allocation rule "${String(rule)}"`);
	}
}

/** Tolerance for floating-point rounding in fair-share arithmetic (units). */
const EPSILON = 1e-9;

/**
 * DRP fair-share allocation of central stock to field locations, bringing every location
 * to the same days of supply: DS = (available + sum of on hand) / sum of daily demand, and
 * location j receives DS x demand(j) - on hand(j). A location already above DS receives
 * nothing and DS is recomputed without it. Shares are rounded to whole units by largest
 * remainder, so they add up to `available`.
 */
export function fairShareByDaysOfSupply(
	available: number,
	locations: readonly StockingLocation[]
): { daysOfSupply: number; allocation: number[] } {
	wholeNumber('available', available);
	if (!Array.isArray(locations) || locations.length === 0) {
		throw new RangeError('fair share needs at least one location');
	}
	locations.forEach((l, i) => {
		wholeNumber(`locations[${i}].onHand`, l.onHand);
		if (!Number.isFinite(l.dailyDemand) || l.dailyDemand < 0) {
			throw new RangeError(`locations[${i}].dailyDemand must be a finite number of at least 0`);
		}
	});
	if (!locations.some((l) => l.dailyDemand > 0)) {
		throw new RangeError('fair share needs at least one location with daily demand above 0');
	}

	let included = locations.map((l) => l.dailyDemand > 0);
	let daysOfSupply = 0;
	for (;;) {
		const stock = locations.reduce((s, l, i) => s + (included[i] ? l.onHand : 0), available);
		const demand = locations.reduce((s, l, i) => s + (included[i] ? l.dailyDemand : 0), 0);
		daysOfSupply = stock / demand;
		// A share that is zero but for rounding error (DS x D computed back to exactly I) is
		// zero: excluding it would leave no location and a days of supply of 0 / 0.
		const next = locations.map(
			(l, i) => included[i] && daysOfSupply * l.dailyDemand - l.onHand >= -EPSILON
		);
		if (next.every((v, i) => v === included[i])) break;
		included = next;
	}
	const shares = locations.map((l, i) =>
		included[i] ? Math.max(0, daysOfSupply * l.dailyDemand - l.onHand) : 0
	);
	return { daysOfSupply, allocation: largestRemainder(shares, available) };
}
