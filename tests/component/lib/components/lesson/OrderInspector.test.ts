import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import OrderInspector from '../../../../../src/lib/components/lesson/OrderInspector.svelte';
import {
	FENWICK,
	INCOMING_ORDER,
	ITEM_MASTER
} from '../../../../../src/lib/components/lesson/order-inspector-order';
import { gradeFlags } from '../../../../../src/lib/sim/inspection-grading';
import { correctOrder, inspectOrder } from '../../../../../src/lib/sim/order-inspection';

// Fenwick Mechanical (lesson 3's worked example account: limit 10,000, receivables 6,480, open
// orders 960) emails an order with five hidden errors: FS-23 for FS-32, 20 valve kits sold in
// boxes of 6, ET-8 at last list's 61.00, no ship-to, and a total over the credit limit.
const inspection = inspectOrder(INCOMING_ORDER, ITEM_MASTER, FENWICK);
const reasonOf = (id: string) => inspection.checkpoints.find((c) => c.id === id)!.reason;
const ERRORS = {
	'line-2-item': 'Item code FS-23',
	'line-3-quantity': 'Quantity 20',
	'line-4-price': 'Unit price 61.00',
	'ship-to': 'Ship-to: none given',
	credit: 'Credit: an order worth 2,984.00'
};

type User = ReturnType<typeof userEvent.setup>;
const line = (n: number) => screen.getByRole('group', { name: new RegExp(`^Line ${n}:`) });
const flag = (group: HTMLElement, name: string) => within(group).getByRole('checkbox', { name });
const summary = () => screen.getAllByRole('status')[0];

async function flagAllErrors(user: User) {
	await user.click(flag(line(2), ERRORS['line-2-item']));
	await user.click(flag(line(3), ERRORS['line-3-quantity']));
	await user.click(flag(line(4), ERRORS['line-4-price']));
	const order = screen.getByRole('group', { name: 'Ship-to and credit' });
	await user.click(flag(order, ERRORS['ship-to']));
	await user.click(flag(order, ERRORS.credit));
}

describe('OrderInspector', () => {
	it('shows the order as keyed, its master data, and no verdict before the learner checks', () => {
		render(OrderInspector);
		expect(screen.getByRole('table', { name: 'Item master (extract)' })).toBeInTheDocument();
		expect(within(line(2)).getByRole('checkbox', { name: 'Item code FS-23' })).not.toBeChecked();
		expect(line(1)).toHaveAccessibleName(
			`Line 1: Circulation pump, 1 in, worth ${inspection.lineValues[0].toLocaleString('en-US', { minimumFractionDigits: 2 })}`
		);
		expect(summary()).toHaveTextContent('');
		expect(screen.queryByText(/^Right\.|^Missed\./)).toBeNull();
	});

	it('confirms every error found, each with the engine’s reason and what the desk does', async () => {
		const user = userEvent.setup();
		render(OrderInspector);
		await flagAllErrors(user);
		await user.click(screen.getByRole('button', { name: 'Check my flags' }));
		const grading = gradeFlags(inspection.checkpoints, Object.keys(ERRORS));
		expect(grading).toMatchObject({ found: 5, missed: 0, falseAlarms: 0 });
		expect(summary()).toHaveTextContent(grading.summary);
		for (const id of Object.keys(ERRORS) as (keyof typeof ERRORS)[]) {
			const box = screen.getByRole('checkbox', { name: ERRORS[id] });
			expect(box).toHaveAccessibleDescription(new RegExp(`^Right\\. ${escape(reasonOf(id))}`));
		}
		expect(screen.getByRole('checkbox', { name: ERRORS.credit })).toHaveAccessibleDescription(
			/over Fenwick Mechanical's 10,000\.00 credit limit by 436\.00\. Put the order on credit hold/
		);
	});

	it('marks a missed error and a false alarm, with why the flagged field is sound', async () => {
		const user = userEvent.setup();
		render(OrderInspector);
		await user.click(flag(line(2), ERRORS['line-2-item']));
		await user.click(flag(line(1), 'Quantity 10'));
		await user.click(screen.getByRole('button', { name: 'Check my flags' }));
		const grading = gradeFlags(inspection.checkpoints, ['line-2-item', 'line-1-quantity']);
		expect(summary()).toHaveTextContent(grading.summary);
		expect(summary()).toHaveTextContent(
			'You found 1 of 5 errors and missed 4, with 1 false alarm.'
		);
		expect(flag(line(1), 'Quantity 10')).toHaveAccessibleDescription(
			`False alarm. ${reasonOf('line-1-quantity')}`
		);
		expect(flag(line(4), ERRORS['line-4-price'])).toHaveAccessibleDescription(
			new RegExp(`^Missed\\. ${escape(reasonOf('line-4-price'))}`)
		);
		// A sound field left alone gets no comment.
		expect(flag(line(1), 'Item code CP-32')).not.toHaveAccessibleDescription(/./);

		await user.click(screen.getByRole('button', { name: 'Start over' }));
		expect(flag(line(2), ERRORS['line-2-item'])).not.toBeChecked();
		expect(summary()).toHaveTextContent('');
	});

	it('runs credit again on the corrected order with the quantity the customer confirms', async () => {
		const user = userEvent.setup();
		render(OrderInspector);
		await flagAllErrors(user);
		await user.click(screen.getByRole('button', { name: 'Check my flags' }));
		const qty = screen.getByLabelText(/Line 3: Valve kit, 3\/4 in, quantity the customer confirms/);
		const verdict = () => screen.getAllByRole('status')[1];
		expect(verdict()).toHaveTextContent('Line 3: enter the quantity the customer confirms.');

		await user.type(qty, '20');
		expect(verdict()).toHaveTextContent(
			'Line 3: 20 is not a multiple of the box of 6. Offer 18 (3 boxes) or 24 (4 boxes).'
		);
		await user.clear(qty);
		await user.type(qty, '24');
		const corrected = inspectOrder(
			correctOrder(INCOMING_ORDER, ITEM_MASTER, { qty: { 3: 24 } }),
			ITEM_MASTER,
			FENWICK
		);
		const credit = corrected.checkpoints.find((c) => c.id === 'credit')!;
		expect(credit.error).toBe('over-credit-limit');
		expect(verdict()).toHaveTextContent(credit.reason);
		expect(verdict()).toHaveTextContent(/^.*Credit hold: the credit function decides/);
		const table = screen.getByRole('table', { name: 'The corrected order' });
		expect(within(table).getByRole('row', { name: /^Order value/ })).toHaveTextContent(
			corrected.credit.orderValue.toLocaleString('en-US', { minimumFractionDigits: 2 })
		);
		expect(within(table).getByRole('row', { name: /^2 FS-32/ })).toBeInTheDocument();

		// Rounding down to pass credit is possible, and the widget says why it is the wrong reason.
		await user.clear(qty);
		await user.type(qty, '6');
		expect(verdict()).toHaveTextContent(
			/within the 10,000\.00 limit .* not the one that passes credit/
		);

		await user.clear(qty);
		expect(qty).toHaveAccessibleDescription(/Empty or not a number/);
		await user.type(qty, '100000');
		expect(qty).toHaveAccessibleDescription(/Too large/);
		expect(screen.queryByRole('table', { name: 'The corrected order' })).toBeNull();
	});
});

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
