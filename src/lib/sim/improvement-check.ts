/**
 * One PDCA cycle on perfect-order failures, measured: a month's failed orders coded by primary
 * cause, ranked for a Pareto chart (`paretoAnalysis`), turned into SCOR Perfect Order
 * Fulfillment by count and its four component rates (`perfectOrderRate`), and compared with the
 * month after a countermeasure (the Check step).
 *
 * Each failed order is counted once, under its primary cause, and fails that cause's SCOR
 * component only; the other orders shipped are perfect. So the bars count failed orders, and
 * Perfect Order Fulfillment = (orders shipped - failed orders) / orders shipped. A balancing
 * measure guards the gain: if the component a countermeasure could push failures into fails
 * more often after the change, it may have moved the problem rather than removed it. By default
 * that is delivery performance, as in lesson 20: a price block that holds orders turns
 * documentation failures into late deliveries.
 */
import { perfectOrderRate } from './kpis';
import { paretoAnalysis, type ParetoRow } from './pareto';
import type { PerfectOrderInput } from './types';

export type PerfectOrderComponent = keyof PerfectOrderInput;

/** SCOR's names for the four components of Perfect Order Fulfillment. */
export const SCOR_COMPONENT_NAMES: Record<PerfectOrderComponent, string> = {
	onTime: 'Delivery performance to commit date',
	inFull: 'Orders delivered in full',
	damageFree: 'Perfect condition',
	documentationAccurate: 'Documentation accuracy'
};

const COMPONENTS = Object.keys(SCOR_COMPONENT_NAMES) as PerfectOrderComponent[];

export type CauseCount = { cause: string; component: PerfectOrderComponent; count: number };

export type MonthFailures = {
	/** Orders shipped in the month. */
	orders: number;
	/** Failed orders by primary cause. */
	causes: readonly CauseCount[];
};

/**
 * What is wrong with a month a learner typed, as messages naming it (`label`); empty when it
 * can be measured. `needFailures` asks for at least one failure (a Pareto needs something to
 * rank).
 */
export function monthIssues(label: string, month: MonthFailures, needFailures = false): string[] {
	const failed = month.causes.reduce((s, c) => s + c.count, 0);
	const issues: string[] = [];
	if (month.orders < 1) issues.push(`${label}: enter the orders shipped, at least 1.`);
	else if (failed > month.orders) {
		issues.push(
			`${label}: ${failed} failed orders are more than the ${month.orders} orders shipped.`
		);
	}
	if (needFailures && failed === 0) issues.push(`${label} has no failures to rank.`);
	return issues;
}

export type MonthMeasure = {
	orders: number;
	imperfect: number;
	/** Perfect Order Fulfillment by count, with the product of components and the components. */
	perfect: ReturnType<typeof perfectOrderRate>;
	/** Failed orders by the SCOR component they failed. */
	failuresByComponent: Record<PerfectOrderComponent, number>;
	/** Null when the month has no failures to rank. */
	pareto: { total: number; rows: ParetoRow[]; vitalFew: string[] } | null;
};

/**
 * Measures one month (see the module comment). Throws a RangeError when the failures exceed
 * the orders, a count is negative or not finite, or a cause is listed twice.
 */
export function measureMonth(month: MonthFailures, otherLast?: string): MonthMeasure {
	const perfectOrder: PerfectOrderInput = {
		onTime: true,
		inFull: true,
		damageFree: true,
		documentationAccurate: true
	};
	const failed = month.causes.reduce((s, c) => s + c.count, 0);
	if (failed > month.orders) {
		throw new RangeError(`${failed} failed orders exceed the ${month.orders} orders shipped`);
	}
	const pareto = failed > 0 ? paretoAnalysis(month.causes, { otherLast }) : null;
	const orders: PerfectOrderInput[] = month.causes.flatMap((c) =>
		Array.from({ length: c.count }, () => ({ ...perfectOrder, [c.component]: false }))
	);
	while (orders.length < month.orders) orders.push(perfectOrder);
	const failuresByComponent = Object.fromEntries(COMPONENTS.map((k) => [k, 0])) as Record<
		PerfectOrderComponent,
		number
	>;
	for (const c of month.causes) failuresByComponent[c.component] += c.count;
	return {
		orders: month.orders,
		imperfect: failed,
		perfect: perfectOrderRate(orders),
		failuresByComponent,
		pareto
	};
}

export type ImprovementCheck = {
	before: MonthMeasure;
	after: MonthMeasure;
	target: { cause: string; component: PerfectOrderComponent; before: number; after: number };
	/** The balancing measure: failed orders of the component watched, before and after. */
	balancing: { component: PerfectOrderComponent; before: number; after: number; rose: boolean };
	/** A one-paragraph reading of the Check step. */
	reading: string;
};

const pct = (x: number, digits = 1) => `${(x * 100).toFixed(digits)} %`;

/**
 * The Check step of one PDCA cycle: `before` and `after` measured, the cause the team worked
 * on (`targetCause`) followed, the `balancing` component watched (delivery performance by
 * default), and the next cycle's cause named (see the module comment). Throws a RangeError as
 * `measureMonth` does, or when `targetCause` is not one of the before month's causes.
 */
export function improvementCheck(
	before: MonthFailures,
	after: MonthFailures,
	targetCause: string,
	options: { otherLast?: string; balancing?: PerfectOrderComponent } = {}
): ImprovementCheck {
	const { otherLast, balancing: watched = 'onTime' } = options;
	const b = measureMonth(before, otherLast);
	const a = measureMonth(after, otherLast);
	const targeted = before.causes.find((c) => c.cause === targetCause);
	if (!targeted) throw new RangeError(`"${targetCause}" is not one of the causes`);
	const target = {
		cause: targetCause,
		component: targeted.component,
		before: targeted.count,
		after: after.causes.find((c) => c.cause === targetCause)?.count ?? 0
	};
	const balancing = {
		component: watched,
		before: b.failuresByComponent[watched],
		after: a.failuresByComponent[watched],
		rose: a.failuresByComponent[watched] > b.failuresByComponent[watched]
	};

	const parts: string[] = [];
	const from = pct(b.perfect.rate);
	const to = pct(a.perfect.rate);
	const verb =
		a.perfect.rate > b.perfect.rate ? 'rose' : a.perfect.rate < b.perfect.rate ? 'fell' : 'stayed';
	parts.push(
		verb === 'stayed'
			? `Perfect Order Fulfillment stayed at ${from}.`
			: `Perfect Order Fulfillment ${verb} from ${from} to ${to}.`
	);
	parts.push(
		target.after < target.before
			? `Failures from "${target.cause}" fell from ${target.before} to ${target.after}.`
			: `Failures from "${target.cause}" did not fall (${target.before} to ${target.after}): adjust the countermeasure and run the cycle again.`
	);
	if (watched !== target.component) {
		const name = SCOR_COMPONENT_NAMES[watched].toLowerCase();
		parts.push(
			balancing.rose
				? `But ${name} failures rose from ${balancing.before} to ${balancing.after}: check whether the change moved the problem.`
				: `Failures of ${name} went from ${balancing.before} to ${balancing.after}, so the change has not simply moved the problem.`
		);
	}
	const top = a.pareto?.rows[0];
	if (top) {
		parts.push(
			`Next cycle: "${top.cause}", now ${top.count} of ${a.pareto!.total} failures (${pct(top.share)}).`
		);
	}
	return { before: b, after: a, target, balancing, reading: parts.join(' ') };
}
