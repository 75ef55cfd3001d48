import { render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import RunComparison from '../../../../../src/lib/components/runs/RunComparison.svelte';
import { keepFinishedRun } from '../../../../../src/lib/progress/runs';
import { playReference } from '../../../../../src/lib/sim';
import { firstDay, recordRun } from '../play/fixtures';

const scenario = firstDay();
const lazy = recordRun(scenario, 'do-nothing');
const good = recordRun(scenario, 'good-practice');
const source = { kind: 'built-in' as const, id: scenario.id };
const pct = (v: number | null) => (v === null ? '–' : `${(v * 100).toFixed(1)} %`);
const row = (name: string) =>
	within(screen.getByRole('rowheader', { name }).closest('tr')!)
		.getAllByRole('cell')
		.map((c) => c.textContent!.trim());

function keep() {
	const a = keepFinishedRun(scenario.id, lazy.world, lazy.commands);
	const b = keepFinishedRun(scenario.id, good.world, good.commands);
	if (!a.ok || !b.ok) throw new Error('not kept');
	return { a: a.run.id, b: b.run.id };
}

describe('comparing runs', () => {
	beforeEach(() => localStorage.clear());

	it('sets two kept runs side by side: final KPIs, which did better, and a chart per KPI', () => {
		const ids = keep();
		render(RunComparison, { scenario, source, a: ids.a, b: ids.b });
		expect(row('Perfect order fulfillment')).toEqual([
			'at least 90.0 %',
			pct(lazy.world.kpis.at(-1)!.perfectOrderRate),
			pct(good.world.kpis.at(-1)!.perfectOrderRate),
			'B'
		]);
		const charts = screen.getByRole('region', { name: 'KPIs by day, both runs' });
		const otif = within(charts).getByRole('region', { name: 'OTIF to the commit date: table' });
		expect(
			within(otif)
				.getAllByRole('columnheader')
				.map((h) => h.textContent)
		).toEqual([
			'Day',
			expect.stringMatching(/^A: Run 1,/),
			expect.stringMatching(/^B: Run 2,/),
			'Target 90.0 %'
		]);
		expect(within(otif).getAllByRole('rowheader')).toHaveLength(scenario.days);
	});

	it('compares a run with the good-practice reference on its seed', () => {
		const ids = keep();
		render(RunComparison, { scenario, source, a: ids.a, b: 'good-practice' });
		expect(screen.getAllByRole('definition').map((d) => d.textContent)).toEqual([
			expect.stringMatching(/^Run 1, finished .* \(seed 1103\)$/),
			`Good practice (seed ${scenario.seed})`
		]);
		const reference = playReference(scenario, 'good-practice', scenario.seed);
		expect(row('OTIF to the commit date')[2]).toBe(pct(reference.kpis.at(-1)!.otif));
	});

	it('compares a run with itself without confusing the two sides', () => {
		const ids = keep();
		render(RunComparison, { scenario, source, a: ids.a, b: ids.a });
		expect(screen.getByText(/You chose the same run twice/)).toBeInTheDocument();
		expect(row('Perfect order fulfillment').slice(1)).toEqual([
			pct(lazy.world.kpis.at(-1)!.perfectOrderRate),
			pct(lazy.world.kpis.at(-1)!.perfectOrderRate),
			'the same'
		]);
	});

	it('asks for two runs when the address names none it keeps', () => {
		keep();
		render(RunComparison, { scenario, source, a: 'run-gone', b: 'good-practice' });
		expect(screen.getByText('Choose two kept runs to compare below.')).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Compare' })).toBeInTheDocument();
	});
});
