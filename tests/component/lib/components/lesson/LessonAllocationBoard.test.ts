import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import LessonAllocationBoard from '../../../../../src/lib/components/lesson/LessonAllocationBoard.svelte';
import { compareAllocationRules } from '../../../../../src/lib/sim/allocation-comparison';
import { VALVE_ORDERS } from '../../../../../src/lib/components/lesson/allocation-lesson-data';

const rate = (v: number) => `${(v * 100).toLocaleString('en-US', { maximumFractionDigits: 1 })} %`;

/** The cells of the row headed by `name` in the allocation table. */
function row(name: RegExp): string[] {
	const table = screen.getByRole('table');
	const header = within(table).getByRole('rowheader', { name });
	return within(header.closest('tr')!)
		.getAllByRole('cell')
		.map((c) => c.textContent!.trim());
}

const demands = (qty: number[], tiers = VALVE_ORDERS.map((o) => o.tier)) =>
	VALVE_ORDERS.map((o, i) => ({ id: o.id, qty: qty[i], priority: tiers[i] }));

describe('LessonAllocationBoard', () => {
	it('starts from the lesson’s worked example: 100 valves against 160 ordered', () => {
		render(LessonAllocationBoard);
		const c = compareAllocationRules(100, demands([40, 30, 50, 40]));
		expect(screen.getByRole('spinbutton', { name: 'Units available' })).toHaveValue(100);
		VALVE_ORDERS.forEach((o, i) => {
			const cells = row(new RegExp(`^${o.id}`));
			expect(cells.slice(2)).toEqual(
				(['fcfs', 'pro-rata', 'priority'] as const).map(
					(r) => `${c.byRule[r].allocation[i]} (${rate(c.byRule[r].fillRate[i])})`
				)
			);
		});
		// The lesson's table: O-2 gets 19 (63.3 %) pro-rata, O-3 nothing by priority.
		expect(row(/^O-2/)[3]).toBe('19 (63.3 %)');
		expect(row(/^O-3/)[4]).toBe('0 (0 %)');
		expect(row(/^Units shipped/)).toEqual(['100 (62.5 %)', '100 (62.5 %)', '100 (62.5 %)']);
		expect(row(/^Orders shipped complete/)).toEqual([
			'2 of 4 (50 %)',
			'0 of 4 (0 %)',
			'1 of 4 (25 %)'
		]);
		expect(screen.getByText(/100 of 160 units ship under every rule/)).toHaveTextContent(
			'(unit fill rate 62.5 %); the rule only decides who is short. Orders shipped complete: 2 by first come, first served; 0 by pro-rata; 1 by priority.'
		);
	});

	it('recomputes when the learner types a new supply, an order quantity and a tier', async () => {
		const user = userEvent.setup();
		render(LessonAllocationBoard);
		const supply = screen.getByRole('spinbutton', { name: 'Units available' });
		await user.clear(supply);
		await user.type(supply, '120');
		const kline = screen.getByRole('group', { name: /^O-3 Kline Industrial/ });
		const qty = within(kline).getByRole('spinbutton', { name: 'Ordered' });
		await user.clear(qty);
		await user.type(qty, '100');
		await user.selectOptions(within(kline).getByRole('combobox', { name: 'Tier' }), '1');
		const c = compareAllocationRules(120, demands([40, 30, 100, 40], [2, 1, 1, 2]));
		const cells = row(/^O-3/);
		expect(cells[0]).toBe('1');
		expect(cells[1]).toBe('100');
		expect(cells[2]).toBe(`${c.byRule.fcfs.allocation[2]} (${rate(c.byRule.fcfs.fillRate[2])})`);
		expect(cells[4]).toBe(
			`${c.byRule.priority.allocation[2]} (${rate(c.byRule.priority.fillRate[2])})`
		);
		expect(screen.getByText(/units ship under every rule/)).toHaveTextContent(
			`120 of 210 units ship under every rule (unit fill rate ${rate(c.byRule.fcfs.fillRates.unit)})`
		);
	});

	it('serves each tier by order date when asked: O-1 40 and O-4 30', async () => {
		const user = userEvent.setup();
		render(LessonAllocationBoard);
		await user.click(screen.getByRole('checkbox', { name: /serve each tier by order date/ }));
		expect(
			screen.getByRole('columnheader', { name: 'Priority, by order date within a tier' })
		).toBeInTheDocument();
		const c = compareAllocationRules(100, demands([40, 30, 50, 40]));
		expect(c.byRule['priority-by-order-date'].allocation).toEqual([40, 30, 0, 30]);
		expect(row(/^O-1/)[4]).toBe('40 (100 %)');
		expect(row(/^O-4/)[4]).toBe('30 (75 %)');
	});

	it('says so when supply covers every order', async () => {
		const user = userEvent.setup();
		render(LessonAllocationBoard);
		const supply = screen.getByRole('spinbutton', { name: 'Units available' });
		await user.clear(supply);
		await user.type(supply, '500');
		expect(screen.getByText(/Supply covers all 160 units ordered/)).toBeInTheDocument();
		expect(row(/^Orders shipped complete/)).toEqual(Array(3).fill('4 of 4 (100 %)'));
	});

	it('explains an empty, negative or too large entry and withholds the table', async () => {
		const user = userEvent.setup();
		render(LessonAllocationBoard);
		const supply = screen.getByRole('spinbutton', { name: 'Units available' });
		await user.clear(supply);
		expect(supply).toHaveAccessibleDescription(/Units available is empty/);
		expect(supply).toHaveAttribute('aria-invalid', 'true');
		expect(screen.queryByRole('table')).not.toBeInTheDocument();
		expect(
			screen.getByText('Fix the highlighted field to see the allocation.')
		).toBeInTheDocument();
		await user.type(supply, '-5');
		expect(supply).toHaveAccessibleDescription('Units available cannot be negative.');
		const qty = within(screen.getByRole('group', { name: /^O-1/ })).getByRole('spinbutton', {
			name: 'Ordered'
		});
		await user.clear(qty);
		await user.type(qty, '0');
		expect(qty).toHaveAccessibleDescription('O-1 ordered must be at least 1.');
		await user.clear(qty);
		await user.type(qty, '10001');
		expect(qty).toHaveAccessibleDescription('O-1 ordered cannot be more than 10,000.');
		await user.click(screen.getByRole('button', { name: 'Restore the worked example' }));
		expect(screen.getByRole('spinbutton', { name: 'Units available' })).toHaveValue(100);
		expect(row(/^O-2/)[3]).toBe('19 (63.3 %)');
	});
});
