import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import ParetoImprovement from '../../../../../src/lib/components/lesson/ParetoImprovement.svelte';
import {
	ORDERS_SHIPPED,
	OTHER,
	PUMP_FAILURES
} from '../../../../../src/lib/components/lesson/pareto-improvement-data';
import {
	improvementCheck,
	measureMonth,
	type MonthFailures
} from '../../../../../src/lib/sim/improvement-check';

const month = (key: 'march' | 'april', change: Record<string, number> = {}): MonthFailures => ({
	orders: ORDERS_SHIPPED[key],
	causes: PUMP_FAILURES.map((c) => ({
		cause: c.cause,
		component: c.component,
		count: change[c.cause] ?? c[key]
	}))
});
const clean = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();
const pct = (x: number, d: number) => `${(x * 100).toFixed(d)} %`;

function ranked(month: string) {
	const table = screen.getByRole('table', { name: new RegExp(`^${month}'s \\d+ failed orders`) });
	return within(table)
		.getAllByRole('row')
		.slice(1)
		.map((tr) =>
			within(tr).getAllByRole('cell').concat(within(tr).getAllByRole('rowheader')).map(clean)
		);
}

function checkRow(name: string | RegExp) {
	const table = screen.getByRole('table', { name: 'Before and after one PDCA cycle' });
	const row = within(table).getByRole('rowheader', { name }).closest('tr')!;
	return within(row).getAllByRole('cell').map(clean);
}

async function retype(field: HTMLElement, text: string) {
	const user = userEvent.setup();
	await user.clear(field);
	if (text) await user.type(field, text);
}

// jsdom lays nothing out, so nothing is ever on screen: ChartFigure keeps chart.js unloaded,
// as a browser does until the chart scrolls into view. The figures are in the tables.
beforeAll(() => {
	vi.stubGlobal(
		'IntersectionObserver',
		class {
			observe() {}
			unobserve() {}
			disconnect() {}
			takeRecords() {
				return [];
			}
		}
	);
});
afterAll(() => {
	vi.unstubAllGlobals();
});

describe('ParetoImprovement', () => {
	it('opens on March: the lesson 20 Pareto, three vital few causes reaching 81.25 %', () => {
		render(ParetoImprovement);
		const p = measureMonth(month('march'), OTHER).pareto!;
		const rows = ranked('March');
		// Cells come first (rank, component, orders, share, cumulative, vital few), then the cause.
		expect(rows.map((r) => r.at(-1))).toEqual(p.rows.map((r) => r.cause));
		expect(rows.map((r) => r[3])).toEqual(p.rows.map((r) => pct(r.share, 2)));
		expect(rows.map((r) => r[4])).toEqual([
			'43.75 %',
			'68.75 %',
			'81.25 %',
			'89.58 %',
			'95.83 %',
			'97.92 %',
			'100.00 %'
		]);
		expect(rows.map((r) => r[5])).toEqual(['Yes', 'Yes', 'Yes', 'No', 'No', 'No', 'No']);
		expect(
			screen.getByText(
				'March: 3 of 7 causes make up 81.25 % of the 48 failed orders; start with "Invoice price not the contract price" (43.75 %).'
			)
		).toBeVisible();
		// The chart comes with its table of figures.
		expect(
			screen.getByRole('img', { name: /Pareto of March's perfect-order failures/ })
		).toBeVisible();
		expect(
			screen.getByRole('region', { name: /Pareto of March's perfect-order failures: table/ })
		).toBeInTheDocument();
	});

	it('checks the pricing countermeasure: 88.0 % to 92.4 %, documentation 94.5 % to 99.0 %', () => {
		render(ParetoImprovement);
		const c = improvementCheck(month('march'), month('april'), PUMP_FAILURES[0].cause, {
			otherLast: OTHER
		});
		expect(checkRow('Imperfect orders')).toEqual(['48', '31']);
		expect(checkRow(/^Of which/)).toEqual(['21', '3']);
		expect(checkRow('Documentation accuracy')).toEqual(['94.5 %', '99.0 %']);
		expect(checkRow('Perfect Order Fulfillment (count)')).toEqual([
			pct(c.before.perfect.rate, 1),
			pct(c.after.perfect.rate, 1)
		]);
		expect(checkRow('Perfect Order Fulfillment (count)')).toEqual(['88.0 %', '92.4 %']);
		expect(screen.getByText(c.reading)).toBeVisible();
		expect(c.reading).toContain(
			'Next cycle: "Short shipment, inventory record wrong", now 13 of 31'
		);
	});

	it('shows April’s Pareto with the arrow keys, and follows a typed count', async () => {
		const user = userEvent.setup();
		render(ParetoImprovement);
		screen.getByRole('radio', { name: /March/ }).focus();
		await user.keyboard('{ArrowRight}');
		expect(screen.getByRole('radio', { name: /April/ })).toBeChecked();
		const april = measureMonth(month('april'), OTHER).pareto!;
		expect(ranked('April')[0].at(-1)).toBe('Short shipment, inventory record wrong');
		expect(ranked('April')[0][3]).toBe(pct(april.rows[0].share, 2));

		await retype(screen.getByLabelText('April, Carrier late'), '20');
		const changed = month('april', { 'Carrier late': 20 });
		const p = measureMonth(changed, OTHER).pareto!;
		expect(ranked('April').map((r) => r.at(-1))).toEqual(p.rows.map((r) => r.cause));
		const c = improvementCheck(month('march'), changed, PUMP_FAILURES[0].cause, {
			otherLast: OTHER
		});
		expect(c.balancing.rose).toBe(true);
		expect(screen.getByText(/check whether the change moved the problem/)).toHaveTextContent(
			c.reading
		);
	});

	it('follows another targeted cause chosen in the list', async () => {
		const user = userEvent.setup();
		render(ParetoImprovement);
		await user.selectOptions(screen.getByLabelText('Cause the team worked on'), 'Carrier late');
		expect(checkRow(/^Of which: Carrier late/)).toEqual(['4', '4']);
		expect(screen.getByText(/did not fall \(4 to 4\)/)).toBeVisible();
	});

	it('explains empty, negative, too large and impossible counts without crashing', async () => {
		render(ParetoImprovement);
		const shipped = screen.getByLabelText('March orders shipped');
		await retype(shipped, '');
		expect(shipped).toHaveAccessibleDescription(/March orders shipped: Empty or not a number/);
		expect(screen.getByText('Fix one figure: March orders shipped.')).toBeVisible();
		expect(screen.queryByRole('table', { name: /failed orders ranked/ })).toBeNull();
		expect(screen.queryByRole('table', { name: /Before and after/ })).toBeNull();
		await retype(shipped, '40');
		expect(
			screen.getByText('March: 48 failed orders are more than the 40 orders shipped.')
		).toBeVisible();
		await retype(shipped, '400');

		const count = screen.getByLabelText('March, Damaged in transit');
		await retype(count, '-2');
		expect(count).toHaveAccessibleDescription(/Must not be negative/);
		await retype(count, '123456');
		expect(count).toHaveAccessibleDescription(/Too large/);
		await retype(count, '3');
		expect(checkRow('Perfect Order Fulfillment (count)')).toEqual(['88.0 %', '92.4 %']);
	});
});
