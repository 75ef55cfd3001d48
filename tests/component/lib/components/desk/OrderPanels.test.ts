// The order view's panels for routing, documents, EDI, CRM facts and customer contact.
import { screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { findOrder } from '../../../../../src/lib/sim';
import { contentScenario, networkScenario } from '../../../../unit/lib/sim/world/desk-fixture';
import { renderDesk } from './render-desk';

const validate = (orderId: string) => ({ type: 'order.validate' as const, orderId });

describe('routing and distribution method', () => {
	it('routes a line to the node picked from each node’s free stock', async () => {
		const { user, world } = renderDesk(networkScenario(), [validate('SO-0002')]);
		await user.click(screen.getByRole('button', { name: /^SO-0002/ }));
		const panel = screen.getByRole('group', { name: /Line 1: 5 PMP-1, ships from DC-1/ });
		const picker = within(panel).getByLabelText('Ship line 1 from');
		expect(
			within(picker)
				.getAllByRole('option')
				.map((o) => o.textContent)
		).toEqual(['DC-1 (South DC): 40 free', 'ST-N (North store): 8 free']);
		await user.selectOptions(picker, 'ST-N');
		await user.click(within(panel).getByRole('button', { name: 'Route line 1' }));
		expect(findOrder(world(), 'SO-0002')!.lines[0]).toMatchObject({ node: 'ST-N', pinned: true });
		const lines = screen.getByRole('table', { name: 'Lines' });
		expect(within(lines).getAllByRole('row')[1]).toHaveTextContent('ST-N');
		expect(
			screen.getByRole('group', { name: /Line 1: 5 PMP-1, ships from ST-N \(routed by you\)/ })
		).toBeInTheDocument();
		// The promise is now made from the store's master schedule record.
		expect(screen.getByRole('table', { name: /^PMP-1 at ST-N: 8 on hand/ })).toBeInTheDocument();
	});

	it('offers drop shipment only where the item allows it, and shows the engine’s refusal', async () => {
		const { user, world } = renderDesk(networkScenario(), [validate('SO-0002')]);
		await user.click(screen.getByRole('button', { name: /^SO-0002/ }));
		const box = screen.getByLabelText('Fulfil line 2 by');
		expect(
			within(box)
				.getAllByRole('option')
				.map((o) => o.getAttribute('value'))
		).toEqual(['stock', 'cross-dock']);
		await user.selectOptions(screen.getByLabelText('Fulfil line 1 by'), 'drop-ship');
		await user.click(screen.getByRole('button', { name: 'Set the method of line 1' }));
		expect(findOrder(world(), 'SO-0002')!.lines[0].method).toBe('drop-ship');
		const before = world();
		await user.click(screen.getByRole('button', { name: 'Route line 1' }));
		expect(screen.getByRole('alert')).toHaveTextContent(
			'Line 1 is drop-shipped by the supplier: set it to ship from stock first.'
		);
		expect(world()).toBe(before);
	});

	it('keeps the routing folded away where there is no choice to make', async () => {
		const { user } = renderDesk(contentScenario('first-day-at-the-desk'), [validate('SO-0002')]);
		await user.click(screen.getByRole('button', { name: /^SO-0002/ }));
		const heading = screen.getByRole('heading', { name: 'Where and how the lines ship' });
		expect(heading.closest('details')).not.toHaveAttribute('open');
	});
});

describe('documents and EDI', () => {
	it('prepares an export order’s documents, then refuses to ship before the license', async () => {
		const { user, world } = renderDesk(contentScenario('export-order'), [validate('SO-0001')]);
		await user.click(screen.getByRole('button', { name: /^SO-0001/ }));
		const docs = screen.getByRole('region', { name: 'Documents' });
		expect(
			within(docs)
				.getAllByRole('listitem')
				.map((li) => li.textContent?.replace(/\s+/g, ' ').trim())
		).toEqual([
			'packing list: printed by the warehouse and transport systems',
			'bill of lading: printed by the warehouse and transport systems',
			'commercial invoice: missing',
			'certificate of origin: missing',
			'export license: missing',
			'dangerous goods declaration: missing',
			'hazardous materials labels and marks: missing'
		]);
		expect(docs).toHaveTextContent('Customs will hold this shipment');
		await user.click(within(docs).getByRole('button', { name: 'Prepare documents' }));
		expect(docs).toHaveTextContent('export license: prepared on day 1; granted on day 4');
		expect(within(docs).queryByRole('button', { name: 'Prepare documents' })).toBeNull();
		expect(docs).not.toHaveTextContent('Customs will hold');

		await user.click(screen.getByRole('button', { name: 'Promise' }));
		await user.click(screen.getByRole('button', { name: 'Allocate stock' }));
		const message = "SO-0001's export license is granted on day 4: it cannot ship before then.";
		expect(docs).toHaveTextContent(`Cannot ship yet. ${message}`);
		const before = world();
		await user.click(screen.getByRole('button', { name: 'Release to the warehouse' }));
		expect(screen.getByRole('alert')).toHaveTextContent(message);
		expect(world()).toBe(before);
	});

	it('lists the EDI messages exchanged, by X12 transaction set', async () => {
		const { user } = renderDesk(contentScenario('export-order'), [
			validate('SO-0001'),
			{ type: 'order.promise', orderId: 'SO-0001' }
		]);
		await user.click(screen.getByRole('button', { name: /^SO-0001/ }));
		const edi = screen.getByRole('region', { name: 'EDI messages' });
		const rows = within(edi).getAllByRole('row').slice(1);
		expect(rows.map((r) => within(r).getAllByRole('cell')[1].textContent)).toEqual([
			'850 Purchase order',
			'855 Purchase order acknowledgment'
		]);
		expect(rows[1]).toHaveTextContent('Acknowledgment: delivery on day 6.');
	});
});

describe('customer facts and contact', () => {
	it('shows the CRM record and the Incoterms rule of an international customer', async () => {
		const { user } = renderDesk(contentScenario('export-order'));
		await user.click(screen.getByRole('button', { name: /^SO-0001/ }));
		const facts = screen.getByRole('region', { name: 'Customer' });
		const fact = (term: string) => within(facts).getByText(term).nextElementSibling;
		expect(fact('Credit rating')).toHaveTextContent('B');
		expect(fact('Complaints on record')).toHaveTextContent('0');
		expect(fact('Sale')).toHaveTextContent(
			'International, FCA: delivery and risk pass at origin, at handover to the carrier'
		);
	});

	it('tells the customer, counts inquiries, and shows the refusal of a second call today', async () => {
		const { user, world } = renderDesk(networkScenario(), [validate('SO-0001')]);
		await user.click(screen.getByRole('button', { name: /^SO-0001/ }));
		const contact = screen.getByRole('region', { name: 'Customer contact' });
		expect(contact).toHaveTextContent('0 inquiries from the customer so far.');
		expect(contact).toHaveTextContent('You have not told the customer anything yet.');
		await user.click(within(contact).getByRole('button', { name: 'Tell the customer' }));
		expect(findOrder(world(), 'SO-0001')!.notifiedDay).toBe(1);
		expect(contact).toHaveTextContent('You told the customer today.');
		const before = world();
		await user.click(within(contact).getByRole('button', { name: 'Tell the customer' }));
		expect(screen.getByRole('alert')).toHaveTextContent(
			"SO-0001's customer was already told today."
		);
		expect(world()).toBe(before);
	});
});
