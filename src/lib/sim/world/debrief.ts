/**
 * What a finished run teaches: its KPIs against the scenario's targets and against the two
 * reference policies on the same seed, a Pareto of its perfect-order failures by cause, the
 * disruptions it met, every miss linked to the lesson section that explains it, and what to
 * try next. Pure: the browser's debrief and the class debrief render it.
 */
import { paretoAnalysis } from '../pareto';
import { FAILURE_CAUSES, KPI_INFO, type KpiInfo } from './kpi-info';
import type { KpiName, Scenario } from './scenario';
import type { Disruption, FailureCauses, KpiRow, World } from './types';

export type ObjectiveResult = {
	kpi: KpiName;
	info: KpiInfo;
	direction: 'at-least' | 'at-most';
	target: number;
	value: number | null;
	met: boolean;
	doNothing: number | null;
	goodPractice: number | null;
};

export type ParetoBar = {
	cause: keyof FailureCauses;
	label: string;
	count: number;
	share: number;
	cumulativeShare: number;
	vitalFew: boolean;
	lesson: KpiInfo['lesson'];
};

export type Debrief = {
	objectives: ObjectiveResult[];
	/** The headline KPIs side by side: this run and both reference policies. */
	comparison: {
		kpi: KpiName;
		info: KpiInfo;
		value: number | null;
		doNothing: number | null;
		goodPractice: number | null;
	}[];
	pareto: ParetoBar[];
	disruptions: Disruption[];
	/** Lesson sections to read again, one per missed objective or vital-few cause. */
	readAgain: { label: string; lesson: KpiInfo['lesson'] }[];
	tryNext: string[];
};

/** The KPIs every debrief compares, beside the scenario's own objectives. */
export const COMPARED_KPIS: readonly KpiName[] = [
	'perfectOrderRate',
	'otif',
	'fillRateOrder',
	'cycleTimeMeanDays',
	'orderAccuracy',
	'satisfaction',
	'costToServe',
	'cashCollected'
];

const NEXT_STEP: Record<keyof FailureCauses, string> = {
	late: 'Promise from ATP with look-ahead (or CTP) rather than the date asked for, and act on stockout and carrier exceptions the day they appear.',
	notInFull:
		'Allocate scarce stock by a rule that fits the customers, and ship partial only where the customer accepts it: the first shipment is what fill rate counts.',
	damaged:
		'Damage comes from carriers and handling: watch the carrier scorecard and give damaged deliveries a quick, fair return.',
	documentation:
		'Correct every finding with the customer at validation, and prepare export documents before release: an error that escapes returns as a dispute or a customs hold.'
};

const valueOf = (row: KpiRow | undefined, kpi: KpiName) =>
	row ? ((row[kpi as keyof KpiRow] as number | null) ?? null) : null;

export function debrief(
	scenario: Scenario,
	world: World,
	references: { doNothing: World; goodPractice: World }
): Debrief {
	const last = world.kpis.at(-1);
	const dn = references.doNothing.kpis.at(-1);
	const gp = references.goodPractice.kpis.at(-1);
	const objectives = scenario.objectives.map((o) => {
		const value = valueOf(last, o.kpi);
		const met =
			value !== null && (o.direction === 'at-most' ? value <= o.target : value >= o.target);
		return {
			kpi: o.kpi,
			info: KPI_INFO[o.kpi],
			direction: o.direction,
			target: o.target,
			value,
			met,
			doNothing: valueOf(dn, o.kpi),
			goodPractice: valueOf(gp, o.kpi)
		};
	});
	const kpis = [...new Set([...scenario.objectives.map((o) => o.kpi), ...COMPARED_KPIS])];
	const comparison = kpis.map((kpi) => ({
		kpi,
		info: KPI_INFO[kpi],
		value: valueOf(last, kpi),
		doNothing: valueOf(dn, kpi),
		goodPractice: valueOf(gp, kpi)
	}));
	const causes = last?.failureCauses ?? { late: 0, notInFull: 0, damaged: 0, documentation: 0 };
	const entries = (Object.keys(FAILURE_CAUSES) as (keyof FailureCauses)[]).map((cause) => ({
		cause,
		count: causes[cause]
	}));
	const total = entries.reduce((s, e) => s + e.count, 0);
	const pareto: ParetoBar[] = total
		? paretoAnalysis(entries).rows.map((r) => ({
				cause: r.cause as keyof FailureCauses,
				label: FAILURE_CAUSES[r.cause as keyof FailureCauses].label,
				count: r.count,
				share: r.share,
				cumulativeShare: r.cumulativeShare,
				vitalFew: r.vitalFew && r.count > 0,
				lesson: FAILURE_CAUSES[r.cause as keyof FailureCauses].lesson
			}))
		: [];
	const readAgain: Debrief['readAgain'] = [];
	const add = (label: string, lesson: KpiInfo['lesson']) => {
		if (!readAgain.some((r) => r.lesson.slug === lesson.slug && r.lesson.anchor === lesson.anchor))
			readAgain.push({ label, lesson });
	};
	for (const o of objectives) if (!o.met) add(o.info.label, o.info.lesson);
	for (const bar of pareto) if (bar.vitalFew) add(bar.label, bar.lesson);
	const tryNext = pareto.filter((b) => b.vitalFew).map((b) => NEXT_STEP[b.cause]);
	if (!tryNext.length && objectives.every((o) => o.met))
		tryNext.push('Every objective met: play it again on another seed, or with a harder policy.');
	return { objectives, comparison, pareto, disruptions: world.disruptions, readAgain, tryNext };
}
