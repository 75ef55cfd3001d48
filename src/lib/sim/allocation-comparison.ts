/**
 * Side-by-side views of the allocation rules, for the lesson on prioritization and allocation:
 * the same scarce supply rationed by each rule with every customer's fill rate, and DRP
 * fair share traced pass by pass with each location's days of supply before and after.
 * The rationing itself is allocation.ts; this module only lays its results side by side.
 */
import { allocate, fairShareByDaysOfSupply } from './allocation';
import { nonNegative, wholeNumber } from './arguments';
import { fillRates } from './kpis';
import type { AllocationDemand, StockingLocation } from './types';

/**
 * The rules compared: the three of `allocate`, plus priority with each tier served by order
 * date (the demands' input order) instead of pro-rata, the other rule the lesson names.
 */
export type AllocationComparisonRule = 'fcfs' | 'pro-rata' | 'priority' | 'priority-by-order-date';

export type RuleOutcome = {
	rule: AllocationComparisonRule;
	/** Units given to each demand, in input order. */
	allocation: number[];
	/** Each demand's fill rate: units given / units ordered. */
	fillRate: number[];
	/** Units given in all. */
	unitsAllocated: number;
	/** Demands given everything they asked for. */
	ordersComplete: number;
	/** Unit, line and order fill rate of the whole set (each demand is one single-line order). */
	fillRates: { unit: number; line: number; order: number };
};

export type AllocationComparison = {
	available: number;
	/** Units demanded in all. */
	totalDemand: number;
	/** Units that cannot be given under any rule: max(0, demand - available). */
	shortage: number;
	byRule: Record<AllocationComparisonRule, RuleOutcome>;
};

/**
 * Priority allocation with each tier served first come, first served: lower `priority` numbers
 * first, and within a tier in the order the demands were given (no number = last tier).
 */
export function allocateByPriorityThenOrderDate(
	available: number,
	demands: readonly AllocationDemand[]
): number[] {
	wholeNumber('available', available);
	demands.forEach((d, i) => {
		wholeNumber(`demands[${i}].qty`, d.qty);
		if (d.priority !== undefined && !Number.isFinite(d.priority)) {
			throw new RangeError(`demands[${i}].priority must be a finite number`);
		}
	});
	const tierOf = (d: AllocationDemand) => d.priority ?? Number.POSITIVE_INFINITY;
	// A stable sort keeps the input (arrival) order inside each tier.
	const sequence = demands.map((d, i) => ({ d, i })).sort((a, b) => tierOf(a.d) - tierOf(b.d));
	const given = allocate(
		available,
		sequence.map((s) => s.d),
		'fcfs'
	);
	const result = new Array<number>(demands.length).fill(0);
	sequence.forEach((s, k) => (result[s.i] = given[k]));
	return result;
}

/**
 * Rations `available` units across `demands` under every rule and reports each customer's
 * fill rate (units shipped / units ordered, the first shipment only) and the set's unit, line
 * and order fill rates (`fillRates`, one line per demand). Throws a RangeError when there is
 * no demand, or a demand is not a whole number of at least 1 unit.
 */
export function compareAllocationRules(
	available: number,
	demands: readonly AllocationDemand[]
): AllocationComparison {
	wholeNumber('available', available);
	if (!Array.isArray(demands) || demands.length === 0) {
		throw new RangeError('demands must not be empty: compare the rules over at least one order');
	}
	demands.forEach((d, i) => {
		wholeNumber(`demands[${i}].qty`, d.qty);
		if (d.qty < 1) throw new RangeError(`demands[${i}].qty must be at least 1 unit`);
	});
	const outcome = (rule: AllocationComparisonRule, allocation: number[]): RuleOutcome => {
		const lines = demands.map((d, i) => ({
			orderId: `${i}:${d.id}`,
			ordered: d.qty,
			shipped: allocation[i]
		}));
		return {
			rule,
			allocation,
			fillRate: lines.map((l) => fillRates([l]).unit),
			unitsAllocated: allocation.reduce((a, b) => a + b, 0),
			ordersComplete: lines.filter((l) => l.shipped === l.ordered).length,
			fillRates: fillRates(lines)
		};
	};
	const totalDemand = demands.reduce((a, d) => a + d.qty, 0);
	return {
		available,
		totalDemand,
		shortage: Math.max(0, totalDemand - available),
		byRule: {
			fcfs: outcome('fcfs', allocate(available, demands, 'fcfs')),
			'pro-rata': outcome('pro-rata', allocate(available, demands, 'pro-rata')),
			priority: outcome('priority', allocate(available, demands, 'priority')),
			'priority-by-order-date': outcome(
				'priority-by-order-date',
				allocateByPriorityThenOrderDate(available, demands)
			)
		}
	};
}

/** Days of supply of `onHand` at `dailyDemand` units a day; null when there is no demand. */
export function daysOfSupply(onHand: number, dailyDemand: number): number | null {
	nonNegative('onHand', onHand);
	nonNegative('dailyDemand', dailyDemand);
	return dailyDemand === 0 ? null : onHand / dailyDemand;
}

export type FairSharePass = {
	/** Sum of on hand I over the locations still included. */
	fieldOnHand: number;
	/** Sum of daily demand D over the locations still included. */
	fieldDailyDemand: number;
	/** Common days of supply over the locations still included: (A + sum I) / sum D. */
	daysOfSupply: number;
	/** Unrounded share DS x D(j) - I(j) of each included location; null for one left out. */
	shares: (number | null)[];
	/** Indexes of the locations this pass leaves out because their share is negative. */
	dropped: number[];
};

export type FairShareRow = {
	id: string;
	onHand: number;
	dailyDemand: number;
	/** Days of supply before the allocation; null for a location without demand. */
	daysOfSupplyBefore: number | null;
	/** Whole units sent to the location (largest remainder, adding up to the stock available). */
	share: number;
	/** Days of supply after receiving `share`; null for a location without demand. */
	daysOfSupplyAfter: number | null;
	/** True when the location gets nothing because it already holds more than the common DS. */
	aboveCommonDaysOfSupply: boolean;
};

export type FairSharePlan = {
	available: number;
	/** Every pass of the calculation: the first over every location with demand, then one more
	 * for each round of locations left out, until no share is negative. */
	passes: FairSharePass[];
	/** The common days of supply of the last pass. */
	daysOfSupply: number;
	rows: FairShareRow[];
};

/**
 * DRP fair-share allocation (`fairShareByDaysOfSupply`) with its working shown: each pass's
 * common days of supply DS = (A + sum of I) / sum of D over the locations still in, each
 * location's share DS x D(j) - I(j), the locations dropped for a negative share, and every
 * location's days of supply before and after. Throws a RangeError as `fairShareByDaysOfSupply`
 * does (no locations, negative or fractional stock, no demand anywhere).
 */
/** The rounding tolerance fairShareByDaysOfSupply uses (units). */
const FAIR_SHARE_EPSILON = 1e-9;

export function fairSharePlan(
	available: number,
	locations: readonly StockingLocation[]
): FairSharePlan {
	const { daysOfSupply: finalDays, allocation } = fairShareByDaysOfSupply(available, locations);
	const passes: FairSharePass[] = [];
	let included = locations.map((l) => l.dailyDemand > 0);
	for (;;) {
		const fieldOnHand = locations.reduce((s, l, i) => s + (included[i] ? l.onHand : 0), 0);
		const fieldDailyDemand = locations.reduce(
			(s, l, i) => s + (included[i] ? l.dailyDemand : 0),
			0
		);
		const ds = (available + fieldOnHand) / fieldDailyDemand;
		// As in fairShareByDaysOfSupply: a share that is zero but for rounding error is zero.
		const shares = locations.map((l, i) => {
			if (!included[i]) return null;
			const share = ds * l.dailyDemand - l.onHand;
			return Math.abs(share) < FAIR_SHARE_EPSILON ? 0 : share;
		});
		const dropped = shares.flatMap((s, i) => (s !== null && s < 0 ? [i] : []));
		passes.push({ fieldOnHand, fieldDailyDemand, daysOfSupply: ds, shares, dropped });
		if (dropped.length === 0) break;
		included = included.map((v, i) => v && !dropped.includes(i));
	}
	return {
		available,
		passes,
		daysOfSupply: finalDays,
		rows: locations.map((l, i) => ({
			id: l.id,
			onHand: l.onHand,
			dailyDemand: l.dailyDemand,
			daysOfSupplyBefore: daysOfSupply(l.onHand, l.dailyDemand),
			share: allocation[i],
			daysOfSupplyAfter: daysOfSupply(l.onHand + allocation[i], l.dailyDemand),
			aboveCommonDaysOfSupply: l.dailyDemand > 0 && passes.some((p) => p.dropped.includes(i))
		}))
	};
}

export type ProRataToRequestsRow = {
	id: string;
	request: number;
	share: number;
	/** Days of supply after receiving `share`; null for a location without demand. */
	daysOfSupplyAfter: number | null;
};

/**
 * The contrast the lesson draws with fair share: central stock shared pro-rata to what each
 * location requested (`allocate` with the `pro-rata` rule), and the days of supply that leaves.
 * `requests[j]` is location j's request, in whole units.
 */
export function proRataToRequests(
	available: number,
	locations: readonly StockingLocation[],
	requests: readonly number[]
): ProRataToRequestsRow[] {
	if (!Array.isArray(requests) || requests.length !== locations.length) {
		throw new RangeError('requests must give one request for each location');
	}
	const shares = allocate(
		available,
		locations.map((l, i) => ({ id: l.id, qty: requests[i] })),
		'pro-rata'
	);
	return locations.map((l, i) => ({
		id: l.id,
		request: requests[i],
		share: shares[i],
		daysOfSupplyAfter: daysOfSupply(l.onHand + shares[i], l.dailyDemand)
	}));
}
