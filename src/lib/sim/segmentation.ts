/**
 * Customer segmentation arithmetic: ABC classification by cumulative share of value, and a
 * volume x margin matrix that measures margin after the cost to serve.
 *
 * ABC classification (APICS Dictionary: a group ranked in decreasing order of annual dollar
 * volume or another criterion and split into classes A, B and C; Pareto's principle). The
 * Dictionary and the textbooks (Arnold; Heizer & Render) leave the exact cut lines to
 * judgment, so this module fixes one documented rule:
 * - rank entries by value, largest first (ties keep their input order);
 * - share(i) = value(i) / total; cumulative(i) = share of entry i and every entry above it;
 * - an entry is A while the cumulative share of the entries ranked ABOVE it is below the A
 *   cutoff, B while it is below the B cutoff, otherwise C. In words: A is the smallest set of
 *   top entries that together reach the A cutoff, and the entry that crosses a line belongs to
 *   the class it completes. The top entry is therefore always A.
 *
 * Volume x margin matrix (customer profitability): for each customer
 * - gross margin rate = gross margin / revenue;
 * - net margin = gross margin - cost to serve; net margin rate = net margin / revenue;
 * - high volume when revenue >= the revenue threshold, high margin when the net margin rate
 *   >= the margin threshold (a value on a line counts as high);
 * - quadrant: high/high `protect`, high volume/low margin `fix-cost-to-serve`, low volume/high
 *   margin `develop`, low/low `serve-efficiently`. The labels are this project's; authors name
 *   the four cells differently, but the two axes and the four policies are the common form.
 */
import { finite, nonNegative, positive } from './arguments';

export type AbcClass = 'A' | 'B' | 'C';

export type AbcEntry = { id: string; value: number };

/** Cumulative shares (fractions of the total) where class A and class B end; 0 < a < b <= 1. */
export type AbcCutoffs = { a: number; b: number };

export type AbcRow = {
	id: string;
	value: number;
	/** 1 = largest value. */
	rank: number;
	/** value / total. */
	share: number;
	/** Share of this entry and every entry ranked above it. */
	cumulativeShare: number;
	abcClass: AbcClass;
};

/**
 * Ranks `entries` by value (largest first, ties in input order) and classes them A, B or C
 * by cumulative share, with the rule in the module comment. Returns the rows in rank order.
 * Throws a RangeError for an empty list, a negative or non-finite value, a zero total, or
 * cutoffs outside 0 < a < b <= 1.
 */
export function abcClassification(entries: readonly AbcEntry[], cutoffs: AbcCutoffs): AbcRow[] {
	if (!Array.isArray(entries) || entries.length === 0) {
		throw new RangeError('entries must not be empty: ABC classification needs at least one entry');
	}
	finite('cutoffs.a', cutoffs.a);
	finite('cutoffs.b', cutoffs.b);
	if (!(cutoffs.a > 0 && cutoffs.a < cutoffs.b && cutoffs.b <= 1)) {
		throw new RangeError(
			`cutoffs must satisfy 0 < a < b <= 1 (cumulative shares), got a = ${cutoffs.a}, b = ${cutoffs.b}`
		);
	}
	entries.forEach((e, i) => nonNegative(`entries[${i}].value`, e.value));
	const total = entries.reduce((sum, e) => sum + e.value, 0);
	if (total <= 0) throw new RangeError('the values must not all be 0: there is nothing to rank');

	const ranked = entries
		.map((e, i) => ({ e, i }))
		.sort((x, y) => y.e.value - x.e.value || x.i - y.i)
		.map(({ e }) => e);

	let above = 0;
	return ranked.map((e, k) => {
		const aboveShare = above / total;
		// A small tolerance so that a share that is exactly on a cutoff in decimal (0.7) is not
		// pushed across it by binary rounding.
		const abcClass: AbcClass =
			aboveShare < cutoffs.a - 1e-12 ? 'A' : aboveShare < cutoffs.b - 1e-12 ? 'B' : 'C';
		above += e.value;
		return {
			id: e.id,
			value: e.value,
			rank: k + 1,
			share: e.value / total,
			cumulativeShare: above / total,
			abcClass
		};
	});
}

export type CustomerEconomics = {
	id: string;
	/** Revenue over the period analysed (net of discounts and allowances). */
	revenue: number;
	/** Revenue minus the cost of goods sold, in currency. */
	grossMargin: number;
	/** Cost of the activities the customer consumes beyond the goods (order handling, freight, expediting, returns...). */
	costToServe: number;
};

export type MatrixThresholds = {
	/** Revenue at or above which a customer is high volume. */
	revenue: number;
	/** Net margin rate (after cost to serve) at or above which a customer is high margin, e.g. 0.1. */
	netMarginRate: number;
};

export type Quadrant = 'protect' | 'fix-cost-to-serve' | 'develop' | 'serve-efficiently';

export type MatrixRow = {
	id: string;
	revenue: number;
	grossMarginRate: number;
	costToServe: number;
	netMargin: number;
	netMarginRate: number;
	highVolume: boolean;
	highMargin: boolean;
	quadrant: Quadrant;
};

/**
 * Places each customer on a volume x margin matrix, margin measured after the cost to serve.
 * Returns one row per customer in input order. Throws a RangeError when revenue is not above 0,
 * the gross margin exceeds revenue (cost of goods cannot be negative), the cost to serve is
 * negative, or a threshold is not a finite number (the revenue threshold must not be negative).
 */
export function volumeMarginMatrix(
	customers: readonly CustomerEconomics[],
	thresholds: MatrixThresholds
): MatrixRow[] {
	if (!Array.isArray(customers) || customers.length === 0) {
		throw new RangeError('customers must not be empty: the matrix needs at least one customer');
	}
	nonNegative('thresholds.revenue', thresholds.revenue);
	finite('thresholds.netMarginRate', thresholds.netMarginRate);
	return customers.map((c, i) => {
		positive(`customers[${i}].revenue`, c.revenue);
		finite(`customers[${i}].grossMargin`, c.grossMargin);
		nonNegative(`customers[${i}].costToServe`, c.costToServe);
		if (c.grossMargin > c.revenue) {
			throw new RangeError(
				`customers[${i}] has a gross margin of ${c.grossMargin} on revenue of ${c.revenue}: gross margin cannot exceed revenue`
			);
		}
		const netMargin = c.grossMargin - c.costToServe;
		const netMarginRate = netMargin / c.revenue;
		const highVolume = c.revenue >= thresholds.revenue;
		const highMargin = netMarginRate >= thresholds.netMarginRate - 1e-12;
		const quadrant: Quadrant = highVolume
			? highMargin
				? 'protect'
				: 'fix-cost-to-serve'
			: highMargin
				? 'develop'
				: 'serve-efficiently';
		return {
			id: c.id,
			revenue: c.revenue,
			grossMarginRate: c.grossMargin / c.revenue,
			costToServe: c.costToServe,
			netMargin,
			netMarginRate,
			highVolume,
			highMargin,
			quadrant
		};
	});
}
