import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import CollaborationSimulator from '../../../../../src/lib/components/lesson/CollaborationSimulator.svelte';
import { PILOT } from '../../../../../src/lib/components/lesson/collaboration-data';
import {
	forecastSharing,
	forecastSharingReading
} from '../../../../../src/lib/sim/forecast-sharing';

const BASE = {
	actual: [...PILOT.oemOrders],
	own: [...PILOT.ownForecast],
	shared: [...PILOT.sharedForecast],
	serviceLevel: 0.95,
	leadTime: 4,
	leadTimeSigma: 0
};
const clean = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();
const fmt = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** Own and shared figures of a measure. */
function measure(name: string) {
	const table = screen.getByRole('table', { name: /Each forecast's accuracy/ });
	const row = within(table).getByRole('rowheader', { name }).closest('tr')!;
	return within(row).getAllByRole('cell').slice(1).map(clean);
}

async function retype(field: HTMLElement, text: string) {
	const user = userEvent.setup();
	await user.clear(field);
	if (text) await user.type(field, text);
}

describe('CollaborationSimulator', () => {
	it('opens on the lesson 19 pilot: MAD 20 and 8, safety stock 83 and 33', () => {
		render(CollaborationSimulator);
		const r = forecastSharing(BASE);
		expect(measure('Mean absolute deviation (MAD)')).toEqual(['20', '8']);
		expect(measure('Mean absolute percentage error (MAPE)')).toEqual(['20.95 %', '8.76 %']);
		expect(measure('Bias')).toEqual(['0', '−2']);
		expect(measure('Tracking signal')).toEqual(['0', '−1.5']);
		expect(measure('Sigma per week')).toEqual(['25', '10']);
		expect(measure('Safety stock')).toEqual([fmt(r.own.safetyStock), fmt(r.shared.safetyStock)]);
		expect(measure('Safety stock')).toEqual(['82.25', '32.9']);
		expect(measure('Safety stock to hold (units)')).toEqual(['83', '33']);
		expect(
			screen.getByText('Safety stock at z 1.645: own forecast 83 units, shared forecast 33 units.')
		).toBeVisible();
		expect(screen.getByText(forecastSharingReading(r))).toBeVisible();
		// The error columns come from the engine: orders minus forecast.
		const pilot = screen.getByRole('table', { name: /The six-week pilot/ });
		const week1 = within(pilot).getByRole('rowheader', { name: '1' }).closest('tr')!;
		expect(within(week1).getAllByRole('cell').map(clean).filter(Boolean)).toEqual(['25', '8']);
	});

	it('a lead-time spread of half a week: 117 and 89, and the lead-time term dominates', async () => {
		render(CollaborationSimulator);
		await retype(screen.getByLabelText('Spread of actual lead times (weeks)'), '0.5');
		const r = forecastSharing({ ...BASE, leadTimeSigma: 0.5 });
		expect(measure('Safety stock to hold (units)')).toEqual(['117', '89']);
		expect(measure('Lead-time term')).toEqual(['2,500', '2,500']);
		expect(measure('Demand term')).toEqual([fmt(r.own.demandTerm), '400']);
		expect(measure('Sigma over the lead time')).toEqual(['70.7', '53.9']);
		expect(screen.getByText(/its reliability decides the rest/)).toHaveTextContent(
			forecastSharingReading(r)
		);
		await retype(screen.getByLabelText('Spread of actual lead times (weeks)'), '0.2');
		expect(measure('Safety stock to hold (units)')[1]).toBe('47');
	});

	it('edits a forecast in the grid with the keyboard; Enter moves down the column', async () => {
		const user = userEvent.setup();
		render(CollaborationSimulator);
		const cell = screen.getByLabelText('Shared forecast, week 1');
		await retype(cell, '125');
		await user.keyboard('{Enter}');
		expect(screen.getByLabelText('Shared forecast, week 2')).toHaveFocus();
		const r = forecastSharing({ ...BASE, shared: [125, ...PILOT.sharedForecast.slice(1)] });
		expect(measure('Mean absolute deviation (MAD)')[1]).toBe(fmt(r.shared.accuracy.mad));
		expect(measure('Safety stock to hold (units)')[1]).toBe(String(r.shared.safetyStockUnits));
		await retype(screen.getByLabelText('Cycle service level (%)'), '99');
		const r99 = forecastSharing({
			...BASE,
			shared: [125, ...PILOT.sharedForecast.slice(1)],
			serviceLevel: 0.99
		});
		expect(r99.z).toBe(2.326);
		expect(measure('Safety stock to hold (units)')).toEqual([
			String(r99.own.safetyStockUnits),
			String(r99.shared.safetyStockUnits)
		]);
	});

	it('shows who plans, orders and owns under each arrangement, with the arrow keys', async () => {
		const user = userEvent.setup();
		render(CollaborationSimulator);
		const vmi = screen.getByRole('radio', { name: 'VMI' });
		expect(vmi).toBeChecked();
		expect(screen.getByText('Owns the stock at the customer').nextElementSibling).toHaveTextContent(
			'Customer, under the terms of sale'
		);
		vmi.focus();
		await user.keyboard('{ArrowRight}');
		expect(screen.getByRole('radio', { name: 'Consignment' })).toBeChecked();
		expect(screen.getByText('Owns the stock at the customer').nextElementSibling).toHaveTextContent(
			'Supplier, until use or sale'
		);
	});

	it('explains empty, negative and too large entries and withholds the figures', async () => {
		render(CollaborationSimulator);
		const cell = screen.getByLabelText('OEM orders, week 3');
		await retype(cell, '');
		expect(cell).toHaveAccessibleDescription(/OEM orders, week 3: Empty or not a number/);
		expect(
			screen.getByText('Fix one figure in the pilot table: OEM orders, week 3.')
		).toBeVisible();
		expect(screen.queryByRole('table', { name: /Each forecast's accuracy/ })).toBeNull();
		await retype(cell, '-5');
		expect(cell).toHaveAccessibleDescription(/Must not be negative/);
		await retype(cell, '115');

		const level = screen.getByLabelText('Cycle service level (%)');
		await retype(level, '100');
		expect(level).toHaveAccessibleDescription('The cycle service level cannot be more than 99.9.');
		expect(screen.getByText('Fix the highlighted field to size the safety stock.')).toBeVisible();
		await retype(level, '95');
		const lead = screen.getByLabelText('Lead time (weeks)');
		await retype(lead, '0');
		expect(lead).toHaveAccessibleDescription('The lead time must be at least 1.');
		await retype(lead, '4');
		expect(measure('Safety stock to hold (units)')).toEqual(['83', '33']);
	});
});
