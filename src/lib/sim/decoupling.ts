/**
 * The customer order decoupling point and the lead time the customer waits.
 *
 * A product (or product family) is described by its stages in flow order along the critical
 * path of its bill of material: buy material, fabricate, assemble, finish... Their sum is the
 * cumulative lead time (ASCM Dictionary: the longest planned path of lead times through the
 * bill of material, also called critical-path or aggregate lead time); stages that run in
 * parallel off that path are left out.
 *
 * The customer order decoupling point (ASCM Dictionary: order penetration point) is the point
 * in that flow where the product becomes earmarked for one customer: stages upstream of it run
 * on forecasts and plans and their output is held as stock; stages downstream wait for the
 * order. Here the point is a whole number p from 0 to the number of stages: the first p stages
 * are done before the order arrives. So, for the same chain of stages:
 *   forecast-driven days = sum of stages 1..p;
 *   order-driven days    = sum of stages p+1..n;
 *   customer lead time   = order processing + order-driven days + shipping (pick, pack, transit).
 * p = n is make-to-stock (finished goods wait); p = 0 means nothing is stocked, not even
 * material. Engineer-to-order is modelled by putting the engineering stage first and p = 0.
 *
 * Placing the point as far upstream as the customer's accepted lead time allows keeps the
 * least value in anticipatory stock and the most flexibility (Olhager, "Strategic positioning
 * of the order penetration point", International Journal of Production Economics 85, 2003;
 * Mather's P:D ratio, "Competitive Manufacturing", 1988: the production lead time P that
 * exceeds the demand lead time D must be covered by stock).
 */
import { nonNegative, wholeNumber } from './arguments';

export type LeadTimeStage = {
	name: string;
	/** Planned lead time of the stage, in days (or any one time unit used throughout). */
	days: number;
};

export type DecouplingOptions = {
	/** Time to enter, check and release the order before work or picking starts (default 0). */
	orderProcessingDays?: number;
	/** Time to pick, pack and carry the finished product to the customer (default 0). */
	shippingDays?: number;
};

export type DecouplingSplit = {
	/** How many stages are done before the order arrives (0 to the number of stages). */
	decouplingPoint: number;
	/** The last stage done on forecast, whose output is stocked; null when nothing is stocked. */
	stockedAfter: string | null;
	/** Names of the stages that wait for the customer order, in flow order. */
	waitsForOrder: string[];
	/** Sum of every stage: the cumulative lead time of the chain given. */
	cumulativeLeadTime: number;
	/** Days of the chain performed on forecast, ahead of any order. */
	forecastDrivenDays: number;
	/** Days of the chain performed after the order arrives. */
	orderDrivenDays: number;
	/** Order processing + order-driven days + shipping: what the customer waits. */
	customerLeadTime: number;
};

function checkStages(stages: readonly LeadTimeStage[]): readonly LeadTimeStage[] {
	if (!Array.isArray(stages) || stages.length === 0) {
		throw new RangeError('stages must not be empty: a lead time needs at least one stage');
	}
	stages.forEach((s, i) => {
		if (typeof s.name !== 'string' || s.name.trim() === '') {
			throw new RangeError(`stages[${i}].name must be a non-empty name`);
		}
		nonNegative(`stages[${i}].days`, s.days);
	});
	return stages;
}

function split(
	stages: readonly LeadTimeStage[],
	point: number,
	processing: number,
	shipping: number
): DecouplingSplit {
	const sum = (list: readonly LeadTimeStage[]) => list.reduce((a, s) => a + s.days, 0);
	const before = stages.slice(0, point);
	const after = stages.slice(point);
	const orderDrivenDays = sum(after);
	return {
		decouplingPoint: point,
		stockedAfter: point === 0 ? null : stages[point - 1].name,
		waitsForOrder: after.map((s) => s.name),
		cumulativeLeadTime: sum(stages),
		forecastDrivenDays: sum(before),
		orderDrivenDays,
		customerLeadTime: processing + orderDrivenDays + shipping
	};
}

function checkOptions(options: DecouplingOptions): { processing: number; shipping: number } {
	return {
		processing: nonNegative('orderProcessingDays', options.orderProcessingDays ?? 0),
		shipping: nonNegative('shippingDays', options.shippingDays ?? 0)
	};
}

/**
 * Splits the chain at decoupling point `point` (the number of stages done before the order):
 * what runs on forecast, what waits for the order, and the customer's lead time.
 * Throws a RangeError for an empty chain, a negative stage time or a point outside 0..n.
 */
export function splitAtDecouplingPoint(
	stages: readonly LeadTimeStage[],
	point: number,
	options: DecouplingOptions = {}
): DecouplingSplit {
	checkStages(stages);
	wholeNumber('point', point);
	if (point > stages.length) {
		throw new RangeError(`point must be from 0 to ${stages.length}, got ${point}`);
	}
	const { processing, shipping } = checkOptions(options);
	return split(stages, point, processing, shipping);
}

/**
 * The split at every possible decoupling point, from 0 (everything waits for the order) to
 * n (make-to-stock): customer lead time falls and forecast-driven time rises as the point
 * moves downstream.
 */
export function decouplingPoints(
	stages: readonly LeadTimeStage[],
	options: DecouplingOptions = {}
): DecouplingSplit[] {
	checkStages(stages);
	const { processing, shipping } = checkOptions(options);
	return Array.from({ length: stages.length + 1 }, (_, p) =>
		split(stages, p, processing, shipping)
	);
}

/**
 * The most upstream decoupling point whose customer lead time is at most `acceptedDays`, the
 * lead time customers will accept (some texts: customer tolerance time, or Mather's D): the
 * least work done on forecast that still meets the market. Null when even make-to-stock is
 * too slow, because order processing and shipping alone exceed what customers accept.
 */
export function mostUpstreamDecouplingPoint(
	stages: readonly LeadTimeStage[],
	acceptedDays: number,
	options: DecouplingOptions = {}
): DecouplingSplit | null {
	nonNegative('acceptedDays', acceptedDays);
	return (
		decouplingPoints(stages, options).find((s) => s.customerLeadTime <= acceptedDays + 1e-9) ?? null
	);
}
