import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import CtpCalculator from '../../../../../src/lib/components/lesson/CtpCalculator.svelte';
import { CONTRACTOR_ORDER } from '../../../../../src/lib/components/lesson/atp-worked-example';
import { ctpQuote } from '../../../../../src/lib/sim/ctp-quote';
import type { CtpRequest } from '../../../../../src/lib/sim/types';

// Lesson 4, step 5: a contractor wants 40 thermostats shipped in week 3. ATP covers 10; the
// other 30 need 30 radio modules, 30 housings and 15 assembly hours, one week of lead time.
const o = CONTRACTOR_ORDER;
const request: CtpRequest = {
	qty: o.qty,
	requestedPeriod: o.requestedPeriod,
	productCumulativeAtp: o.productCumulativeAtp,
	components: o.components.map((c) => ({ qtyPer: c.qtyPer, cumulativeAtp: c.cumulativeAtp })),
	capacity: { hoursPerUnit: o.hoursPerUnit, spareHours: o.spareHours },
	leadTimePeriods: o.leadTimePeriods
};
const terms = { handlingDays: o.handlingDays, transitDays: o.transitDays };
const quoteOf = (r: CtpRequest, t = terms) => ctpQuote(r, t, { periodName: 'week' });

type User = ReturnType<typeof userEvent.setup>;
async function retype(user: User, input: HTMLElement, text: string) {
	await user.clear(input);
	if (text) await user.type(input, text);
}
const summary = () => screen.getByRole('status');
/** The figure shown under a term of the promise's facts. */
function fact(term: string): HTMLElement {
	const i = screen.getAllByRole('term').findIndex((t) => t.textContent?.trim() === term);
	return screen.getAllByRole('definition')[i];
}

function lotTest(): string[] {
	const table = screen.getByRole('table', { name: /free supply and spare hours by week/i });
	const row = within(table)
		.getAllByRole('row')
		.find((r) => within(r).queryByRole('rowheader', { name: /^Can a lot of/ }));
	return within(row!)
		.getAllByRole('cell')
		.map((c) => c.textContent!.trim());
}

function dates(): string[][] {
	const table = screen.getByRole('table', { name: 'Ship date versus delivery date' });
	return within(table)
		.getAllByRole('row')
		.slice(1)
		.map((r) => [
			within(r).getByRole('rowheader').textContent!.trim(),
			...within(r)
				.getAllByRole('cell')
				.map((c) => c.textContent!.trim())
		]);
}

describe('CtpCalculator', () => {
	it('opens on the worked example: 10 from ATP, a lot of 30 from week 3, complete in week 4', () => {
		render(CtpCalculator);
		const quote = quoteOf(request);
		expect(summary()).toHaveTextContent(quote.summary);
		expect(summary()).toHaveAttribute('aria-live', 'polite');
		expect(fact('From ATP')).toHaveTextContent(
			`${quote.result.fromAtp.qty} in week ${quote.result.fromAtp.period}`
		);
		expect(fact('Made as one lot')).toHaveTextContent(
			`${quote.shortfall}: starts week ${quote.lotStartPeriod}, ready week ${quote.result.fromCapacity!.period}`
		);
		expect(fact('Ships complete')).toHaveTextContent(`Week ${quote.result.completePeriod}`);
		expect(screen.getByText(quote.result.explanation, { exact: false })).toBeInTheDocument();
		// The lesson's table: modules stop week 1, hours stop week 2, the lot starts in week 3.
		expect(lotTest()).toEqual([
			'no: modules, hours',
			'no: hours',
			'yes: starts',
			'yes',
			'yes',
			'yes',
			'yes',
			'yes'
		]);
		const d = (s: {
			qty: number;
			shipPeriod: number;
			delivery: { day: number; period: number };
		}) => [
			String(s.qty),
			`Week ${s.shipPeriod}`,
			`Day ${s.delivery.day} of week ${s.delivery.period}`
		];
		expect(dates()).toEqual([
			['Complete, one shipment', ...d(quote.shipComplete!)],
			['Split: from ATP', ...d(quote.split!.first)],
			['Split: the new lot', ...d(quote.split!.rest!)]
		]);
	});

	it('needs no lot when the customer can take the goods in week 6', async () => {
		const user = userEvent.setup();
		render(CtpCalculator);
		await user.selectOptions(screen.getByLabelText('Requested ship week'), 'Week 6');
		const quote = quoteOf({ ...request, requestedPeriod: 6 });
		expect(summary()).toHaveTextContent(quote.summary);
		expect(fact('Made as one lot')).toHaveTextContent('None needed');
		expect(screen.queryByRole('rowheader', { name: /^Can a lot of/ })).not.toBeInTheDocument();
	});

	it('moves the lot when the spare hours of week 3 are typed down, and the delivery with transit', async () => {
		const user = userEvent.setup();
		render(CtpCalculator);
		await retype(
			user,
			screen.getByRole('spinbutton', { name: 'Spare assembly hours, week 3' }),
			'10'
		);
		const spareHours = [6, 12, 10, 18, 24, 24, 24, 24];
		const edited = { ...request, capacity: { hoursPerUnit: 0.5, spareHours } };
		const quote = quoteOf(edited);
		expect(quote.lotStartPeriod).toBe(4);
		expect(summary()).toHaveTextContent(quote.summary);
		expect(lotTest()[2]).toBe('no: hours');
		expect(lotTest()[3]).toBe('yes: starts');

		await retype(user, screen.getByLabelText('Transit days'), '4');
		const later = quoteOf(edited, { ...terms, transitDays: 4 });
		expect(summary()).toHaveTextContent(later.summary);
		expect(dates()[0][3]).toBe(
			`Day ${later.shipComplete!.delivery.day} of week ${later.shipComplete!.delivery.period}`
		);
	});

	it('uses the quantity per component and the hours per unit typed in', async () => {
		const user = userEvent.setup();
		render(CtpCalculator);
		await retype(user, screen.getByLabelText('Radio modules per thermostat'), '2');
		await retype(user, screen.getByLabelText('Hours per thermostat'), '0.25');
		const edited = {
			...request,
			components: [{ ...request.components[0], qtyPer: 2 }, request.components[1]],
			capacity: { hoursPerUnit: 0.25, spareHours: o.spareHours }
		};
		expect(summary()).toHaveTextContent(quoteOf(edited).summary);
	});

	it('explains an empty, zero or too large quantity and shows no promise until it is fixed', async () => {
		const user = userEvent.setup();
		render(CtpCalculator);
		const qty = screen.getByLabelText('Quantity');
		await retype(user, qty, '');
		expect(qty).toHaveAccessibleDescription(/Empty or not a number/);
		expect(summary()).toHaveTextContent('Fix one entry to see the promise: Quantity.');
		expect(screen.queryByRole('table', { name: 'Ship date versus delivery date' })).toBeNull();
		await user.type(qty, '0');
		expect(qty).toHaveAccessibleDescription(/Too small\. Enter a whole number from 1 to 99,999\./);
		await retype(user, qty, '100000');
		expect(qty).toHaveAccessibleDescription(/Too large/);
		await retype(
			user,
			screen.getByRole('spinbutton', { name: 'Housings free (cumulative ATP), week 2' }),
			'-3'
		);
		expect(summary()).toHaveTextContent(/Fix 2 entries/);
		expect(
			screen.getByText(/Housings free \(cumulative ATP\), week 2: Must not be negative/)
		).toBeInTheDocument();

		await retype(user, qty, '400');
		await retype(
			user,
			screen.getByRole('spinbutton', { name: 'Housings free (cumulative ATP), week 2' }),
			'50'
		);
		const big = quoteOf({ ...request, qty: 400 });
		expect(big.shipComplete).toBeNull();
		expect(summary()).toHaveTextContent(big.summary);
		expect(fact('Ships complete')).toHaveTextContent('Not within the weeks planned');
	});
});
