// The desk's queues beside the inbox: exceptions, returns, disruption headlines, stock and
// receipts, each acting through the engine and showing its refusals.
import { screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { money } from '../../../../../src/lib/format';
import { vecGet } from '../../../../../src/lib/sim';
import { testScenario } from '../../../../unit/lib/sim/world/fixture';
import { contentScenario } from '../../../../unit/lib/sim/world/desk-fixture';
import { days, renderDesk } from './render-desk';

/** Returns desk: Fairbanks's order shipped on day 1; the PC-20 recall brings RMA-0001 on day 10. */
const recallRun = [
	{ type: 'order.validate', orderId: 'SO-0001' },
	{ type: 'order.correct', orderId: 'SO-0001', code: 'abnormal-demand' },
	{ type: 'order.promise', orderId: 'SO-0001' },
	{ type: 'order.allocate', orderId: 'SO-0001' },
	{ type: 'order.ship', orderId: 'SO-0001' },
	...days(9)
] as const;

describe('the exception queue', () => {
	it('shows the late receipt with its severity, age and actions, and expedites it', async () => {
		const { user, world } = renderDesk(contentScenario('exception-storm'), days(4));
		const queue = screen.getByRole('region', { name: 'Exceptions' });
		expect(queue).toHaveTextContent('1 exception open, most severe first');
		const item = within(queue).getByRole('listitem');
		expect(item).toHaveTextContent('EX-0001: Late or short supplier receipt');
		expect(item).toHaveTextContent('Severity 2 of 3, act soon');
		expect(item).toHaveTextContent('raised day 5, today');
		const actions = within(item).getByRole('group', { name: /EX-0001/ });
		expect(
			within(actions)
				.getAllByRole('button')
				.map((b) => b.textContent)
		).toEqual(['Expedite the receipt', 'Dismiss']);
		await user.click(within(actions).getByRole('button', { name: 'Expedite the receipt' }));
		expect(world().exceptions[0]).toMatchObject({ resolvedDay: 5 });
		// The resolved exception left the queue: the focus stays in the panel, on its heading.
		expect(within(queue).getByRole('heading', { name: 'Exceptions' })).toHaveFocus();
		expect(queue).toHaveTextContent('No open exceptions; 1 resolved so far, 0 of them cleared');
		const due = screen.getByRole('table', { name: 'Receipts still due' });
		expect(within(due).getByRole('row', { name: /expedited/ })).toHaveTextContent('6');
	});

	it('shows the engine’s refusal when an action does not fit, and changes nothing', async () => {
		const scenario = testScenario({
			scriptedOrders: [
				{
					day: 1,
					customer: 'GOLD',
					lines: [{ sku: 'PMP-1', qty: 10 }],
					requestedDay: 4,
					errors: ['unknown-sku']
				}
			]
		});
		const { user, world } = renderDesk(scenario, [
			{ type: 'order.validate', orderId: 'SO-0001' },
			...days(2)
		]);
		const item = within(screen.getByRole('region', { name: 'Exceptions' })).getByRole('listitem');
		expect(item).toHaveTextContent('EX-0001: Order data hold');
		const before = world();
		await user.click(within(item).getByRole('button', { name: 'Release the hold' }));
		expect(screen.getByRole('alert')).toHaveTextContent(
			'SO-0001 names an item that is not in the catalog: nobody can pick it. Correct it or reject the order.'
		);
		expect(world()).toBe(before);
		await user.click(within(item).getByRole('button', { name: 'Open SO-0001' }));
		expect(screen.getByRole('heading', { name: 'SO-0001: Gold Co' })).toHaveFocus();
	});
});

describe('the returns desk', () => {
	it('authorizes the recall return and says when it is due back', async () => {
		const { user, world } = renderDesk(contentScenario('returns-desk'), [...recallRun]);
		const desk = screen.getByRole('region', { name: 'Returns' });
		const card = within(desk).getByRole('listitem');
		expect(card).toHaveTextContent('RMA-0001: 16 PC-20 from Fairbanks Irrigation');
		expect(card).toHaveTextContent('reason: product recall');
		expect(card).toHaveTextContent('Within policy: a recalled item is always taken back.');
		await user.click(within(card).getByRole('button', { name: 'Authorize' }));
		expect(vecGet(world().returns, 0)!.state).toBe('authorised');
		expect(card).toHaveTextContent('Authorized: due in the returns area on day 12');
		expect(within(card).getByRole('heading', { name: /^RMA-0001/ })).toHaveFocus();
		const units = within(desk).getByRole('table', { name: /not yet available/ });
		expect(within(units).getByRole('row', { name: 'PC-20 16 0 0' })).toBeInTheDocument();
	});

	it('asks for a choice, shows the engine’s refusal of a restock, then disposes and credits', async () => {
		const { user, world } = renderDesk(contentScenario('returns-desk'), [
			...recallRun,
			{ type: 'return.authorise', returnId: 'RMA-0001' },
			...days(3)
		]);
		const desk = screen.getByRole('region', { name: 'Returns' });
		const card = within(desk).getByRole('listitem');
		expect(card).toHaveTextContent('Inspection found it defective.');
		const give = within(card).getByRole('button', { name: 'Give RMA-0001 this disposition' });
		const before = world();
		await user.click(give);
		expect(within(card).getByRole('alert')).toHaveTextContent(
			'Choose a disposition for RMA-0001 first.'
		);
		expect(world()).toBe(before);
		const choices = within(card).getByRole('group', { name: 'Disposition for RMA-0001' });
		expect(within(choices).getByLabelText(/Return to vendor/)).toHaveAccessibleName(
			'Return to vendor: recovers 832.00'
		);
		await user.click(within(choices).getByLabelText('Restock'));
		await user.click(give);
		expect(screen.getAllByRole('alert')[0]).toHaveTextContent(
			'Inspection found RMA-0001 defective: it cannot go back into sellable stock.'
		);
		expect(world()).toBe(before);
		await user.click(within(choices).getByLabelText(/Return to vendor/));
		await user.click(give);
		expect(vecGet(world().returns, 0)!.disposition).toBe('return-to-vendor');
		await user.click(within(desk).getByRole('button', { name: /Issue the credit memo for/ }));
		const credit = vecGet(world().returns, 0)!.credit;
		expect(credit).toBeGreaterThan(0);
		expect(desk).toHaveTextContent('No open returns.');
		await user.click(within(desk).getByText('Finished returns (1)'));
		const finished = within(desk).getByRole('region', { name: 'Finished returns' });
		expect(
			within(finished).getByRole('row', {
				name: `RMA-0001 SO-0001 16 PC-20 return to vendor, credited ${money(credit)}`
			})
		).toBeInTheDocument();
	});
});

describe('disruptions, stock and receipts', () => {
	it('headlines today’s disruption and lists the earlier ones', () => {
		renderDesk(contentScenario('exception-storm'), days(4));
		const news = screen.getByRole('region', { name: 'Disruptions' });
		expect(within(news).getByRole('status')).toHaveTextContent(
			'Today, day 5: Supplier delay: MT-75 receipts due days 5 to 7 arrive 3 day(s) late.'
		);
		expect(news).toHaveTextContent(/Day 3 Data-quality incident.*\(in force until day 5\)/);
	});

	it('shows stock by node and marks the late receipt', () => {
		renderDesk(contentScenario('exception-storm'), days(4));
		const stock = screen.getByRole('table', { name: /DC-REDFIELD: Redfield distribution center/ });
		expect(within(stock).getByRole('row', { name: /^MT-75 / })).toBeInTheDocument();
		const due = screen.getByRole('table', { name: 'Receipts still due' });
		expect(
			within(due).getByRole('row', {
				name: '9 DC-REDFIELD MT-75 24 3 day(s) late, planned for day 6'
			})
		).toBeInTheDocument();
	});
});
