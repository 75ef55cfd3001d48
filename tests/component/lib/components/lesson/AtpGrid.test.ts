import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import AtpGrid from '../../../../../src/lib/components/lesson/AtpGrid.svelte';
import { THERMOSTAT_RECORD } from '../../../../../src/lib/components/lesson/atp-worked-example';
import {
	explainPeriod,
	formatUnits,
	masterScheduleRows,
	recordSummary
} from '../../../../../src/lib/sim/master-schedule-record';
import type { AtpInput } from '../../../../../src/lib/sim/types';

// Lesson 4's thermostat record: 40 on hand, lots of 80 in weeks 2, 4, 6 and 8, forecast 35,
// demand time fence after week 2. Every figure the grid shows must be the engine's.
const record: AtpInput = {
	...THERMOSTAT_RECORD,
	forecast: [...THERMOSTAT_RECORD.forecast],
	customerOrders: [...THERMOSTAT_RECORD.customerOrders],
	mps: [...THERMOSTAT_RECORD.mps]
};
const WEEK = { periodName: 'week' };
const ROWS = {
	pab: 'PAB',
	discrete: 'Discrete ATP',
	discreteLookAhead: 'Discrete ATP with look-ahead',
	cumulative: 'Cumulative ATP without look-ahead',
	cumulativeLookAhead: 'Cumulative ATP with look-ahead'
} as const;

const grid = () => screen.getByRole('table', { name: /thermostat master schedule record/i });
const cell = (name: string) => screen.getByRole('spinbutton', { name });

/** The figures of one result row, by its row header. */
function figures(rowName: string): string[] {
	const row = within(grid())
		.getAllByRole('row')
		.find((r) => within(r).queryByRole('rowheader', { name: rowName }));
	if (!row) throw new Error(`no row ${rowName}`);
	return within(row)
		.getAllByRole('cell')
		.map((c) => c.textContent!.trim());
}

function expectRows(input: AtpInput, options: { holdBack?: number } = {}) {
	const rows = masterScheduleRows(input, options);
	for (const [key, name] of Object.entries(ROWS)) {
		expect(figures(name), name).toEqual(rows[key as keyof typeof ROWS].map(formatUnits));
	}
}

const summary = () => screen.getByRole('status');

async function retype(user: ReturnType<typeof userEvent.setup>, name: string, text: string) {
	const input = cell(name);
	await user.clear(input);
	if (text) await user.type(input, text);
}

describe('AtpGrid', () => {
	it('opens on the worked example with every row the engine computes', () => {
		render(AtpGrid);
		expectRows(record);
		// The lesson's figures, spelled out: the week-4 lot is oversold by 30.
		expect(figures(ROWS.discrete)).toEqual(['15', '25', '0', '−30', '0', '65', '0', '80']);
		expect(figures(ROWS.cumulativeLookAhead)).toEqual([
			'10',
			'10',
			'10',
			'10',
			'10',
			'75',
			'75',
			'155'
		]);
		expect(summary()).toHaveTextContent(recordSummary(record, WEEK));
		expect(summary()).toHaveAttribute('aria-live', 'polite');
		expect(cell('Customer orders, week 4')).toHaveValue(70);
		expect(screen.getByLabelText('Demand time fence')).toHaveValue('2');
	});

	it('recomputes PAB and every ATP row live when an order is typed in', async () => {
		const user = userEvent.setup();
		render(AtpGrid);
		await retype(user, 'Customer orders, week 4', '50');
		const edited = { ...record, customerOrders: [25, 20, 35, 50, 40, 10, 5, 0] };
		expectRows(edited);
		expect(summary()).toHaveTextContent(recordSummary(edited, WEEK));
		// 80 - (50 + 40) = -10: still oversold, but less.
		expect(figures(ROWS.discrete)[3]).toBe('−10');
	});

	it('moves down and up a week column with Enter and Shift+Enter, and explains the week in focus', async () => {
		const user = userEvent.setup();
		render(AtpGrid);
		await user.click(cell('Forecast, week 4'));
		await user.keyboard('{Enter}');
		expect(cell('Customer orders, week 4')).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(cell('MPS receipts, week 4')).toHaveFocus();
		await user.keyboard('{Shift>}{Enter}{/Shift}');
		expect(cell('Customer orders, week 4')).toHaveFocus();
		// Tab moves along the row.
		await user.tab();
		expect(cell('Customer orders, week 5')).toHaveFocus();

		const detail = screen.getByRole('region', { name: 'How week 5 is worked out' });
		const explanation = explainPeriod(record, 5, WEEK);
		for (const text of [
			explanation.demandReason,
			explanation.pab,
			explanation.discrete,
			explanation.discreteLookAhead,
			explanation.cumulative,
			explanation.cumulativeLookAhead
		]) {
			expect(within(detail).getByText(text)).toBeInTheDocument();
		}
	});

	it('picks a week to explain from the list', async () => {
		const user = userEvent.setup();
		render(AtpGrid);
		await user.selectOptions(screen.getByLabelText('Explain week'), 'Week 4');
		const detail = screen.getByRole('region', { name: 'How week 4 is worked out' });
		expect(detail).toHaveTextContent(explainPeriod(record, 4, WEEK).discrete);
		expect(detail).toHaveTextContent('80 − orders due in weeks 4–5 (70 + 40)');
	});

	it('moves the demand time fence: with none, unconsumed forecast shows a phantom shortage', async () => {
		const user = userEvent.setup();
		render(AtpGrid);
		await user.selectOptions(
			screen.getByLabelText('Demand time fence'),
			'None: forecast counts every week'
		);
		expectRows({ ...record, demandTimeFence: 0 });
		expect(figures(ROWS.pab)[4]).toBe('−15');
	});

	it('holds safety stock back from ATP, and shows the textbook running sum on request', async () => {
		const user = userEvent.setup();
		render(AtpGrid);
		await retype(user, 'Safety stock held back', '10');
		expectRows(record, { holdBack: 10 });
		expect(figures(ROWS.cumulativeLookAhead)).toEqual(['0', '0', '0', '0', '0', '65', '65', '145']);
		expect(summary()).toHaveTextContent(recordSummary(record, { ...WEEK, holdBack: 10 }));

		await user.click(screen.getByRole('checkbox', { name: /running sum of discrete ATP/ }));
		const trap = 'Running sum of discrete ATP (not a Dictionary form)';
		expect(figures(trap)).toEqual(
			masterScheduleRows(record, { holdBack: 10 }).discreteRunningSum.map(formatUnits)
		);
	});

	it('says which entry is wrong for an empty, negative or too large figure, and waits for it', async () => {
		const user = userEvent.setup();
		render(AtpGrid);
		await retype(user, 'Customer orders, week 4', '');
		expect(cell('Customer orders, week 4')).toHaveAttribute('aria-invalid', 'true');
		expect(cell('Customer orders, week 4')).toHaveAccessibleDescription(
			/Customer orders, week 4: Empty or not a number\. Enter a whole number from 0 to 99,999\./
		);
		expect(summary()).toHaveTextContent(
			'Fix one entry to update the record: Customer orders, week 4.'
		);
		expect(figures(ROWS.pab)).toEqual(Array(8).fill('–'));
		expect(screen.getByText(/once every entry of the record is valid/)).toBeInTheDocument();

		await user.type(cell('Customer orders, week 4'), '-5');
		expect(cell('Customer orders, week 4')).toHaveAccessibleDescription(/Must not be negative/);
		await retype(user, 'MPS receipts, week 2', '100000');
		expect(screen.getByText(/MPS receipts, week 2: Too large/)).toBeInTheDocument();
		expect(summary()).toHaveTextContent(/Fix 2 entries/);

		await retype(user, 'On hand at the start of week 1', '');
		expect(screen.getByLabelText('On hand at the start of week 1')).toHaveAccessibleDescription(
			/Empty or not a number/
		);

		await user.click(screen.getByRole('button', { name: 'Reset to the worked example' }));
		expectRows(record);
		expect(cell('Customer orders, week 4')).toHaveValue(70);
	});
});
