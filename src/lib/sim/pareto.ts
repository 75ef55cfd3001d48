/**
 * Improvement arithmetic: Pareto analysis of failure causes and Six Sigma defect rates.
 *
 * Pareto analysis (APICS Dictionary: Pareto chart, a ranking of causes from most to least
 * significant; Juran's "vital few"). Causes are ranked by count (or by any weight, such as the
 * cost of each failure), largest first, ties in input order; a catch-all such as "Other" may be
 * kept last whatever its size, as charting practice does (SAS/QC PROC PARETO, option LAST=).
 * share = count / total; cumulative share = share of this cause and every cause ranked above.
 * The vital few are the smallest set of top-ranked causes whose cumulative share reaches the
 * cutoff (80 % by default): the cause that crosses the line is one of them. A catch-all kept
 * last is never counted among them.
 *
 * Defects per million opportunities (Six Sigma): DPMO = defects / (units x opportunities per
 * unit) x 1,000,000. The sigma level quoted with it follows the Motorola convention of a 1.5
 * sigma long-term shift: sigma level = z(1 - DPMO / 1,000,000) + 1.5, so 3.4 DPMO is six sigma,
 * 6,210 is four and 66,807 is three (Pyzdek & Keller, The Six Sigma Handbook, sigma conversion
 * table).
 */
import { finite, nonNegative, positive, wholeNumber } from './arguments';
import { zForServiceLevel } from './forecast-accuracy';

export type ParetoCause = { cause: string; count: number };

export type ParetoOptions = {
	/** Cumulative share the vital few must reach, 0 < cutoff <= 1; 0.8 by default. */
	cutoff?: number;
	/** Name of a catch-all cause to keep last, e.g. "Other". */
	otherLast?: string;
};

export type ParetoRow = {
	cause: string;
	count: number;
	/** 1 = largest. */
	rank: number;
	/** count / total. */
	share: number;
	/** Share of this cause and every cause ranked above it. */
	cumulativeShare: number;
	vitalFew: boolean;
};

/**
 * Ranks `causes` for a Pareto chart and marks the vital few (see the module comment). Returns
 * the total and the rows in rank order. Throws a RangeError for an empty list, a repeated cause,
 * a negative or non-finite count, a zero total or a cutoff outside 0 < cutoff <= 1.
 */
export function paretoAnalysis(
	causes: readonly ParetoCause[],
	options: ParetoOptions = {}
): { total: number; rows: ParetoRow[]; vitalFew: string[] } {
	if (!Array.isArray(causes) || causes.length === 0) {
		throw new RangeError('causes must not be empty: a Pareto chart needs at least one cause');
	}
	const cutoff = finite('cutoff', options.cutoff ?? 0.8);
	if (!(cutoff > 0 && cutoff <= 1)) {
		throw new RangeError(`cutoff must be a cumulative share above 0 and at most 1, got ${cutoff}`);
	}
	const seen = new Set<string>();
	causes.forEach((c, i) => {
		nonNegative(`causes[${i}].count`, c.count);
		if (seen.has(c.cause)) throw new RangeError(`cause "${c.cause}" is listed twice`);
		seen.add(c.cause);
	});
	const total = causes.reduce((sum, c) => sum + c.count, 0);
	if (total <= 0) throw new RangeError('the counts must not all be 0: there is nothing to rank');

	const isOther = (c: ParetoCause) =>
		options.otherLast !== undefined && c.cause === options.otherLast;
	const ranked = causes
		.map((c, i) => ({ c, i }))
		.sort(
			(x, y) => Number(isOther(x.c)) - Number(isOther(y.c)) || y.c.count - x.c.count || x.i - y.i
		)
		.map(({ c }) => c);

	let above = 0;
	const rows = ranked.map((c, k) => {
		// A cause is among the vital few while the causes above it have not yet reached the
		// cutoff; the tolerance keeps a share exactly on the line in decimal (0.8) from being
		// pushed across it by binary rounding.
		const vitalFew = !isOther(c) && above / total < cutoff - 1e-12;
		above += c.count;
		return {
			cause: c.cause,
			count: c.count,
			rank: k + 1,
			share: c.count / total,
			cumulativeShare: above / total,
			vitalFew
		};
	});
	return { total, rows, vitalFew: rows.filter((r) => r.vitalFew).map((r) => r.cause) };
}

/**
 * Defects per million opportunities: defects / (units x opportunitiesPerUnit) x 1,000,000.
 * Throws a RangeError when a count is not a whole number, units or opportunities are 0, or
 * there are more defects than opportunities.
 */
export function defectsPerMillionOpportunities(
	defects: number,
	units: number,
	opportunitiesPerUnit: number
): number {
	wholeNumber('defects', defects);
	wholeNumber('units', units);
	wholeNumber('opportunitiesPerUnit', opportunitiesPerUnit);
	positive('units', units);
	positive('opportunitiesPerUnit', opportunitiesPerUnit);
	const opportunities = units * opportunitiesPerUnit;
	if (defects > opportunities) {
		throw new RangeError(
			`defects (${defects}) exceed opportunities (${opportunities}): each opportunity can fail at most once`
		);
	}
	return (defects / opportunities) * 1_000_000;
}

/**
 * The short-term sigma level of a process at `dpmo` defects per million opportunities, with the
 * conventional 1.5 sigma shift: z(1 - dpmo / 1,000,000) + 1.5 (see the module comment). Throws
 * a RangeError unless 0 < dpmo < 1,000,000.
 */
export function sigmaLevel(dpmo: number): number {
	finite('dpmo', dpmo);
	if (!(dpmo > 0 && dpmo < 1_000_000)) {
		throw new RangeError(
			`dpmo must be above 0 and below 1,000,000 (a process with no defects has no finite sigma level), got ${dpmo}`
		);
	}
	return zForServiceLevel(1 - dpmo / 1_000_000) + 1.5;
}
