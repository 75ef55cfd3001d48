// The desk's KPI charts as data: which daily KPI goes on which chart, each named by KPI_INFO
// and formatted by kpiValue, with the scenario's targets drawn as dashed lines.
import type { LineChartData, Series } from '$lib/charts/line-chart';
import { kpiValue } from '$lib/format';
import { KPI_INFO, type KpiFormat, type KpiName, type KpiRow, type Scenario } from '$lib/sim';

/** Colours chosen for 3:1 contrast against both themes' surfaces. */
const COLORS = ['#2f7fc1', '#c2562b', '#3e9a4f'];
const TARGET_COLOR = '#8a6f00';

/** A KPI on a chart; `receivables` is a balance beside the KPIs, not one of them. */
type Plotted = KpiName | 'receivables';

const RECEIVABLES = { label: 'Receivables', format: 'money' as KpiFormat };
const infoOf = (key: Plotted) => (key === 'receivables' ? RECEIVABLES : KPI_INFO[key]);

type ChartSpec = { title: string; yLabel: string; yMax?: number; kpis: Plotted[] };

const CHARTS: ChartSpec[] = [
	{
		title: 'Fill rate (first shipment)',
		yLabel: 'share',
		yMax: 1,
		kpis: ['fillRateUnit', 'fillRateLine', 'fillRateOrder']
	},
	{ title: 'OTIF', yLabel: 'share', yMax: 1, kpis: ['otif', 'otifToRequest'] },
	{
		title: 'Perfect order fulfillment',
		yLabel: 'share',
		yMax: 1,
		kpis: ['perfectOrderRate', 'perfectOrderProduct']
	},
	{
		title: 'Order fulfillment cycle time and backorders',
		yLabel: 'days / share',
		kpis: ['cycleTimeMeanDays', 'backorderRate']
	},
	{
		title: 'Revenue, cash collected and receivables',
		yLabel: 'money',
		kpis: ['revenue', 'cashCollected', 'receivables']
	},
	{
		title: 'Days sales outstanding and cash-to-cash',
		yLabel: 'days',
		kpis: ['dso', 'cashToCash']
	},
	{ title: 'Returns', yLabel: 'share', kpis: ['returnRateUnits', 'returnRateOrders'] },
	{
		title: 'Customer satisfaction and inquiries',
		yLabel: 'index / count',
		kpis: ['satisfaction', 'inquiries']
	}
];

export type KpiChart = {
	title: string;
	data: LineChartData;
	format: (value: number | null, series: Series) => string;
};

/** The dashboard's charts over the KPI rows so far, with the objectives' targets. */
export function kpiCharts(rows: KpiRow[], objectives: Scenario['objectives']): KpiChart[] {
	const labels = rows.map((r) => `Day ${r.day}`);
	return CHARTS.map((chart) => {
		const formats = new Map<string, KpiFormat>();
		const series: Series[] = chart.kpis.map((key, i) => {
			const info = infoOf(key);
			formats.set(info.label, info.format);
			return {
				label: info.label,
				values: rows.map((r) => r[key] as number | null),
				color: COLORS[i % COLORS.length]
			};
		});
		for (const o of objectives) {
			if (!chart.kpis.includes(o.kpi)) continue;
			const info = KPI_INFO[o.kpi];
			const label = `Target: ${info.label} ${o.direction === 'at-most' ? 'at most' : 'at least'} ${kpiValue(o.target, info.format)}`;
			formats.set(label, info.format);
			series.push({
				label,
				values: rows.map(() => o.target),
				color: TARGET_COLOR,
				dashed: true
			});
		}
		return {
			title: chart.title,
			data: { labels, series, yMax: chart.yMax, yLabel: chart.yLabel },
			format: (value, s) => kpiValue(value, formats.get(s.label) ?? 'count')
		};
	});
}
