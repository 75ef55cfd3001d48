/**
 * An audit of Perfect Order Fulfillment over a list of orders, with the counts behind every
 * rate and the figures that explain why the count and the product of the component rates
 * differ. SCOR counts orders that passed all four components (delivery performance to
 * customer commit date, orders delivered in full, perfect condition, documentation accuracy),
 * leaving orders the customer cancelled out of both numerator and denominator; the product of
 * the four rates equals that count only when failures are independent of one another. When
 * failures pile onto the same orders the count is above the product; when they are spread
 * over different orders it is below.
 */
import { notEmpty } from './arguments';
import { otif, perfectOrderRate } from './kpis';
import type { PerfectOrderInput } from './types';

export type AuditedOrder = PerfectOrderInput & {
	/** Cancelled by the customer: left out of every figure. */
	cancelled?: boolean;
};

type Components = {
	onTime: number;
	inFull: number;
	damageFree: number;
	documentationAccurate: number;
};

export type PerfectOrderAudit = {
	/** Orders measured (the cancelled ones left out). */
	counted: number;
	/** Orders the customer cancelled. */
	excluded: number;
	/** Orders that passed each component. */
	passes: Components;
	/** Orders that passed all four. */
	perfect: number;
	/** Orders on time and in full. */
	onTimeInFull: number;
	/** Component failures, summed over the orders (one order can fail several). */
	failures: number;
	/** Orders with at least one failure. */
	failedOrders: number;
	/** Orders that failed two or more components. */
	repeatFailureOrders: number;
	/** Perfect orders / orders counted: SCOR Perfect Order Fulfillment. */
	rate: number;
	/** The four component rates multiplied. */
	productOfComponents: number;
	components: Components;
	/** On time in full / orders counted. */
	otif: number;
	/** Perfect orders the product predicts: product x orders counted (what independence would give). */
	perfectIfIndependent: number;
	/** The count against the product: above when failures share orders, below when spread. */
	countVersusProduct: 'above' | 'below' | 'equal';
};

const KEYS = ['onTime', 'inFull', 'damageFree', 'documentationAccurate'] as const;
/** Rates are ratios of small counts; a difference below this is rounding, not a gap. */
const SAME = 1e-12;

/**
 * Audits `orders` by `perfectOrderRate` and `otif`, after leaving out the cancelled ones.
 * RangeError when nothing is left to measure (an empty list, or every order cancelled).
 */
export function perfectOrderAudit(orders: readonly AuditedOrder[]): PerfectOrderAudit {
	const counted = orders.filter((o) => !o.cancelled);
	notEmpty('orders that were not cancelled', counted);
	const r = perfectOrderRate(counted);
	const passes = Object.fromEntries(
		KEYS.map((k) => [k, counted.filter((o) => o[k]).length])
	) as Components;
	const failuresOf = (o: PerfectOrderInput) => KEYS.filter((k) => !o[k]).length;
	const gap = r.rate - r.productOfComponents;
	return {
		counted: counted.length,
		excluded: orders.length - counted.length,
		passes,
		perfect: counted.filter((o) => failuresOf(o) === 0).length,
		onTimeInFull: counted.filter((o) => o.onTime && o.inFull).length,
		failures: counted.reduce((s, o) => s + failuresOf(o), 0),
		failedOrders: counted.filter((o) => failuresOf(o) > 0).length,
		repeatFailureOrders: counted.filter((o) => failuresOf(o) > 1).length,
		rate: r.rate,
		productOfComponents: r.productOfComponents,
		components: r.components,
		otif: otif(counted),
		perfectIfIndependent: r.productOfComponents * counted.length,
		countVersusProduct: Math.abs(gap) < SAME ? 'equal' : gap > 0 ? 'above' : 'below'
	};
}
