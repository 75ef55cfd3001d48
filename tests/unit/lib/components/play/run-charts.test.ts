// What the debrief and the comparison draw: which figures, in which series, named how.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	comparisonCharts,
	paretoChart,
	referenceChart
} from '../../../../../src/lib/components/play/run-charts';
import {
	compareHref,
	compareForm,
	playHref,
	replayHref,
	storeId
} from '../../../../../src/lib/components/play/links';
import {
	compareRuns,
	debrief,
	parseScenario,
	playReference,
	playScenario,
	REFERENCE_POLICIES
} from '../../../../../src/lib/sim';

const parsed = parseScenario(
	JSON.parse(readFileSync('content/scenarios/first-day-at-the-desk.json', 'utf8'))
);
if (!parsed.ok) throw new Error('fixture scenario is invalid');
const s = parsed.scenario;
const lazy = playScenario(s, [], { autopilot: REFERENCE_POLICIES['do-nothing'].style }).world;
const references = {
	doNothing: playReference(s, 'do-nothing'),
	goodPractice: playReference(s, 'good-practice')
};
const report = debrief(s, lazy, references);

describe('the debrief’s charts', () => {
	it('draws the run’s rates beside both reference policies, rates only', () => {
		const chart = referenceChart(report);
		expect(chart.kind).toBe('bar');
		expect(chart.series.map((x) => x.label)).toEqual(['Your run', 'Do nothing', 'Good practice']);
		const rates = report.comparison.filter((c) => c.info.format === 'rate');
		expect(chart.labels).toEqual(rates.map((c) => c.info.label));
		expect(chart.labels).not.toContain('Cost to serve');
		expect(chart.series[2].values).toEqual(rates.map((c) => c.goodPractice));
	});

	it('draws the Pareto of failures with each cause’s count and the cumulative share', () => {
		const chart = paretoChart(report);
		expect(chart.kind).toBe('bar');
		expect(chart.labels).toEqual(report.pareto.map((b) => `${b.label} (${b.count} orders)`));
		expect(chart.series[1].label).toBe('Cumulative share');
		expect(chart.series[1].values.at(-1)).toBeCloseTo(1);
	});
});

describe('the comparison’s charts', () => {
	it('draws one chart per charted KPI with both runs and the target', () => {
		const good = references.goodPractice;
		const cmp = compareRuns(s, lazy.kpis, good.kpis);
		const charts = comparisonCharts(cmp.kpis, cmp.days, { a: 'Mine', b: 'Good practice' });
		expect(charts.map((c) => c.title)).toEqual(
			cmp.kpis.filter((k) => k.charted).map((k) => k.info.label)
		);
		const otif = charts.find((c) => c.title === 'OTIF to the commit date')!;
		expect(otif.data.series.map((x) => x.label)).toEqual([
			'Mine',
			'Good practice',
			'Target 90.0 %'
		]);
		expect(otif.data.labels).toEqual(cmp.days.map((d) => `Day ${d}`));
		expect(otif.format(0.5)).toBe('50.0 %');
		const cash = charts.find((c) => c.title === 'Cash collected')!;
		expect(cash.data.yMax).toBeUndefined();
		expect(cash.data.series).toHaveLength(2);
	});
});

describe('where a scenario’s pages are', () => {
	it('links a built-in scenario’s own pages and an own scenario’s by its id', () => {
		const builtIn = { kind: 'built-in' as const, id: 'shortage-week' };
		const own = { kind: 'custom' as const, id: 'my-week' };
		expect(playHref(builtIn)).toBe('/play/shortage-week');
		expect(replayHref(builtIn, 'run-1')).toBe('/play/shortage-week/replay?run=run-1');
		expect(compareHref(builtIn, 'run-1', 'good-practice')).toBe(
			'/play/shortage-week/compare?a=run-1&b=good-practice'
		);
		expect(playHref(own)).toBe('/play/custom/play?id=my-week');
		expect(replayHref(own, 'run-1')).toBe('/play/custom/replay?id=my-week&run=run-1');
		expect(compareForm(own)).toEqual({
			action: '/play/custom/compare',
			hidden: [['id', 'my-week']]
		});
		expect(storeId(builtIn)).toBe('shortage-week');
		expect(storeId(own)).toBe('custom:my-week');
	});
});
