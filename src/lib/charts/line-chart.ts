// The one adapter to chart.js. chart.js is imported lazily (chartjs.ts), only when a chart is
// on screen, with just the pieces a line chart needs registered.
import type { Chart } from 'chart.js';

export type Series = { label: string; values: (number | null)[]; color: string; dashed?: boolean };
export type LineChartData = {
	labels: string[];
	series: Series[];
	yMax?: number;
	yLabel: string;
	/** Lines by default; bars for comparisons across categories. */
	kind?: 'line' | 'bar';
};

function load() {
	return import('./chartjs');
}

function config(data: LineChartData, text: string, grid: string) {
	return {
		type: data.kind ?? 'line',
		data: {
			labels: data.labels,
			datasets: data.series.map((s) => ({
				label: s.label,
				data: s.values,
				borderColor: s.color,
				backgroundColor: s.color,
				borderDash: s.dashed ? [6, 4] : [],
				pointRadius: s.dashed ? 0 : 3,
				spanGaps: true,
				tension: 0
			}))
		},
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: false as const,
			scales: {
				y: {
					min: 0,
					max: data.yMax,
					ticks: { color: text },
					grid: { color: grid },
					title: { display: true, text: data.yLabel, color: text }
				},
				x: { ticks: { color: text }, grid: { color: grid } }
			},
			plugins: { legend: { labels: { color: text } } }
		}
	};
}

/**
 * A Svelte attachment body: draws the chart once chart.js has loaded, updates it when the
 * data changes, destroys it on teardown.
 */
export async function createLineChart(
	canvas: HTMLCanvasElement,
	data: LineChartData
): Promise<{ update(data: LineChartData): void; destroy(): void }> {
	const { Chart } = await load();
	const style = getComputedStyle(canvas);
	const text = style.getPropertyValue('--text').trim() || '#1d2125';
	const grid = style.getPropertyValue('--rule').trim() || '#d9dde0';
	const chart: Chart = new Chart(canvas, config(data, text, grid));
	return {
		update(next) {
			const c = config(next, text, grid);
			chart.data = c.data;
			chart.options = c.options as never;
			chart.update();
		},
		destroy() {
			chart.destroy();
		}
	};
}
