// Chart data for the debrief and the comparison of runs, built from the engine's debrief and
// comparison: which figures go in which chart and in which colour, nothing computed here.
import type { LineChartData } from '$lib/charts/line-chart';
import { kpiValue } from '$lib/format';
import type { Debrief, KpiComparison } from '$lib/sim';

/** The desk dashboard's colours, chosen for 3:1 contrast against both themes' surfaces. */
export const RUN_COLORS = { a: '#2f7fc1', b: '#c2562b', c: '#3e9a4f', target: '#8a6f00' };

/** The run's rates beside both reference policies' on the same seed, as grouped bars. */
export function referenceChart(report: Debrief): LineChartData {
	const rates = report.comparison.filter((c) => c.info.format === 'rate');
	return {
		kind: 'bar',
		labels: rates.map((c) => c.info.label),
		yMax: 1,
		yLabel: 'share',
		series: [
			{ label: 'Your run', values: rates.map((c) => c.value), color: RUN_COLORS.a },
			{ label: 'Do nothing', values: rates.map((c) => c.doNothing), color: RUN_COLORS.b },
			{ label: 'Good practice', values: rates.map((c) => c.goodPractice), color: RUN_COLORS.c }
		]
	};
}

/** Perfect-order failures by cause, largest first, each cause with its count of orders. */
export function paretoChart(report: Debrief): LineChartData {
	return {
		kind: 'bar',
		labels: report.pareto.map((b) => `${b.label} (${b.count} orders)`),
		yMax: 1,
		yLabel: 'share of failures',
		series: [
			{ label: 'Share', values: report.pareto.map((b) => b.share), color: RUN_COLORS.a },
			{
				label: 'Cumulative share',
				values: report.pareto.map((b) => b.cumulativeShare),
				color: RUN_COLORS.b
			}
		]
	};
}

export type ComparisonChart = {
	title: string;
	data: LineChartData;
	format: (v: number | null) => string;
};

/** One line chart per charted KPI, both runs' daily values and the target when there is one. */
export function comparisonCharts(
	kpis: readonly KpiComparison[],
	days: readonly number[],
	names: { a: string; b: string }
): ComparisonChart[] {
	return kpis
		.filter((k) => k.charted)
		.map((k) => ({
			title: k.info.label,
			format: (v: number | null) => kpiValue(v, k.info.format),
			data: {
				labels: days.map((d) => `Day ${d}`),
				yMax: k.info.format === 'rate' ? 1 : undefined,
				yLabel: k.info.format === 'rate' ? 'share' : k.info.format,
				series: [
					{ label: names.a, values: k.seriesA, color: RUN_COLORS.a },
					{ label: names.b, values: k.seriesB, color: RUN_COLORS.b },
					...(k.target
						? [
								{
									label: `Target ${kpiValue(k.target.value, k.info.format)}`,
									values: days.map(() => k.target!.value),
									color: RUN_COLORS.target,
									dashed: true
								}
							]
						: [])
				]
			}
		}));
}
