// The policy panel (every policy a scenario opens, named by POLICY_NAMES) and the KPI
// dashboard's charts and tables (named by KPI_INFO, formatted by kpiValue).
import { screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { KPI_INFO, POLICY_KEYS } from '../../../../../src/lib/sim';
import { kpiValue, money } from '../../../../../src/lib/format';
import { testScenario } from '../../../../unit/lib/sim/world/fixture';
import { contentScenario, returnsDeskWorld } from '../../../../unit/lib/sim/world/desk-fixture';
import { days, renderDesk } from './render-desk';

describe('the policy panel', () => {
	const everything = () => testScenario({ adjustablePolicies: [...POLICY_KEYS] });

	it('sets automation, CPFR, VMI and the routing rule through policy.set', async () => {
		const { user, world } = renderDesk(everything());
		const panel = screen.getByRole('region', { name: 'Policies' });
		await user.selectOptions(
			within(panel).getByLabelText(
				'Whether rules take clean orders through without a person (automation)'
			),
			'rules'
		);
		await user.click(
			within(panel).getByRole('checkbox', {
				name: 'Whether you plan and forecast jointly with the supplier (CPFR)'
			})
		);
		await user.selectOptions(
			within(panel).getByLabelText(
				'Which customer’s replenishment you manage (vendor-managed inventory)'
			),
			'Silver Co'
		);
		await user.selectOptions(
			within(panel).getByLabelText('How orders are routed across the network'),
			'The fewest split shipments'
		);
		expect(world().policy).toMatchObject({
			automation: 'rules',
			cpfr: true,
			vmiCustomer: 'SILVER',
			routingRule: 'fewest-splits'
		});
		await user.selectOptions(
			within(panel).getByLabelText(/vendor-managed inventory/),
			'Nobody: every customer orders for itself'
		);
		expect(world().policy.vmiCustomer).toBeNull();
	});

	it('refuses a reserve that is not a whole number of units, and changes nothing', async () => {
		const { user, world } = renderDesk(everything());
		const reserve = screen.getByLabelText(/The stock reserved for strategic customers/);
		const before = world();
		await user.clear(reserve);
		await user.type(reserve, '-2');
		await user.tab();
		expect(screen.getByRole('alert')).toHaveTextContent(
			'Enter a whole number of units, 0 or more. The reserve is unchanged.'
		);
		expect(reserve).toHaveAttribute('aria-invalid', 'true');
		expect(world()).toBe(before);
		await user.clear(reserve);
		await user.type(reserve, '5');
		await user.tab();
		expect(world().policy.tierReserve).toBe(5);
		expect(screen.queryByRole('alert')).toBeNull();
	});

	it('says so when the scenario fixes every policy', () => {
		renderDesk(contentScenario('returns-desk'));
		expect(screen.getByRole('region', { name: 'Policies' })).toHaveTextContent(
			'This scenario fixes every policy.'
		);
	});
});

describe('the KPI dashboard', () => {
	it('charts returns, cash and satisfaction beside service, each KPI named and formatted', async () => {
		const scenario = contentScenario('returns-desk');
		const { user } = renderDesk(scenario, [
			{ type: 'order.validate', orderId: 'SO-0001' },
			{ type: 'order.correct', orderId: 'SO-0001', code: 'abnormal-demand' },
			{ type: 'order.promise', orderId: 'SO-0001' },
			{ type: 'order.allocate', orderId: 'SO-0001' },
			{ type: 'order.ship', orderId: 'SO-0001' },
			...days(3)
		]);
		const row = returnsDeskWorld(4).kpis.at(-1)!;
		const dashboard = screen.getByRole('region', { name: 'KPIs by day' });
		expect(
			within(dashboard)
				.getAllByRole('figure')
				.map((f) => f.firstChild?.textContent)
		).toEqual([
			'Fill rate (first shipment)',
			'OTIF',
			'Perfect order fulfillment',
			'Order fulfillment cycle time and backorders',
			'Revenue, cash collected and receivables',
			'Days sales outstanding and cash-to-cash',
			'Returns',
			'Customer satisfaction and inquiries'
		]);
		const table = async (title: string) => {
			await user.click(within(dashboard).getByText(`${title}: figures`));
			const t = within(dashboard).getByRole('region', { name: `${title}: table` });
			const [head, ...body] = within(t).getAllByRole('row');
			const cells = (r: HTMLElement) =>
				[...r.querySelectorAll('th, td')].map((c) => c.textContent?.trim());
			return { head: cells(head), last: cells(body.at(-1)!) };
		};
		const returns = await table('Returns');
		expect(returns.head).toEqual([
			'Day',
			KPI_INFO.returnRateUnits.label,
			KPI_INFO.returnRateOrders.label,
			'Target: Return rate, units at most 15.0 %'
		]);
		expect(returns.last).toEqual([
			'Day 3',
			kpiValue(row.returnRateUnits, 'rate'),
			kpiValue(row.returnRateOrders, 'rate'),
			'15.0 %'
		]);
		const cash = await table('Revenue, cash collected and receivables');
		expect(cash.head).toEqual(['Day', 'Revenue', 'Cash collected', 'Receivables']);
		expect(cash.last).toEqual([
			'Day 3',
			money(row.revenue),
			money(row.cashCollected),
			money(row.receivables)
		]);
		const dso = await table('Days sales outstanding and cash-to-cash');
		expect(dso.head).toEqual(['Day', 'Days sales outstanding', 'Cash-to-cash cycle time']);
		expect(dso.last[1]).toBe(kpiValue(row.dso, 'days'));
		const satisfaction = await table('Customer satisfaction and inquiries');
		expect(satisfaction.head).toEqual(['Day', 'Customer satisfaction index', 'Customer inquiries']);
		expect(satisfaction.last).toEqual([
			'Day 3',
			kpiValue(row.satisfaction, 'index'),
			String(row.inquiries)
		]);
	});
});
