// The widgets of lessons 8 to 10 in the browser: each is reached and driven with the keyboard
// alone, its figures follow what the engine computes for the same inputs, and the page passes
// axe in light and dark and fits a 360 px phone.
import { describe, expect, it } from 'vitest';
import { DISTRIBUTION_METHODS } from '../../src/lib/components/lesson/fulfillment-strategies';
import { NETWORK } from '../../src/lib/components/lesson/network-router-data';
import { compareAllocationRules, fairSharePlan } from '../../src/lib/sim/allocation-comparison';
import { distributionLeadTime } from '../../src/lib/sim/fulfillment-comparison';
import { routeOrder } from '../../src/lib/sim/routing';
import {
	expectAccessible,
	expectNoSidewaysScroll,
	expectRegionsAccessible,
	useBrowser
} from './support/browser';
import { open, retype, liveText, rate, dollars } from './support/lesson-widgets';

const session = useBrowser();

const ALLOCATION = '/learn/prioritization-and-allocation';
const FULFILLMENT = '/learn/fulfillment-strategies';
const OMNICHANNEL = '/learn/omnichannel-order-management';

const figure = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** Checks one lesson on a 360 px phone: no sideways scroll, the widgets, then the whole page. */
function phoneChecks(path: string, regions: readonly string[]) {
	it('fits a 360 px phone, and its widgets pass axe there', async () => {
		const phone = await session.newPage({ width: 360 });
		await open(phone, path);
		await expectNoSidewaysScroll(phone);
		await expectRegionsAccessible(phone, regions);
	});

	it('passes axe as a whole page at 360 px', async () => {
		const phone = await session.newPage({ width: 360 });
		await open(phone, path);
		await expectAccessible(phone);
	});
}

const VALVES = [
	{ id: 'O-1', qty: 40, priority: 2 },
	{ id: 'O-2', qty: 30, priority: 1 },
	{ id: 'O-3', qty: 50, priority: 3 },
	{ id: 'O-4', qty: 40, priority: 2 }
];
const CENTERS = [
	{ id: 'Atlanta', onHand: 200, dailyDemand: 40 },
	{ id: 'Dallas', onHand: 180, dailyDemand: 30 },
	{ id: 'Denver', onHand: 400, dailyDemand: 20 }
];
const W5140 = [
	{ sku: 'tent', qty: 1 },
	{ sku: 'bag', qty: 1 },
	{ sku: 'headlamp', qty: 2 }
];

describe('lesson 8 widgets: allocation board and fair-share calculator', () => {
	it('rations the valves and shares central stock as the engine does, by keyboard', async () => {
		const page = await session.newPage();
		await open(page, ALLOCATION);
		const board = page.getByRole('region', { name: 'Allocation board' });
		expect(await liveText(board)).toContain(
			'100 of 160 units ship under every rule (unit fill rate 62.5 %)'
		);

		await retype(page, board.getByRole('spinbutton', { name: 'Units available' }), '80');
		const c = compareAllocationRules(80, VALVES);
		await expect
			.poll(() => liveText(board))
			.toContain(
				`80 of 160 units ship under every rule (unit fill rate ${rate(c.byRule.fcfs.fillRates.unit)})`
			);
		const kline = board.getByRole('row').filter({ hasText: 'O-3 Kline Industrial' });
		expect(await kline.getByRole('cell').nth(3).textContent()).toBe(
			`${c.byRule['pro-rata'].allocation[2]} (${rate(c.byRule['pro-rata'].fillRate[2])})`
		);

		await board.getByRole('checkbox', { name: /serve each tier by order date/ }).focus();
		await page.keyboard.press('Space');
		await expect
			.poll(() =>
				board.getByRole('columnheader', { name: 'Priority, by order date within a tier' }).count()
			)
			.toBe(1);

		const calculator = page.getByRole('region', { name: 'Fair-share calculator' });
		const denver = calculator.getByRole('group', { name: 'Denver DC' });
		await retype(page, denver.getByRole('spinbutton', { name: 'Daily demand' }), '60');
		const plan = fairSharePlan(600, [CENTERS[0], CENTERS[1], { ...CENTERS[2], dailyDemand: 60 }]);
		await expect
			.poll(() => liveText(calculator))
			.toContain(`to ${figure(plan.daysOfSupply)} days of supply`);
		const row = calculator.getByRole('row').filter({ hasText: 'Denver' });
		expect(await row.getByRole('cell').nth(1).textContent()).toBe(String(plan.rows[2].share));
		await expectAccessible(page);
	});

	it('passes axe in the dark scheme', async () => {
		const dark = await session.newPage({ colorScheme: 'dark' });
		await open(dark, ALLOCATION);
		await expectRegionsAccessible(dark, ['Allocation board', 'Fair-share calculator']);
		await expectAccessible(dark);
	});

	phoneChecks(ALLOCATION, ['Allocation board', 'Fair-share calculator']);
});

describe('lesson 9 widget: fulfillment comparator', () => {
	it('moves the decoupling point and the distribution method with the arrow keys', async () => {
		const page = await session.newPage();
		await open(page, FULFILLMENT);
		const production = page.getByRole('region', {
			name: 'Move the customer order decoupling point'
		});
		expect(await liveText(production)).toContain(
			'Assemble-to-order: the customer waits 10 days, within the 12 customers accept'
		);
		await production.getByRole('radio', { name: 'Assemble-to-order' }).focus();
		await page.keyboard.press('ArrowDown');
		await expect
			.poll(() => liveText(production))
			.toContain('Configure-to-order (postponement): the customer waits 6 days');

		await retype(page, production.getByRole('spinbutton', { name: 'Customers accept' }), '3');
		await expect.poll(() => production.getByText(/No environment meets 3 days/).count()).toBe(1);

		const distribution = page.getByRole('region', { name: 'Compare distribution methods' });
		await distribution.getByRole('radio', { name: 'Ship from stock' }).focus();
		await page.keyboard.press('ArrowDown');
		const drop = DISTRIBUTION_METHODS.find((m) => m.id === 'drop-ship')!;
		await expect
			.poll(() => liveText(distribution))
			.toContain(
				`Drop shipment: the customer waits ${figure(distributionLeadTime(drop.chain).customerLeadTime)} days`
			);
		await expectAccessible(page);
	});

	it('passes axe in the dark scheme', async () => {
		const dark = await session.newPage({ colorScheme: 'dark' });
		await open(dark, FULFILLMENT);
		await expectRegionsAccessible(dark, [
			'Move the customer order decoupling point',
			'Compare distribution methods'
		]);
		await expectAccessible(dark);
	});

	phoneChecks(FULFILLMENT, [
		'Move the customer order decoupling point',
		'Compare distribution methods'
	]);
});

describe('lesson 10 widget: network router', () => {
	it('routes order W-5140 by the rule chosen with the keyboard, with the engine’s cost and days', async () => {
		const page = await session.newPage();
		await open(page, OMNICHANNEL);
		const router = page.getByRole('region', { name: 'Route order W-5140' });
		const landed = routeOrder(W5140, NETWORK, 'lowest-cost');
		expect(await liveText(router)).toContain(`${dollars(landed.totalCost)} in all`);
		expect(
			await router.getByRole('img', { name: /This route uses Regional DC and Store A/ }).count()
		).toBe(1);

		await router.getByRole('radio', { name: 'Lowest landed cost' }).focus();
		await page.keyboard.press('ArrowDown');
		const fewest = routeOrder(W5140, NETWORK, 'fewest-splits');
		await expect
			.poll(() => liveText(router))
			.toContain(
				`Fewest splits: 1 shipment (0 splits) from 3PL site, ${dollars(fewest.totalCost)} in all`
			);

		await retype(page, router.getByRole('spinbutton', { name: 'Headlamps' }), '100');
		await expect.poll(() => liveText(router)).toContain('No node can ship 100 headlamps whole');
		await expectAccessible(page);
	});

	it('passes axe in the dark scheme', async () => {
		const dark = await session.newPage({ colorScheme: 'dark' });
		await open(dark, OMNICHANNEL);
		await expectRegionsAccessible(dark, ['Route order W-5140']);
		await expectAccessible(dark);
	});

	phoneChecks(OMNICHANNEL, ['Route order W-5140']);
});
