import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import KpiExplorer from '../../../../../src/lib/components/lesson/KpiExplorer.svelte';
import {
	PUMP_QUARTER,
	PUMP_WEEK
} from '../../../../../src/lib/components/lesson/kpi-explorer-data';
import {
	cashToCashBreakdown,
	orderKpiBreakdown,
	orderKpiReading
} from '../../../../../src/lib/sim/kpi-breakdown';

const pct = (x: number) => `${(x * 100).toLocaleString('en-US', { maximumFractionDigits: 1 })} %`;
const clean = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();

/** The cells of a KPI row: formula, figures, result. */
function kpiRow(metric: string) {
	const table = screen.getByRole('table', { name: /Each order KPI/ });
	const row = within(table).getByRole('rowheader', { name: metric }).closest('tr')!;
	return within(row).getAllByRole('cell').map(clean);
}

function c2cRow(metric: RegExp) {
	const table = screen.getByRole('table', { name: /Days of inventory, receivables and payables/ });
	const row = within(table).getByRole('rowheader', { name: metric }).closest('tr')!;
	return within(row).getAllByRole('cell').map(clean);
}

async function retype(field: HTMLElement, text: string) {
	const user = userEvent.setup();
	await user.clear(field);
	if (text) await user.type(field, text);
}

describe('KpiExplorer', () => {
	it('opens on the lesson 18 week: each formula with the engine figures', () => {
		render(KpiExplorer);
		const k = orderKpiBreakdown(PUMP_WEEK.map((o) => ({ ...o })));
		expect(kpiRow('Unit fill rate').slice(1)).toEqual(['581 ÷ 595', pct(k.fill.unit)]);
		expect(kpiRow('Unit fill rate')[2]).toBe('97.6 %');
		expect(kpiRow('Line fill rate').slice(1)).toEqual(['14 ÷ 16', '87.5 %']);
		expect(kpiRow('Order fill rate').slice(1)).toEqual(['8 ÷ 10 (P-202 and P-204)', '80 %']);
		expect(kpiRow('Backorder rate').slice(1)).toEqual(['1 ÷ 10 (P-202)', '10 %']);
		expect(kpiRow('OTIF to commit date').slice(1)).toEqual(['7 ÷ 10', pct(k.otif.toCommit)]);
		expect(kpiRow('OTIF to request date').slice(1)).toEqual(['6 ÷ 10', '60 %']);
		expect(kpiRow('Order Fulfillment Cycle Time, mean').slice(1)).toEqual([
			'3, 11, 4, 4, 6, 4, 4, 4, 4, 4 over 10 orders',
			'4.8 days'
		]);
		expect(kpiRow('Order Fulfillment Cycle Time, 90th percentile').slice(1)).toEqual([
			'longest 11 days (P-202)',
			'6 days'
		]);
		expect(kpiRow('Return rate by units').slice(1)).toEqual(['6 ÷ 591', pct(k.returns!.unit)]);
		expect(kpiRow('Return rate by orders').slice(1)).toEqual(['1 ÷ 10', '10 %']);
		expect(screen.getByText(orderKpiReading(k))).toBeVisible();
		expect(
			screen.getByText(/^Fill rate: unit 97.6 %, line 87.5 %, order 80 %\./)
		).toHaveTextContent('OTIF 70 % to commit, 60 % to request.');
	});

	it('edits one order: P-205 delivered on its commit day lifts OTIF to 80 %', async () => {
		const user = userEvent.setup();
		render(KpiExplorer);
		await user.selectOptions(screen.getByLabelText('Order to edit'), 'P-205');
		const editor = screen.getByRole('group', { name: 'P-205: dates and lines' });
		await retype(within(editor).getByLabelText('Last delivery on day'), '6');
		const week = PUMP_WEEK.map((o) => (o.id === 'P-205' ? { ...o, deliveredDay: 6 } : o));
		const k = orderKpiBreakdown(week);
		expect(kpiRow('OTIF to commit date').slice(1)).toEqual([
			`${k.otif.onTimeInFullToCommit} ÷ 10`,
			pct(k.otif.toCommit)
		]);
		expect(pct(k.otif.toCommit)).toBe('80 %');
		expect(kpiRow('Order Fulfillment Cycle Time, mean')[2]).toBe(
			`${k.cycleTime.mean.toFixed(1)} days`
		);
		// The overview table follows the edit.
		const overview = screen.getByRole('table', { name: /The week's orders/ });
		const row = within(overview).getByRole('rowheader', { name: 'P-205' }).closest('tr')!;
		expect(within(row).getAllByRole('cell')[3]).toHaveTextContent('6');
	});

	it('ships the P-202 backorder on the first shipment: fill rates rise, no backorder left', async () => {
		const user = userEvent.setup();
		render(KpiExplorer);
		await user.selectOptions(screen.getByLabelText('Order to edit'), 'P-202');
		const line1 = screen.getByRole('group', { name: 'Line 1' });
		await retype(within(line1).getByLabelText('Backordered (still owed) (units)'), '0');
		await retype(within(line1).getByLabelText('First shipment (units)'), '100');
		const week = PUMP_WEEK.map((o) =>
			o.id === 'P-202'
				? { ...o, lines: [{ ordered: 100, shipped: 100, backordered: 0, returned: 0 }, o.lines[1]] }
				: o
		);
		const k = orderKpiBreakdown(week);
		expect(kpiRow('Unit fill rate').slice(1)).toEqual(['591 ÷ 595', pct(k.fill.unit)]);
		expect(kpiRow('Order fill rate')[2]).toBe(pct(k.fill.order));
		expect(kpiRow('Backorder rate').slice(1)).toEqual(['0 ÷ 10', '0 %']);
		await user.click(screen.getByRole('button', { name: "Back to the lesson's week" }));
		expect(kpiRow('Unit fill rate')[1]).toBe('581 ÷ 595');
	});

	it('works the quarter: DIO 30.0, DSO 31.0, DPO 20.0, cash-to-cash 41.0; a 365-day window inflates DSO', async () => {
		render(KpiExplorer);
		const c = cashToCashBreakdown(PUMP_QUARTER);
		expect(c2cRow(/DSO/)).toEqual([
			'Average receivables ÷ revenue × days',
			'1,240,000 ÷ 3,600,000 × 90',
			c.dso.toFixed(1)
		]);
		expect(c2cRow(/Cash-to-cash/).slice(1)).toEqual(['30.0 + 31.0 − 20.0', '41.0']);
		await retype(screen.getByLabelText('Days in the window'), '365');
		const year = cashToCashBreakdown({ ...PUMP_QUARTER, days: 365 });
		expect(c2cRow(/DSO/)[2]).toBe(year.dso.toFixed(1));
		expect(c2cRow(/DSO/)[2]).toBe('125.7');
		expect(
			screen.getByText(/^DIO 121.7, DSO 125.7, DPO 81.1: cash-to-cash 166.3 days\.$/)
		).toBeVisible();
	});

	it('explains empty, negative, too large and impossible figures without crashing', async () => {
		const user = userEvent.setup();
		render(KpiExplorer);
		const editor = screen.getByRole('group', { name: 'P-201: dates and lines' });
		const received = within(editor).getByLabelText('Received on day');
		await retype(received, '');
		expect(received).toHaveAccessibleDescription(/P-201's received on day is empty/);
		expect(
			screen.getByText('Fix one field to measure the week: P-201 received on day.')
		).toBeVisible();
		expect(screen.queryByRole('table', { name: /Each order KPI/ })).toBeNull();
		await retype(received, '1');

		const line1 = within(editor).getByRole('group', { name: 'Line 1' });
		const shipped = within(line1).getByLabelText('First shipment (units)');
		await retype(shipped, '-5');
		expect(shipped).toHaveAttribute('aria-invalid', 'true');
		await retype(shipped, '99999');
		expect(shipped).toHaveAccessibleDescription('Line 1 first shipment cannot be more than 9,999.');
		await retype(shipped, '45');
		expect(
			screen.getByText(
				'These figures cannot all be true: P-201 line 1: the first shipment (45) is more than the 40 ordered.'
			)
		).toBeVisible();
		await user.selectOptions(screen.getByLabelText('Order to edit'), 'P-203');
		expect(screen.getByRole('group', { name: 'P-203: dates and lines' })).toBeVisible();

		const revenue = screen.getByLabelText('Revenue ($)');
		await retype(revenue, '0');
		expect(revenue).toHaveAccessibleDescription('Revenue ($) must be at least 1.');
		expect(screen.getByText('Fix the highlighted field to work out the cycle.')).toBeVisible();
		expect(screen.queryByRole('table', { name: /Days of inventory/ })).toBeNull();
	});
});
