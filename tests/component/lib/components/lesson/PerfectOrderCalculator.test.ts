import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import PerfectOrderCalculator from '../../../../../src/lib/components/lesson/PerfectOrderCalculator.svelte';
import { PRESETS } from '../../../../../src/lib/components/lesson/perfect-order-data';
import { otif, perfectOrderRate } from '../../../../../src/lib/sim/kpis';
import { perfectOrderAudit } from '../../../../../src/lib/sim/perfect-order-audit';

const pct = (x: number) => `${(x * 100).toLocaleString('en-US', { maximumFractionDigits: 2 })} %`;
const live = () =>
	screen.getByText(/^Perfect Order Fulfillment .* by count|^Every order is cancelled/);

function componentRow(name: string | RegExp) {
	const table = screen.getByRole('table', { name: /component rates and OTIF/ });
	const row = within(table).getByRole('rowheader', { name }).closest('tr')!;
	return within(row)
		.getAllByRole('cell')
		.map((c) => c.textContent!.trim());
}

/** The lesson's week as the engine reads it: V-111 cancelled, V-103 to V-106 failing. */
function lessonWeek() {
	const ok = { onTime: true, inFull: true, damageFree: true, documentationAccurate: true };
	return [
		ok,
		ok,
		{ ...ok, onTime: false, inFull: false },
		{ ...ok, onTime: false, documentationAccurate: false },
		{ ...ok, inFull: false, documentationAccurate: false },
		{ ...ok, damageFree: false },
		ok,
		ok,
		ok,
		ok
	];
}

describe('PerfectOrderCalculator', () => {
	it('opens on the audited week: 60 % by count beside a product of 46.08 %, OTIF 70 %', () => {
		render(PerfectOrderCalculator);
		const week = lessonWeek();
		const r = perfectOrderRate(week);
		expect(pct(r.rate)).toBe('60 %');
		expect(pct(r.productOfComponents)).toBe('46.08 %');
		expect(live()).toHaveTextContent(
			`Perfect Order Fulfillment ${pct(r.rate)} by count (6 of 10 orders perfect); product of the component rates ${pct(r.productOfComponents)}; OTIF ${pct(otif(week))}.`
		);
		expect(live()).toHaveAttribute('aria-live', 'polite');
		expect(componentRow('Delivery performance to customer commit date')).toEqual([
			'8 of 10',
			'80 %'
		]);
		expect(componentRow('Perfect condition')).toEqual(['9 of 10', '90 %']);
		expect(componentRow(/OTIF/)).toEqual(['7 of 10', '70 %']);
		expect(screen.getByText('0.8 x 0.8 x 0.9 x 0.8')).toBeVisible();
		expect(
			screen.getByText(/fall on only 4 orders; 3 of them failed more than once/)
		).toHaveTextContent('the count (60 %) is above the product (46.08 %)');
		expect(screen.getByText(/1 order cancelled by the customer left out/)).toBeVisible();
	});

	it('follows a ticked box with the keyboard: V-106 undamaged makes 7 of 10 perfect', async () => {
		const user = userEvent.setup();
		render(PerfectOrderCalculator);
		const box = screen.getByRole('checkbox', { name: 'V-106 damage free' });
		expect(box).not.toBeChecked();
		box.focus();
		await user.keyboard(' ');
		expect(box).toBeChecked();
		const week = lessonWeek();
		week[5] = { ...week[5], damageFree: true };
		const a = perfectOrderAudit(week);
		expect(a.perfect).toBe(7);
		expect(live()).toHaveTextContent(
			`Perfect Order Fulfillment ${pct(a.rate)} by count (7 of 10 orders perfect); product of the component rates ${pct(a.productOfComponents)}`
		);
		expect(componentRow('Perfect condition')).toEqual(['10 of 10', '100 %']);
	});

	it('spreads the failures over seven orders: the count falls below the same product', async () => {
		const user = userEvent.setup();
		render(PerfectOrderCalculator);
		await user.click(screen.getByRole('button', { name: 'Failures on seven different orders' }));
		const a = perfectOrderAudit(PRESETS.find((p) => p.id === 'spread')!.rows());
		expect(pct(a.rate)).toBe('30 %');
		expect(live()).toHaveTextContent(`${pct(a.rate)} by count (3 of 10 orders perfect)`);
		expect(live()).toHaveTextContent('product of the component rates 46.08 %');
		expect(screen.getByText(/fall on 7 different orders, none of them twice/)).toHaveTextContent(
			'the count (30 %) is below the product (46.08 %)'
		);
		await user.click(screen.getByRole('button', { name: 'Failures piled onto two orders' }));
		expect(live()).toHaveTextContent('80 % by count (8 of 10 orders perfect)');
	});

	it('counts a cancelled order out of both numerator and denominator', async () => {
		const user = userEvent.setup();
		render(PerfectOrderCalculator);
		await user.click(screen.getByRole('checkbox', { name: 'V-103 cancelled by the customer' }));
		const week = lessonWeek().filter((_, i) => i !== 2);
		const a = perfectOrderAudit(week);
		expect(live()).toHaveTextContent(`${pct(a.rate)} by count (6 of 9 orders perfect)`);
		expect(screen.getByText(/2 orders cancelled by the customer left out/)).toBeVisible();
		const row = screen.getByRole('rowheader', { name: 'V-103' }).closest('tr')!;
		expect(within(row).getByText('Left out')).toBeVisible();
	});

	it('says there is nothing to measure when every order is cancelled, without crashing', async () => {
		const user = userEvent.setup();
		render(PerfectOrderCalculator);
		for (const box of screen.getAllByRole('checkbox', { name: /cancelled by the customer/ })) {
			if (!(box as HTMLInputElement).checked) await user.click(box);
		}
		expect(live()).toHaveTextContent(
			'Every order is cancelled, so there is nothing to measure: untick a cancellation.'
		);
		expect(screen.queryByRole('table', { name: /component rates/ })).not.toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'The audited week' }));
		expect(live()).toHaveTextContent('60 % by count');
	});
});
