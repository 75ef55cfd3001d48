import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import FulfillmentComparator from '../../../../../src/lib/components/lesson/FulfillmentComparator.svelte';
import {
	DISTRIBUTION_METHODS,
	PUMP_STAGES
} from '../../../../../src/lib/components/lesson/fulfillment-strategies';
import {
	compareDecouplingPoints,
	distributionLeadTime,
	engineerToOrderSplit
} from '../../../../../src/lib/sim/fulfillment-comparison';

const options = { orderProcessingDays: 1, shippingDays: 3 };
const figure = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 2 });

function row(tableName: RegExp, name: RegExp): string[] {
	const table = screen.getByRole('table', { name: tableName });
	const header = within(table).getByRole('rowheader', { name });
	return within(header.closest('tr')!)
		.getAllByRole('cell')
		.map((c) => c.textContent!.trim());
}
const environments = /^Every environment on this chain/;

describe('FulfillmentComparator', () => {
	it('starts at assemble-to-order in the lesson’s CP pump example: 10 days, 28 of 34 on forecast', () => {
		render(FulfillmentComparator);
		expect(screen.getByRole('radio', { name: 'Assemble-to-order' })).toBeChecked();
		const c = compareDecouplingPoints(PUMP_STAGES, 12, options);
		expect(screen.getByText(/^Assemble-to-order: the customer waits/)).toHaveTextContent(
			`the customer waits ${c.points[2].customerLeadTime} days, within the 12 customers accept; the forecast drives ${c.points[2].forecastDrivenDays} of the chain's ${c.points[2].cumulativeLeadTime} days.`
		);
		expect(row(environments, /^Make-to-order, material bought/).slice(1)).toEqual([
			'0',
			'34',
			'38',
			'No'
		]);
		expect(row(environments, /^Make-to-stock/).slice(1)).toEqual(['34', '0', '4', 'Yes']);
		const eto = engineerToOrderSplit(
			{ name: 'Engineer the pump', days: 15 },
			PUMP_STAGES,
			12,
			options
		);
		expect(row(environments, /^Engineer-to-order/)[3]).toBe(String(eto.customerLeadTime));
		expect(eto.customerLeadTime).toBe(53);
		expect(
			screen.getByText(/The most upstream point within 12 days is assemble-to-order, at 10 days/)
		).toBeInTheDocument();
		const chain = screen.getByRole('list', { name: 'The chain, in flow order' });
		const items = within(chain)
			.getAllByRole('listitem')
			.map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
		expect(items[0]).toBe('On forecast Buy castings and motors: 20 days');
		expect(items[2]).toContain('machined parts and motors wait in stock');
		expect(items[3]).toBe('Waits for the order Assemble and test the pump end: 4 days');
	});

	it('moves the point with the arrow keys and with a new accepted lead time', async () => {
		const user = userEvent.setup();
		render(FulfillmentComparator);
		const ato = screen.getByRole('radio', { name: 'Assemble-to-order' });
		ato.focus();
		await user.keyboard('{ArrowDown}');
		expect(screen.getByRole('radio', { name: 'Configure-to-order (postponement)' })).toBeChecked();
		expect(
			screen.getByText(/^Configure-to-order \(postponement\): the customer waits 6 days/)
		).toBeInTheDocument();

		const accepted = screen.getByRole('spinbutton', { name: 'Customers accept' });
		await user.clear(accepted);
		await user.type(accepted, '7');
		// Self-check 2: at 7 days the point moves to configure-to-order, 32 days on forecast.
		const c = compareDecouplingPoints(PUMP_STAGES, 7, options);
		expect(c.mostUpstream?.decouplingPoint).toBe(3);
		expect(
			screen.getByText(
				/The most upstream point within 7 days is configure-to-order \(postponement\), at 6 days/
			)
		).toBeInTheDocument();
		expect(row(environments, /^Assemble-to-order/)[4]).toBe('No');

		const machining = screen.getByRole('spinbutton', { name: 'Machine casings and impellers' });
		await user.clear(machining);
		await user.type(machining, '3.5');
		const edited = PUMP_STAGES.map((s, i) => (i === 1 ? { ...s, days: 3.5 } : s));
		const e = compareDecouplingPoints(edited, 7, options);
		expect(row(environments, /^Make-to-order$/).slice(1, 4)).toEqual(
			[
				e.points[1].forecastDrivenDays,
				e.points[1].orderDrivenDays,
				e.points[1].customerLeadTime
			].map(figure)
		);
	});

	it('keeps distribution methods separate, each with its lead time from the engine', async () => {
		const user = userEvent.setup();
		render(FulfillmentComparator);
		for (const m of DISTRIBUTION_METHODS) {
			expect(row(/^Lead time, inventory, margin and control/, new RegExp(`^${m.name}`))[0]).toBe(
				figure(distributionLeadTime(m.chain).customerLeadTime)
			);
		}
		await user.click(screen.getByRole('radio', { name: 'Drop shipment' }));
		const drop = DISTRIBUTION_METHODS.find((m) => m.id === 'drop-ship')!;
		expect(screen.getByText(/^Drop shipment: the customer waits/)).toHaveTextContent(
			`waits ${figure(distributionLeadTime(drop.chain).customerLeadTime)} days; inventory we carry: none`
		);
		expect(screen.getByRole('radio', { name: 'Assemble-to-order' })).toBeChecked();
	});

	it('explains an empty or negative lead time and withholds the figures', async () => {
		const user = userEvent.setup();
		render(FulfillmentComparator);
		const accepted = screen.getByRole('spinbutton', { name: 'Customers accept' });
		await user.clear(accepted);
		expect(accepted).toHaveAccessibleDescription(/Accepted lead time is empty/);
		expect(
			screen.getByText('Fix the highlighted field to see the lead times.')
		).toBeInTheDocument();
		expect(screen.queryByRole('table', { name: environments })).not.toBeInTheDocument();
		await user.type(accepted, '2');
		expect(
			screen.getByText(/No environment meets 2 days: even make-to-stock takes 4/)
		).toBeInTheDocument();
		const buy = screen.getByRole('spinbutton', { name: 'Buy castings and motors' });
		await user.clear(buy);
		await user.type(buy, '-1');
		expect(buy).toHaveAccessibleDescription('Buy castings and motors cannot be negative.');
		await user.clear(buy);
		await user.type(buy, '400');
		expect(buy).toHaveAccessibleDescription('Buy castings and motors cannot be more than 365.');
	});
});
