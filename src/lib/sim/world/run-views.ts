/**
 * What the replay of a run and the comparison of two runs show, derived from worlds and KPI
 * rows: pure selectors, so the pages render and never compute.
 */
import { COMPARED_KPIS } from './debrief';
import { INBOX_GROUPS, inbox, type InboxGroup } from './desk';
import { KPI_INFO, type KpiInfo } from './kpi-info';
import { vecToArray } from './pvec';
import { commandOrder, decisionsByDay, describeCommand } from './replay';
import { KPI_NAMES, type KpiName, type Scenario } from './scenario';
import type { Command, Disruption, KpiRow, World } from './types';

/** A KPI's value in a row (null when the row is missing or the KPI has no value yet). */
export function kpiOf(row: KpiRow | undefined | null, kpi: KpiName): number | null {
	return row ? ((row[kpi as keyof KpiRow] as number | null | undefined) ?? null) : null;
}

/** Every KPI at the end of a run, as a finished run keeps them. */
export function finalKpis(world: World): Record<KpiName, number | null> {
	const last = world.kpis.at(-1);
	return Object.fromEntries(KPI_NAMES.map((k) => [k, kpiOf(last, k)])) as Record<
		KpiName,
		number | null
	>;
}

/** The scenario's own objectives first, then the KPIs every debrief compares. */
export function headlineKpis(scenario: Scenario): KpiName[] {
	return [...new Set([...scenario.objectives.map((o) => o.kpi), ...COMPARED_KPIS])];
}

export type ReplayOrder = {
	id: string;
	customer: string;
	group: InboxGroup;
	groupLabel: string;
	state: string;
	enteredDay: number;
	shipDay: number | null;
	/** The order arrived that day. */
	arrived: boolean;
	/** A decision that day was about this order. */
	decided: boolean;
};

export type ReplayDay = {
	day: number;
	days: number;
	kpis: { kpi: KpiName; info: KpiInfo; value: number | null; previous: number | null }[];
	decisions: { text: string; orderId: string | null }[];
	/** Orders as they stood at the end of the day (not the next morning's arrivals). */
	orders: ReplayOrder[];
	/** Disruptions that began that day. */
	disruptions: Disruption[];
};

/**
 * One day of a recorded run: `worlds` from `worldsByDay`, `commands` the run's recording,
 * `day` 1-based.
 */
export function replayDay(worlds: readonly World[], commands: readonly Command[], day: number) {
	if (!Number.isInteger(day) || day < 1 || day > worlds.length)
		throw new RangeError(`day must be from 1 to ${worlds.length}, got ${day}`);
	const world = worlds[day - 1];
	const row = world.kpis[day - 1];
	const before = day > 1 ? world.kpis[day - 2] : null;
	const decided = (decisionsByDay(commands)[day - 1] ?? []).map((c) => ({
		text: describeCommand(c),
		orderId: commandOrder(c)
	}));
	const touched = new Set(decided.map((d) => d.orderId));
	const labels = new Map(INBOX_GROUPS.map((g) => [g.id, g.label]));
	const entered = vecToArray(world.orders).map((o) => o.enteredDay);
	const orders: ReplayOrder[] = inbox(world)
		.map((r, i) => ({ r, enteredDay: entered[i] }))
		.filter(({ enteredDay }) => enteredDay <= day)
		.map(({ r, enteredDay }) => ({
			id: r.id,
			customer: r.customer,
			group: r.group,
			groupLabel: labels.get(r.group) ?? r.group,
			state: r.state,
			enteredDay,
			shipDay: r.shipDay,
			arrived: enteredDay === day,
			decided: touched.has(r.id)
		}));
	return {
		day,
		days: worlds.length,
		kpis: headlineKpis(world.scenario).map((kpi) => ({
			kpi,
			info: KPI_INFO[kpi],
			value: kpiOf(row, kpi),
			previous: before ? kpiOf(before, kpi) : null
		})),
		decisions: decided,
		orders,
		disruptions: world.disruptions.filter((d) => d.day === day)
	} satisfies ReplayDay;
}

export type KpiComparison = {
	kpi: KpiName;
	info: KpiInfo;
	/** Final values. */
	a: number | null;
	b: number | null;
	/** Which run did better on it, by the KPI's own direction. */
	better: 'a' | 'b' | 'same' | null;
	/** Drawn as a chart on the comparison page. */
	charted: boolean;
	seriesA: (number | null)[];
	seriesB: (number | null)[];
	target: { value: number; direction: 'at-least' | 'at-most' } | null;
};

/** The KPIs drawn for every comparison, as the desk's dashboard draws them. */
export const CHARTED_KPIS: readonly KpiName[] = [
	'fillRateOrder',
	'otif',
	'perfectOrderRate',
	'cycleTimeMeanDays',
	'cashCollected'
];

/** Two runs of one scenario side by side: final KPIs and the daily series of each. */
export function compareRuns(scenario: Scenario, a: readonly KpiRow[], b: readonly KpiRow[]) {
	const days = Array.from({ length: Math.max(a.length, b.length) }, (_, i) => i + 1);
	const series = (rows: readonly KpiRow[], kpi: KpiName) =>
		days.map((d) => kpiOf(rows[d - 1], kpi));
	const charted = new Set([...CHARTED_KPIS, ...scenario.objectives.map((o) => o.kpi)]);
	const kpis: KpiComparison[] = headlineKpis(scenario).map((kpi) => {
		const info = KPI_INFO[kpi];
		const va = kpiOf(a.at(-1), kpi);
		const vb = kpiOf(b.at(-1), kpi);
		const objective = scenario.objectives.find((o) => o.kpi === kpi);
		return {
			kpi,
			info,
			a: va,
			b: vb,
			better: better(va, vb, info.higherIsBetter),
			charted: charted.has(kpi),
			seriesA: series(a, kpi),
			seriesB: series(b, kpi),
			target: objective ? { value: objective.target, direction: objective.direction } : null
		};
	});
	return { days, kpis };
}

function better(a: number | null, b: number | null, higherIsBetter: boolean) {
	if (a === null || b === null) return null;
	if (Math.abs(a - b) < 1e-9) return 'same' as const;
	return a > b === higherIsBetter ? ('a' as const) : ('b' as const);
}
