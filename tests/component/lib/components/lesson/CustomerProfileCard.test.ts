import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import CustomerProfileCard from '../../../../../src/lib/components/lesson/CustomerProfileCard.svelte';
import {
	AVAILABILITY,
	ORDER_ALONE,
	dayName,
	factsFrom
} from '../../../../../src/lib/components/lesson/customer-profile-data';
import {
	customerOrderDecision,
	type CustomerOrderSituation
} from '../../../../../src/lib/sim/customer-decision';

const situation = (over: Partial<CustomerOrderSituation> = {}): CustomerOrderSituation => ({
	qty: 240,
	requestedShipDay: 3,
	listPrice: 42,
	availability: AVAILABILITY,
	handlingDays: 1,
	abnormalDemandFactor: 3,
	credit: {
		creditLimit: 15_000,
		openReceivables: 4_800,
		openOrders: 0,
		pastDueAmount: 720,
		pastDueDays: 35,
		pastDueToleranceDays: 30
	},
	...over
});
const ALL_FACTS = {
	history: true,
	pipeline: true,
	shipComplete: true,
	appointment: true,
	openCase: true
};

/** The decision card for one area ("Quantity", "Shipment", "Price", "Credit"). */
function area(name: string) {
	const list = screen.getByRole('list', { name: 'Decisions on this order' });
	const item = within(list)
		.getAllByRole('listitem')
		.find((li) => li.textContent!.trim().startsWith(name));
	if (!item) throw new Error(`no decision for ${name}`);
	return item;
}

async function tick(...names: string[]) {
	const user = userEvent.setup();
	for (const n of names) await user.click(screen.getByRole('checkbox', { name: new RegExp(n) }));
}

describe('CustomerProfileCard', () => {
	it('starts from the order alone: hold, ship 150 and backorder 90, list price, credit hold', () => {
		render(CustomerProfileCard);
		const d = customerOrderDecision(situation(), factsFrom(ORDER_ALONE), { dayName });
		expect(area('Quantity')).toHaveTextContent('Hold as abnormal demand');
		expect(area('Quantity')).toHaveTextContent(d.quantity.reason);
		expect(area('Shipment')).toHaveTextContent('Ship 150 on Thursday, backorder 90');
		expect(area('Shipment')).toHaveTextContent(d.shipment.reason);
		expect(area('Price')).toHaveTextContent('List price $42.00');
		expect(area('Credit')).toHaveTextContent('Credit hold');
		expect(area('Credit')).toHaveTextContent(d.credit.reason);
		expect(area('Credit')).toHaveTextContent('Exposure if accepted $14,880.00');
		expect(screen.getByText(/^Same decisions as from the order alone\./)).toBeInTheDocument();
	});

	it('with every CRM fact, changes all four decisions as the lesson’s table does', async () => {
		render(CustomerProfileCard);
		await tick('Pipeline', 'Receiving', 'Delivery window', 'Open case');
		const d = customerOrderDecision(situation(), factsFrom(ALL_FACTS), { dayName });
		expect(area('Quantity')).toHaveTextContent('Accept as project demand');
		expect(area('Quantity')).toHaveTextContent(
			'Project demand for the master scheduler: 480 valves.'
		);
		expect(area('Shipment')).toHaveTextContent('Ship all 240 on Wednesday next week');
		expect(area('Shipment')).toHaveTextContent(d.shipment.reason);
		expect(area('Price')).toHaveTextContent('Contract price $36.00');
		expect(area('Price')).toHaveTextContent('overbilled by $1,440.00');
		expect(area('Credit')).toHaveTextContent('Route the case to credit');
		expect(area('Credit')).toHaveTextContent(
			`this order's $${d.credit.check.orderValue.toLocaleString('en-US')}.00`
		);
		expect(area('Credit')).toHaveTextContent('Changed: from the order alone, Credit hold');
		expect(
			screen.getByText(/The facts shown change 4 of 4 decisions made from the order alone/)
		).toBeInTheDocument();
	});

	it('one fact at a time: ship-complete alone moves only the shipment', async () => {
		render(CustomerProfileCard);
		await tick('Receiving');
		expect(area('Shipment')).toHaveTextContent(
			'Changed: from the order alone, Ship 150 on Thursday'
		);
		expect(area('Quantity')).toHaveTextContent('Same as from the order alone');
		expect(
			screen.getByText(/change 1 of 4 decisions made from the order alone \(shipment\)/)
		).toBeInTheDocument();
	});

	it('without the order history the quantity cannot be checked', async () => {
		render(CustomerProfileCard);
		await tick('Order history');
		expect(area('Quantity')).toHaveTextContent('Accept, unchecked');
	});

	it('a typed quantity and credit position reach the engine', async () => {
		const user = userEvent.setup();
		render(CustomerProfileCard);
		const qty = screen.getByLabelText('Order quantity (valves)');
		await user.clear(qty);
		await user.type(qty, '120');
		expect(area('Quantity')).toHaveTextContent('Accept');
		expect(area('Shipment')).toHaveTextContent('Ship all 120 on Thursday');

		await user.selectOptions(screen.getByLabelText('Credit rating'), 'low');
		expect(area('Credit')).toHaveTextContent('Release');

		const orders = screen.getByLabelText('Open orders not yet invoiced ($)');
		await user.clear(orders);
		await user.type(orders, '6000');
		const d = customerOrderDecision(
			situation({
				qty: 120,
				credit: { ...situation().credit, openOrders: 6000, pastDueToleranceDays: 60 }
			}),
			factsFrom(ORDER_ALONE),
			{ dayName }
		);
		expect(d.credit.decision).toBe('hold');
		expect(area('Credit')).toHaveTextContent(d.credit.reason);
		expect(area('Credit')).toHaveTextContent('$15,840.00, $840.00 over the $15,000.00 limit');
	});

	it('explains empty, negative and too large input and hides the decisions', async () => {
		const user = userEvent.setup();
		render(CustomerProfileCard);
		const qty = screen.getByLabelText('Order quantity (valves)');
		await user.clear(qty);
		expect(qty).toHaveAccessibleDescription(/The order quantity is empty/);
		expect(screen.getByText('Fix the highlighted field to see the decisions.')).toBeVisible();
		expect(screen.queryByRole('list', { name: 'Decisions on this order' })).toBeNull();
		await user.type(qty, '240');
		const receivables = screen.getByLabelText('Open receivables ($)');
		await user.clear(receivables);
		await user.type(receivables, '500');
		expect(receivables).toHaveAccessibleDescription('Open receivables must be at least 720.');
		await user.clear(receivables);
		await user.type(receivables, '-1');
		expect(receivables).toHaveAccessibleDescription(/must be at least 720/);
		const limit = screen.getByLabelText('Credit limit ($)');
		await user.clear(limit);
		await user.type(limit, '99999999');
		expect(limit).toHaveAccessibleDescription(/cannot be more than 10,000,000/);
		expect(screen.queryByRole('list', { name: 'Decisions on this order' })).toBeNull();
	});
});
