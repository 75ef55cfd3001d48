import { render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import Debrief from '../../../../../src/lib/components/play/Debrief.svelte';
import { keepFinishedRun } from '../../../../../src/lib/progress/runs';
import { debrief, playReference } from '../../../../../src/lib/sim';
import { firstDay, LESSONS, recordRun } from './fixtures';

const scenario = firstDay();
const lazy = recordRun(scenario, 'do-nothing');
const references = {
	doNothing: playReference(scenario, 'do-nothing', scenario.seed),
	goodPractice: playReference(scenario, 'good-practice', scenario.seed)
};
const expected = debrief(scenario, lazy.world, references);
const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();
const cells = (table: HTMLElement, row: string) =>
	within(within(table).getByRole('rowheader', { name: row }).closest('tr')!)
		.getAllByRole('cell')
		.map(text);

function show() {
	const kept = keepFinishedRun(scenario.id, lazy.world, lazy.commands);
	render(Debrief, {
		scenario,
		source: { kind: 'built-in', id: scenario.id },
		world: lazy.world,
		commands: lazy.commands,
		lessons: LESSONS,
		kept,
		onrestart: () => {}
	});
	return kept;
}

describe('the debrief', () => {
	beforeEach(() => localStorage.clear());

	it('sets each objective against its target and both reference policies on the same seed', async () => {
		show();
		const table = await screen.findByRole('table', { name: 'Your results against the objectives' });
		expect(cells(table, 'Perfect order fulfillment')).toEqual([
			'at least 90.0 %',
			`${(lazy.world.kpis.at(-1)!.perfectOrderRate! * 100).toFixed(1)} %`,
			expected.objectives[0].met ? 'met' : 'missed',
			`${(references.doNothing.kpis.at(-1)!.perfectOrderRate! * 100).toFixed(1)} %`,
			`${(references.goodPractice.kpis.at(-1)!.perfectOrderRate! * 100).toFixed(1)} %`
		]);
		const all = screen.getByRole('table', {
			name: 'Final KPIs: your run and both reference policies'
		});
		expect(within(all).getAllByRole('rowheader').map(text)).toEqual(
			expected.comparison.map((c) => c.info.label)
		);
		expect(cells(all, 'Cost to serve')[1]).toBe(
			references.doNothing.kpis.at(-1)!.costToServe.toLocaleString('en-US', {
				minimumFractionDigits: 2
			})
		);
	});

	it('ranks the failures by cause with their cumulative share, and links each miss to its section', async () => {
		show();
		await screen.findByRole('heading', { name: 'Why orders were not perfect' });
		const pareto = within(
			screen.getByRole('region', { name: 'Pareto of perfect-order failures: table' })
		).getByRole('table');
		expect(within(pareto).getAllByRole('columnheader').map(text)).toEqual([
			'Cause',
			'Share',
			'Cumulative share'
		]);
		const rows = within(pareto).getAllByRole('rowheader').map(text);
		expect(rows).toEqual(expected.pareto.map((b) => `${b.label} (${b.count} orders)`));
		expect(cells(pareto, rows.at(-1)!).at(-1)).toBe('100.0 %');
		const read = screen.getByRole('region', { name: 'Read again' });
		const link = within(read).getByRole('link', { name: 'What SCOR counts as a perfect order' });
		expect(link).toHaveAttribute(
			'href',
			'/learn/perfect-order-metrics#what-scor-counts-as-a-perfect-order'
		);
		expect(
			within(screen.getByRole('region', { name: 'What to try next' })).getAllByRole('listitem')
		).toHaveLength(expected.tryNext.length);
	});

	it('keeps the run and links its replay and a comparison with good practice', async () => {
		const kept = show();
		if (!kept.ok) throw new Error('not kept');
		expect(screen.getByRole('link', { name: 'Replay this run day by day' })).toHaveAttribute(
			'href',
			`/play/${scenario.id}/replay?run=${kept.run.id}`
		);
		expect(screen.getByRole('link', { name: 'Compare with good practice' })).toHaveAttribute(
			'href',
			`/play/${scenario.id}/compare?a=${kept.run.id}&b=good-practice`
		);
		expect(
			screen.getByRole('button', { name: 'Download this run’s commands' })
		).toBeInTheDocument();
		expect(screen.getByRole('heading', { name: 'What to take from this run' })).toBeInTheDocument();
		await screen.findByRole('heading', { name: 'What happened' });
		expect(screen.getByText(/No disruption hit this run/)).toBeInTheDocument();
	});
});
