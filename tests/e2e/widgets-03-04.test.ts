// Lesson widgets of topics 3 and 4 in the browser: the order inspector, the ATP grid and the
// CTP calculator, each reached and driven with the keyboard alone, checked with axe in the
// light and dark schemes and on a 360 px phone. Expected figures come from the engine.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ctpQuote } from '../../src/lib/sim/ctp-quote';
import { masterScheduleRows, recordSummary } from '../../src/lib/sim/master-schedule-record';
import { correctOrder, inspectOrder } from '../../src/lib/sim/order-inspection';
import {
	FENWICK,
	INCOMING_ORDER,
	ITEM_MASTER
} from '../../src/lib/components/lesson/order-inspector-order';
import { expectAccessible, expectNoSidewaysScroll, useBrowser } from './support/browser';

const session = useBrowser();

const INSPECTION = '/learn/order-capture-and-validation';
const ATP = '/learn/atp-and-ctp';

// Lesson 4's worked example (src/lib/components/lesson/atp-worked-example.ts).
const record = {
	onHand: 40,
	forecast: [35, 35, 35, 35, 35, 35, 35, 35],
	customerOrders: [25, 20, 35, 70, 40, 10, 5, 0],
	mps: [0, 80, 0, 80, 0, 80, 0, 80],
	demandTimeFence: 2
};
const contractor = {
	qty: 40,
	requestedPeriod: 3,
	productCumulativeAtp: [10, 10, 10, 10, 10, 75, 75, 155],
	components: [
		{ qtyPer: 1, cumulativeAtp: [10, 35, 35, 60, 60, 60, 85, 85] },
		{ qtyPer: 1, cumulativeAtp: [50, 50, 50, 50, 50, 50, 50, 50] }
	],
	capacity: { hoursPerUnit: 0.5, spareHours: [6, 12, 18, 18, 24, 24, 24, 24] },
	leadTimePeriods: 1
};
const truck = { handlingDays: 1, transitDays: 2 };
const WEEK = { periodName: 'week' };
const minus = (n: number) => (n < 0 ? `−${-n}` : String(n));

/** The text of a live summary, as a screen reader would read it. */
const said = (status: Locator) => status.textContent().then((t) => t?.replace(/\s+/g, ' ').trim());

/** Presses keys in order on whatever has focus. */
async function press(page: Page, keys: string[]) {
	for (const key of keys) await page.keyboard.press(key);
}

/** Replaces the figure in the focused number box by typing. */
async function retype(page: Page, text: string) {
	await page.keyboard.press('Control+A');
	await page.keyboard.type(text);
}

/** The figures of one result row of the ATP grid, by its row header. */
async function figures(page: Page, rowName: string): Promise<string[]> {
	const table = page.getByRole('table', { name: /thermostat master schedule record/i });
	const row = table
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name: rowName, exact: true }) });
	return (await row.getByRole('cell').allTextContents()).map((t) => t.trim());
}

async function inspectWithKeyboard(page: Page) {
	const inspector = page.getByRole('region', { name: /^Inspect order FM-2291/ });
	for (const name of ['Item code FS-23', 'Quantity 20', 'Unit price 61.00', 'Quantity 10']) {
		await inspector.getByRole('checkbox', { name, exact: true }).first().focus();
		await press(page, ['Space']);
	}
	await inspector.getByRole('button', { name: 'Check my flags' }).focus();
	await press(page, ['Enter']);
	const status = inspector.getByRole('status').first();
	await expect
		.poll(() => said(status))
		.toContain('You found 3 of 5 errors and missed 2, with 1 false alarm.');
	const falseAlarm = inspector.getByRole('group', { name: /^Line 1:/ }).getByText(/^False alarm\./);
	expect(await falseAlarm.count()).toBe(1);

	// Correct the order: the customer confirms 24 valve kits; credit runs on the corrected value.
	await inspector.getByLabel(/quantity the customer confirms/).focus();
	await page.keyboard.type('24');
	const credit = inspectOrder(
		correctOrder(INCOMING_ORDER, ITEM_MASTER, { qty: { 3: 24 } }),
		ITEM_MASTER,
		FENWICK
	).checkpoints.find((c) => c.id === 'credit')!;
	await expect.poll(() => said(inspector.getByRole('status').nth(1))).toContain(credit.reason);
}

describe('lesson 3: the order inspector', () => {
	it('is flagged and checked with the keyboard, and credit runs again on the corrected order', async () => {
		const page = await session.newPage();
		await page.goto(INSPECTION);
		await expectAccessible(page);
		await inspectWithKeyboard(page);
		await expectAccessible(page);
	});

	it('fits a 360 px phone in the dark scheme and passes axe there', async () => {
		const page = await session.newPage({ width: 360, colorScheme: 'dark' });
		await page.goto(INSPECTION);
		await expectNoSidewaysScroll(page);
		await expectAccessible(page);
		await inspectWithKeyboard(page);
		await expectNoSidewaysScroll(page);
		await expectAccessible(page);
	});
});

describe('lesson 4: the ATP grid and the CTP calculator', () => {
	it('edits the record with the keyboard and every ATP row follows the engine', async () => {
		const page = await session.newPage();
		await page.goto(ATP);
		await expectAccessible(page);
		const grid = page.getByRole('region', { name: 'Edit the thermostat record' });
		expect(await figures(page, 'Discrete ATP')).toEqual(
			masterScheduleRows(record).discrete.map(minus)
		);

		// Arrow up steps week 4's orders from 70 to 71; Enter moves down to week 4's MPS receipt.
		await grid.getByRole('spinbutton', { name: 'Customer orders, week 4' }).focus();
		await press(page, ['ArrowUp']);
		const stepped = { ...record, customerOrders: [25, 20, 35, 71, 40, 10, 5, 0] };
		await expect
			.poll(() => figures(page, 'Discrete ATP'))
			.toEqual(masterScheduleRows(stepped).discrete.map(minus));
		await press(page, ['Enter']);
		const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
		expect(focused).toBe('MPS receipts, week 4');
		await retype(page, '120');
		const bigger = { ...stepped, mps: [0, 80, 0, 120, 0, 80, 0, 80] };
		await expect
			.poll(() => figures(page, 'Cumulative ATP with look-ahead'))
			.toEqual(masterScheduleRows(bigger).cumulativeLookAhead.map(minus));
		await expect.poll(() => said(grid.getByRole('status'))).toBe(recordSummary(bigger, WEEK));
		await expect
			.poll(() => grid.getByRole('region', { name: 'How week 4 is worked out' }).count())
			.toBe(1);
		await expectAccessible(page);

		// The CTP calculator: the contractor can wait for week 6, where ATP covers all 40.
		const ctp = page.getByRole('region', { name: 'Capable-to-promise calculator' });
		await ctp.getByLabel('Requested ship week').focus();
		await press(page, ['ArrowDown', 'ArrowDown', 'ArrowDown']);
		await expect
			.poll(() => said(ctp.getByRole('status')))
			.toBe(ctpQuote({ ...contractor, requestedPeriod: 6 }, truck, WEEK).summary);
		await expectAccessible(page);
	});

	it('fits a 360 px phone in the dark scheme, the grid scrolling inside its region', async () => {
		const page = await session.newPage({ width: 360, colorScheme: 'dark' });
		await page.goto(ATP);
		await expectNoSidewaysScroll(page);
		await expectAccessible(page);
		const ctp = page.getByRole('region', { name: 'Capable-to-promise calculator' });
		expect(await said(ctp.getByRole('status'))).toBe(ctpQuote(contractor, truck, WEEK).summary);
		await ctp.getByLabel('Transit days').focus();
		await retype(page, '4');
		await expect
			.poll(() => said(ctp.getByRole('status')))
			.toBe(ctpQuote(contractor, { ...truck, transitDays: 4 }, WEEK).summary);

		const grid = page.getByRole('region', { name: 'Edit the thermostat record' });
		await grid.getByRole('spinbutton', { name: 'Forecast, week 8' }).focus();
		await retype(page, '90');
		const forecast = [35, 35, 35, 35, 35, 35, 35, 90];
		await expect
			.poll(() => figures(page, 'PAB'))
			.toEqual(masterScheduleRows({ ...record, forecast }).pab.map(minus));
		await expectNoSidewaysScroll(page);
		await expectAccessible(page);
	});

	it('passes axe in the dark scheme on a wide screen, and with an invalid entry', async () => {
		const page = await session.newPage({ colorScheme: 'dark' });
		await page.goto(ATP);
		await expectAccessible(page);
		const grid = page.getByRole('region', { name: 'Edit the thermostat record' });
		await grid.getByRole('spinbutton', { name: 'Customer orders, week 2' }).focus();
		await press(page, ['Control+A', 'Backspace']);
		await expect
			.poll(() => said(grid.getByRole('status')))
			.toBe('Fix one entry to update the record: Customer orders, week 2.');
		await expectAccessible(page);
	});
});
