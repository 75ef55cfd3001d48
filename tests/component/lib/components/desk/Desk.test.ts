import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ActorHandle } from '../../../../../src/lib/actors/actor.svelte';
import { atpGrid, findOrder, type sessionMachine } from '../../../../../src/lib/sim';
import { testScenario } from '../../../../unit/lib/sim/world/fixture';
import DeskHarness from '../../../harness/DeskHarness.svelte';

function setup(overrides: Record<string, unknown> = {}) {
	let session!: ActorHandle<typeof sessionMachine>;
	render(DeskHarness, { scenario: testScenario(overrides), onsession: (h) => (session = h) });
	return { user: userEvent.setup(), session: () => session };
}

describe('the order desk', () => {
	it('lists the inbox, filters it, and opens an order with its lines and customer', async () => {
		const { user } = setup();
		const inbox = screen.getByRole('region', { name: 'Inbox' });
		expect(within(inbox).getAllByRole('button')).toHaveLength(3);
		await user.selectOptions(within(inbox).getByLabelText('Show'), 'to-validate');
		expect(within(inbox).getAllByRole('button')).toHaveLength(3);
		await user.selectOptions(within(inbox).getByLabelText('Show'), 'on-hold');
		expect(within(inbox).queryAllByRole('button')).toHaveLength(0);
		expect(within(inbox).getByText('No orders here.')).toBeInTheDocument();
		await user.selectOptions(within(inbox).getByLabelText('Show'), 'all');
		await user.click(within(inbox).getByRole('button', { name: /SO-0002/ }));
		const order = screen.getByRole('article', { name: 'SO-0002: Silver Co' });
		expect(within(order).getByRole('table', { name: 'Lines' })).toHaveTextContent('PMP-1');
		expect(within(order).getByText('Credit limit').nextElementSibling).toHaveTextContent(
			'50,000.00'
		);
	});

	it('validates an order, shows the finding and corrects it with the customer', async () => {
		const { user, session } = setup();
		await user.click(screen.getByRole('button', { name: /SO-0002/ }));
		await user.click(screen.getByRole('button', { name: 'Validate' }));
		const findings = screen.getByRole('region', { name: 'Validation findings' });
		expect(findings).toHaveTextContent('quoted 94.00 but the price list says 100.00');
		// Validate is gone once pressed: the focus waits on the order's heading, not the page's start.
		expect(screen.getByRole('heading', { name: 'SO-0002: Silver Co' })).toHaveFocus();
		await user.click(within(findings).getByRole('button', { name: 'Correct with the customer' }));
		expect(findOrder(session().snapshot.context.world, 'SO-0002')?.state.fulfilment).toBe(
			'validated'
		);
		expect(screen.getByRole('region', { name: 'Promise a date' })).toBeInTheDocument();
	});

	it('shows the ATP grid the engine promises from, and promises a chosen day', async () => {
		const { user, session } = setup();
		await user.click(screen.getByRole('button', { name: /SO-0001/ }));
		await user.click(screen.getByRole('button', { name: 'Validate' }));
		const panel = screen.getByRole('region', { name: 'Promise a date' });
		const grid = atpGrid(session().snapshot.context.world, 'PMP-1', 10, 'strategic');
		const atpRow = within(panel).getByRole('row', { name: /Cumulative ATP/ });
		expect(
			within(atpRow)
				.getAllByRole('cell')
				.map((c) => Number(c.textContent))
		).toEqual(grid.rows.map((r) => r.cumulativeAtp));
		expect(panel).toHaveTextContent('The schedule supports shipping complete on day 1');
		await user.clear(within(panel).getByLabelText('Ship day to promise'));
		await user.type(within(panel).getByLabelText('Ship day to promise'), '5');
		await user.click(within(panel).getByRole('button', { name: 'Promise' }));
		expect(findOrder(session().snapshot.context.world, 'SO-0001')?.promise).toMatchObject({
			shipDay: 5,
			deliveryDay: 6
		});
	});

	it('shows the engine’s message for a refused decision and changes nothing', async () => {
		const { user, session } = setup({
			nodes: [{ id: 'DC-1', name: 'Test DC', onHand: { 'PMP-1': 10, 'BOX-6': 0 }, handlingDays: 0 }]
		});
		await user.click(screen.getByRole('button', { name: /SO-0001/ }));
		await user.click(screen.getByRole('button', { name: 'Validate' }));
		const panel = screen.getByRole('region', { name: 'Promise a date' });
		await user.click(within(panel).getByLabelText(/Another ship day/));
		await user.click(within(panel).getByRole('button', { name: 'Promise' }));
		await user.click(screen.getByRole('button', { name: 'Allocate stock' }));
		const before = session().snapshot.context.world;
		// Gold Co takes complete shipments only; 10 of 30 are allocated.
		await user.click(screen.getByRole('button', { name: 'Ship what is allocated' }));
		expect(screen.getByRole('alert')).toHaveTextContent(
			'Gold Co takes complete shipments only: allocate the rest first.'
		);
		expect(session().snapshot.context.world).toBe(before);
		await user.click(screen.getByRole('button', { name: 'Dismiss' }));
		expect(screen.queryByRole('alert')).not.toBeInTheDocument();
	});

	it('rations short stock on the allocation board by the chosen rule', async () => {
		const { user, session } = setup();
		for (const id of ['SO-0001', 'SO-0002']) {
			await user.click(screen.getByRole('button', { name: new RegExp(id) }));
			await user.click(screen.getByRole('button', { name: 'Validate' }));
			const held = screen.queryByRole('button', { name: 'Correct with the customer' });
			if (held) await user.click(held);
			const panel = screen.getByRole('region', { name: 'Promise a date' });
			await user.click(within(panel).getByLabelText(/Another ship day/));
			await user.clear(within(panel).getByLabelText('Ship day to promise'));
			await user.type(within(panel).getByLabelText('Ship day to promise'), '1');
			await user.click(within(panel).getByRole('button', { name: 'Promise' }));
		}
		const board = screen.getByRole('region', { name: 'Allocation board: PMP-1' });
		expect(board).toHaveTextContent(
			'40 free (40 on hand, 0 already allocated) for 50 wanted by 2 orders'
		);
		const gold = within(board).getByRole('row', { name: /SO-0001/ });
		// First come 30, pro-rata 24, priority 30 (Gold is strategic).
		expect(
			within(gold)
				.getAllByRole('cell')
				.slice(2)
				.map((c) => c.textContent?.split(' ')[0])
		).toEqual(['30', '24', '30']);
		await user.click(within(board).getByLabelText('Pro-rata'));
		await user.click(within(board).getByRole('button', { name: 'Allocate PMP-1 by this rule' }));
		const world = session().snapshot.context.world;
		expect(findOrder(world, 'SO-0001')?.lines[0].allocated).toBe(24);
		expect(findOrder(world, 'SO-0002')?.lines[0].allocated).toBe(16);
	});

	it('sets an adjustable policy and ends the day, drawing the KPI tables', async () => {
		const { user, session } = setup();
		await user.selectOptions(
			screen.getByLabelText('The allocation rule when stock is short'),
			'priority'
		);
		expect(session().snapshot.context.world.policy.allocationRule).toBe('priority');
		await user.click(screen.getByRole('checkbox', { name: /may ship in part/ }));
		expect(session().snapshot.context.world.policy.partialShipments).toBe(false);
		expect(screen.queryByLabelText(/safety stock/)).not.toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'End day 1' }));
		expect(screen.getByText('Day 2 of 8')).toBeInTheDocument();
		const dashboard = screen.getByRole('region', { name: 'KPIs by day' });
		expect(within(dashboard).getAllByRole('figure')).toHaveLength(8);
		expect(within(dashboard).getAllByRole('table')[0]).toHaveTextContent('Day 1');
	});

	it('links to each panel from the desk, moving the focus there, and names the KPIs as KPI_INFO does', async () => {
		const { user } = setup();
		const nav = screen.getByRole('navigation', { name: 'Desk panels' });
		expect(
			within(nav)
				.getAllByRole('link')
				.map((a) => a.textContent)
		).toEqual(['Inbox', 'Exceptions (0)', 'Returns (0)', 'Stock', 'Policies', 'KPIs']);
		await user.click(within(nav).getByRole('link', { name: 'Returns (0)' }));
		expect(screen.getByRole('heading', { name: 'Returns', level: 2 })).toHaveFocus();
		await user.click(screen.getByRole('button', { name: /SO-0001/ }));
		await user.click(within(nav).getByRole('link', { name: 'Policies' }));
		await user.click(within(nav).getByRole('link', { name: 'SO-0001' }));
		expect(screen.getByRole('heading', { name: 'SO-0001: Gold Co' })).toHaveFocus();
		const strip = screen.getByLabelText('Latest KPIs');
		// Each figure carries its full name and a short one; CSS shows the short one on a phone.
		const names = [...strip.querySelectorAll('dt')].map((dt) => [
			dt.querySelector('.long')?.textContent ?? dt.textContent,
			dt.querySelector('.short')?.textContent ?? dt.textContent
		]);
		expect(names).toEqual([
			['Order fill rate', 'Order fill'],
			['OTIF to the commit date', 'OTIF'],
			['Perfect order fulfillment', 'Perfect orders'],
			['Open orders', 'Open orders']
		]);
	});

	it('draws the order lifecycle from the machine with the current state marked', async () => {
		const { user } = setup();
		await user.click(screen.getByRole('button', { name: /SO-0003/ }));
		await user.click(screen.getByRole('button', { name: 'Validate' }));
		const figure = screen.getByRole('figure', { name: /Lifecycle of SO-0003/ });
		expect(figure).toHaveTextContent('fulfilment on hold: credit, billing not invoiced');
		expect(figure).toHaveTextContent('Decisions open from here: correct, release, reject, cancel');
		const current = figure.querySelector('.current text');
		expect(current?.textContent).toBe('held: credit');
		expect([...figure.querySelectorAll('.state text')].map((t) => t.textContent)).toContain(
			'shipped: partial'
		);
	});
});
