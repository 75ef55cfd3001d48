import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import PartialOrWait from '../../../../../src/lib/components/lesson/PartialOrWait.svelte';
import {
	comparePartialShipment,
	type PartialShipmentInput
} from '../../../../../src/lib/sim/partial-shipment';

// Lesson 11's worked example: the utility's pump order, due to ship on day 3.
const PUMPS: PartialShipmentInput = {
	lines: [
		{ sku: 'CP-50 centrifugal pump', ordered: 10, availableNow: 6, unitPrice: 1450 },
		{ sku: 'Mechanical seal kit', ordered: 40, availableNow: 40, unitPrice: 85 },
		{ sku: 'Flexible coupling', ordered: 20, availableNow: 20, unitPrice: 60 }
	],
	shipDay: 3,
	balanceShipDay: 12,
	freightPerShipment: 240,
	handlingPerShipment: 35,
	daysToPay: 30,
	annualCostOfCapital: 0.1
};

const pct = (x: number) => `${(x * 100).toLocaleString('en-US', { maximumFractionDigits: 1 })} %`;
const usd = (x: number) =>
	`$${x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

function row(name: string | RegExp): string[] {
	const table = screen.getByRole('table', { name: /Ship partial now against wait/ });
	const header = within(table).getByRole('rowheader', { name });
	return within(header.closest('tr')!)
		.getAllByRole('cell')
		.map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
}

function summary(): string {
	return screen.getByRole('status').textContent!.trim();
}

async function retype(field: HTMLElement, text: string) {
	const user = userEvent.setup();
	await user.clear(field);
	if (text) await user.type(field, text);
}

function lineField(line: number, label: string): HTMLElement {
	const group = screen.getByRole('group', { name: new RegExp(`^Line ${line}:`) });
	return within(group).getByLabelText(label);
}

describe('PartialOrWait', () => {
	it('opens on the worked example with the engine’s fill rates, cost and cash', () => {
		render(PartialOrWait);
		const r = comparePartialShipment(PUMPS);
		expect(row('Shipments')).toEqual([
			'Day 3: 66 units, $13,300.00; Day 12: 4 units, $5,800.00',
			'Day 12: 70 units, $19,100.00'
		]);
		expect(row('Unit fill on schedule (day 3)')).toEqual([
			pct(r.partial.fillOnSchedule.unit),
			pct(r.complete.fillOnSchedule.unit)
		]);
		expect(row('Unit fill on schedule (day 3)')).toEqual(['94.3 %', '0 %']);
		expect(row('Line fill on schedule')).toEqual(['66.7 %', '0 %']);
		expect(row('Order fill on schedule')).toEqual(['0 %', '0 %']);
		expect(row('Unit, line, order fill of the first shipment')).toEqual([
			'94.3 %, 66.7 %, 0 %',
			'100 %, 100 %, 100 %'
		]);
		expect(row('Last unit leaves')).toEqual(['Day 12, 9 days late', 'Day 12, 9 days late']);
		expect(row('Freight and handling')).toEqual([
			`${usd(r.partial.shippingCost)} (2 shipments)`,
			`${usd(r.complete.shippingCost)} (1 shipment)`
		]);
		expect(row('Invoices paid')).toEqual([
			'$13,300.00 on day 33; $5,800.00 on day 42',
			'$19,100.00 on day 42'
		]);
		expect(row('Value-weighted mean pay day')).toEqual(['Day 35.7', 'Day 42']);
		expect(
			screen.getByText('Worth at 10 % a year (simple interest)').nextElementSibling
		).toHaveTextContent(usd(r.valueOfEarlierCash!));
		expect(screen.getByText('Net effect of shipping partial').nextElementSibling).toHaveTextContent(
			'Cost of $242.21'
		);
		expect(summary()).toContain('Partial: 66 of 70 units leave on day 3 (unit fill 94.3 %');
		expect(summary()).toContain('a net cost of $242.21. On money alone the desk waits');
	});

	it('follows what the learner types: 9 pumps on hand and a receipt on day 20', async () => {
		render(PartialOrWait);
		await retype(lineField(1, 'On hand on the ship day'), '9');
		await retype(screen.getByLabelText('Balance ships on day (receipt)'), '20');
		const r = comparePartialShipment({
			...PUMPS,
			balanceShipDay: 20,
			lines: [{ ...PUMPS.lines[0], availableNow: 9 }, PUMPS.lines[1], PUMPS.lines[2]]
		});
		expect(row('Unit fill on schedule (day 3)')[0]).toBe(pct(r.partial.fillOnSchedule.unit));
		expect(row('Last unit leaves')[1]).toBe(`Day 20, ${r.complete.daysLate} days late`);
		expect(screen.getByText('Net effect of shipping partial').nextElementSibling).toHaveTextContent(
			`Cost of ${usd(-r.netFinancialEffectOfPartial!)}`
		);
		expect(summary()).toContain(`collecting ${usd(r.cashEarlier.value)} 17 days sooner`);
	});

	it('shows a gain when money is dear and freight is cheap', async () => {
		render(PartialOrWait);
		await retype(screen.getByLabelText('Freight per shipment ($)'), '0');
		await retype(screen.getByLabelText('Handling per shipment ($)'), '10');
		const r = comparePartialShipment({ ...PUMPS, freightPerShipment: 0, handlingPerShipment: 10 });
		expect(r.netFinancialEffectOfPartial!).toBeGreaterThan(0);
		expect(summary()).toContain(`a net gain of ${usd(r.netFinancialEffectOfPartial!)}`);
	});

	it('reads an order with nothing short as one shipment for both plans', async () => {
		render(PartialOrWait);
		await retype(lineField(1, 'On hand on the ship day'), '10');
		expect(summary()).toBe(
			'Nothing is short: both plans are one shipment of 70 units on day 3, with unit, line and order fill at 100 %.'
		);
		expect(row('Freight and handling')).toEqual(['$275.00 (1 shipment)', '$275.00 (1 shipment)']);
	});

	it('reads an order with nothing on hand as one late shipment for both plans', async () => {
		render(PartialOrWait);
		for (const line of [1, 2, 3]) await retype(lineField(line, 'On hand on the ship day'), '0');
		const r = comparePartialShipment({
			...PUMPS,
			lines: PUMPS.lines.map((l) => ({ ...l, availableNow: 0 }))
		});
		expect(r.partial.shipments).toHaveLength(1);
		expect(summary()).toBe(
			`Nothing is on hand: both plans are one shipment on day 12, ${r.complete.daysLate} days late. Only a substitute or expediting changes that.`
		);
		expect(screen.getByText('Net effect of shipping partial').nextElementSibling).toHaveTextContent(
			'None'
		);
	});

	it('says what is wrong with an entry and withholds the figures, without crashing', async () => {
		render(PartialOrWait);
		const onHand = lineField(1, 'On hand on the ship day');
		await retype(onHand, '12');
		expect(summary()).toMatch(
			/^Line 1 \(CP-50 centrifugal pump\): on hand 12 is more than the 10 ordered/
		);
		expect(screen.queryByRole('table')).not.toBeInTheDocument();

		await retype(onHand, '-3');
		expect(screen.getByText('Line 1 on hand cannot be negative.')).toBeVisible();
		expect(onHand).toHaveAttribute('aria-invalid', 'true');
		expect(summary()).toBe('Fix the highlighted field to compare the two plans.');

		await retype(onHand, '');
		expect(screen.getByText(/Line 1 on hand is empty/)).toBeVisible();

		await retype(onHand, '6');
		await retype(screen.getByLabelText('Cost of capital (% a year)'), '250');
		expect(screen.getByText('The cost of capital cannot be more than 100.')).toBeVisible();

		await retype(screen.getByLabelText('Cost of capital (% a year)'), '10');
		await retype(screen.getByLabelText('Balance ships on day (receipt)'), '3');
		expect(summary()).toMatch(/^The balance must ship after the ship day \(day 3\)/);

		await retype(screen.getByLabelText('Balance ships on day (receipt)'), '12');
		expect(screen.getByRole('table')).toBeInTheDocument();
	});
});
