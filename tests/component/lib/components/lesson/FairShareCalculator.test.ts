import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import FairShareCalculator from '../../../../../src/lib/components/lesson/FairShareCalculator.svelte';
import { fairSharePlan, proRataToRequests } from '../../../../../src/lib/sim/allocation-comparison';

const days = (v: number | null) =>
	v === null ? 'no demand' : v.toLocaleString('en-US', { maximumFractionDigits: 2 });

function row(name: string): string[] {
	const header = within(screen.getByRole('table')).getByRole('rowheader', { name });
	return within(header.closest('tr')!)
		.getAllByRole('cell')
		.map((c) => c.textContent!.trim());
}

const field = (group: RegExp, name: string) =>
	within(screen.getByRole('group', { name: group })).getByRole('spinbutton', { name });

describe('FairShareCalculator', () => {
	it('starts from the lesson’s three DCs: 360 to Atlanta, 240 to Dallas, none to Denver', () => {
		render(FairShareCalculator);
		const locations = [
			{ id: 'Atlanta', onHand: 200, dailyDemand: 40 },
			{ id: 'Dallas', onHand: 180, dailyDemand: 30 },
			{ id: 'Denver', onHand: 400, dailyDemand: 20 }
		];
		const plan = fairSharePlan(600, locations);
		const proRata = proRataToRequests(600, locations, [400, 300, 100]);
		plan.rows.forEach((r, i) => {
			expect(row(r.id)).toEqual([
				days(r.daysOfSupplyBefore),
				String(r.share),
				days(r.daysOfSupplyAfter),
				`${proRata[i].share} of ${proRata[i].request}`,
				days(proRata[i].daysOfSupplyAfter)
			]);
		});
		expect(row('Denver')).toEqual(['20', '0', '20', '75 of 100', '23.75']);
		expect(
			screen.getByText(/Fair share brings Atlanta and Dallas to 14 days of supply/)
		).toHaveTextContent('Denver, already at 20 days, gets nothing and keeps 20.');
		const passes = screen
			.getAllByRole('listitem')
			.map((li) => li.textContent!.replace(/\s+/g, ' '));
		expect(passes[0]).toContain('DS = (600 + 780) / 90 = 15.33 days');
		expect(passes[0]).toContain("Denver's share would be -93.3 units");
		expect(passes[1]).toContain('DS = (600 + 380) / 70 = 14 days');
	});

	it('recomputes when the learner changes central stock and a DC’s figures', async () => {
		const user = userEvent.setup();
		render(FairShareCalculator);
		const stock = field(/^Central warehouse/, 'Units available');
		await user.clear(stock);
		await user.type(stock, '1200');
		const demand = field(/^Denver/, 'Daily demand');
		await user.clear(demand);
		await user.type(demand, '45.5');
		const locations = [
			{ id: 'Atlanta', onHand: 200, dailyDemand: 40 },
			{ id: 'Dallas', onHand: 180, dailyDemand: 30 },
			{ id: 'Denver', onHand: 400, dailyDemand: 45.5 }
		];
		const plan = fairSharePlan(1200, locations);
		expect(plan.passes).toHaveLength(1);
		plan.rows.forEach((r) => {
			expect(row(r.id).slice(0, 3)).toEqual([
				days(r.daysOfSupplyBefore),
				String(r.share),
				days(r.daysOfSupplyAfter)
			]);
		});
		expect(screen.getByText(/Fair share brings Atlanta, Dallas and Denver to/)).toHaveTextContent(
			`${days(plan.daysOfSupply)} days of supply`
		);
	});

	it('explains bad entries and a network without demand, without crashing', async () => {
		const user = userEvent.setup();
		render(FairShareCalculator);
		const onHand = field(/^Dallas/, 'On hand');
		await user.clear(onHand);
		await user.type(onHand, '-3');
		expect(onHand).toHaveAccessibleDescription('Dallas on hand cannot be negative.');
		expect(screen.queryByRole('table')).not.toBeInTheDocument();
		await user.clear(onHand);
		await user.type(onHand, '2.5');
		expect(onHand).toHaveAccessibleDescription('Dallas on hand must be a whole number.');
		await user.clear(onHand);
		await user.type(onHand, '180');
		expect(screen.getByRole('table')).toBeInTheDocument();
		for (const dc of [/^Atlanta/, /^Dallas/, /^Denver/]) {
			const demand = field(dc, 'Daily demand');
			await user.clear(demand);
			await user.type(demand, '0');
		}
		expect(screen.getByText(/At least one DC needs a daily demand above 0/)).toBeInTheDocument();
		expect(screen.queryByRole('table')).not.toBeInTheDocument();
		const stock = field(/^Central warehouse/, 'Units available');
		await user.clear(stock);
		await user.type(stock, '100001');
		expect(stock).toHaveAccessibleDescription(
			'Central units available cannot be more than 100,000.'
		);
	});
});
