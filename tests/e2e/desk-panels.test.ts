// The desk's panels for the engine's later features, played with the keyboard in Chromium:
// a recall return from request to credit, an export order's documents and license, and an
// exception resolved from the queue. axe checks each in light, dark and at 360 px.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createWorld, step, vecGet, type Command } from '../../src/lib/sim';
import { contentScenario } from '../unit/lib/sim/world/desk-fixture';
import { expectAccessible, expectNoSidewaysScroll, tabTo, useBrowser } from './support/browser';

const session = useBrowser();

/** Tabs to the control named `name` (however far round the page it is) and presses Enter. */
async function press(page: Page, name: string | RegExp) {
	await tabTo(page, name, 400);
	await page.keyboard.press('Enter');
}

/** Ends days `from` to `to` with the keyboard: the End day button keeps the focus. */
async function endDays(page: Page, from: number, to: number) {
	await tabTo(page, `End day ${from}`, 400);
	for (let day = from; day <= to; day++) {
		await page.keyboard.press('Enter');
		await expect.poll(() => page.getByText(`Day ${day + 1} of`).count()).toBe(1);
	}
}

/** With the focus in a radio group, presses ArrowDown until `label` is the one checked. */
async function chooseRadio(page: Page, label: string | RegExp) {
	const radio = page.getByLabel(label, { exact: typeof label === 'string' });
	for (let i = 0; i < 8 && !(await radio.isChecked()); i++) await page.keyboard.press('ArrowDown');
	expect(await radio.isChecked()).toBe(true);
}

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** The run the page saved (seed and accepted commands), replayed by the engine in Node. */
async function replaySaved(page: Page, scenarioId: string) {
	const saved = await page.evaluate(
		(key) => JSON.parse(localStorage.getItem(key) ?? 'null'),
		`order-desk:run:${scenarioId}`
	);
	let world = createWorld(contentScenario(scenarioId), saved.seed);
	for (const command of saved.commands as Command[]) world = step(world, command).world;
	return world;
}

describe('the desk’s panels in the browser', () => {
	it('takes a recall return from request to credit memo with the keyboard', async () => {
		const page = await session.newPage();
		await page.goto('/play/returns-desk');
		await press(page, 'Start day 1');
		// Fairbanks's 40 PC-20 are genuine: confirm with the customer, promise and ship.
		await press(page, /^SO-0001/);
		await press(page, 'Validate');
		await press(page, 'Correct with the customer');
		await press(page, 'Promise');
		await press(page, 'Allocate stock');
		await press(page, 'Release to the warehouse');
		await endDays(page, 1, 9);

		const news = region(page, 'Disruptions');
		await expect
			.poll(() => news.getByRole('status').innerText())
			.toContain('Today, day 10: Product recall');
		await press(page, 'Returns (1)');
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.id))
			.toBe('returns-heading');
		const returns = region(page, 'Returns');
		await expect
			.poll(() => returns.getByRole('listitem').first().innerText())
			.toContain('RMA-0001: 16 PC-20 from Fairbanks Irrigation');
		await press(page, 'Authorize');
		await expect.poll(() => returns.innerText()).toContain('due in the returns area on day 12');
		await expectAccessible(page);

		await endDays(page, 10, 12);
		await press(page, 'Returns (1)');
		await tabTo(page, 'Give RMA-0001 this disposition');
		// Into the radio group from below, to Restock: but inspection found the units defective.
		await page.keyboard.press('Shift+Tab');
		await chooseRadio(page, 'Restock');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.getByRole('alert').first().innerText())
			.toContain('Inspection found RMA-0001 defective: it cannot go back into sellable stock.');
		await expectAccessible(page);
		await tabTo(page, 'Give RMA-0001 this disposition', 400);
		await page.keyboard.press('Shift+Tab');
		await chooseRadio(page, /Return to vendor: recovers/);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await press(page, /^Issue the credit memo for/);
		await expect.poll(() => returns.innerText()).toContain('No open returns.');

		const world = await replaySaved(page, 'returns-desk');
		const rma = vecGet(world.returns, 0)!;
		expect(rma).toMatchObject({ state: 'closed', disposition: 'return-to-vendor' });
		await returns.getByText('Finished returns (1)').click();
		expect(await returns.getByRole('region', { name: 'Finished returns' }).innerText()).toContain(
			`return to vendor, credited ${rma.credit.toLocaleString('en-US', { minimumFractionDigits: 2 })}`
		);
	});

	it('prepares an export order’s documents and ships after the license, on a dark 360 px phone', async () => {
		const page = await session.newPage({ width: 360, colorScheme: 'dark' });
		await page.goto('/play/export-order');
		await press(page, 'Start day 1');
		await press(page, /^SO-0001/);
		await press(page, 'Validate');
		const documents = region(page, 'Documents');
		await expect.poll(() => documents.innerText()).toContain('export license: missing');
		await press(page, 'Prepare documents');
		await expect.poll(() => documents.innerText()).toContain('granted on day 4');
		// Promise the day the license is granted, not the engine's day 1.
		await tabTo(page, 'Ship day to promise', 400);
		await page.keyboard.press('Backspace');
		await page.keyboard.type('4');
		await press(page, 'Promise');
		await press(page, 'Allocate stock');
		await press(page, 'Release to the warehouse');
		await expect
			.poll(() => page.getByRole('alert').innerText())
			.toContain("SO-0001's export license is granted on day 4: it cannot ship before then.");
		await expectNoSidewaysScroll(page);
		await expectAccessible(page);
		await press(page, 'Dismiss');

		await endDays(page, 1, 3);
		await press(page, 'Release to the warehouse');
		await endDays(page, 4, 4);
		const edi = region(page, 'EDI messages');
		await expect.poll(() => edi.innerText()).toContain('856 Advance ship notice');
		const world = await replaySaved(page, 'export-order');
		expect(vecGet(world.orders, 0)!.shipments).toMatchObject([{ day: 4, customsHold: false }]);
		await expectAccessible(page);
	});

	it('resolves an exception from the queue, and the receipt it expedited shows it', async () => {
		const page = await session.newPage();
		await page.goto('/play/exception-storm');
		await press(page, 'Start day 1');
		await endDays(page, 1, 4);
		await expect
			.poll(() => region(page, 'Disruptions').getByRole('status').innerText())
			.toContain('Supplier delay: MT-75 receipts');
		await press(page, 'Exceptions (1)');
		const queue = region(page, 'Exceptions');
		await expect
			.poll(() => queue.getByRole('listitem').first().innerText())
			.toContain('Severity 2 of 3, act soon');
		await expectAccessible(page);
		await press(page, 'Expedite the receipt');
		await expect.poll(() => queue.innerText()).toContain('No open exceptions; 1 resolved');
		const due = page.getByRole('table', { name: 'Receipts still due' });
		await expect
			.poll(() => due.getByRole('row', { name: /MT-75 24 expedited/ }).innerText())
			.toContain('6');
		await expectAccessible(page);
	});
});
