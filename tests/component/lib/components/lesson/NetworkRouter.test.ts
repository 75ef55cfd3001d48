import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import NetworkRouter from '../../../../../src/lib/components/lesson/NetworkRouter.svelte';
import { NETWORK } from '../../../../../src/lib/components/lesson/network-router-data';
import { routeOrder } from '../../../../../src/lib/sim/routing';
import { compareRoutingRules } from '../../../../../src/lib/sim/routing-comparison';

const dollars = (v: number) =>
	`$${v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const order = [
	{ sku: 'tent', qty: 1 },
	{ sku: 'bag', qty: 1 },
	{ sku: 'headlamp', qty: 2 }
];

function row(tableName: RegExp, name: RegExp): string[] {
	const table = screen.getByRole('table', { name: tableName });
	const header = within(table).getByRole('rowheader', { name });
	return within(header.closest('tr')!)
		.getAllByRole('cell')
		.map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
}
const rules = /^Every routing rule/;
const summary = () =>
	screen.getByText(/^(Lowest|Nearest|Fewest|Store pickup|The order|Fix)/, { selector: 'p' });

describe('NetworkRouter', () => {
	it('routes the lesson’s order W-5140 by lowest landed cost: DC and Store A, $30.30 in 2 days', () => {
		render(NetworkRouter);
		expect(screen.getByRole('radio', { name: 'Lowest landed cost' })).toBeChecked();
		const r = routeOrder(order, NETWORK, 'lowest-cost');
		expect(summary()).toHaveTextContent(
			`Lowest landed cost: 2 shipments (1 split) from Regional DC and Store A, ${dollars(r.totalCost)} in all (${dollars(r.parcelCost)} of parcels), arriving in 2 days.`
		);
		expect(dollars(r.totalCost)).toBe('$30.30');
		const shipments = within(screen.getByRole('list', { name: 'Shipments of this route' }))
			.getAllByRole('listitem')
			.map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
		expect(shipments).toEqual([
			'Shipment 1, Regional DC: 1 tent and 1 sleeping bag. Handling $3.00 + picking $0.80 + parcel $11.00 = $14.80; 2 days.',
			'Shipment 2, Store A: 2 headlamps. Handling $6.00 + picking $3.00 + parcel $6.50 = $15.50; 1 day.'
		]);
		// The map is an image with a text alternative, and the node table says the same.
		expect(
			screen.getByRole('img', { name: /This route uses Regional DC and Store A/ })
		).toBeInTheDocument();
		expect(row(/^The network's nodes/, /^Store B/)).toEqual([
			'1 day',
			'1 / 0 / 1',
			'$6.00',
			'$1.50',
			'$7.00',
			'Not used'
		]);
		const c = compareRoutingRules(order, NETWORK, 'Store A');
		expect(row(rules, /^Nearest node with stock/).slice(1)).toEqual([
			'2 (1)',
			dollars(c.byRule.nearest.parcelCost),
			dollars(c.byRule.nearest.totalCost),
			'1 day'
		]);
		expect(row(rules, /^Fewest splits/)).toEqual([
			'3PL site: 1 tent, 1 sleeping bag and 2 headlamps',
			'1 (0)',
			'$27.50',
			'$33.00',
			'5 days'
		]);
	});

	it('switches rule with the arrow keys, and completes store pickup with the tent shipped home', async () => {
		const user = userEvent.setup();
		render(NetworkRouter);
		screen.getByRole('radio', { name: 'Lowest landed cost' }).focus();
		await user.keyboard('{ArrowDown}');
		expect(screen.getByRole('radio', { name: 'Fewest splits' })).toBeChecked();
		expect(summary()).toHaveTextContent(
			'Fewest splits: 1 shipment (0 splits) from 3PL site, $33.00 in all'
		);
		await user.keyboard('{ArrowDown}');
		expect(screen.getByRole('radio', { name: 'Store pickup' })).toBeChecked();
		const { storePickup } = compareRoutingRules(order, NETWORK, 'Store A');
		expect(summary()).toHaveTextContent(
			`Store pickup at Store A: 1 sleeping bag and 2 headlamps ready today for ${dollars(storePickup.pickup.totalCost)}. The rest (1 tent) ships home from Regional DC at the lowest landed cost, ${dollars(storePickup.shipRest!.totalCost)} in 2 days: ${dollars(storePickup.totalCost)} in all.`
		);
		expect(dollars(storePickup.totalCost)).toBe('$24.90');
		expect(row(rules, /^Store pickup at Store A/)[0]).toBe(
			'Store A: 1 sleeping bag and 2 headlamps; not routed: 1 tent'
		);
		await user.selectOptions(
			screen.getByRole('combobox', { name: 'Pickup store (for store pickup)' }),
			'Store B'
		);
		const atB = compareRoutingRules(order, NETWORK, 'Store B').storePickup;
		expect(summary()).toHaveTextContent(`${dollars(atB.totalCost)} in all.`);
	});

	it('reports a line no node can ship whole, and the cost of what it can', async () => {
		const user = userEvent.setup();
		render(NetworkRouter);
		const headlamps = screen.getByRole('spinbutton', { name: 'Headlamps' });
		await user.clear(headlamps);
		await user.type(headlamps, '100');
		const lines = [order[0], order[1], { sku: 'headlamp', qty: 100 }];
		const r = routeOrder(lines, NETWORK, 'lowest-cost');
		expect(r.unrouted).toEqual([{ sku: 'headlamp', qty: 100 }]);
		expect(summary()).toHaveTextContent(
			`${dollars(r.totalCost)} in all (${dollars(r.parcelCost)} of parcels), arriving in ${r.deliveryDays} days. No node can ship 100 headlamps whole: backorder the line or split it by hand.`
		);
	});

	it('explains an empty order, a negative or too large quantity, without crashing', async () => {
		const user = userEvent.setup();
		render(NetworkRouter);
		for (const name of ['Tents', 'Sleeping bags', 'Headlamps']) {
			const field = screen.getByRole('spinbutton', { name });
			await user.clear(field);
			await user.type(field, '0');
		}
		expect(summary()).toHaveTextContent('The order needs at least one item to route.');
		expect(screen.getByRole('img', { name: /No node can ship this order/ })).toBeInTheDocument();
		expect(screen.queryByRole('table')).not.toBeInTheDocument();
		const tents = screen.getByRole('spinbutton', { name: 'Tents' });
		await user.clear(tents);
		await user.type(tents, '-1');
		expect(tents).toHaveAccessibleDescription('Tents cannot be negative.');
		await user.clear(tents);
		await user.type(tents, '1000');
		expect(tents).toHaveAccessibleDescription('Tents cannot be more than 999.');
		expect(summary()).toHaveTextContent('Fix the highlighted field to route the order.');
	});
});
