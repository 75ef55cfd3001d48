import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import DocumentChecklist from '../../../../../src/lib/components/lesson/DocumentChecklist.svelte';
import {
	requiredDocuments,
	shipmentReadiness,
	type ShipmentProfile
} from '../../../../../src/lib/sim/shipping-documents';

// Lesson 13's worked example: Harlow's controlled valves and flammable sealant, FCA, preference
// claimed, ordered by EDI; 40 valves against 60 left on the license.
const HARLOW: ShipmentProfile = {
	crossesBorder: true,
	exportControlled: true,
	hazardous: true,
	preferenceClaimed: true,
	letterOfCredit: false,
	ediShipNotice: true,
	incoterm: 'FCA',
	license: { quantity: 40, balance: 60 }
};
const DOMESTIC: ShipmentProfile = {
	crossesBorder: false,
	exportControlled: true,
	hazardous: true,
	preferenceClaimed: false,
	letterOfCredit: false,
	ediShipNotice: true
};

const status = () => screen.getByRole('status').textContent!.replace(/\s+/g, ' ').trim();

function onFileBoxes(): string[] {
	const group = screen.getByRole('group', { name: /^On file for this shipment/ });
	return within(group)
		.getAllByRole('checkbox')
		.map((c) => c.closest('label')!.textContent!.trim());
}

describe('DocumentChecklist', () => {
	it('opens on the Harlow export with the engine’s checklist, all on file', () => {
		render(DocumentChecklist);
		const list = requiredDocuments(HARLOW);
		expect(onFileBoxes()).toEqual(list.documents.map((d) => d.name));
		expect(screen.getByRole('group', { name: /^On file/ })).toHaveAccessibleName(
			`On file for this shipment (${list.documents.length}): untick what is missing`
		);
		expect(status()).toBe(
			`An export of an export-controlled, hazardous item: ${list.documents.length} documents and checks, all on file. The shipment can be released. The license covers the 40 units and keeps 20 for later orders.`
		);
		expect(
			screen.getByRole('checkbox', { name: 'Export declaration' })
		).toHaveAccessibleDescription(/Seller or its forwarder \(FCA: the seller clears export\)/);
		expect(screen.queryByRole('heading', { name: /Where the shipment stops/ })).toBeNull();
	});

	it('shows what customs does when the commercial invoice is missing, unticked with the keyboard', async () => {
		const user = userEvent.setup();
		render(DocumentChecklist);
		const box = screen.getByRole('checkbox', { name: 'Commercial invoice' });
		box.focus();
		await user.keyboard(' ');
		expect(box).not.toBeChecked();
		const r = shipmentReadiness(HARLOW, ['commercial-invoice']);
		const problem = r.firstStop!.problems[0];
		expect(status()).toBe(
			`The shipment stops at the border. Commercial invoice (Import customs): ${problem.what}`
		);
		expect(box).toHaveAccessibleDescription(/^Missing\./);
		const stops = screen.getByRole('region', {
			name: 'Where the shipment stops, first stop first'
		});
		expect(
			within(stops)
				.getAllByRole('listitem')
				.map((li) => li.textContent!.trim())
		).toEqual([`Commercial invoice: stops at the border (Import customs). ${problem.what}`]);
	});

	it('lists every problem, the earliest stage first', async () => {
		const user = userEvent.setup();
		render(DocumentChecklist);
		await user.click(screen.getByRole('checkbox', { name: 'Advance ship notice (EDI 856)' }));
		await user.click(screen.getByRole('checkbox', { name: 'Commercial invoice' }));
		await user.click(screen.getByRole('checkbox', { name: 'Dangerous goods declaration' }));
		const r = shipmentReadiness(HARLOW, [
			'advance-ship-notice',
			'commercial-invoice',
			'dangerous-goods-declaration'
		]);
		const stops = screen.getByRole('region', { name: /Where the shipment stops/ });
		expect(
			within(stops)
				.getAllByRole('listitem')
				.map((li) => li.textContent!.split(':')[0])
		).toEqual(r.problems.map((p) => p.name));
		expect(status()).toMatch(
			/^The shipment stops at pickup\. Dangerous goods declaration \(Carrier\)/
		);
		expect(status()).toContain(
			'2 more problems would stop it later: Commercial invoice; Advance ship notice (EDI 856).'
		);
	});

	it('changes the list with the shipment: domestic drops the customs papers and the license', async () => {
		const user = userEvent.setup();
		render(DocumentChecklist);
		await user.click(screen.getByRole('radio', { name: 'Domestic: stays in the country' }));
		const list = requiredDocuments(DOMESTIC);
		expect(onFileBoxes()).toEqual(list.documents.map((d) => d.name));
		expect(screen.queryByLabelText('Incoterms 2020 rule')).toBeNull();
		expect(screen.queryByLabelText('Units left on the license')).toBeNull();
		expect(screen.getByText(list.notes[0])).toBeVisible();
		expect(status()).toMatch(
			/^A domestic shipment of an export-controlled, hazardous item: 7 documents and checks, all on file\./
		);

		// Back to export under EXW: the buyer files the export declaration.
		await user.click(screen.getByRole('radio', { name: 'Export: crosses a border' }));
		await user.selectOptions(screen.getByLabelText('Incoterms 2020 rule'), 'EXW');
		expect(
			screen.getByRole('checkbox', { name: 'Export declaration' })
		).toHaveAccessibleDescription(/Buyer or its forwarder \(EXW: the buyer clears export\)/);

		await user.click(screen.getByRole('checkbox', { name: 'Paid by letter of credit' }));
		expect(
			screen.getByRole('checkbox', { name: 'Bill of lading: full set of negotiable originals' })
		).toBeChecked();
	});

	it('holds the excess when the license balance is short, and says what is wrong with a bad entry', async () => {
		const user = userEvent.setup();
		render(DocumentChecklist);
		const quantity = screen.getByLabelText('Controlled units on this order');
		await user.clear(quantity);
		await user.type(quantity, '70');
		const r = shipmentReadiness({ ...HARLOW, license: { quantity: 70, balance: 60 } }, []);
		expect(status()).toBe(
			`The shipment stops before release. Export license (Compliance): ${r.firstStop!.problems[0].what}`
		);
		expect(status()).toContain('release 60 at most, and hold the other 10');

		await user.clear(quantity);
		await user.type(quantity, '-5');
		expect(screen.getByText('The units on this order must be at least 1.')).toBeVisible();
		expect(status()).toMatch(/^Fix the highlighted license field to check the balance\. An export/);

		const balance = screen.getByLabelText('Units left on the license');
		await user.clear(balance);
		await user.type(balance, '100000');
		expect(
			screen.getByText('The units left on the license cannot be more than 99,999.')
		).toBeVisible();
		await user.clear(balance);
		expect(screen.getByText(/The units left on the license is empty/)).toBeVisible();
		// The checklist still works while the license fields are being fixed.
		expect(screen.getByRole('checkbox', { name: 'Export license' })).toBeChecked();
	});
});
