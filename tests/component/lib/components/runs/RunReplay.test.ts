import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import RunReplay from '../../../../../src/lib/components/runs/RunReplay.svelte';
import { keepFinishedRun, loadRun, saveRun } from '../../../../../src/lib/progress/runs';
import { commandsBeforeDay, describeCommand, decisionsByDay } from '../../../../../src/lib/sim';
import { firstDay, recordRun } from '../play/fixtures';

const goto = vi.hoisted(() => vi.fn());
vi.mock('$app/navigation', () => ({ goto }));

const scenario = firstDay();
const good = recordRun(scenario, 'good-practice');
const source = { kind: 'built-in' as const, id: scenario.id };

function setup(before?: () => void) {
	before?.();
	const kept = keepFinishedRun(scenario.id, good.world, good.commands);
	if (!kept.ok) throw new Error('not kept');
	render(RunReplay, { scenario, source, runId: kept.run.id });
	return { user: userEvent.setup(), run: kept.run };
}

describe('the replay of a kept run', () => {
	beforeEach(() => {
		localStorage.clear();
		goto.mockClear();
	});

	it('steps through the days with the buttons and the arrow keys', async () => {
		const { user } = setup();
		expect(screen.getByText('Day 1 of 6')).toBeInTheDocument();
		const previous = screen.getByRole('button', { name: 'Previous day' });
		expect(previous).toHaveAttribute('aria-disabled', 'true');
		await user.click(screen.getByRole('button', { name: 'Next day' }));
		expect(screen.getByText('Day 2 of 6')).toBeInTheDocument();
		const decided = screen.getByRole('region', { name: 'Decided on day 2' });
		expect(
			within(decided)
				.getAllByRole('listitem')
				.map((li) => li.textContent)
		).toEqual(decisionsByDay(good.commands)[1].map(describeCommand));
		const kpis = screen.getByRole('region', { name: 'KPIs at the end of day 2' });
		expect(within(kpis).getByRole('columnheader', { name: 'End of day 1' })).toBeInTheDocument();
		screen.getByRole('button', { name: 'Next day' }).focus();
		await user.keyboard('{End}');
		expect(screen.getByText('Day 6 of 6')).toBeInTheDocument();
		await user.keyboard('{ArrowRight}');
		expect(screen.getByText('Day 6 of 6')).toBeInTheDocument();
		await user.keyboard('{ArrowLeft}{ArrowLeft}');
		expect(screen.getByText('Day 4 of 6')).toBeInTheDocument();
		await user.keyboard('{Home}');
		expect(screen.getByText('Day 1 of 6')).toBeInTheDocument();
	});

	it('lists the orders that arrived or were decided that day', async () => {
		const { user } = setup();
		await user.click(screen.getByRole('button', { name: 'Next day' }));
		const table = screen.getByRole('table', {
			name: 'Orders that arrived or were decided on day 2'
		});
		const rows = within(table).getAllByRole('row').slice(1);
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) expect(row.textContent).toMatch(/arrived|decided/);
	});

	it('branches from a day: the decisions before it become the run in play', async () => {
		const { user } = setup(() => saveRun(scenario.id, scenario.seed, good.commands.slice(0, 3)));
		await user.click(screen.getByRole('button', { name: 'Next day' }));
		expect(
			screen.getByText(/Your unfinished run \(at day 1\) will be replaced/)
		).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Try day 2 again' }));
		expect(loadRun(scenario.id).run?.commands).toEqual(commandsBeforeDay(good.commands, 2));
		expect(goto).toHaveBeenCalledWith(`/play/${scenario.id}`);
	});

	it('says so when the run is not kept in this browser', () => {
		render(RunReplay, { scenario, source, runId: 'run-gone' });
		expect(screen.getByText(/That run is not kept in this browser/)).toBeInTheDocument();
		expect(screen.getByRole('link', { name: `Back to ${scenario.title}` })).toHaveAttribute(
			'href',
			`/play/${scenario.id}`
		);
	});
});
