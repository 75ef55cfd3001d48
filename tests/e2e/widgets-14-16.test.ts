// The widgets of lessons 14 to 16 in the browser: each is reached and driven with the keyboard
// alone, its figures follow what the engine computes for the same inputs, and the page passes
// axe in light and dark and fits a 360 px phone.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { deskAutomation, type DeskAutomationInput } from '../../src/lib/sim/automation';
import { evaluateReturn } from '../../src/lib/sim/disposition';
import { perfectOrderAudit } from '../../src/lib/sim/perfect-order-audit';
import { expectAccessible, expectRegionsAccessible, useBrowser } from './support/browser';
import { open, retype, liveText, schemeAndPhoneChecks } from './support/lesson-widgets';

const session = useBrowser();

const RETURNS = '/learn/returns-management';
const AUTOMATION = '/learn/oms-technology-and-automation';
const PERFECT_ORDER = '/learn/perfect-order-metrics';

const RMA_WIDGET = 'Walk a pump return through its RMA';
const DIAL_WIDGET = 'Turn the automation dial on the pump distributor’s desk';
const AUDIT_WIDGET = 'Audit a week of valve orders: the count against the product';

const num = (v: number, digits = 2) => v.toLocaleString('en-US', { maximumFractionDigits: digits });
const pct = (v: number) => `${num(v * 100)} %`;

/** Focuses a control and presses a key on it. */
async function press(page: Page, control: Locator, key = 'Enter') {
	await control.focus();
	await page.keyboard.press(key);
}

/** The cells of a table row found by its row header, spaces collapsed. */
async function rowCells(table: Locator, header: string): Promise<string[]> {
	const row = table
		.getByRole('row')
		.filter({ has: table.page().getByRole('rowheader', { name: header, exact: true }) });
	const cells = await row.getByRole('cell').allTextContents();
	return cells.map((c) => c.replace(/\s+/g, ' ').trim());
}

describe('lesson 14 widget: RMA walk-through', () => {
	it('walks a return damaged in transit to its credit memo by keyboard, as the engine prices it', async () => {
		const page = await session.newPage();
		await open(page, RETURNS);
		const widget = page.getByRole('region', { name: RMA_WIDGET, exact: true });
		expect(await liveText(widget)).toBe(
			'Within policy: day 12 of a 30-day return window. Authorize or deny RMA-0417.'
		);

		// The reasons are a radio group: the arrow key moves from "Ordered by mistake" to "Damaged".
		await press(page, widget.getByRole('radio', { name: /^Ordered by mistake/ }), 'ArrowDown');
		await expect
			.poll(() => widget.getByRole('radio', { name: 'Damaged in transit' }).isChecked())
			.toBe(true);
		await expect
			.poll(() => liveText(widget))
			.toBe('Within policy: day 12 of the 365-day warranty. Authorize or deny RMA-0417.');

		await press(page, widget.getByRole('button', { name: 'Authorize: issue RMA-0417' }));
		const receive = widget.getByRole('heading', { name: '2. Receive against the RMA' });
		await expect.poll(() => receive.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect.poll(() => liveText(widget)).toContain('5 pumps in the returns location');
		const where = widget.getByRole('table', { name: /Where the pumps are/ });
		expect((await rowCells(where, 'Available stock (in ATP)')).at(-1)).toBe('0');

		await press(page, widget.getByRole('button', { name: 'Record the inspection' }));
		await press(page, widget.getByRole('button', { name: 'Carry out the dispositions' }));
		await press(page, widget.getByRole('button', { name: 'Issue the credit memo' }));

		// No restocking fee: the customer did not cause a freight damage.
		const e = evaluateReturn({
			unitPrice: 480,
			unitCost: 300,
			restockingFeeRate: 0,
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
		await expect
			.poll(() => liveText(widget))
			.toBe(
				`Credit memo ${num(e.credit)}. The return costs ${num(e.netCost)}, more than the 900 margin the sale earned.`
			);
		expect((await rowCells(where, 'Available stock (in ATP)')).at(-1)).toBe('4');
		expect((await rowCells(where, 'Refurbished item')).at(-1)).toBe('1');
		const money = widget.getByRole('table', { name: /What the return has cost/ });
		expect((await rowCells(money, 'Credit memo')).at(-1)).toBe(num(e.credit));
		await expectRegionsAccessible(page, RMA_WIDGET);
		await expectAccessible(page);
	});

	schemeAndPhoneChecks(session, RETURNS, RMA_WIDGET);
});

describe('lesson 15 widget: automation dial', () => {
	const levelA: DeskAutomationInput = {
		ordersPerDay: 400,
		staff: 5,
		productiveMinutesPerPerson: 420,
		touchlessShare: 0.3,
		minutesPerHandledOrder: 7,
		minutesPerTouchlessOrder: 0,
		handledErrorRate: 0.025,
		touchlessErrorRate: 0.005
	};

	it('turns the dial and loads level B by keyboard, as the engine computes the desk', async () => {
		const page = await session.newPage();
		await open(page, AUTOMATION);
		const widget = page.getByRole('region', { name: DIAL_WIDGET, exact: true });
		expect(await liveText(widget)).toContain('30 % touchless: 280 orders a day reach a person.');

		await press(page, widget.getByRole('radio', { name: '30 %', exact: true }), 'ArrowRight');
		const forty = deskAutomation({ ...levelA, touchlessShare: 0.4 });
		await expect
			.poll(() => liveText(widget))
			.toContain(
				`40 % touchless: ${num(forty.handledOrders, 1)} orders a day reach a person. 5 people can clear ${num(forty.capacityOrdersPerDay, 1)} orders a day`
			);

		await press(page, widget.getByRole('button', { name: 'Level B: rules live' }));
		const levelB: DeskAutomationInput = {
			...levelA,
			touchlessShare: 0.8,
			minutesPerHandledOrder: 12,
			minutesPerTouchlessOrder: 0.5,
			handledErrorRate: 0.03
		};
		const b = deskAutomation(levelB);
		const table = widget.getByRole('table', { name: /Throughput and errors/ });
		await expect
			.poll(() => rowCells(table, 'Capacity, orders a day'))
			.toEqual([
				num(b.capacityOrdersPerDay, 1),
				num(deskAutomation(levelA).capacityOrdersPerDay, 1)
			]);
		expect((await rowCells(table, 'Error rate'))[0]).toBe(pct(b.errorRate));

		await retype(page, widget.getByRole('spinbutton', { name: 'People on the desk' }), '2');
		const two = deskAutomation({ ...levelB, staff: 2 });
		await expect
			.poll(() => liveText(widget))
			.toContain(`The desk falls behind: the workload needs ${num(two.staffNeeded)} people.`);
		await expectRegionsAccessible(page, DIAL_WIDGET);
		await expectAccessible(page);
	});

	schemeAndPhoneChecks(session, AUTOMATION, DIAL_WIDGET);
});

describe('lesson 16 widget: perfect-order calculator', () => {
	const ok = { onTime: true, inFull: true, damageFree: true, documentationAccurate: true };
	const week = [
		ok,
		ok,
		{ ...ok, onTime: false, inFull: false },
		{ ...ok, onTime: false, documentationAccurate: false },
		{ ...ok, inFull: false, documentationAccurate: false },
		{ ...ok, damageFree: false },
		ok,
		ok,
		ok,
		ok,
		{ ...ok, cancelled: true }
	];

	it('ticks an order with the keyboard and spreads the failures, as the engine counts them', async () => {
		const page = await session.newPage();
		await open(page, PERFECT_ORDER);
		const widget = page.getByRole('region', { name: AUDIT_WIDGET, exact: true });
		const audited = perfectOrderAudit(week);
		expect(await liveText(widget)).toBe(
			`Perfect Order Fulfillment ${pct(audited.rate)} by count (6 of 10 orders perfect); product of the component rates ${pct(audited.productOfComponents)}; OTIF ${pct(audited.otif)}.`
		);

		await press(page, widget.getByRole('checkbox', { name: 'V-106 damage free' }), 'Space');
		const fixed = perfectOrderAudit(week.map((o, i) => (i === 5 ? { ...o, damageFree: true } : o)));
		await expect
			.poll(() => liveText(widget))
			.toContain(`${pct(fixed.rate)} by count (7 of 10 orders perfect)`);

		await press(page, widget.getByRole('button', { name: 'Failures on seven different orders' }));
		await expect.poll(() => liveText(widget)).toContain('30 % by count (3 of 10 orders perfect)');
		expect(await liveText(widget)).toContain('product of the component rates 46.08 %');
		await expectRegionsAccessible(page, AUDIT_WIDGET);
		await expectAccessible(page);
	});

	schemeAndPhoneChecks(session, PERFECT_ORDER, AUDIT_WIDGET);
});
