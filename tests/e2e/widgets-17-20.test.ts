// The widgets of lessons 17 to 20 in the browser: each is reached and driven with the keyboard
// alone, its figures follow what the engine computes for the same inputs, and the page passes
// axe in light and dark and fits a 360 px phone.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PILOT } from '../../src/lib/components/lesson/collaboration-data';
import { PUMP_DESK_ALERTS } from '../../src/lib/components/lesson/exception-triage-board';
import { PUMP_QUARTER, PUMP_WEEK } from '../../src/lib/components/lesson/kpi-explorer-data';
import {
	ORDERS_SHIPPED,
	OTHER,
	PUMP_FAILURES
} from '../../src/lib/components/lesson/pareto-improvement-data';
import { gradeTriage } from '../../src/lib/sim/exception-triage';
import { forecastSharing } from '../../src/lib/sim/forecast-sharing';
import { improvementCheck, measureMonth } from '../../src/lib/sim/improvement-check';
import { cashToCashBreakdown, orderKpiBreakdown } from '../../src/lib/sim/kpi-breakdown';
import { expectAccessible, expectRegionsAccessible, useBrowser } from './support/browser';
import { open, textOf, liveText, schemeAndPhoneChecks, rate } from './support/lesson-widgets';

const session = useBrowser();

const EXCEPTIONS = '/learn/exception-management';
const METRICS = '/learn/performance-metrics';
const COLLABORATION = '/learn/collaboration-with-partners';
const IMPROVEMENT = '/learn/continuous-improvement';

const TRIAGE_WIDGET = "Triage the pump desk's open alerts";
const KPI_WIDGET = "Measure the pump distributor's week and quarter";
const COLLABORATION_WIDGET = "Share the OEM's forecast and size safety stock";
const PARETO_WIDGET = 'Rank the failures, then check one PDCA cycle';

/**
 * Focuses a number field and replaces what it holds, with the keyboard only. Chromium gives
 * a number input no text selection (select-all does nothing there), so the old value is
 * erased with Backspace, key by key, until the field is empty.
 */
async function retype(page: Page, field: Locator, text: string) {
	await field.focus();
	await page.keyboard.press('End');
	for (let i = 0; i < 12 && (await field.inputValue()) !== ''; i++) {
		await page.keyboard.press('Backspace');
	}
	expect(await field.inputValue()).toBe('');
	await page.keyboard.type(text);
	await expect.poll(() => field.inputValue()).toBe(text);
}

describe('lesson 17 widget: exception triage board', () => {
	it('reorders the alerts with the keyboard, checks the order and looks ahead a day', async () => {
		const page = await session.newPage();
		await open(page, EXCEPTIONS);
		const widget = page.getByRole('region', { name: TRIAGE_WIDGET, exact: true });
		expect(await liveText(widget)).toContain('Put the alerts in the order you would work them');
		const board = widget.getByRole('list', { name: 'Your working order' });
		const first = () => textOf(board.getByRole('listitem').first());

		// The stockout starts 5th (oldest first); four presses of Enter bring it to the top.
		await widget.getByRole('button', { name: 'Move EX-0140 up' }).focus();
		for (let i = 0; i < 4; i++) await page.keyboard.press('Enter');
		await expect.poll(first).toMatch(/^1\s*EX-0140/);
		await expect.poll(() => liveText(widget)).toContain('EX-0140 moved to position 1 of 6.');
		// At the top its up button is disabled, so focus stays on the card, on its down button.
		expect(
			await page.evaluate(() => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim())
		).toBe('Move EX-0140 down');

		await widget.getByRole('button', { name: 'Check my order' }).focus();
		await page.keyboard.press('Enter');
		const ids = PUMP_DESK_ALERTS.map((a) => a.id);
		const mine = ['EX-0140', ...ids.filter((id) => id !== 'EX-0140')];
		await expect
			.poll(() => liveText(widget))
			.toContain(gradeTriage(PUMP_DESK_ALERTS, 10, mine).summary);
		await expect
			.poll(() => widget.getByRole('table', { name: /The desk's working order on day 10/ }).count())
			.toBe(1);

		// Tomorrow the unanswered return has aged to severity 2.
		await retype(page, widget.getByRole('spinbutton', { name: 'Today is day' }), '11');
		await expect
			.poll(() => liveText(widget))
			.toContain(gradeTriage(PUMP_DESK_ALERTS, 11, mine).summary);
		const ret = board.getByRole('listitem').filter({ hasText: 'EX-0138' }).first();
		await expect.poll(() => textOf(ret)).toContain('2 (aged up)');
		await expectRegionsAccessible(page, TRIAGE_WIDGET);
		await expectAccessible(page);
	});

	schemeAndPhoneChecks(session, EXCEPTIONS, TRIAGE_WIDGET);
});

describe('lesson 18 widget: KPI explorer', () => {
	it('edits an order and the window by keyboard, and the formulas follow the engine', async () => {
		const page = await session.newPage();
		await open(page, METRICS);
		const widget = page.getByRole('region', { name: KPI_WIDGET, exact: true });
		expect(await liveText(widget)).toContain(
			'Fill rate: unit 97.6 %, line 87.5 %, order 80 %. Backorder rate 10 %. OTIF 70 % to commit, 60 % to request.'
		);

		// P-201 (the order the editor opens on) delivered a day after its commit date.
		const editor = widget.getByRole('group', { name: 'P-201: dates and lines' });
		await retype(page, editor.getByRole('spinbutton', { name: 'Last delivery on day' }), '5');
		const week = PUMP_WEEK.map((o) => (o.id === 'P-201' ? { ...o, deliveredDay: 5 } : o));
		const k = orderKpiBreakdown(week);
		await expect
			.poll(() => liveText(widget))
			.toContain(`OTIF ${rate(k.otif.toCommit)} to commit, ${rate(k.otif.toRequest)} to request.`);
		const kpis = widget.getByRole('table', { name: /Each order KPI/ });
		expect(
			await textOf(kpis.getByRole('row').filter({ hasText: 'OTIF to commit date' }))
		).toContain(`${k.otif.onTimeInFullToCommit} ÷ 10`);

		// A quarter's revenue over a 365-day window: the lesson's trap.
		await retype(page, widget.getByRole('spinbutton', { name: 'Days in the window' }), '365');
		const year = cashToCashBreakdown({ ...PUMP_QUARTER, days: 365 });
		const c2c = widget.getByRole('table', { name: /Days of inventory, receivables and payables/ });
		await expect
			.poll(() => textOf(c2c.getByRole('row').filter({ hasText: 'Days sales outstanding' })))
			.toContain(year.dso.toFixed(1));
		expect(year.dso.toFixed(1)).toBe('125.7');
		await expectRegionsAccessible(page, KPI_WIDGET);
		await expectAccessible(page);
	});

	schemeAndPhoneChecks(session, METRICS, KPI_WIDGET);
});

describe('lesson 19 widget: collaboration simulator', () => {
	it('changes the supplier’s lead-time spread and a forecast by keyboard, as the engine sizes stock', async () => {
		const page = await session.newPage();
		await open(page, COLLABORATION);
		const widget = page.getByRole('region', { name: COLLABORATION_WIDGET, exact: true });
		expect(await liveText(widget)).toContain(
			'Safety stock at z 1.645: own forecast 83 units, shared forecast 33 units.'
		);

		await retype(
			page,
			widget.getByRole('spinbutton', { name: 'Spread of actual lead times (weeks)' }),
			'0.5'
		);
		await expect
			.poll(() => liveText(widget))
			.toContain('own forecast 117 units, shared forecast 89 units.');

		// In the pilot grid Enter moves down a column, like a spreadsheet.
		await retype(page, widget.getByRole('spinbutton', { name: 'Shared forecast, week 1' }), '125');
		await page.keyboard.press('Enter');
		expect(
			await widget
				.getByRole('spinbutton', { name: 'Shared forecast, week 2' })
				.evaluate((el) => el === document.activeElement)
		).toBe(true);
		const r = forecastSharing({
			actual: [...PILOT.oemOrders],
			own: [...PILOT.ownForecast],
			shared: [125, ...PILOT.sharedForecast.slice(1)],
			serviceLevel: 0.95,
			leadTime: 4,
			leadTimeSigma: 0.5
		});
		await expect
			.poll(() => liveText(widget))
			.toContain(`shared forecast ${r.shared.safetyStockUnits} units.`);

		// VMI beside it: the arrow keys move through the arrangements.
		await widget.getByRole('radio', { name: 'VMI', exact: true }).focus();
		await page.keyboard.press('ArrowRight');
		await expect
			.poll(() => widget.getByRole('radio', { name: 'Consignment', exact: true }).isChecked())
			.toBe(true);
		expect(await textOf(widget.locator('dl'))).toContain('Supplier, until use or sale');
		await expectRegionsAccessible(page, COLLABORATION_WIDGET);
		await expectAccessible(page);
	});

	schemeAndPhoneChecks(session, COLLABORATION, COLLABORATION_WIDGET);
});

describe('lesson 20 widget: Pareto and PDCA check', () => {
	const monthOf = (key: 'march' | 'april', change: Record<string, number> = {}) => ({
		orders: ORDERS_SHIPPED[key],
		causes: PUMP_FAILURES.map((c) => ({
			cause: c.cause,
			component: c.component,
			count: change[c.cause] ?? c[key]
		}))
	});

	it('switches the Pareto to April and edits a count by keyboard; the chart draws when shown', async () => {
		const page = await session.newPage();
		await open(page, IMPROVEMENT);
		const widget = page.getByRole('region', { name: PARETO_WIDGET, exact: true });
		expect(await liveText(widget)).toBe(
			'March: 3 of 7 causes make up 81.25 % of the 48 failed orders; start with "Invoice price not the contract price" (43.75 %).'
		);

		await widget.getByRole('radio', { name: /^March/ }).focus();
		await page.keyboard.press('ArrowRight');
		const april = measureMonth(monthOf('april'), OTHER).pareto!;
		await expect
			.poll(() => liveText(widget))
			.toContain(`April: ${april.vitalFew.length} of 7 causes`);
		expect(await liveText(widget)).toContain(`start with "${april.rows[0].cause}"`);

		// The carrier gets worse in April: the balancing measure flags it.
		await retype(page, widget.getByRole('spinbutton', { name: 'April, Carrier late' }), '20');
		const check = improvementCheck(
			monthOf('march'),
			monthOf('april', { 'Carrier late': 20 }),
			PUMP_FAILURES[0].cause,
			{ otherLast: OTHER }
		);
		await expect
			.poll(() => textOf(widget.getByText(/^Perfect Order Fulfillment (rose|fell|stayed)/)))
			.toBe(check.reading);

		// chart.js loads once the chart is on screen, and draws with its table beside it.
		const chart = widget.getByRole('img', { name: /Pareto of April's perfect-order failures/ });
		await chart.scrollIntoViewIfNeeded();
		await expect
			// chart.js marks the canvas it has taken over with an inline display style.
			.poll(() => chart.locator('canvas').evaluate((c) => (c as HTMLCanvasElement).style.display))
			.toBe('block');
		// The figures sit in a disclosure under the chart: open it with the keyboard.
		await widget.getByText(/Pareto of April's perfect-order failures: figures/).focus();
		await page.keyboard.press('Enter');
		await expect
			.poll(() =>
				widget
					.getByRole('region', { name: /Pareto of April's perfect-order failures: table/ })
					.count()
			)
			.toBe(1);
		await expectRegionsAccessible(page, PARETO_WIDGET);
		await expectAccessible(page);
	});

	schemeAndPhoneChecks(session, IMPROVEMENT, PARETO_WIDGET);
});
