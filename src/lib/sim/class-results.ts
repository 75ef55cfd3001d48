/**
 * What the instructor's console shows about a class, from its desks (one world per learner or
 * team) and its log: quiz points, the leaderboard, the KPI comparison across desks, the quiz
 * round in play, and the class debrief against the reference policies. Pure selectors: the
 * server calls them and the pages only render what they return.
 */
import type { ClassLogEvent, LiveQuestion, QuizReveal } from './class-replay';
import { debrief, COMPARED_KPIS } from './world/debrief';
import { KPI_INFO, type KpiInfo } from './world/kpi-info';
import type { KpiName, Scenario } from './world/scenario';
import type { KpiRow, World } from './world/types';

/** The KPIs the leaderboard shows, in the order it breaks ties. */
export const BOARD_KPIS: readonly KpiName[] = [
	'perfectOrderRate',
	'otif',
	'fillRateOrder',
	'cycleTimeMeanDays',
	'satisfaction',
	'cashCollected'
];

/** The KPIs the comparison chart draws side by side (all rates, one scale). */
export const COMPARISON_KPIS: readonly KpiName[] = ['perfectOrderRate', 'otif', 'fillRateOrder'];

export type RankBy = KpiName | 'points';

/** One desk of the class: a learner's own world, or a team's shared one. */
export type ClassDesk = {
	key: string;
	name: string;
	members: { id: string; name: string }[];
	world: World;
};

export type Standing = {
	key: string;
	name: string;
	members: string[];
	rank: number;
	/** The last day with KPIs (0 before the first day has ended). */
	day: number;
	kpis: Partial<Record<KpiName, number | null>>;
	points: number;
};

const kpiOf = (row: KpiRow | undefined, kpi: KpiName): number | null =>
	row ? ((row[kpi as keyof KpiRow] as number | null) ?? null) : null;

/** Quiz points per participant: the sum of their points over every answered round. */
export function quizPoints(events: readonly ClassLogEvent[]): Map<string, number> {
	const points = new Map<string, number>();
	for (const e of events)
		if (e.type === 'quiz.answered')
			points.set(e.participantId, (points.get(e.participantId) ?? 0) + e.points);
	return points;
}

/**
 * A desk's quiz points: a learner's own, or a team's mean over its members, so a team's size
 * neither helps nor hurts it.
 */
export function deskPoints(desk: Pick<ClassDesk, 'members'>, points: Map<string, number>): number {
	if (!desk.members.length) return 0;
	const total = desk.members.reduce((sum, m) => sum + (points.get(m.id) ?? 0), 0);
	return Math.round(total / desk.members.length);
}

/** Orders two values of a KPI, better first; a missing value always comes last. */
function compareKpi(kpi: KpiName, a: number | null, b: number | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return KPI_INFO[kpi].higherIsBetter ? b - a : a - b;
}

/**
 * The leaderboard: desks ordered by `rankBy` (a KPI, its better direction first, or quiz
 * points), ties broken by the board's KPIs in order, then points, then name. Desks equal on
 * every count share a rank.
 */
export function standings(
	desks: readonly ClassDesk[],
	events: readonly ClassLogEvent[],
	rankBy: RankBy = 'perfectOrderRate'
): Standing[] {
	const points = quizPoints(events);
	const order = rankBy === 'points' ? BOARD_KPIS : [...new Set([rankBy, ...BOARD_KPIS])];
	const rows: Standing[] = desks.map((desk) => {
		const last = desk.world.kpis.at(-1);
		return {
			key: desk.key,
			name: desk.name,
			members: desk.members.map((m) => m.name),
			rank: 0,
			day: last?.day ?? 0,
			kpis: Object.fromEntries(order.map((k) => [k, kpiOf(last, k)])),
			points: deskPoints(desk, points)
		};
	});
	const compare = (a: Standing, b: Standing) => {
		if (rankBy === 'points' && a.points !== b.points) return b.points - a.points;
		for (const k of order) {
			const c = compareKpi(k, a.kpis[k] ?? null, b.kpis[k] ?? null);
			if (c) return c;
		}
		return b.points - a.points;
	};
	rows.sort((a, b) => compare(a, b) || a.name.localeCompare(b.name));
	rows.forEach((row, i) => {
		row.rank = i > 0 && compare(rows[i - 1], row) === 0 ? rows[i - 1].rank : i + 1;
	});
	return rows;
}

/** The comparison chart's figures: one category per desk, one series per KPI. */
export function comparisonSeries(
	board: readonly Standing[],
	kpis: readonly KpiName[] = COMPARISON_KPIS
): { labels: string[]; series: { kpi: KpiName; label: string; values: (number | null)[] }[] } {
	return {
		labels: board.map((s) => s.name),
		series: kpis.map((kpi) => ({
			kpi,
			label: KPI_INFO[kpi].label,
			values: board.map((s) => s.kpis[kpi] ?? null)
		}))
	};
}

export type QuizRoundState = {
	round: number;
	question: LiveQuestion;
	open: boolean;
	/** Who has answered (participant ids), in the order they answered. */
	answeredBy: string[];
	reveal: QuizReveal | null;
};

/** The latest quiz round in the log, open or closed; null before the first. */
export function currentRound(events: readonly ClassLogEvent[]): QuizRoundState | null {
	// Only the last round matters: find its opening, then read forward from there.
	let start = -1;
	for (let i = events.length - 1; i >= 0 && start < 0; i--)
		if (events[i].type === 'quiz.opened') start = i;
	if (start < 0) return null;
	const opened = events[start] as Extract<ClassLogEvent, { type: 'quiz.opened' }>;
	const state: QuizRoundState = {
		round: opened.round,
		question: opened.question,
		open: true,
		answeredBy: [],
		reveal: null
	};
	for (let i = start + 1; i < events.length; i++) {
		const e = events[i];
		if (e.type === 'quiz.answered' && e.round === state.round)
			state.answeredBy.push(e.participantId);
		else if (e.type === 'quiz.closed' && e.round === state.round) {
			state.open = false;
			state.reveal = e.reveal;
		}
	}
	return state;
}

/** The disruptions the instructor played, in order, with the day and headline of each. */
export function playedDisruptions(
	events: readonly ClassLogEvent[]
): { seq: number; day: number; kind: string; headline: string }[] {
	return events.flatMap((e) =>
		e.type === 'disruption.played'
			? [{ seq: e.seq, day: e.day, kind: e.kind, headline: e.headline }]
			: []
	);
}

/** A desk's biggest miss: the objective missed by the widest margin, or its first failure cause. */
export type BiggestMiss =
	| {
			kind: 'objective';
			kpi: KpiName;
			info: KpiInfo;
			value: number | null;
			target: number;
			direction: 'at-least' | 'at-most';
			lesson: KpiInfo['lesson'];
	  }
	| { kind: 'cause'; label: string; count: number; share: number; lesson: KpiInfo['lesson'] };

export type ClassDebrief = {
	/** The day the figures stand at (the last day ended). */
	day: number;
	desks: number;
	kpis: {
		kpi: KpiName;
		info: KpiInfo;
		/** The class's mean over desks with a value, and the spread around it. */
		mean: number | null;
		min: number | null;
		median: number | null;
		max: number | null;
		doNothing: number | null;
		goodPractice: number | null;
		objective: { target: number; direction: 'at-least' | 'at-most' } | null;
	}[];
	disruptions: { day: number; headline: string }[];
	misses: { key: string; name: string; miss: BiggestMiss | null }[];
};

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** The median of sorted values (the mean of the middle two for an even count). */
function median(sorted: number[]): number | null {
	if (!sorted.length) return null;
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : round6((sorted[mid - 1] + sorted[mid]) / 2);
}

/** How far a missed objective falls short, relative to its target, so misses compare. */
function shortfall(value: number | null, target: number, direction: 'at-least' | 'at-most') {
	if (value === null) return Number.POSITIVE_INFINITY;
	const gap = direction === 'at-least' ? target - value : value - target;
	return gap / Math.max(Math.abs(target), 1e-9);
}

export function biggestMiss(
	scenario: Scenario,
	world: World,
	references: { doNothing: World; goodPractice: World }
): BiggestMiss | null {
	const result = debrief(scenario, world, references);
	const missed = result.objectives
		.filter((o) => !o.met)
		.sort(
			(a, b) =>
				shortfall(b.value, b.target, b.direction) - shortfall(a.value, a.target, a.direction)
		);
	if (missed.length) {
		const o = missed[0];
		return {
			kind: 'objective',
			kpi: o.kpi,
			info: o.info,
			value: o.value,
			target: o.target,
			direction: o.direction,
			lesson: o.info.lesson
		};
	}
	const cause = result.pareto.find((bar) => bar.count > 0);
	return cause
		? {
				kind: 'cause',
				label: cause.label,
				count: cause.count,
				share: cause.share,
				lesson: cause.lesson
			}
		: null;
}

/**
 * The class debrief: each KPI's class mean and spread across desks against both reference
 * policies played through the same days and disruptions, the disruptions played, and each
 * desk's biggest miss with the lesson section that treats it.
 */
export function classDebrief(
	scenario: Scenario,
	desks: readonly ClassDesk[],
	events: readonly ClassLogEvent[],
	references: { doNothing: World; goodPractice: World }
): ClassDebrief {
	const kpiNames = [...new Set([...scenario.objectives.map((o) => o.kpi), ...COMPARED_KPIS])];
	const dn = references.doNothing.kpis.at(-1);
	const gp = references.goodPractice.kpis.at(-1);
	const kpis = kpiNames.map((kpi) => {
		const values = desks
			.map((d) => kpiOf(d.world.kpis.at(-1), kpi))
			.filter((v): v is number => v !== null)
			.sort((a, b) => a - b);
		const objective = scenario.objectives.find((o) => o.kpi === kpi);
		return {
			kpi,
			info: KPI_INFO[kpi],
			mean: values.length ? round6(values.reduce((s, v) => s + v, 0) / values.length) : null,
			min: values[0] ?? null,
			median: median(values),
			max: values.at(-1) ?? null,
			doNothing: kpiOf(dn, kpi),
			goodPractice: kpiOf(gp, kpi),
			objective: objective ? { target: objective.target, direction: objective.direction } : null
		};
	});
	return {
		day: Math.max(0, ...desks.map((d) => d.world.kpis.at(-1)?.day ?? 0)),
		desks: desks.length,
		kpis,
		disruptions: playedDisruptions(events).map(({ day, headline }) => ({ day, headline })),
		misses: desks.map((d) => ({
			key: d.key,
			name: d.name,
			miss: d.world.kpis.length ? biggestMiss(scenario, d.world, references) : null
		}))
	};
}
