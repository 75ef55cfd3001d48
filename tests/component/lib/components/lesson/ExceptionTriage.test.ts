import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ExceptionTriage from '../../../../../src/lib/components/lesson/ExceptionTriage.svelte';
import { PUMP_DESK_ALERTS } from '../../../../../src/lib/components/lesson/exception-triage-board';
import { gradeTriage, triageAlerts } from '../../../../../src/lib/sim/exception-triage';

const status = () =>
	screen.getByText(/in the right place|in the desk's order|Put the alerts|Enter a day/);
const workingOrder = () =>
	within(screen.getByRole('list', { name: 'Your working order' }))
		.getAllByRole('listitem')
		.map((li) => li.textContent!.match(/EX-\d{4}/)![0]);
const card = (id: string) =>
	within(screen.getByRole('list', { name: 'Your working order' }))
		.getAllByRole('listitem')
		.find((li) => new RegExp(`^\\d+\\s*${id}`).test(li.textContent!.trim()))!;

/** Moves an alert with the keyboard: focus its button, then press Enter `times` times. */
async function move(
	user: ReturnType<typeof userEvent.setup>,
	id: string,
	dir: 'up' | 'down',
	times: number
) {
	screen.getByRole('button', { name: `Move ${id} ${dir}` }).focus();
	for (let i = 0; i < times; i++) await user.keyboard('{Enter}');
}

describe('ExceptionTriage', () => {
	it('opens on the lesson 17 board, oldest first, with severity today from the engine', () => {
		render(ExceptionTriage);
		expect(workingOrder()).toEqual(PUMP_DESK_ALERTS.map((a) => a.id));
		for (const r of triageAlerts(PUMP_DESK_ALERTS, 10)) {
			const facts = within(card(r.alert.id));
			expect(facts.getByText('Severity today').nextElementSibling).toHaveTextContent(
				String(r.severityToday)
			);
		}
		// The credit hold raised at 2 on day 7 has aged to 3.
		expect(within(card('EX-0131')).getByText('3 (aged up)')).toBeVisible();
		expect(within(card('EX-0140')).getByText('fails tomorrow')).toBeVisible();
		expect(within(card('EX-0138')).getByText('no commitment at risk')).toBeVisible();
		expect(screen.getByRole('button', { name: 'Move EX-0131 up' })).toBeDisabled();
	});

	it('grades oldest first: the stockout reached 5th, each misplaced card says why', async () => {
		const user = userEvent.setup();
		render(ExceptionTriage);
		await user.click(screen.getByRole('button', { name: 'Check my order' }));
		const grade = gradeTriage(
			PUMP_DESK_ALERTS,
			10,
			PUMP_DESK_ALERTS.map((a) => a.id)
		);
		expect(status()).toHaveTextContent(grade.summary);
		expect(status()).toHaveTextContent('your order reaches it 5th');
		const stockout = grade.placements.find((p) => p.id === 'EX-0140')!;
		expect(within(card('EX-0140')).getByText(/Too late/)).toHaveTextContent(
			`✗ Too late: the desk works it at position 1. ${stockout.reason}`
		);
		const table = screen.getByRole('table', { name: /The desk's working order on day 10/ });
		const rows = within(table)
			.getAllByRole('rowheader')
			.map((th) => th.textContent!.slice(0, 7));
		expect(rows).toEqual(grade.ranking.map((r) => r.alert.id));
	});

	it('reorders with the keyboard to the desk order, keeping focus on the moved card', async () => {
		const user = userEvent.setup();
		render(ExceptionTriage);
		// Oldest first: 0131 0135 0136 0138 0140 0141. The desk: 0140 0131 0141 0135 0136 0138.
		await move(user, 'EX-0140', 'up', 4);
		expect(screen.getByText('EX-0140 moved to position 1 of 6.', { exact: false })).toBeVisible();
		// At the top its up button is disabled, so focus moved to its down button.
		expect(screen.getByRole('button', { name: 'Move EX-0140 down' })).toHaveFocus();
		await move(user, 'EX-0141', 'up', 3);
		expect(screen.getByRole('button', { name: 'Move EX-0141 up' })).toHaveFocus();
		// The return is already last: its down button is disabled.
		expect(screen.getByRole('button', { name: 'Move EX-0138 down' })).toBeDisabled();
		const desk = triageAlerts(PUMP_DESK_ALERTS, 10).map((r) => r.alert.id);
		expect(workingOrder()).toEqual(desk);
		screen.getByRole('button', { name: 'Check my order' }).focus();
		await user.keyboard(' ');
		expect(status()).toHaveTextContent(
			"All 6 in the desk's order: severity today first, then customer impact, then age."
		);
		expect(within(card('EX-0131')).getByText('✓ Right place.')).toBeVisible();
	});

	it('looks ahead to day 11: the return ages to 2 and the feedback follows the new day', async () => {
		const user = userEvent.setup();
		render(ExceptionTriage);
		const dayField = screen.getByLabelText('Today is day');
		await user.clear(dayField);
		await user.type(dayField, '11');
		expect(within(card('EX-0138')).getByText('2 (aged up)')).toBeVisible();
		expect(within(card('EX-0140')).getByText('fails today')).toBeVisible();
		await user.click(screen.getByRole('button', { name: 'Check my order' }));
		const grade = gradeTriage(
			PUMP_DESK_ALERTS,
			11,
			PUMP_DESK_ALERTS.map((a) => a.id)
		);
		expect(status()).toHaveTextContent(grade.summary);
		expect(screen.getByRole('table', { name: /on day 11/ })).toBeVisible();
	});

	it('explains an empty, too early or too late day, withholds the feedback, and does not crash', async () => {
		const user = userEvent.setup();
		render(ExceptionTriage);
		const dayField = screen.getByLabelText('Today is day');
		await user.clear(dayField);
		expect(dayField).toHaveAccessibleDescription(/The day is empty/);
		expect(status()).toHaveTextContent(
			"Enter a day from 10 to 13 to see each alert's severity today."
		);
		expect(screen.getByRole('button', { name: 'Check my order' })).toBeDisabled();
		expect(
			within(card('EX-0131')).getByText('Severity today').nextElementSibling
		).toHaveTextContent('–');
		await user.type(dayField, '9');
		expect(dayField).toHaveAccessibleDescription('The day must be at least 10.');
		await user.clear(dayField);
		await user.type(dayField, '99');
		expect(dayField).toHaveAccessibleDescription('The day cannot be more than 13.');
		await user.clear(dayField);
		await user.type(dayField, '-1');
		expect(dayField).toHaveAttribute('aria-invalid', 'true');
		expect(screen.queryByRole('table')).toBeNull();
		// Reordering still works while the day is wrong.
		await move(user, 'EX-0135', 'up', 1);
		expect(workingOrder().slice(0, 2)).toEqual(['EX-0135', 'EX-0131']);
		await user.click(screen.getByRole('button', { name: 'Start again, oldest first' }));
		expect(workingOrder()).toEqual(PUMP_DESK_ALERTS.map((a) => a.id));
	});
});
