/**
 * Fulfillment strategies side by side, for the lesson on production environments and
 * distribution methods. Both are read through the same lens (decoupling.ts): a chain of
 * stages, some done before the customer's order arrives and the rest after it, where the
 * customer waits for order processing, the stages after the point and shipping.
 */
import { nonNegative } from './arguments';
import {
	decouplingPoints,
	mostUpstreamDecouplingPoint,
	splitAtDecouplingPoint,
	type DecouplingOptions,
	type DecouplingSplit,
	type LeadTimeStage
} from './decoupling';

export type DecouplingPointOption = DecouplingSplit & {
	/** True when the customer lead time is within what customers accept. */
	meetsAcceptedLeadTime: boolean;
};

export type DecouplingComparison = {
	acceptedDays: number;
	/** The split at every point, from 0 (nothing stocked) to n (make-to-stock). */
	points: DecouplingPointOption[];
	/**
	 * The most upstream point that customers accept (the least work on forecast); null when
	 * even make-to-stock is too slow.
	 */
	mostUpstream: DecouplingSplit | null;
};

/**
 * Every decoupling point of a chain compared with the lead time customers accept
 * (`acceptedDays`, Mather's demand lead time D): the customer lead time at each point
 * (`decouplingPoints`), whether it fits, and the most upstream point that does
 * (`mostUpstreamDecouplingPoint`). Throws a RangeError as those functions do.
 */
export function compareDecouplingPoints(
	stages: readonly LeadTimeStage[],
	acceptedDays: number,
	options: DecouplingOptions = {}
): DecouplingComparison {
	nonNegative('acceptedDays', acceptedDays);
	const mostUpstream = mostUpstreamDecouplingPoint(stages, acceptedDays, options);
	return {
		acceptedDays,
		points: decouplingPoints(stages, options).map((s) => ({
			...s,
			meetsAcceptedLeadTime:
				mostUpstream !== null && s.decouplingPoint >= mostUpstream.decouplingPoint
		})),
		mostUpstream
	};
}

/**
 * Engineer-to-order on the same chain: the `design` stage goes in front and nothing is
 * stocked (point 0), so the customer waits for design plus the whole cumulative lead time
 * plus processing and shipping.
 */
export function engineerToOrderSplit(
	design: LeadTimeStage,
	stages: readonly LeadTimeStage[],
	acceptedDays: number,
	options: DecouplingOptions = {}
): DecouplingPointOption {
	nonNegative('acceptedDays', acceptedDays);
	const split = splitAtDecouplingPoint([design, ...stages], 0, options);
	return { ...split, meetsAcceptedLeadTime: split.customerLeadTime <= acceptedDays + 1e-9 };
}

export type DistributionChain = {
	/** What happens to the goods before any order exists (empty when we stock nothing). */
	beforeOrder: readonly LeadTimeStage[];
	/** What happens after the order, up to the customer's door, in flow order. */
	afterOrder: readonly LeadTimeStage[];
	/** Days to enter and release the order before any of `afterOrder` starts. */
	orderProcessingDays: number;
};

/**
 * A distribution method as a chain split at the moment the order arrives: the customer lead
 * time is order processing plus every stage after the order (`splitAtDecouplingPoint` with
 * the point after `beforeOrder`). Throws a RangeError for an empty chain or a negative time.
 */
export function distributionLeadTime(chain: DistributionChain): DecouplingSplit {
	if (chain.afterOrder.length === 0) {
		throw new RangeError('afterOrder must not be empty: goods still have to reach the customer');
	}
	return splitAtDecouplingPoint(
		[...chain.beforeOrder, ...chain.afterOrder],
		chain.beforeOrder.length,
		{ orderProcessingDays: chain.orderProcessingDays }
	);
}
