import { render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import RunHistory from '../../../../../src/lib/components/runs/RunHistory.svelte';
import { finishedRuns, keepFinishedRun } from '../../../../../src/lib/progress/runs';
import { firstDay, recordRun } from '../play/fixtures';

const scenario = firstDay();
const lazy = recordRun(scenario, 'do-nothing');
const good = recordRun(scenario, 'good-practice');
const source = { kind: 'custom' as const, id: 'my-week' };

describe('the kept runs of a scenario', () => {
	beforeEach(() => localStorage.clear());

	it('lists each run newest first with its KPIs and a replay link, and offers a comparison', async () => {
		keepFinishedRun('custom:my-week', lazy.world, lazy.commands);
		const first = finishedRuns('custom:my-week').runs;
		const { rerender } = render(RunHistory, { runs: first, source, current: first[0].id });
		expect(screen.getByLabelText('First run')).toHaveValue(first[0].id);
		// A run finishes: the list grows and the comparison starts from the newest.
		keepFinishedRun('custom:my-week', good.world, good.commands);
		const both = finishedRuns('custom:my-week').runs;
		await rerender({ runs: both, source, current: both[1].id });
		const table = screen.getByRole('table', {
			name: 'Finished runs kept in this browser, newest first'
		});
		const rows = within(table).getAllByRole('row').slice(1);
		expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
			expect.stringMatching(/^Run 2, finished .*\(this run\)$/),
			expect.stringMatching(/^Run 1, finished /)
		]);
		expect(within(rows[1]).getByRole('link', { name: /^Replay/ })).toHaveAttribute(
			'href',
			`/play/custom/replay?id=my-week&run=${both[0].id}`
		);
		expect(screen.getByLabelText('First run')).toHaveValue(both[1].id);
		expect(screen.getByLabelText('Second run')).toHaveValue('good-practice');
		const form = screen.getByRole('button', { name: 'Compare' }).closest('form')!;
		expect(form).toHaveAttribute('action', '/play/custom/compare');
		expect(within(form).getByDisplayValue('my-week')).toHaveAttribute('name', 'id');
	});
});
