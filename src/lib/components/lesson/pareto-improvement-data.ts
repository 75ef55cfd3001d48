/**
 * Lesson 20's worked example for the Pareto widget: a pump distributor's perfect-order failures
 * in March (400 orders shipped) and April (410), each failed order coded with its primary cause
 * and the SCOR component it failed; the team's countermeasure targeted contract pricing.
 */
import type { PerfectOrderComponent } from '$lib/sim/improvement-check';

export type CauseRow = {
	cause: string;
	/** A short name for the chart's axis. */
	short: string;
	component: PerfectOrderComponent;
	march: number;
	april: number;
};

export const OTHER = 'Other';

export const PUMP_FAILURES: readonly CauseRow[] = [
	{
		cause: 'Invoice price not the contract price',
		short: 'Contract price',
		component: 'documentationAccurate',
		march: 21,
		april: 3
	},
	{
		cause: 'Short shipment, inventory record wrong',
		short: 'Short shipment',
		component: 'inFull',
		march: 12,
		april: 13
	},
	{
		cause: 'Wrong ship-to address keyed',
		short: 'Wrong ship-to',
		component: 'onTime',
		march: 6,
		april: 5
	},
	{ cause: 'Carrier late', short: 'Carrier late', component: 'onTime', march: 4, april: 4 },
	{ cause: 'Damaged in transit', short: 'Damaged', component: 'damageFree', march: 3, april: 3 },
	{
		cause: 'Certificate missing',
		short: 'Certificate',
		component: 'documentationAccurate',
		march: 1,
		april: 1
	},
	{ cause: OTHER, short: OTHER, component: 'inFull', march: 1, april: 2 }
];

export const ORDERS_SHIPPED = { march: 400, april: 410 } as const;

export const MONTHS = [
	{ key: 'march', name: 'March', role: 'before' },
	{ key: 'april', name: 'April', role: 'after the countermeasure' }
] as const;

export type MonthKey = (typeof MONTHS)[number]['key'];

/** Chart colours from the KPI dashboard, chosen for 3:1 contrast on both themes' surfaces. */
export const CHART_COLORS = { share: '#2f7fc1', cumulative: '#c2562b' } as const;
