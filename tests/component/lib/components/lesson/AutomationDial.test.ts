import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import AutomationDial from '../../../../../src/lib/components/lesson/AutomationDial.svelte';
import { deskAutomation, type DeskAutomationInput } from '../../../../../src/lib/sim/automation';

// Lesson 15's worked example: 400 orders a day, five people with 420 productive minutes each.
const desk = { ordersPerDay: 400, staff: 5, productiveMinutesPerPerson: 420 };
const levelA: DeskAutomationInput = {
	...desk,
	touchlessShare: 0.3,
	minutesPerHandledOrder: 7,
	minutesPerTouchlessOrder: 0,
	handledErrorRate: 0.025,
	touchlessErrorRate: 0.005
};
const levelB: DeskAutomationInput = {
	...desk,
	touchlessShare: 0.8,
	minutesPerHandledOrder: 12,
	minutesPerTouchlessOrder: 0.5,
	handledErrorRate: 0.03,
	touchlessErrorRate: 0.005
};
const num = (x: number, digits = 2) => x.toLocaleString('en-US', { maximumFractionDigits: digits });
const pct = (x: number) => `${num(x * 100)} %`;
const live = () =>
	screen.getByText(/touchless: .* orders a day reach a person|^Fix the highlighted/);

function resultRow(name: string | RegExp) {
	const table = screen.getByRole('table', { name: /Throughput and errors/ });
	const row = within(table).getByRole('rowheader', { name }).closest('tr')!;
	return within(row)
		.getAllByRole('cell')
		.map((c) => c.textContent!.trim());
}

async function retype(label: string, text: string) {
	const user = userEvent.setup();
	const field = screen.getByLabelText(label);
	await user.clear(field);
	if (text) await user.type(field, text);
	return field;
}

describe('AutomationDial', () => {
	it('opens at level A: 280 orders reach a person, 428.6 a day of capacity, 1.9 % errors', () => {
		render(AutomationDial);
		const a = deskAutomation(levelA);
		expect(screen.getByRole('radio', { name: '30 %' })).toBeChecked();
		expect(live()).toHaveTextContent(
			`30 % touchless: ${num(a.handledOrders, 1)} orders a day reach a person. 5 people can clear ${num(a.capacityOrdersPerDay, 1)} orders a day (utilization ${pct(a.utilization)}); ${pct(a.errorRate)} of orders leave with an error, ${num(a.ordersWithErrors, 1)} a day.`
		);
		expect(live()).toHaveTextContent('428.6 orders a day');
		expect(live()).toHaveTextContent('1.9 % of orders');
		expect(resultRow('Capacity, orders a day')).toEqual(['428.6', '428.6']);
		expect(resultRow('Staff needed (full-time equivalents)')).toEqual(['4.67', '4.67']);
	});

	it('loads level B: 750 orders a day of capacity and a 1 % error rate, beside level A', async () => {
		const user = userEvent.setup();
		render(AutomationDial);
		await user.click(screen.getByRole('button', { name: 'Level B: rules live' }));
		const a = deskAutomation(levelA);
		const b = deskAutomation(levelB);
		expect(screen.getByRole('radio', { name: '80 %' })).toBeChecked();
		expect(screen.getByLabelText('Minutes per handled order')).toHaveValue(12);
		expect(resultRow('Capacity, orders a day')).toEqual([
			num(b.capacityOrdersPerDay, 1),
			num(a.capacityOrdersPerDay, 1)
		]);
		expect(resultRow('Error rate')).toEqual([pct(b.errorRate), pct(a.errorRate)]);
		expect(resultRow('Utilization of 5 people')).toEqual([pct(b.utilization), pct(a.utilization)]);
		expect(live()).toHaveTextContent('80 % touchless: 80 orders a day reach a person.');
		expect(live()).toHaveTextContent('750 orders a day');
	});

	it('turns the dial with the arrow keys', async () => {
		const user = userEvent.setup();
		render(AutomationDial);
		screen.getByRole('radio', { name: '30 %' }).focus();
		await user.keyboard('{ArrowRight}');
		expect(screen.getByRole('radio', { name: '40 %' })).toBeChecked();
		const r = deskAutomation({ ...levelA, touchlessShare: 0.4 });
		expect(live()).toHaveTextContent(`40 % touchless: ${num(r.handledOrders, 1)} orders a day`);
		expect(resultRow('Orders with an error a day')[0]).toBe(num(r.ordersWithErrors, 1));
	});

	it('bad ship-to records at level B: touchless orders err more, so errors rise to 3.8 %', async () => {
		const user = userEvent.setup();
		render(AutomationDial);
		await user.click(screen.getByRole('button', { name: 'Level B: rules live' }));
		await user.click(screen.getByRole('button', { name: /Bad ship-to records/ }));
		const b = deskAutomation({ ...levelB, touchlessErrorRate: 0.04 });
		expect(pct(b.errorRate)).toBe('3.8 %');
		expect(resultRow('Error rate')[0]).toBe('3.8 %');
		expect(resultRow('Orders with an error a day')[0]).toBe(num(b.ordersWithErrors, 1));
		expect(live()).toHaveTextContent(
			'Touchless orders err more often than handled ones, so turning the dial up raises the error rate.'
		);
	});

	it('leaves no order touchless when a person checks the contract price on every order', async () => {
		const user = userEvent.setup();
		render(AutomationDial);
		const price = screen.getByRole('group', { name: 'Price matches the contract' });
		await user.click(within(price).getByRole('radio', { name: 'Person' }));
		expect(within(price).getByText('Against the three questions:')).toBeVisible();
		const r = deskAutomation({ ...levelA, touchlessShare: 0 });
		expect(live()).toHaveTextContent(
			`0 % touchless: ${num(r.handledOrders, 1)} orders a day reach a person.`
		);
		expect(live()).toHaveTextContent(
			'A person checks the contract price on every order, so no order is touchless.'
		);
		expect(resultRow('Touchless orders a day')[0]).toBe('0');
	});

	it('warns when a rule takes credit releases, against the three questions', async () => {
		const user = userEvent.setup();
		render(AutomationDial);
		const credit = screen.getByRole('group', {
			name: 'Release an order held over its credit limit'
		});
		await user.click(within(credit).getByRole('radio', { name: 'Rule' }));
		expect(live()).toHaveTextContent('Rules now take credit releases');
	});

	it('withholds the figures and says what is wrong with an empty, zero or too large entry', async () => {
		render(AutomationDial);
		const people = await retype('People on the desk', '');
		expect(people).toHaveAttribute('aria-invalid', 'true');
		expect(
			screen.getByText('Empty or not a number. Enter a whole number from 1 to 500.')
		).toBeVisible();
		expect(live()).toHaveTextContent('Fix the highlighted field to see the desk’s figures.');
		expect(screen.queryByRole('table', { name: /Throughput and errors/ })).not.toBeInTheDocument();
		await retype('People on the desk', '0');
		expect(screen.getByText(/^Too small\./)).toBeVisible();
		await retype('Handled orders with an error (%)', '120');
		expect(screen.getByText(/^Too large\. Enter a number from 0 to 100\./)).toBeVisible();
		await retype('Handled orders with an error (%)', '2.5');
		await retype('People on the desk', '4');
		const r = deskAutomation({ ...levelA, staff: 4 });
		expect(live()).toHaveTextContent(
			`4 people can clear ${num(r.capacityOrdersPerDay, 1)} orders a day`
		);
		expect(live()).toHaveTextContent(
			`The desk falls behind: the workload needs ${num(r.staffNeeded)} people.`
		);
	});
});
