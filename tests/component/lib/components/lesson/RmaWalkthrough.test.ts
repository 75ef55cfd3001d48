import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import RmaWalkthrough from '../../../../../src/lib/components/lesson/RmaWalkthrough.svelte';
import { GRADES, REASONS } from '../../../../../src/lib/components/lesson/rma-walkthrough-data';
import { evaluateReturn } from '../../../../../src/lib/sim/disposition';
import { screenReturnRequest } from '../../../../../src/lib/sim/return-screening';
import { lotDispositionRefusal } from '../../../../../src/lib/sim/return-walkthrough';
import { returnCredit } from '../../../../../src/lib/sim/world/returns';

// Lesson 14's worked example as the engine evaluates it: 5 pumps at 480 (cost 300), 15 % fee,
// freight 90 and handling 60; 4 sealed restocked, 1 cracked refurbished.
const lessonReturn = (restockingFeeRate: number) =>
	evaluateReturn({
		unitPrice: 480,
		unitCost: 300,
		restockingFeeRate,
		reverseFreight: 90,
		handlingCost: 60,
		lots: [
			{
				grade: 'sealed',
				qty: 4,
				options: [{ kind: 'restock', recoveryPerUnit: 300, costPerUnit: 8 }]
			},
			{
				grade: 'cracked housing',
				qty: 1,
				options: [{ kind: 'refurbish', recoveryPerUnit: 240, costPerUnit: 85 }]
			}
		]
	});
const num = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 2 });
/** The paragraph a bold lead-in such as "Screening:" starts. */
const para = (lead: RegExp) => screen.getByText(lead).closest('p')!;
const live = () => screen.getByText((_, el) => el?.getAttribute('aria-live') === 'polite');

function ledgerRow(table: RegExp, name: string) {
	const t = screen.getByRole('table', { name: table });
	const row = within(t).getByRole('rowheader', { name }).closest('tr')!;
	return within(row)
		.getAllByRole('cell')
		.map((c) => c.textContent!.trim());
}
const units = (name: string) => ledgerRow(/Where the pumps are/, name);
const money = (name: string) => ledgerRow(/What the return has cost/, name);

async function press(name: string | RegExp) {
	const user = userEvent.setup();
	const button = screen.getByRole('button', { name });
	button.focus();
	await user.keyboard('{Enter}');
}

async function retype(label: string, text: string) {
	const user = userEvent.setup();
	const field = screen.getByLabelText(label);
	await user.clear(field);
	if (text) await user.type(field, text);
	return field;
}

describe('RmaWalkthrough', () => {
	it('opens on the screening of the lesson’s request: within the window, a 15 % fee', () => {
		render(RmaWalkthrough);
		const s = screenReturnRequest('not-needed', 12, { windowDays: 30, warrantyDays: 365 });
		expect(screen.getByRole('radio', { name: /Ordered by mistake/ })).toBeChecked();
		expect(live()).toHaveTextContent(`${s.note} Authorize or deny RMA-0417.`);
		expect(para(/^Screening:/)).toHaveTextContent(
			'The customer caused the return, so a 15 % restocking fee applies.'
		);
		expect(units('With the customer')).toEqual(['5']);
	});

	it('walks the worked example with the keyboard: 4 restocked, 1 refurbished, credit 2,040, net cost 867', async () => {
		const user = userEvent.setup();
		render(RmaWalkthrough);
		const e = lessonReturn(0.15);

		await press('Authorize: issue RMA-0417');
		expect(screen.getByRole('heading', { name: '2. Receive against the RMA' })).toHaveFocus();
		expect(para(/^Follows the policy:/)).toBeVisible();
		expect(units('In transit under the RMA')).toEqual(['0', '5']);
		expect(money('Freight and handling')).toEqual(['0', '90']);

		await user.tab();
		expect(screen.getByRole('button', { name: 'Receive the pumps' })).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(units('Returns location (not in ATP)')).toEqual(['0', '0', '5']);
		expect(units('Available stock (in ATP)')).toEqual(['0', '0', '0']);
		expect(live()).toHaveTextContent('not available to promise until inspected');

		await press('Record the inspection');
		const sealed = screen.getByRole('group', { name: /^4 pumps, sealed/ });
		expect(within(sealed).getByRole('radio', { name: /^Restock/ })).toBeChecked();
		expect(within(sealed).getByText(/highest net recovery/)).toHaveTextContent(
			`The highest net recovery the policy allows: ${num(e.lots[0].chosen.netRecovery)}. 4 pumps back to available stock.`
		);
		expect(within(sealed).getByRole('radio', { name: /^Liquidate/ })).toHaveAccessibleName(
			/net recovery 720$/
		);

		await press('Carry out the dispositions');
		expect(units('Available stock (in ATP)').at(-1)).toBe('4');
		expect(units('Refurbished item').at(-1)).toBe('1');
		expect(money('Recovered value').at(-1)).toBe(num(e.recoveredValue));
		expect(screen.getByText(/^Merchandise value/)).toHaveTextContent(
			`Merchandise value ${num(e.merchandiseValue)}, less a 15 % restocking fee of ${num(e.restockingFee)}: a credit memo of ${num(e.credit)}.`
		);

		await press('Issue the credit memo');
		expect(e.credit).toBe(returnCredit(5, 480, 'not-needed'));
		expect(money('Credit memo').at(-1)).toBe('2,040');
		expect(money('Net cost of the return').at(-1)).toBe(num(e.netCost));
		expect(live()).toHaveTextContent(
			`Credit memo 2,040 after a 360 restocking fee. The return costs ${num(e.netCost)} of the 900 margin the sale earned: 33 is left.`
		);
		expect(screen.getByText('RMA-0417 is closed.').closest('p')).toHaveFocus();
	});

	it('refuses a route the inspection does not allow, and prices a worse one', async () => {
		const user = userEvent.setup();
		render(RmaWalkthrough);
		await press('Authorize: issue RMA-0417');
		await press('Receive the pumps');
		await press('Record the inspection');
		const cracked = screen.getByRole('group', { name: /^1 pump, cracked housing/ });
		await user.click(within(cracked).getByRole('radio', { name: 'Restock' }));
		expect(within(cracked).getByText(/^Refused:/)).toHaveTextContent(
			lotDispositionRefusal('RMA-0417 (cracked housing)', 'repairable', 'restock', 'not-needed')!
		);
		expect(screen.getByRole('button', { name: 'Carry out the dispositions' })).toBeDisabled();

		await user.click(within(cracked).getByRole('radio', { name: /^Refurbish/ }));
		const sealed = screen.getByRole('group', { name: /^4 pumps, sealed/ });
		await user.click(within(sealed).getByRole('radio', { name: /^Liquidate/ }));
		expect(within(sealed).getByText(/^Liquidate recovers/)).toHaveTextContent(
			'Liquidate recovers 720, 448 less than restock (1,168). 4 pumps out of inventory.'
		);
		expect(screen.getByRole('button', { name: 'Carry out the dispositions' })).toBeEnabled();
	});

	it('damaged in transit carries no fee: credit 2,400 and a net cost of 1,227, above the margin', async () => {
		const user = userEvent.setup();
		render(RmaWalkthrough);
		await user.click(screen.getByRole('radio', { name: 'Damaged in transit' }));
		expect(para(/^Screening:/)).toHaveTextContent('no restocking fee');
		for (const step of [
			'Authorize: issue RMA-0417',
			'Receive the pumps',
			'Record the inspection',
			'Carry out the dispositions',
			'Issue the credit memo'
		])
			await press(step);
		const e = lessonReturn(0);
		expect(e.credit).toBe(returnCredit(5, 480, 'damaged'));
		expect(live()).toHaveTextContent(
			`Credit memo ${num(e.credit)}. The return costs ${num(e.netCost)}, more than the 900 margin the sale earned.`
		);
		expect(num(e.netCost)).toBe('1,227');
	});

	it('denies a request within policy: nothing moves, and the desk is told to expect a complaint', async () => {
		render(RmaWalkthrough);
		await press('Deny the request');
		expect(screen.getByRole('heading', { name: 'The request is denied' })).toHaveFocus();
		expect(para(/^Against the policy:/)).toHaveTextContent('expect a complaint');
		expect(live()).toHaveTextContent(
			'Denied: the 5 pumps stay with the customer and no credit is owed. The request was within policy: expect a complaint.'
		);
		const table = screen.getByRole('table', { name: /Where the pumps are/ });
		expect(
			within(table)
				.getAllByRole('columnheader')
				.map((h) => h.textContent)
		).toEqual(['Line', 'Screened', 'Denied']);
		await press('Start the walk again');
		expect(screen.getByRole('heading', { name: '1. Screen the request' })).toHaveFocus();
	});

	it('calls authorizing a request past the window a goodwill exception', async () => {
		render(RmaWalkthrough);
		await retype('Days since delivery', '40');
		expect(live()).toHaveTextContent(
			'Outside policy: the 30-day return window has passed (day 40). Authorize or deny RMA-0417.'
		);
		await press('Authorize: issue RMA-0417');
		expect(para(/^Against the policy:/)).toHaveTextContent('goodwill exception');
	});

	it('says what is wrong with an empty, too large or inconsistent entry, without crashing', async () => {
		render(RmaWalkthrough);
		const qty = await retype('Pumps to return', '6');
		expect(qty).toHaveAttribute('aria-invalid', 'true');
		expect(screen.getByText('Too large. Enter a whole number from 1 to 5.')).toBeVisible();
		expect(live()).toHaveTextContent('Fix the highlighted field to screen the request.');
		expect(screen.getByRole('button', { name: 'Authorize: issue RMA-0417' })).toBeDisabled();
		await retype('Days since delivery', '');
		expect(screen.getByText(/^Empty or not a number\./)).toBeVisible();
		await retype('Days since delivery', '12');
		await retype('Pumps to return', '5');

		await press('Authorize: issue RMA-0417');
		await press('Receive the pumps');
		await retype(GRADES[0].label, '3');
		expect(screen.getByText(/^The grades add up to 4 pumps but 5 came back/)).toBeVisible();
		expect(screen.getByRole('button', { name: 'Record the inspection' })).toBeDisabled();
		await retype(GRADES[0].label, '-1');
		expect(screen.getByText(/^Must not be negative\./)).toBeVisible();
		await retype(GRADES[0].label, '4');
		expect(screen.getByRole('button', { name: 'Record the inspection' })).toBeEnabled();
	});

	it('offers only routes the policy refuses beyond the priced ones, for every reason', () => {
		for (const { id: reason } of REASONS) {
			for (const g of GRADES) {
				for (const kind of g.tempting) {
					expect(lotDispositionRefusal('x', g.inspection, kind, reason)).not.toBeNull();
				}
			}
		}
	});
});
