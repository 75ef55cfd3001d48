import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import TermsCalculator from '../../../../../src/lib/components/lesson/TermsCalculator.svelte';
import { amountDue, priceForQuantity } from '../../../../../src/lib/sim/terms';
import {
	discountCostBreakdown,
	roundUpComparison
} from '../../../../../src/lib/sim/terms-breakdown';

const BV200 = [
	{ fromQty: 1, unitPrice: 48 },
	{ fromQty: 100, unitPrice: 44 },
	{ fromQty: 250, unitPrice: 41 }
];
const TERMS = { discountRate: 0.02, discountDays: 10, netDays: 30 };
const usd = (x: number) =>
	`$${x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

function priceRow(reading: 'All-units' | 'Incremental') {
	const table = screen.getByRole('table', { name: /units priced both ways/ });
	const row = within(table).getByRole('rowheader', { name: reading }).closest('tr')!;
	return within(row)
		.getAllByRole('cell')
		.map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
}

function costRow(basis: string | RegExp) {
	const table = screen.getByRole('table', { name: /Annual cost of skipping the discount/ });
	const row = within(table).getByRole('rowheader', { name: basis }).closest('tr')!;
	return within(row)
		.getAllByRole('cell')
		.map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
}

async function retype(label: string, text: string) {
	const user = userEvent.setup();
	const field = screen.getByLabelText(label);
	await user.clear(field);
	if (text) await user.type(field, text);
	return field;
}

describe('TermsCalculator', () => {
	it('opens on the worked example: 240 units both ways, and the round-up to 250', () => {
		render(TermsCalculator);
		const all = priceForQuantity(240, BV200, 'all-units');
		const inc = priceForQuantity(240, BV200, 'incremental');
		expect(priceRow('All-units')).toEqual([
			'240 x $44.00',
			usd(all.total),
			usd(all.averageUnitPrice),
			'250 units: $10,250.00 ($310.00 less)'
		]);
		expect(priceRow('Incremental')).toEqual([
			'99 x $48.00 + 141 x $44.00',
			usd(inc.total),
			'$45.65',
			'250 units: $11,393.00 ($437.00 more)'
		]);
		expect(
			screen.getByText(
				/Under all-units pricing, 250 units cost \$10,250\.00, \$310\.00 less than 240/
			)
		).toHaveTextContent('Invoice: 250 units, $10,250.00.');
	});

	it('pays the $10,250.00 invoice on day 10 with the discount, and costs skipping it', () => {
		render(TermsCalculator);
		const paid = amountDue(10_250, TERMS, 10);
		const cost = discountCostBreakdown(TERMS, { paymentDay: 10 });
		expect(
			screen.getByText(/Paid on day 10: discount of \$205\.00 earned, \$10,045\.00 due\./)
		).toHaveTextContent(
			`for 20 more days costs ${pct(cost.simple)} a year (${pct(cost.compound)} compounded)`
		);
		expect(paid.amountDue).toBeCloseTo(10_045, 10);
		expect(costRow('Simple').at(-1)).toBe('37.2 %');
		expect(costRow('Compounded').at(-1)).toBe('44.6 %');
		expect(costRow('Simple')[0]).toContain('0.0204 x 18.25');
		expect(costRow('Simple')[0]).toContain(
			'365 / (30 − 10) = 365 / 20 days gained = 18.25 periods'
		);
	});

	it('reads the list as incremental: no cheaper quantity, so the invoice is the 240 ordered', async () => {
		const user = userEvent.setup();
		render(TermsCalculator);
		await user.click(screen.getByRole('radio', { name: 'Incremental' }));
		const r = roundUpComparison(240, BV200, 'incremental');
		expect(r.saving).toBe(0);
		expect(
			screen.getByText(/Under incremental pricing no larger quantity costs less than 240/)
		).toHaveTextContent(`Invoice: 240 units, ${usd(r.ordered.total)}.`);
		// The payment part follows the new invoice.
		expect(screen.getByText(/^Invoice \$10,956\.00\./)).toBeInTheDocument();
	});

	it('prices a quantity and breaks the learner types', async () => {
		render(TermsCalculator);
		await retype('Order quantity (units)', '120');
		await retype('Unit price in the second bracket ($)', '45');
		const schedule = [BV200[0], { fromQty: 100, unitPrice: 45 }, BV200[2]];
		const all = priceForQuantity(120, schedule, 'all-units');
		const inc = priceForQuantity(120, schedule, 'incremental');
		expect(priceRow('All-units')[1]).toBe(usd(all.total));
		expect(priceRow('Incremental').slice(0, 2)).toEqual([
			'99 x $48.00 + 21 x $45.00',
			usd(inc.total)
		]);
	});

	it('late payment: day 45 is 15 days past due, and the 21.3 % only looks cheaper', async () => {
		render(TermsCalculator);
		await retype('Customer pays on day', '45');
		const cost = discountCostBreakdown(TERMS, { paymentDay: 45 });
		expect(screen.getByText(/no discount, \$10,250\.00 due, 15 days past due/)).toBeVisible();
		expect(costRow('Simple, paid on day 45').at(-1)).toBe(pct(cost.atPaymentDay!.simple));
		expect(screen.getByText(/seller financed 15 extra days/)).toBeVisible();
	});

	it('a 360-day year gives 36.7 %, and 1/10 net 30 costs 18.4 %', async () => {
		const user = userEvent.setup();
		render(TermsCalculator);
		await user.click(screen.getByRole('radio', { name: /360/ }));
		expect(costRow('Simple').at(-1)).toBe('36.7 %');
		await user.click(screen.getByRole('radio', { name: /365/ }));
		await retype('Cash discount (%)', '1');
		expect(costRow('Simple').at(-1)).toBe(
			pct(discountCostBreakdown({ ...TERMS, discountRate: 0.01 }).simple)
		);
		expect(costRow('Simple').at(-1)).toBe('18.4 %');
	});

	it('explains empty, negative, too large and crossed inputs without crashing', async () => {
		render(TermsCalculator);
		const qty = await retype('Order quantity (units)', '');
		expect(qty).toHaveAccessibleDescription(/The order quantity is empty/);
		expect(screen.getByText('Fix the highlighted field to price the order.')).toBeVisible();
		expect(
			screen.getByText('Fix the price part above to see what the customer owes.')
		).toBeVisible();
		expect(screen.queryByRole('table')).toBeNull();
		await retype('Order quantity (units)', '-3');
		expect(qty).toHaveAccessibleDescription(/must be at least 1/);
		await retype('Order quantity (units)', '240');

		await retype('The third break starts at unit', '90');
		expect(
			screen.getByText('The third break (unit 90) must start after the second (unit 100).')
		).toBeVisible();
		await retype('The third break starts at unit', '250');

		const net = await retype('Net amount due by day', '5');
		expect(
			screen.getByText(/The net day \(5\) must come after the discount day \(10\)/)
		).toBeVisible();
		await retype('Net amount due by day', '9999');
		expect(net).toHaveAccessibleDescription(/cannot be more than 365/);
		expect(screen.queryByRole('table', { name: /Annual cost/ })).toBeNull();
	});
});
